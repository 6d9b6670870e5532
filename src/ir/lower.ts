// Lowering of a whole program: every package's functions and methods,
// package variables in static memory, and the entry function that runs
// package initialization in dependency order and then main.main (like the
// runtime's main: doInit for each package, then main_main).

import * as ast from "../syntax/ast.js";
import type { Info } from "../types/check.js";
import { type Type, TypeKind, Signature, under } from "../types/types.js";
import { type Func as FuncObj, type Package, type Var, ObjKind } from "../types/objects.js";
import { sizeof, alignof } from "../types/sizes.js";
import type { Func, Program } from "./ir.js";
import { FuncLowerer, buildWrapper, nodeCount, walk } from "./func.js";
import { Operator } from "../syntax/ast.js";
import { Mode } from "../types/operand.js";
import type { Obj } from "../types/objects.js";
import { lookupFieldOrMethod } from "../types/lookup.js";
import { Pointer, type Struct } from "../types/types.js";
import { Unsupported } from "./shape.js";

export { Unsupported };

export interface CheckedPackage {
  pkg: Package;
  files: ast.File[];
  info: Info;
}

/** Where static data goes: the arena, before the program runs. */
export interface Statics {
  /** Allocates size zeroed bytes of static memory (package variables, string bytes). */
  alloc(size: number, align: number): number;
  /** The address of a string literal's bytes (interned; 0 for ""). */
  str(bytes: string): number;
  /** The arena, for values written at link time (static initialization). */
  view: DataView;
}

/** Runtime type information the lowering asks for (descriptors live in the arena). */
export interface TypeInfo {
  desc(t: Type): number;
  itab(iface: Type, concrete: Type): number;
  /** The identity of method m of interface it, as the descriptors match methods (TypeDescs.imethodKey). */
  imethodKey(it: Type, m: FuncObj): string;
}

/** A call's argument area in gc's ABI0 stack layout: offsets of each parameter and result. */
export interface ArgLayout {
  params: number[];
  results: number[];
  size: number;
}

import { identical } from "../types/predicates.js";
import { typeKey } from "../codegen/typedesc.js";

function identicalType(a: Type, b: Type): boolean {
  return identical(a, b);
}

function typeKeyOf(t: Type): string {
  return typeKey(t);
}

export function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

export function argLayout(paramTypes: Type[], resultTypes: Type[]): ArgLayout {
  let off = 0;
  const params = paramTypes.map((t) => {
    off = alignUp(off, alignof(t));
    const o = off;
    off += sizeof(t);
    return o;
  });
  off = alignUp(off, 8);
  const results = resultTypes.map((t) => {
    off = alignUp(off, alignof(t));
    const o = off;
    off += sizeof(t);
    return o;
  });
  return { params, results, size: alignUp(off, 8) };
}

export function sigTypes(sig: Signature, withRecv: boolean): { params: Type[]; results: Type[] } {
  const params = sig.params.vars.map((v) => v.type!);
  if (withRecv && sig.recv !== null) params.unshift(sig.recv.type!);
  return { params, results: sig.results.vars.map((v) => v.type!) };
}

interface Body {
  fn: Func;
  decl: ast.FuncDecl;
  info: Info;
  pkg: CheckedPackage;
}

/** reflect's functions that make method values by index or name: reachable, they keep every exported method (as in gc's linker). */
const reflectMethodFuncs: ReadonlySet<string> = new Set(["reflect.Value.Method", "reflect.Value.MethodByName", "reflect.(*rtype).Method", "reflect.(*rtype).MethodByName"]);

export class ProgramLowerer {
  readonly funcs: Func[] = [];
  readonly funcOf = new Map<FuncObj, Func>();
  readonly globals = new Map<Var, number>();
  /** Static func values (closure objects without captures) per function, like gc's f·f symbols. */
  private readonly funcVals = new Map<Func, number>();
  /** Bodies not lowered yet, by function: lowered when first used (reachable from the entry). */
  private readonly bodies = new Map<Func, Body>();
  private readonly queue: Body[] = [];
  private readonly wrappers = new Map<string, Func>();
  /** Deferred lowering of function literals and wrappers, run after the declared functions. */
  readonly pending: (() => void)[] = [];

  constructor(
    readonly statics: Statics,
    readonly types: TypeInfo,
    readonly natives: Set<string>,
  ) {
    // reflect.MakeFunc's stub comes first, so its code id is MAKEFUNC_CODE.
    this.nativeFunc(this.newFunc("reflect.makeFuncStub", 0), "internal/rtype.makeFuncStub");
  }

