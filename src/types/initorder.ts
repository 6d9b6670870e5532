// Package initialization order (types2's initorder.go): orders the
// package-level variables by their dependencies (through functions too),
// records the initializers in info.initOrder, and reports initialization
// cycles.

import { Checker, type DeclInfo } from "./check.js";
import { type Obj, ObjKind, type Var } from "./objects.js";
import type { ErrorPart } from "./decl.js";

declare module "./check.js" {
  interface Checker {
    initOrder(): void;
    reportCycle(cycle: Obj[]): void;
  }
}

interface GraphNode {
  obj: Obj;
  pred: Set<GraphNode>;
  succ: Set<GraphNode>;
  index: number;
  ndeps: number;
}

function isDependency(obj: Obj): boolean {
  return obj.kind === ObjKind.Const || obj.kind === ObjKind.Var || obj.kind === ObjKind.Func;
}

function dependencyGraph(objMap: Map<Obj, DeclInfo>): GraphNode[] {
  const M = new Map<Obj, GraphNode>();
  for (const obj of objMap.keys()) {
    if (isDependency(obj)) M.set(obj, { obj, pred: new Set(), succ: new Set(), index: 0, ndeps: 0 });
  }
  for (const [obj, n] of M) {
    const deps = objMap.get(obj)!.deps;
    if (deps === null) continue;
    for (const d of deps) {
      const dn = M.get(d);
      if (dn === undefined) continue;
      n.succ.add(dn);
      dn.pred.add(n);
    }
  }
  const G: GraphNode[] = [];
  const funcG: GraphNode[] = [];
  for (const n of M.values()) {
    if (n.obj.kind === ObjKind.Func) funcG.push(n);
    else G.push(n);
  }
  // Remove function nodes, connecting their predecessors to their
  // successors directly; cheapest first to keep the edge count down.
  funcG.sort((a, b) => a.pred.size * a.succ.size - b.pred.size * b.succ.size);
  for (const n of funcG) {
    for (const p of n.pred) {
      if (p === n) continue;
      for (const s of n.succ) {
        if (s === n) continue;
        p.succ.add(s);
        s.pred.add(p);
      }
      p.succ.delete(n);
    }
    for (const s of n.succ) s.pred.delete(n);
  }
  for (let i = 0; i < G.length; i++) {
    G[i].index = i;
    G[i].ndeps = G[i].succ.size;
  }
  return G;
}

/** A binary min-heap of graph nodes, keyed as types2's nodeQueue. */
class NodeQueue {
  constructor(readonly a: GraphNode[]) {
    for (let i = (a.length >> 1) - 1; i >= 0; i--) this.down(i);
  }
  private less(i: number, j: number): boolean {
    const x = this.a[i];
    const y = this.a[j];
    const xc = x.obj.kind === ObjKind.Const;
    const yc = y.obj.kind === ObjKind.Const;
    if (xc !== yc) return xc;
    return x.ndeps < y.ndeps || (x.ndeps === y.ndeps && x.obj.order < y.obj.order);
  }
  private swap(i: number, j: number): void {
    const x = this.a[i];
    const y = this.a[j];
    this.a[i] = y;
    this.a[j] = x;
    x.index = j;
    y.index = i;
  }
  private up(j: number): void {
    while (j > 0) {
      const i = (j - 1) >> 1;
      if (i === j || !this.less(j, i)) break;
      this.swap(i, j);
      j = i;
    }
  }
  private down(i0: number): boolean {
    const n = this.a.length;
    let i = i0;
    for (;;) {
      const j1 = 2 * i + 1;
      if (j1 >= n) break;
      let j = j1;
      const j2 = j1 + 1;
      if (j2 < n && this.less(j2, j1)) j = j2;
      if (!this.less(j, i)) break;
      this.swap(i, j);
      i = j;
    }
    return i > i0;
  }
  get length(): number {
    return this.a.length;
  }
  pop(): GraphNode {
    const n = this.a.length - 1;
    this.swap(0, n);
    this.down0(n);
    const x = this.a.pop()!;
    x.index = -1;
    return x;
  }
  private down0(n: number): void {
    // Sift down within the first n elements (the last one is being removed).
    let i = 0;
    for (;;) {
      const j1 = 2 * i + 1;
      if (j1 >= n) break;
      let j = j1;
      const j2 = j1 + 1;
      if (j2 < n && this.less(j2, j1)) j = j2;
      if (!this.less(j, i)) break;
      this.swap(i, j);
      i = j;
    }
  }
  fix(i: number): void {
    if (i < 0) return;
    if (!this.down(i)) this.up(i);
  }
}

function findPath(objMap: Map<Obj, DeclInfo>, from: Obj, to: Obj, seen: Set<Obj>): Obj[] | null {
  if (seen.has(from)) return null;
  seen.add(from);
  const d = objMap.get(from);
  if (d === undefined || d.deps === null) return null;
  for (const dep of d.deps) {
    if (dep === to) return [dep];
    const P = findPath(objMap, dep, to, seen);
    if (P !== null) {
      P.push(dep);
      return P;
    }
  }
  return null;
}

Checker.prototype.initOrder = function (this: Checker): void {
  const order: { lhs: Var[]; rhs: NonNullable<DeclInfo["init"]> }[] = [];
  this.info.initOrder = order;
  const pq = new NodeQueue(dependencyGraph(this.objMap));
  const emitted = new Set<DeclInfo>();
  while (pq.length > 0) {
    const n = pq.pop();
    if (n.ndeps > 0) {
      const cycle = findPath(this.objMap, n.obj, n.obj, new Set());
      if (cycle !== null) this.reportCycle(cycle);
    }
    for (const p of n.pred) {
      p.ndeps--;
      pq.fix(p.index);
    }
    if (n.obj.kind !== ObjKind.Var) continue;
    const v = n.obj;
    const info = this.objMap.get(v)!;
    if (info.init === null) continue;
    if (emitted.has(info)) continue;
    emitted.add(info);
    order.push({ lhs: info.lhs ?? [v], rhs: info.init });
  }
};

Checker.prototype.reportCycle = function (this: Checker, cycle: Obj[]): void {
  let obj = cycle[0];
  if (cycle.length === 1) {
    this.error(obj.pos, `initialization cycle: ${obj.name} refers to itself`);
    return;
  }
  const parts: ErrorPart[] = [[obj.pos, `initialization cycle for ${obj.name}`]];
  for (let i = cycle.length - 1; i >= 0; i--) {
    parts.push([obj.pos, `${obj.name} refers to`]);
    obj = cycle[i];
  }
  parts.push([obj.pos, obj.name]);
  this.errorParts(parts);
};
