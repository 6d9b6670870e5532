// The check that generic instantiations can be monomorphized (types2's
// mono.go): a graph whose vertices are type parameters (and local defined
// types that implicitly depend on enclosing type parameters), with an edge
// for each type argument flowing into a type parameter, weighted by
// whether the argument wraps the parameter in a bigger type. A cycle of
// positive weight means an infinite series of instantiations, which gc
// reports as "instantiation cycle".
//
// Instances are recorded by instantiateSignature (function instantiations)
// and should be by the instantiation of generic types; monomorph runs once
// the package is checked without errors.

import type { Pos } from "../syntax/source.js";
import type * as ast from "../syntax/ast.js";
import { Checker, gcStartPos } from "./check.js";
import { type Type, TypeKind, type TypeParam, unalias } from "./types.js";
import { type Package, type TypeName, ObjKind } from "./objects.js";
import { typeString } from "./typestring.js";

interface MonoVertex {
  /** Weight of the heaviest known path to this vertex. */
  weight: number;
  /** Previous edge on that path, and its length. */
  pre: number;
  len: number;
  obj: TypeName;
}

interface MonoEdge {
  dst: number;
  src: number;
  weight: number;
  pos: Pos;
  typ: Type;
}

export class MonoGraph {
  readonly vertices: MonoVertex[] = [];
  readonly edges: MonoEdge[] = [];
  /** Receiver type parameters → the type parameters of the receiver's base type. */
  private canon: Map<TypeParam, TypeParam> | null = null;
  private nameIdx: Map<TypeName, number> | null = null;

  recordCanon(mpar: TypeParam, tpar: TypeParam): void {
    (this.canon ??= new Map()).set(mpar, tpar);
  }

  recordInstance(pkg: Package, pos: Pos, tparams: TypeParam[], targs: Type[], xlist: ast.Expr[] | null): void {
    for (let i = 0; i < tparams.length && i < targs.length; i++) {
      const p = xlist !== null && i < xlist.length ? gcStartPos(xlist[i]) : pos;
      this.assign(pkg, p, tparams[i], targs[i]);
    }
  }

  private assign(pkg: Package, pos: Pos, tpar: TypeParam, targ: Type): void {
    if (tpar.obj.pkg !== pkg) return;
    const flow = (src: number, typ: Type) => {
      const weight = typ === targ ? 0 : 1;
      this.addEdge(this.typeParamVertex(tpar), src, weight, pos, targ);
    };
    const visit = (t0: Type): void => {
      const t = unalias(t0);
      switch (t.kind) {
        case TypeKind.TypeParam:
          if (t.obj.pkg === pkg) flow(this.typeParamVertex(t), t);
          return;
        case TypeKind.Named: {
          const src = this.localNamedVertex(pkg, t.orig.obj);
          if (src >= 0) flow(src, t);
          for (const a of t.targs) visit(a);
          return;
        }
        case TypeKind.Array:
        case TypeKind.Chan:
        case TypeKind.Slice:
          visit(t.elem);
          return;
        case TypeKind.Map:
          visit(t.key);
          visit(t.elem);
          return;
        case TypeKind.Pointer:
          visit(t.base);
          return;
        case TypeKind.Interface:
          for (const m of t.methods) visit(m.type!);
          return;
        case TypeKind.Signature:
          for (const v of t.params.vars) visit(v.type!);
          for (const v of t.results.vars) visit(v.type!);
          return;
        case TypeKind.Struct:
          for (const f of t.fields) visit(f.type!);
          return;
      }
    };
    visit(targ);
  }

  /** The vertex of a defined type declared inside a generic function (which depends on its type parameters), or -1. */
  private localNamedVertex(pkg: Package, obj: TypeName): number {
    if (obj.pkg !== pkg) return -1;
    const root = pkg.scope;
    if (obj.parent === root || obj.parent === null) return -1;
    const known = this.nameIdx?.get(obj);
    if (known !== undefined) return known;
    let idx = -1;
    for (let scope: import("./objects.js").Scope | null = obj.parent; scope !== null && scope !== root; scope = scope.parent) {
      for (const elem of scope.elems.values()) {
        if (elem.kind !== ObjKind.TypeName || elem.isAlias() || elem.pos >= obj.pos) continue;
        const tp = elem.type;
        if (tp !== null && tp.kind === TypeKind.TypeParam) {
          if (idx < 0) {
            idx = this.vertices.length;
            this.vertices.push({ weight: 0, pre: 0, len: 0, obj });
          }
          this.addEdge(idx, this.typeParamVertex(tp), 1, obj.pos, tp);
        }
      }
    }
    (this.nameIdx ??= new Map()).set(obj, idx);
    return idx;
  }

  private typeParamVertex(tpar: TypeParam): number {
    const c = this.canon?.get(tpar);
    if (c !== undefined) tpar = c;
    const obj = tpar.obj;
    const known = this.nameIdx?.get(obj);
    if (known !== undefined) return known;
    const idx = this.vertices.length;
    this.vertices.push({ weight: 0, pre: 0, len: 0, obj });
    (this.nameIdx ??= new Map()).set(obj, idx);
    return idx;
  }

  private addEdge(dst: number, src: number, weight: number, pos: Pos, typ: Type): void {
    this.edges.push({ dst, src, weight, pos, typ });
  }
}

declare module "./check.js" {
  interface Checker {
    /** The instantiation graph (created on first use). */
    monoGraph(): MonoGraph;
    /** Reports an instantiation cycle, if any (types2's monomorph); run after checking without errors. */
    monomorph(): void;
  }
}

const graphs = new WeakMap<Checker, MonoGraph>();

Checker.prototype.monoGraph = function (this: Checker): MonoGraph {
  let g = graphs.get(this);
  if (g === undefined) graphs.set(this, (g = new MonoGraph()));
  return g;
};

Checker.prototype.monomorph = function (this: Checker): void {
  const g = graphs.get(this);
  if (g === undefined) return;
  // Bellman-Ford style relaxation: a path as long as the number of
  // vertices must contain a cycle of positive weight.
  let again = true;
  while (again) {
    again = false;
    for (let i = 0; i < g.edges.length; i++) {
      const edge = g.edges[i];
      const src = g.vertices[edge.src];
      const dst = g.vertices[edge.dst];
      const w = src.weight + edge.weight;
      if (w <= dst.weight) continue;
      dst.pre = i;
      dst.len = src.len + 1;
      if (dst.len === g.vertices.length) {
        reportInstanceLoop(this, g, edge.dst);
        return;
      }
      dst.weight = w;
      again = true;
    }
  }
};

function reportInstanceLoop(check: Checker, g: MonoGraph, v: number): void {
  let stack: number[] = [];
  const seen = new Array<boolean>(g.vertices.length).fill(false);
  while (!seen[v]) {
    stack.push(v);
    seen[v] = true;
    v = g.edges[g.vertices[v].pre].src;
  }
  while (stack[0] !== v) stack = stack.slice(1);
  // Types relative to the package: local names unqualified, others by path.
  const qf = (p: Package) => (p === check.pkg ? "" : p.path);
  let msg = "instantiation cycle:";
  for (const w of stack) {
    const edge = g.edges[g.vertices[w].pre];
    const obj = g.vertices[edge.dst].obj;
    const ts = typeString(edge.typ, qf);
    const what = obj.type !== null && obj.type.kind === TypeKind.Named ? `${obj.name} implicitly parameterized by ${ts}` : `${obj.name} instantiated as ${ts}`;
    msg += `\n\t${check.errors.fset.posString(edge.pos)}: ${what}`;
  }
  check.error(g.vertices[v].obj.pos, msg);
}
