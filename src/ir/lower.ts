// Lowering: from the type-checked syntax tree to IR basic blocks.
//
// Expressions are flattened into instructions on frame slots; every call
// becomes a block terminator. Untyped constants arrive with their final
// types from the checker's Info. Constructs this first slice does not lower
// yet raise Unsupported, which the CLI reports instead of running wrongly.

import * as ast from "../syntax/ast.js";
import type { Info } from "../types/check.js";
import { type Type, TypeKind, BasicKind, BasicInfo, under } from "../types/types.js";
import { type Obj, ObjKind, type Var, type Func as FuncObj, type Package } from "../types/objects.js";
import * as constant from "../types/constant.js";
import { type Block, type Func, type Instr, type IntType, type Program, ValKind, slotsOf } from "./ir.js";

export class Unsupported extends Error {}

export interface CheckedPackage {
  pkg: Package;
  files: ast.File[];
  info: Info;
}

interface TypeRep {
  kind: ValKind;
  int: IntType | null;
  f32: boolean;
  name: string;
}

function repOf(t: Type): TypeRep {
  const u = under(t);
  if (u.kind !== TypeKind.Basic) throw new Unsupported(`values of type ${u.kind === TypeKind.Tuple ? "tuple" : "non-basic type"}`);
  const name = u.name;
  if (u.info & BasicInfo.IsInteger) {
    const k = u.basicKind;
    const bits =
      k === BasicKind.Int8 || k === BasicKind.Uint8 ? 8 : k === BasicKind.Int16 || k === BasicKind.Uint16 ? 16 : k === BasicKind.Int32 || k === BasicKind.Uint32 || k === BasicKind.UntypedRune ? 32 : 64;
    return { kind: ValKind.Int, int: { bits, signed: (u.info & BasicInfo.IsUnsigned) === 0 }, f32: false, name };
  }
  if (u.info & BasicInfo.IsFloat) return { kind: ValKind.Float, int: null, f32: u.basicKind === BasicKind.Float32, name };
  if (u.info & BasicInfo.IsBoolean) return { kind: ValKind.Bool, int: null, f32: false, name };
  if (u.info & BasicInfo.IsString) return { kind: ValKind.String, int: null, f32: false, name };
  throw new Unsupported(`values of type ${name}`);
}

/**
 * Lowers the main package. In this first slice, library packages are not
 * lowered: the few library calls it supports are runtime natives.
 */
export function lowerProgram(mainPkg: CheckedPackage): Program {
  const l = new Lowerer();
  l.declarePackage(mainPkg);
  const main = l.funcs.get(mainPkg.pkg.scope.lookup("main") as FuncObj);
  if (!main) throw new Unsupported("a program without func main");
  l.lowerPackage(mainPkg);
  return { inits: l.inits, main };
}

class Lowerer {
  readonly funcs = new Map<FuncObj, Func>();
  readonly inits: Func[] = [];
  private bodies: { fn: Func; decl: ast.FuncDecl; info: Info }[] = [];

  declarePackage(p: CheckedPackage): void {
    for (const f of p.files) {
      for (const d of f.declList) {
        if (d.kind !== "FuncDecl") continue;
        if (d.recv !== null) continue; // methods come with the VM issue
        const obj = p.info.defs.get(d.name) as FuncObj | null | undefined;
        if (!obj || d.body === null) continue;
        const fn: Func = { name: `${p.pkg.name}.${d.name.value}`, paramSlots: 0, resultSlots: 0, nslots: 0, blocks: [] };
        const sig = obj.signature();
        for (const v of sig.params.vars) fn.paramSlots += slotsOf(repOf(v.type!).kind);
        for (const v of sig.results.vars) fn.resultSlots += slotsOf(repOf(v.type!).kind);
        this.funcs.set(obj, fn);
        this.bodies.push({ fn, decl: d, info: p.info });
        if (d.name.value === "init") this.inits.push(fn);
      }
    }
  }

  lowerPackage(p: CheckedPackage): void {
    for (const b of this.bodies) {
      if (b.info !== p.info) continue;
      new FuncLowerer(this, b.info, b.fn).lower(b.decl);
    }
  }
}

class FuncLowerer {
  private nslots = 0;
  private readonly vars = new Map<Obj, number>();
  private cur: Block;
  private readonly breaks: number[][] = [];
  private readonly continues: number[] = [];
  private resultVars: Var[] = [];

  constructor(
    readonly l: Lowerer,
    readonly info: Info,
    readonly fn: Func,
  ) {
    this.cur = this.newBlock();
  }