  /**
   * Gives native fn a body that calls the native on its own argument area,
   * for calls through func values (f := math.Sqrt): direct calls call the
   * native in place and never enter this body.
   */
  private nativeFunc(fn: Func, key: string): void {
    fn.native = key;
    if (!this.natives.has(key)) return;
    fn.blocks = [{ instrs: [{ op: "exec", x: `native(${JSON.stringify(key)}, fp)` }], term: { op: "return" } }];
  }

  // The reference graph, for the linker's reachability (see reachable):
  // which functions each function's code names (calls, func values,
  // closures, wrappers) and which interface methods it calls.
  private readonly refs = new Map<number, Set<number>>();
  private readonly ifaceCalls = new Map<number, Set<string>>();
  private readonly stack: (Func | null)[] = [];

  /** The function whose code is being generated (null: code asked for by a type descriptor). */
  get current(): Func | null {
    return this.stack.length === 0 ? null : this.stack[this.stack.length - 1];
  }

  /** Runs body with fn as the function whose code names what body references. */
  within<T>(fn: Func | null, body: () => T): T {
    this.stack.push(fn);
    try {
      return body();
    } finally {
      this.stack.pop();
    }
  }

  private ref(to: Func): void {
    const from = this.current;
    if (from === null) return;
    let set = this.refs.get(from.id);
    if (set === undefined) this.refs.set(from.id, (set = new Set()));
    set.add(to.id);
  }

  /** Records that the current function calls method m through interface type it. */
  ifaceCall(it: Type, m: FuncObj): void {
    const from = this.current;
    if (from === null) return;
    let set = this.ifaceCalls.get(from.id);
    if (set === undefined) this.ifaceCalls.set(from.id, (set = new Set()));
    set.add(this.types.imethodKey(it, m));
  }

  /**
   * Like the linker's dead-code pass: the functions reachable from the
   * entry through references, plus the methods (by code id, from methods:
   * [method key, exported, tfn, ifn]) that interface calls of reachable
   * code can reach, or every exported one once reflect can make method
   * values (the linker's REFLECTMETHOD rule). rootKeys are interface
   * methods the runtime itself calls.
   */
  reachable(entry: number, methods: [string, boolean, number, number][], rootKeys: string[]): { funcs: Set<number>; keys: Set<string>; reflect: boolean } {
    const funcs = new Set<number>();
    const keys = new Set<string>(rootKeys);
    let reflect = false;
    const work: number[] = [];
    const push = (id: number) => {
      if (id >= 0 && id < this.funcs.length && !funcs.has(id)) {
        funcs.add(id);
        work.push(id);
      }
    };
    push(entry);
    for (;;) {
      while (work.length > 0) {
        const id = work.pop()!;
        if (reflectMethodFuncs.has(this.funcs[id].name)) reflect = true;
        for (const t of this.refs.get(id) ?? []) push(t);
        for (const k of this.ifaceCalls.get(id) ?? []) keys.add(k);
      }
      for (const [key, exported, tfn, ifn] of methods) {
        if (keys.has(key) || (reflect && exported)) {
          push(tfn);
          push(ifn);
        }
      }
      if (work.length === 0) return { funcs, keys, reflect };
    }
  }

  newFunc(name: string, argSize: number): Func {
    const fn: Func = {
      name,
      id: this.funcs.length,
      argSize,
      localsEnd: argSize,
      maxCallArgs: 0,
      regs: [],
      blocks: [],
      ptrRegs: new Set(),
      native: null,
      exitPc: -1,
      wrapper: false,
      file: "",
      lines: new Map(),
    };
    this.funcs.push(fn);
    this.ref(fn);
    return fn;
  }

  funcValue(fn: Func): number {
    this.use(fn);
    let a = this.funcVals.get(fn);
    if (a === undefined) {
      a = this.statics.alloc(8, 8);
      this.funcVals.set(fn, a);
      this.staticInits.push({ addr: a, code: fn.id });
    }
    return a;
  }

  /** Code ids to write into static func values once the arena is live. */
  readonly staticInits: { addr: number; code: number }[] = [];