  private newBlock(): Block {
    const b: Block = { instrs: [], term: { op: "return" } };
    this.fn.blocks.push(b);
    return b;
  }

  private index(b: Block): number {
    return this.fn.blocks.indexOf(b);
  }

  private alloc(n: number): number {
    const s = this.nslots;
    this.nslots += n;
    return s;
  }

  private emit(i: Instr): void {
    this.cur.instrs.push(i);
  }

  lower(d: ast.FuncDecl): void {
    const obj = this.info.defs.get(d.name) as FuncObj;
    const sig = obj.signature();
    this.alloc(this.fn.paramSlots + this.fn.resultSlots);
    let s = 0;
    for (const v of sig.params.vars) {
      this.vars.set(v, s);
      s += slotsOf(repOf(v.type!).kind);
    }
    this.resultVars = sig.results.vars;
    for (const v of sig.results.vars) {
      this.vars.set(v, s);
      s += slotsOf(repOf(v.type!).kind);
    }
    this.block(d.body!.list);
    this.cur.term = { op: "return" };
    this.fn.nslots = this.nslots;
  }

  private block(list: ast.Stmt[]): void {
    for (const st of list) this.stmt(st);
  }

  private typeOf(e: ast.Expr): Type {
    const tv = this.info.types.get(e);
    if (!tv) throw new Unsupported(`an expression the checker did not record`);
    return tv.type;
  }

  private varSlot(name: ast.Name): number {
    const obj = this.info.defs.get(name) ?? this.info.uses.get(name);
    if (!obj) throw new Unsupported(`identifier ${name.value}`);
    let s = this.vars.get(obj);
    if (s === undefined) {
      if (obj.kind !== ObjKind.Var || obj.parent === obj.pkg?.scope) throw new Unsupported(`package-level variable ${name.value}`);
      s = this.alloc(slotsOf(repOf(obj.type!).kind));
      this.vars.set(obj, s);
    }
    return s;
  }

  private stmt(st: ast.Stmt): void {
    switch (st.kind) {
      case "EmptyStmt":
        return;
      case "BlockStmt":
        return this.block(st.list);
      case "ExprStmt":
        this.expr(st.x, true);
        return;
      case "DeclStmt":
        for (const d of st.declList) {
          if (d.kind === "ConstDecl" || d.kind === "TypeDecl") continue;
          if (d.kind !== "VarDecl") throw new Unsupported("this declaration");
          const values = ast.unpackList(d.values);
          d.nameList.forEach((n, i) => {
            const slot = this.varSlot(n);
            const obj = this.info.defs.get(n) as Var;
            const rep = repOf(obj.type!);
            if (values.length > 0) this.copy(slot, this.expr(values[i]), rep.kind);
            else this.zero(slot, rep.kind);
          });
        }
        return;
      case "AssignStmt":
        return this.assign(st);
      case "IfStmt": {
        if (st.init) this.stmt(st.init);
        const c = this.expr(st.cond!);
        const thenB = this.newBlock();
        const elseB = this.newBlock();
        const done = this.newBlock();
        this.cur.term = { op: "if", cond: c, then: this.index(thenB), else: this.index(elseB) };
        this.cur = thenB;
        this.block(st.then.list);
        this.cur.term = { op: "jump", to: this.index(done) };
        this.cur = elseB;
        if (st.else) this.stmt(st.else);
        this.cur.term = { op: "jump", to: this.index(done) };
        this.cur = done;
        return;
      }
      case "ForStmt": {
        if (st.init?.kind === "RangeClause") throw new Unsupported("range loops");
        if (st.init) this.stmt(st.init);
        const head = this.newBlock();
        const body = this.newBlock();
        const post = this.newBlock();
        const done = this.newBlock();
        this.cur.term = { op: "jump", to: this.index(head) };
        this.cur = head;
        if (st.cond) {
          const c = this.expr(st.cond);
          this.cur.term = { op: "if", cond: c, then: this.index(body), else: this.index(done) };
        } else {
          this.cur.term = { op: "jump", to: this.index(body) };
        }
        this.breaks.push([]);
        this.continues.push(this.index(post));
        this.cur = body;
        this.block(st.body.list);
        this.cur.term = { op: "jump", to: this.index(post) };
        this.cur = post;
        if (st.post) this.stmt(st.post);
        this.cur.term = { op: "jump", to: this.index(head) };
        this.continues.pop();
        for (const b of this.breaks.pop()!) this.fn.blocks[b].term = { op: "jump", to: this.index(done) };
        this.cur = done;
        return;
      }
      case "BranchStmt": {
        if (st.label !== null) throw new Unsupported("labelled branches");
        if (st.tok === "break" && this.breaks.length > 0) {
          this.breaks[this.breaks.length - 1].push(this.index(this.cur));
        } else if (st.tok === "continue" && this.continues.length > 0) {
          this.cur.term = { op: "jump", to: this.continues[this.continues.length - 1] };
        } else {
          throw new Unsupported(`${st.tok} statements`);
        }
        this.cur = this.newBlock();
        return;
      }
      case "ReturnStmt": {
        const rs = ast.unpackList(st.results);
        if (rs.length > 0) {
          if (rs.length !== this.resultVars.length) throw new Unsupported("returning a multi-value call");
          const vals = rs.map((r) => this.expr(r));
          this.resultVars.forEach((v, i) => this.copy(this.vars.get(v)!, vals[i], repOf(v.type!).kind));
        }
        this.cur.term = { op: "return" };
        this.cur = this.newBlock();
        return;
      }
      default:
        throw new Unsupported(`${st.kind} statements`);
    }
  }

  private assign(st: ast.AssignStmt): void {
    const lhs = ast.unpackList(st.lhs);
    if (st.rhs === null) {
      // x++ / x--
      const t = this.typeOf(lhs[0]);
      const rep = repOf(t);
      const slot = this.lvalue(lhs[0]);
      const one = this.alloc(1);
      this.emit({ op: "const", dst: one, kind: rep.kind, value: rep.kind === ValKind.Int ? 1n : 1 });
      this.emit({ op: "binary", dst: slot, x: slot, y: one, operator: st.op === ast.Operator.Add ? "+" : "-", kind: rep.kind, int: rep.int, f32: rep.f32 });
      return;
    }
    const rhs = ast.unpackList(st.rhs);
    if (st.op !== ast.Operator.None && st.op !== ast.Operator.Def) {
      const rep = repOf(this.typeOf(lhs[0]));
      const slot = this.lvalue(lhs[0]);
      const y = this.expr(rhs[0]);
      this.emit({ op: "binary", dst: slot, x: slot, y, operator: ast.operatorString[st.op], kind: rep.kind, int: rep.int, f32: rep.f32 });
      return;
    }
    if (rhs.length !== lhs.length) throw new Unsupported("multi-value assignment");
    // Evaluate every right-hand side into temporaries first (a, b = b, a).
    const vals = rhs.map((r) => {
      const v = this.expr(r);
      const k = repOf(this.typeOf(r)).kind;
      const t = this.alloc(slotsOf(k));
      this.copy(t, v, k);
      return t;
    });
    lhs.forEach((x, i) => {
      if (x.kind === "Name" && x.value === "_") return;
      const k = repOf(this.typeOf(rhs[i])).kind;
      this.copy(this.lvalue(x), vals[i], k);
    });
  }

  private lvalue(x: ast.Expr): number {
    x = ast.unparen(x);
    if (x.kind === "Name") return this.varSlot(x);
    throw new Unsupported("assignment to this kind of operand");
  }

  private copy(dst: number, src: number, kind: ValKind): void {
    if (dst !== src) this.emit({ op: "copy", dst, src, nslots: slotsOf(kind) });
  }

  private zero(dst: number, kind: ValKind): void {
    const value = kind === ValKind.Int ? 0n : kind === ValKind.Float ? 0 : kind === ValKind.Bool ? false : "";
    this.emit({ op: "const", dst, kind, value });
  }

  /** Lowers e; returns the slot holding its value (-1 for calls without a value). */
  private expr(e: ast.Expr, stmtCtx = false): number {
    const tv = this.info.types.get(e);
    if (tv && tv.value !== null && tv.value !== undefined) {
      const rep = repOf(tv.type);
      const dst = this.alloc(slotsOf(rep.kind));
      this.emit({ op: "const", dst, kind: rep.kind, value: constValue(tv.value, rep) });
      return dst;
    }
    switch (e.kind) {
      case "ParenExpr":
        return this.expr(e.x);
      case "Name":
        return this.varSlot(e);
      case "Operation":
        return this.operation(e);
      case "CallExpr":
        return this.call(e, stmtCtx);
      default:
        throw new Unsupported(`${e.kind} expressions`);
    }
  }