  /**
   * The code id of method m called with a first argument of type recv (T
   * or *T: what an itab or method table calls, the receiver being the
   * interface's data word): m itself when that is its receiver, else an
   * adapter that dereferences and walks embedded fields (gc's method
   * wrappers). Called by the type descriptors, also while the program runs.
   */
  methodCode(recv: Type, m: FuncObj): number {
    // What a descriptor's method table holds is reached through interface
    // calls (see reachable), not referenced by the code being generated.
    return this.within(null, () => this.methodCodeIn(recv, m));
  }

  private methodCodeIn(recv: Type, m: FuncObj): number {
    const fn = this.funcOf.get(m);
    const lk = lookupFieldOrMethod(recv, false, m.pkg, m.name);
    const path = (lk.index ?? []).slice(0, -1);
    if (!fn) {
      // A method promoted from an interface embedded in a struct: call it
      // on that field (like sort.Reverse's reverse{Interface}).
      const sig = m.type as Signature;
      const { params, results } = sigTypes(sig, false);
      const w = this.wrapper(`imethod:${m.name}:${typeKeyOf(recv)}`, () =>
        buildWrapper(this, this.anyInfo!, `${m.name}-w`, [recv, ...params], results, (wl, args) => wl.adaptIface(recv, path, m, args, sig)),
      );
      this.drain();
      return w.id;
    }
    const mrt = m.signature().recv!.type!;
    if (path.length === 0 && identicalType(mrt, recv)) {
      this.use(fn);
      // Itabs are also built while the program runs: lower what they need now.
      this.drain();
      return fn.id;
    }
    const key = `method:${fn.id}:${typeKeyOf(recv)}`;
    const w = this.wrapper(key, () => {
      const { params, results } = sigTypes(m.signature(), false);
      this.use(fn);
      return buildWrapper(this, this.anyInfo!, `${fn.name}-w`, [recv, ...params], results, (wl, args) => wl.adaptReceiver(fn, mrt, recv, path, args, params, results));
    });
    this.drain();
    return w.id;
  }

  /** Resolves a source position (file and line, after //line directives), for pc tables; null: no tables. */
  positions: ((pos: number) => { filename: string; line: number }) | null = null;

  /** Some package's Info, for wrappers (which look up no syntax). */
  anyInfo: Info | null = null;

  /** A wrapper function created once per key (method values, interface adapters). */
  wrapper(key: string, make: () => Func): Func {
    let w = this.wrappers.get(key);
    if (w === undefined) {
      w = make();
      this.wrappers.set(key, w);
    }
    this.ref(w);
    return w;
  }

  declare(p: CheckedPackage): void {
    this.anyInfo ??= p.info;
    const prefix = p.pkg.path === "main" ? "main" : p.pkg.path;
    for (const f of p.files) {
      for (const d of f.declList) {
        if (d.kind === "VarDecl") {
          for (const n of d.nameList) {
            const v = p.info.defs.get(n);
            if (v && v.kind === ObjKind.Var) this.globals.set(v, this.statics.alloc(sizeof(v.type!), alignof(v.type!)));
          }
          continue;
        }
        if (d.kind !== "FuncDecl") continue;
        if (d.tParamList !== null) continue; // generics: a later issue
        const obj = p.info.defs.get(d.name) as FuncObj | null | undefined;
        if (!obj) continue;
        const sig = obj.signature();
        if (sig.rparams.length > 0) continue;
        let name = `${prefix}.${d.name.value}`;
        if (sig.recv !== null) {
          const rt = sig.recv.type!;
          const ptr = rt.kind === TypeKind.Pointer;
          const base = ptr ? (rt as { base: Type }).base : rt;
          const tn = base.kind === TypeKind.Named ? base.obj.name : "?";
          name = ptr ? `${prefix}.(*${tn}).${d.name.value}` : `${prefix}.${tn}.${d.name.value}`;
        }
        const { params, results } = sigTypes(sig, true);
        const fn = this.newFunc(name, argLayout(params, results).size);
        this.funcOf.set(obj, fn);
        if (d.body === null) {
          const key = sig.recv === null ? `${p.pkg.path}.${d.name.value}` : name;
          this.nativeFunc(fn, key);
          continue;
        }
        if (d.name.value === "init" && sig.recv === null) {
          fn.name = `${prefix}.init.${this.initCount(p.pkg)}`;
          this.inits.get(p.pkg)!.push(fn);
        }
        this.bodies.set(fn, { fn, decl: d, info: p.info, pkg: p });
      }
    }
  }