  private operation(e: ast.Operation): number {
    const rep = repOf(this.typeOf(e));
    if (e.y === null) {
      const x = this.expr(e.x);
      const dst = this.alloc(slotsOf(rep.kind));
      this.emit({ op: "unary", dst, x, operator: ast.operatorString[e.op], kind: rep.kind, int: rep.int });
      return dst;
    }
    if (e.op === ast.Operator.AndAnd || e.op === ast.Operator.OrOr) {
      const dst = this.alloc(1);
      const x = this.expr(e.x);
      this.copy(dst, x, ValKind.Bool);
      const evalY = this.newBlock();
      const done = this.newBlock();
      this.cur.term =
        e.op === ast.Operator.AndAnd
          ? { op: "if", cond: dst, then: this.index(evalY), else: this.index(done) }
          : { op: "if", cond: dst, then: this.index(done), else: this.index(evalY) };
      this.cur = evalY;
      this.copy(dst, this.expr(e.y), ValKind.Bool);
      this.cur.term = { op: "jump", to: this.index(done) };
      this.cur = done;
      return dst;
    }
    const opRep = repOf(this.typeOf(e.x));
    const x = this.expr(e.x);
    const y = this.expr(e.y);
    const dst = this.alloc(slotsOf(rep.kind));
    this.emit({ op: "binary", dst, x, y, operator: ast.operatorString[e.op], kind: opRep.kind, int: opRep.int, f32: opRep.f32 });
    return dst;
  }

  private call(e: ast.CallExpr, stmtCtx: boolean): number {
    const fun = ast.unparen(e.fun);
    const funTv = this.info.types.get(fun);
    if (funTv && funTv.mode === 3 /* Mode.TypExpr: a conversion */) {
      const to = repOf(funTv.type);
      const from = repOf(this.typeOf(e.argList[0]));
      const x = this.expr(e.argList[0]);
      const dst = this.alloc(slotsOf(to.kind));
      this.emit({ op: "unary", dst, x, operator: `conv:${from.name}`, kind: to.kind, int: to.int });
      return dst;
    }
    let obj: Obj | undefined;
    if (fun.kind === "Name") obj = this.info.uses.get(fun);
    else if (fun.kind === "SelectorExpr") obj = this.info.uses.get(fun.sel);
    if (obj?.kind === ObjKind.Builtin && (obj.name === "println" || obj.name === "print")) {
      return this.native(obj.name, e.argList);
    }
    if (obj?.kind === ObjKind.Func && obj.pkg?.path === "fmt" && (obj.name === "Println" || obj.name === "Print")) {
      return this.native(`fmt.${obj.name}`, e.argList);
    }
    const target = obj?.kind === ObjKind.Func ? this.l.funcs.get(obj) : undefined;
    if (!target) throw new Unsupported(`calls of ${obj ? obj.name : "this function value"}`);
    const vals = e.argList.map((a) => [this.expr(a), repOf(this.typeOf(a)).kind] as const);
    // The callee's frame starts after a 3-slot header (caller's fp, function
    // and resume block), which the VM fills in at the call.
    this.alloc(3);
    const base = this.alloc(0);
    let s = base;
    for (const [v, k] of vals) {
      this.copy(s, v, k);
      s += slotsOf(k);
    }
    const resultBase = base + target.paramSlots;
    const next = this.newBlock();
    this.cur.term = { op: "call", fn: target, base, next: this.index(next) };
    this.cur = next;
    // Reserve the callee's frame area so later temporaries do not overlap it
    // while the results are still being read.
    this.nslots = Math.max(this.nslots, base + target.paramSlots + target.resultSlots);
    if (target.resultSlots === 0) {
      if (!stmtCtx) throw new Unsupported("a call without results used as a value");
      return -1;
    }
    return resultBase;
  }

  private native(name: string, args: ast.Expr[]): number {
    const list = args.map((a) => {
      const rep = repOf(this.typeOf(a));
      return { slot: this.expr(a), kind: rep.kind, type: rep.name };
    });
    this.emit({ op: "native", name, args: list, dst: -1 });
    return -1;
  }
}

function constValue(v: constant.Value, rep: TypeRep): bigint | number | boolean | string {
  switch (rep.kind) {
    case ValKind.Int:
      return rep.int!.signed ? constant.int64Val(constant.toInt(v))[0] : constant.uint64Val(constant.toInt(v))[0];
    case ValKind.Float: {
      const f = rep.f32 ? constant.float32Val(constant.toFloat(v))[0] : constant.float64Val(constant.toFloat(v))[0];
      return f;
    }
    case ValKind.Bool:
      return constant.boolVal(v);
    case ValKind.String:
      return constant.stringVal(v);
  }
}