  private readonly inits = new Map<Package, Func[]>();
  private initCount(pkg: Package): number {
    let l = this.inits.get(pkg);
    if (l === undefined) {
      l = [];
      this.inits.set(pkg, l);
    }
    return l.length;
  }

  private readonly inlineCache = new Map<Func, { info: Info; params: Obj[]; expr: ast.Expr } | null>();

  /**
   * Whether calls of fn may be inlined, and what with: a function (not a
   * method) whose body is a single `return expr`, with one unnamed result,
   * parameters that are only read (no &, no closures, no assignments), and
   * an expression without calls, literals of functions or composites, and
   * of at most 40 nodes.
   */
  inlineBody(fn: Func): { info: Info; params: Obj[]; expr: ast.Expr } | null {
    let r = this.inlineCache.get(fn);
    if (r !== undefined) return r;
    r = null;
    const b = this.bodies.get(fn) ?? this.lowered.get(fn);
    if (b !== undefined) {
      const d = b.decl;
      const list = d.body?.list ?? [];
      const res = d.type.resultList;
      if (d.recv === null && list.length === 1 && list[0].kind === "ReturnStmt" && res.length === 1 && res[0].name === null) {
        const e = (list[0] as ast.ReturnStmt).results;
        const params: Obj[] = [];
        let ok = e !== null && e.kind !== "ListExpr" && nodeCount(e) <= 40;
        for (const f of d.type.paramList) {
          const o = f.name ? b.info.defs.get(f.name) : null;
          if (!o) ok = false;
          else params.push(o);
        }
        if (ok && e !== null) {
          walk(e, (n) => {
            // Conversions are fine; real calls are not.
            const conv = n.kind === "CallExpr" && b.info.types.get(n.fun)?.mode === Mode.TypExpr;
            if ((n.kind === "CallExpr" && !conv) || n.kind === "FuncLit" || n.kind === "CompositeLit" || (n.kind === "Operation" && ((n.op === Operator.And && n.y === null) || n.op === Operator.Recv))) ok = false;
            return !ok;
          });
        }
        if (ok && e !== null) r = { info: b.info, params, expr: e };
      }
    }
    this.inlineCache.set(fn, r);
    return r;
  }

  /** Bodies already lowered (kept for inlining). */
  private readonly lowered = new Map<Func, Body>();

  /** Marks fn as used: its body is lowered (once) before the program runs. */
  use(fn: Func): void {
    this.ref(fn);
    const b = this.bodies.get(fn);
    if (b === undefined) return;
    this.bodies.delete(fn);
    this.lowered.set(fn, b);
    this.queue.push(b);
  }

  /** Lowers every used body, and the bodies they use, until none is left. */
  drain(): void {
    for (;;) {
      const b = this.queue.shift();
      if (b !== undefined) {
        new FuncLowerer(this, b.info, b.fn, null).lowerDecl(b.decl);
        continue;
      }
      const p = this.pending.shift();
      if (p === undefined) return;
      p();
    }
  }

  /** The entry function: each package's variable initializers and init functions, in order, then main.main. */
  entry(pkgs: CheckedPackage[], main: FuncObj): Func {
    const fn = this.newFunc("runtime.main", 0);
    const fl = new FuncLowerer(this, pkgs[pkgs.length - 1].info, fn, null);
    fl.lowerEntry(pkgs, (p) => this.inits.get(p) ?? [], this.funcOf.get(main)!);
    // The runtime's own function: its calls are not at lines of the program.
    fn.file = "";
    fn.lines.clear();
    this.drain();
    return fn;
  }
}

/** Lowers the program (packages in dependency order, main last). */
export function lowerProgram(
  pkgs: CheckedPackage[],
  statics: Statics,
  types: TypeInfo,
  natives: Set<string>,
  onLowerer: (pl: ProgramLowerer) => void = () => {},
  positions: ((pos: number) => { filename: string; line: number }) | null = null,
): { program: Program; lowerer: ProgramLowerer } {
  const pl = new ProgramLowerer(statics, types, natives);
  pl.positions = positions;
  onLowerer(pl);
  for (const p of pkgs) pl.declare(p);
  const mainPkg = pkgs[pkgs.length - 1];
  const main = mainPkg.pkg.scope.lookup("main");
  if (!main || main.kind !== ObjKind.Func) throw new Unsupported("a program without func main");
  const entry = pl.entry(pkgs, main as FuncObj);
  void under;
  return { program: { funcs: pl.funcs, entry: entry.id, dataSize: 0 }, lowerer: pl };
}
