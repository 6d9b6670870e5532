// Lowering of one function body: statements to basic blocks, expressions to
// JS expressions over registers (see ir.ts).
//
// Where variables live (until escape analysis decides it, as the VM issue
// asks): a variable whose address is taken or that a closure captures is a
// heap cell; an array or struct variable otherwise lives in the frame; every
// other variable is held in registers.
//
// A value is a list of JS expressions, one per component (shape.ts); arrays
// and structs are one expression, their address. Expressions are pure
// except for panics, so they can be combined freely; anything a later
// operand's evaluation could change (memory, a call's results) is first
// pinned to a register.

import * as ast from "../syntax/ast.js";
import { Operator } from "../syntax/ast.js";
import type { Info } from "../types/check.js";
import { Mode } from "../types/operand.js";
import {
  type Type,
  TypeKind,
  BasicKind,
  BasicInfo,
  Signature,
  Struct,
  Tuple,
  under,
  unalias,
  Typ,
} from "../types/types.js";
import { type Obj, ObjKind, type Var, type Func as FuncObj } from "../types/objects.js";
import { sizeof, alignof, offsetsof } from "../types/sizes.js";
import { isDirectIface, interfaceMethods } from "../codegen/typedesc.js";
import { anyInterface } from "../types/universe.js";
import { HITER_KEY, HITER_ELEM, HITER_SIZE } from "../runtime/map/hashmap.js";
import { NATIVE_SITE_PC, returnPC } from "../runtime/abi.js";
import * as constant from "../types/constant.js";
import { StaticInit } from "./staticinit.js";
import { indexedElems, literalLength, structElems } from "./literal.js";
import type { Block, Func, Rep, Terminator } from "./ir.js";
import { forEachChild, walk } from "./walk.js";
import { RF, type RangeFuncs, type RangeLoop, analyzeRangeFuncs, bodyCaptures, bodyDefs, isRangeFunc } from "./rangefunc.js";
import { type ArgLayout, type CheckedPackage, type ProgramLowerer, alignUp, argLayout, sigTypes } from "./lower.js";
import {
  Num,
  type Shape,
  Unsupported,
  bitsOf,
  compOffset,
  isInt,
  isSigned,
  isSmallInt,
  loadNum,
  numOf,
  repOfNum,
  shapeOf,
  storeNum,
  wrap,
  zeroOfNum,
} from "./shape.js";

type V = string[];

type Loc = { k: "reg"; regs: number[] } | { k: "mem"; addr: string };

type LValue =
  | { k: "reg"; regs: number[]; t: Type }
  | { k: "mem"; addr: string; t: Type }
  /** m[key]: the key is in memory at kaddr; assignment goes through mapassign. */
  | { k: "map"; mt: Type; m: string; kaddr: string; t: Type }
  | { k: "blank"; t: Type | null };

interface Target {
  label: string | null;
  brk: Block;
  cont: Block | null;
}

const HDR = 24;

function isMemShape(sh: Shape): sh is { mem: true; size: number } {
  return sh.mem;
}

export class FuncLowerer {
  private readonly vars = new Map<Obj, Loc>();
  private cur: Block;
  private readonly targets: Target[] = [];
  private readonly labels = new Map<string, Block>();
  private resultVars: Var[] = [];
  private resultLayout: ArgLayout | null = null;
  private resultTypes: Type[] = [];
  /** Variables that must live in memory: their address is taken or a closure captures them. */
  private addressed = new Set<Obj>();
  /** For closures: captured variables and their index in the closure object. */
  private captures: Map<Obj, number> | null = null;
  /** In a function with defer statements: the block that runs the deferred calls and returns (like deferreturn). */
  private exitBlock: Block | null = null;
  /** The range-over-func loops of the function this code belongs to (see rangefunc.ts), shared with their body closures. */
  private rf: RangeFuncs | null = null;
  /** In the body closure of a range-over-func loop: that loop. */
  private rfLoop: RangeLoop | null = null;

  constructor(
    readonly pl: ProgramLowerer,
    readonly info: Info,
    readonly fn: Func,
    readonly parent: FuncLowerer | null,
  ) {
    this.cur = this.newBlock();
  }

  // ---------------------------------------------------------------------
  // Registers, blocks, frame memory

  private newBlock(): Block {
    const b: Block = { instrs: [], term: { op: "unreachable" } };
    this.fn.blocks.push(b);
    return b;
  }

  private bi(b: Block): number {
    return this.fn.blocks.indexOf(b);
  }

  private newReg(rep: Rep, ptr = false): number {
    const r = this.fn.regs.length;
    this.fn.regs.push(rep);
    if (ptr) this.fn.ptrRegs.add(r);
    return r;
  }

  private set(r: number, x: string): void {
    this.cur.instrs.push(this.line > 0 ? { op: "set", dst: r, x, line: this.line } : { op: "set", dst: r, x });
  }

  exec(x: string): void {
    this.cur.instrs.push(this.line > 0 ? { op: "exec", x, line: this.line } : { op: "exec", x });
  }

  term(t: Terminator, next: Block | null = null): void {
    // The pc table: a call's return pc has the call's line.
    if (t.op === "call" && this.line > 0) this.site(returnPC(t.next));
    this.cur.term = t;
    this.cur = next ?? this.newBlock();
  }

  private jump(to: Block): void {
    this.term({ op: "jump", to: this.bi(to) });
  }

  /** A register holding x (x itself if it is already a register or a literal). */
  pin(x: string, rep: Rep, ptr = false): string {
    if (/^(r\d+|-?\d+(\.\d+)?(e[+-]?\d+)?n?|true|false)$/.test(x)) return x;
    const r = this.newReg(rep, ptr);
    this.set(r, x);
    return `r${r}`;
  }

  private pinV(v: V, t: Type): V {
    const sh = shapeOf(t);
    if (sh.mem) return v;
    return v.map((x, i) => this.pin(x, sh.reps[i], sh.nums[i] === Num.Ptr));
  }

  /** Allocates frame memory; returns its address expression. */
  frameAlloc(size: number, align: number): string {
    const off = alignUp(this.fn.localsEnd, Math.max(align, 1));
    this.fn.localsEnd = off + Math.max(size, 0);
    return `(fp + ${off})`;
  }

  /** A zeroed temporary in the frame for a value of memory shape. */
  private tempMem(t: Type): string {
    const a = this.frameAlloc(sizeof(t), alignof(t));
    this.zeroMem(a, sizeof(t));
    return a;
  }

  private zeroMem(a: string, size: number): void {
    if (size === 0) return;
    if (size <= 64 && size % 8 === 0) {
      for (let o = 0; o < size; o += 8) this.exec(`f64[(${a} + ${o}) >> 3] = 0`);
    } else this.exec(`mzero(${a}, ${size})`);
  }

  private heapAlloc(t: Type): string {
    return this.pin(`newobj(${Math.max(sizeof(t), 0)}, ${hasPointers(t) ? 0 : 1})`, "n", true);
  }

  // ---------------------------------------------------------------------
  // Types and values

  private tv(e: ast.Expr) {
    const tv = this.info.types.get(e);
    if (!tv) throw new Unsupported(`an expression the checker did not record (${e.kind})`);
    return tv;
  }

  private typeOf(e: ast.Expr): Type {
    return this.tv(e).type;
  }

  private objOf(n: ast.Name): Obj | null {
    return this.info.uses.get(n) ?? this.info.defs.get(n) ?? null;
  }

  load(t: Type, a: string): V {
    const sh = shapeOf(t);
    if (sh.mem) return [a];
    if (sh.nums.length === 1) return [loadNum(sh.nums[0], a)];
    return sh.nums.map((n, i) => loadNum(n, `${a} + ${compOffset(sh, i)}`));
  }

  store(t: Type, a: string, v: V): void {
    const sh = shapeOf(t);
    if (sh.mem) {
      if (sh.size > 0) this.exec(`mcopy(${a}, ${v[0]}, ${sh.size})`);
      return;
    }
    if (sh.nums.length === 1) {
      this.exec(storeNum(sh.nums[0], a, v[0]));
      return;
    }
    sh.nums.forEach((n, i) => this.exec(storeNum(n, `${a} + ${compOffset(sh, i)}`, v[i])));
  }

  private zero(t: Type): V {
    const sh = shapeOf(t);
    if (sh.mem) return [this.tempMem(t)];
    return sh.nums.map(zeroOfNum);
  }

  private constValue(t: Type, val: constant.Value): V {
    const u = under(t);
    if (u.kind === TypeKind.Basic) {
      if (u.info & BasicInfo.IsString) {
        const s = constant.stringVal(val);
        return [String(this.pl.statics.str(s)), String(s.length)];
      }
      if (u.info & BasicInfo.IsBoolean) return [constant.boolVal(val) ? "true" : "false"];
      if (u.info & BasicInfo.IsComplex) {
        const re = jsNum(constant.float64Val(constant.toFloat(constant.real(val)))[0]);
        const im = jsNum(constant.float64Val(constant.toFloat(constant.imag(val)))[0]);
        return [re, im];
      }
      if (u.info & BasicInfo.IsFloat) {
        const f = u.basicKind === BasicKind.Float32 ? constant.float32Val(constant.toFloat(val))[0] : constant.float64Val(constant.toFloat(val))[0];
        return [jsNum(f)];
      }
      if (u.info & BasicInfo.IsInteger) {
        const iv = constant.toInt(val);
        const [b] = u.info & BasicInfo.IsUnsigned ? constant.uint64Val(iv) : constant.int64Val(iv);
        return [jsInt(b)];
      }
      if (u.basicKind === BasicKind.UnsafePointer || u.basicKind === BasicKind.UntypedNil) return ["0"];
    }
    if (u.kind === TypeKind.Interface) throw new Unsupported("constants converted to interfaces");
    throw new Unsupported(`a constant of type ${u.kind}`);
  }

  // ---------------------------------------------------------------------
  // Escape pre-pass (until the escape issue): which variables need memory

  private scanAddressed(body: ast.Node, inClosure: boolean, declaredInside: Set<Obj>): void {
    const visit = (n: ast.Node | null, inLit: boolean, inside: Set<Obj>): void => {
      if (n === null) return;
      switch (n.kind) {
        case "Name": {
          if (!inLit) return;
          const o = this.objOf(n);
          if (o !== null && o.kind === ObjKind.Var && !(o as Var).isField && !inside.has(o) && !this.isGlobal(o)) this.addressed.add(o);
          return;
        }
        case "FuncLit": {
          const inner = new Set<Obj>();
          collectDefs(n, this.info, inner);
          visit(n.body, true, inner);
          return;
        }
        case "Operation":
          if (n.op === Operator.And && n.y === null) this.markRoot(n.x);
          visit(n.x, inLit, inside);
          visit(n.y, inLit, inside);
          return;
        case "SliceExpr": {
          const t = this.info.types.get(n.x)?.type;
          if (t && under(t).kind === TypeKind.Array) this.markRoot(n.x);
          visit(n.x, inLit, inside);
          for (const i of n.index) visit(i, inLit, inside);
          return;
        }
        case "SelectorExpr": {
          const sel = this.info.selections.get(n);
          if (sel && sel.obj.kind === ObjKind.Func && (sel.obj as FuncObj).hasPtrRecv) {
            const xt = this.info.types.get(n.x)?.type;
            if (xt && under(xt).kind !== TypeKind.Pointer) this.markRoot(n.x);
          }
          visit(n.x, inLit, inside);
          return;
        }
        case "ForStmt": {
          if (!isRangeFunc(this.info, n)) break;
          // A range-over-func body is a closure (the yield function): what
          // it uses from outside is captured, so it lives in memory. So is
          // what a range with = assigns, inside the body.
          const inner = bodyDefs(this.info, n);
          visit(n.init.x, inLit, inside);
          if (!n.init.def) visit(n.init.lhs, true, inner);
          visit(n.body, true, inner);
          return;
        }
        case "RangeClause": {
          const xt = this.info.types.get(n.x)?.type;
          // Ranging over an addressable array by value copies it; over &arr or a slice it does not.
          void xt;
          visit(n.lhs, inLit, inside);
          visit(n.x, inLit, inside);
          return;
        }
      }
      forEachChild(n, (c) => visit(c, inLit, inside));
    };
    visit(body, inClosure, declaredInside);
  }

  /** Marks the variable at the root of an addressable expression (x, x.f, x[i] of arrays) as addressed. */
  private markRoot(e: ast.Expr): void {
    for (;;) {
      e = ast.unparen(e);
      if (e.kind === "Name") {
        const o = this.objOf(e);
        if (o !== null && o.kind === ObjKind.Var) this.addressed.add(o);
        return;
      }
      if (e.kind === "SelectorExpr") {
        const sel = this.info.selections.get(e);
        if (!sel || sel.indirect) return;
        const xt = this.info.types.get(e.x)?.type;
        if (!xt || under(xt).kind === TypeKind.Pointer) return;
        e = e.x;
        continue;
      }
      if (e.kind === "IndexExpr") {
        const xt = this.info.types.get(e.x)?.type;
        if (!xt || under(xt).kind !== TypeKind.Array) return;
        e = e.x;
        continue;
      }
      if (e.kind === "CompositeLit") return;
      return;
    }
  }

  private isGlobal(o: Obj): boolean {
    return o.kind === ObjKind.Var && this.pl.globals.has(o as Var);
  }

  // ---------------------------------------------------------------------
  // Variables

  /** Declares a local variable and returns where it lives. */
  private declareVar(o: Obj, t: Type): Loc {
    const sh = shapeOf(t);
    let loc: Loc;
    if (this.addressed.has(o)) {
      loc = { k: "mem", addr: this.heapAlloc(t) };
    } else if (sh.mem) {
      loc = { k: "mem", addr: this.frameAlloc(sh.size, alignof(t)) };
    } else {
      loc = { k: "reg", regs: sh.reps.map((rep, i) => this.newReg(rep, sh.nums[i] === Num.Ptr)) };
    }
    this.vars.set(o, loc);
    return loc;
  }

  private locOf(o: Obj): Loc {
    let loc = this.vars.get(o);
    if (loc !== undefined) return loc;
    const g = this.pl.globals.get(o as Var);
    if (g !== undefined) return { k: "mem", addr: String(g) };
    if (this.captures !== null && this.captures.has(o)) {
      // A captured variable's cell pointer lives in the closure object.
      throw new Unsupported("capture not loaded");
    }
    throw new Unsupported(`variable ${o.name} used before its declaration was lowered`);
  }

  private readVar(o: Obj, t: Type): V {
    const loc = this.locOf(o);
    if (loc.k === "reg") return loc.regs.map((r) => `r${r}`);
    return this.load(t, loc.addr);
  }

  private writeLoc(loc: Loc, t: Type, v: V): void {
    if (loc.k === "reg") {
      loc.regs.forEach((r, i) => this.set(r, v[i]));
      return;
    }
    this.store(t, loc.addr, v);
  }

  // ---------------------------------------------------------------------
  // Function entry and exit

  lowerDecl(d: ast.FuncDecl): void {
    const obj = this.info.defs.get(d.name) as FuncObj;
    const sig = obj.signature();
    const recvName = d.recv?.name ?? null;
    const params: (ast.Name | null)[] = [];
    if (sig.recv !== null) params.push(recvName);
    for (const f of d.type.paramList) params.push(f.name);
    this.lowerBody(sig, params, d.type.resultList, d.body!, null);
  }

  private lowerBody(sig: Signature, paramNames: (ast.Name | null)[], resultFields: ast.Field[], body: ast.BlockStmt, closureCaptures: Obj[] | null): void {
    this.pl.within(this.fn, () => this.lowerBodyIn(sig, paramNames, resultFields, body, closureCaptures));
  }

  private lowerBodyIn(sig: Signature, paramNames: (ast.Name | null)[], resultFields: ast.Field[], body: ast.BlockStmt, closureCaptures: Obj[] | null): void {
    this.at(body.pos);
    const inside = new Set<Obj>();
    collectDefs(body, this.info, inside);
    for (const n of paramNames) if (n) inside.add(this.info.defs.get(n)!);
    this.scanAddressed(body, false, inside);
    this.rf = analyzeRangeFuncs(this.info, body, this.fn.name);
    // A return with values inside a range-over-func body assigns the
    // function's results from the body closure (gc names unnamed results
    // for that): they live in memory and are treated as named.
    const rfReturns = this.rf !== null && [...this.rf.loops.values()].some((l) => l.returnsValues);
    if (rfReturns) for (const v of sig.results.vars) this.addressed.add(v);
    const { params, results } = sigTypes(sig, true);
    const lay = argLayout(params, results);
    this.resultLayout = lay;
    this.resultTypes = results;
    if (closureCaptures !== null) this.loadCaptures(closureCaptures);
    params.forEach((t, i) => {
      const n = paramNames[i];
      const o = n ? this.info.defs.get(n) : null;
      if (!o || n!.value === "_") return;
      const a = `(fp + ${lay.params[i]})`;
      const sh = shapeOf(t);
      if (this.addressed.has(o)) {
        const loc = this.declareVar(o, t);
        this.writeLoc(loc, t, this.load(t, a));
      } else if (sh.mem) {
        this.vars.set(o, { k: "mem", addr: a });
      } else {
        const loc = this.declareVar(o, t);
        this.writeLoc(loc, t, this.load(t, a));
      }
    });
    // Named results start as zero values.
    this.resultVars = [];
    for (const f of resultFields) {
      if (f.name === null) continue;
      const o = this.info.defs.get(f.name) as Var | null | undefined;
      if (!o) continue;
      this.resultVars.push(o);
    }
    if (this.resultVars.length === 0 && results.length > 0 && resultFields.some((f) => f.name !== null)) {
      // all results named "_": nothing to track
    }
    const namedResults = sig.results.vars.filter((v) => v.name !== "" && v.name !== "_");
    this.resultVars = sig.results.vars.slice();
    if (this.rf !== null) this.rf.results = rfReturns ? this.resultVars : [];
    const defers = hasDefer(body);
    if (namedResults.length > 0 || rfReturns) {
      for (const v of sig.results.vars) {
        let loc: Loc;
        if (defers) {
          // Deferred calls may change named results, also after a recovered
          // panic, when registers are gone: keep each in a heap cell whose
          // address is in a fixed frame slot.
          const slot = this.frameAlloc(8, 8);
          this.exec(storeNum(Num.Ptr, slot, `newobj(${Math.max(sizeof(v.type!), 1)}, ${hasPointers(v.type!) ? 0 : 1})`));
          loc = { k: "mem", addr: loadNum(Num.Ptr, slot) };
          this.vars.set(v, loc);
        } else loc = this.declareVar(v, v.type!);
        this.writeLoc(loc, v.type!, this.zero(v.type!));
      }
    } else {
      this.resultVars = [];
      // A recovered panic returns the results' zero values.
      if (defers) results.forEach((t, i) => this.store(t, `(fp + ${lay.results[i]})`, this.zero(t)));
    }
    if (defers) this.exitBlock = this.newBlock();
    this.block(body.list);
    // Returning at the end and deferreturn have the closing brace's line.
    this.at(body.rbrace);
    this.returnNamed();
    if (this.exitBlock !== null) {
      // Where a recovered panic resumes.
      this.fn.exitPc = this.bi(this.exitBlock);
      this.cur = this.exitBlock;
      this.deferReturn();
    }
  }

  /** Closure captures: loads each captured cell's address from the closure context. */
  private loadCaptures(captures: Obj[]): void {
    const ctx = this.pin(`f64[(fp - 8) >> 3]`, "n", true);
    captures.forEach((o, i) => {
      const r = this.newReg("n", true);
      this.set(r, `u32[(${ctx} + ${8 + 8 * i}) >> 2]`);
      this.vars.set(o, { k: "mem", addr: `r${r}` });
    });
  }

  /**
   * deferreturn: runs this frame's deferred calls, newest first, then
   * returns the named results. Each return has its own (gc open-codes the
   * deferred calls at each exit), so the calls have the return's line.
   */
  private deferReturn(): void {
    const lay = this.resultLayout!;
    const loop = this.newBlock();
    this.jump(loop);
    this.cur = loop;
    const clo = this.pin(`deferpop(fp)`, "n", true);
    const done = this.newBlock();
    const call = this.newBlock();
    this.term({ op: "if", cond: `${clo} === 0`, then: this.bi(done), else: this.bi(call) }, call);
    this.callWith(`f64[${clo} >> 3]`, clo, [], [], []);
    this.jump(loop);
    this.cur = done;
    this.resultVars.forEach((v, i) => this.store(v.type!, `(fp + ${lay.results[i]})`, this.readVar(v, v.type!)));
    this.term({ op: "return" });
  }

  /** Returns with the named results' current values (or none). */
  private returnNamed(): void {
    const lay = this.resultLayout!;
    if (this.exitBlock !== null) {
      this.deferReturn();
      return;
    }
    this.resultVars.forEach((v, i) => {
      const t = v.type!;
      this.store(t, `(fp + ${lay.results[i]})`, this.readVar(v, t));
    });
    this.term({ op: "return" });
  }

  /** The runtime's main: package initialization, then main.main, then exit. */
  lowerEntry(pkgs: CheckedPackage[], initsOf: (p: import("../types/objects.js").Package) => Func[], main: Func): void {
    this.pl.within(this.fn, () => this.lowerEntryIn(pkgs, initsOf, main));
  }

  private lowerEntryIn(pkgs: CheckedPackage[], initsOf: (p: import("../types/objects.js").Package) => Func[], main: Func): void {
    for (const p of pkgs) {
      const saved = (this as { info: Info }).info;
      (this as { info: Info }).info = p.info;
      const si = new StaticInit(this.pl, p.info, this.pl.statics.view);
      for (const init of p.info.initOrder) {
        const lhs = init.lhs;
        if (lhs.length === 1) {
          const v = lhs[0];
          const addr = this.pl.globals.get(v);
          if (v.name === "_" ? si.isStatic(v.type!, init.rhs) : addr !== undefined && si.tryInit(v, addr, init.rhs)) continue;
        }
        si.dynamic();
        const vals = init.lhs.length > 1 ? this.exprMulti(init.rhs) : [this.expr(init.rhs)];
        lhs.forEach((v, i) => {
          if (v.name === "_") return;
          const addr = this.pl.globals.get(v);
          if (addr === undefined) return;
          const rt = init.lhs.length > 1 ? (this.typeOf(init.rhs) as Tuple).vars[i].type! : this.typeOf(init.rhs);
          this.store(v.type!, String(addr), this.convert(vals[i], rt, v.type!));
        });
      }
      (this as { info: Info }).info = saved;
      for (const f of initsOf(p.pkg)) this.callFunc(f, [], [], []);
    }
    this.callFunc(main, [], [], []);
    this.exec("exit(0)");
    this.term({ op: "return" });
  }

  // ---------------------------------------------------------------------
  // Statements

  private block(list: ast.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  /** The source line being lowered (0: unknown), for the pc table, and its file. */
  private line = 0;
  private file = "";

  /** Enters the current line (and file, if not the function's) at pc offset off. */
  private site(off: number): void {
    this.fn.lines.set(off, this.line);
    if (this.file !== this.fn.file) (this.fn.files ??= new Map()).set(off, this.file);
  }

  /** Moves the pc table's current line to pos (and learns the function's file). */
  private at(pos: number): void {
    const ps = this.pl.positions;
    if (ps === null || pos === 0) return;
    const p = ps(pos);
    this.line = p.line;
    this.file = p.filename;
    if (this.fn.file === "") this.fn.file = p.filename;
  }

  private stmt(s: ast.Stmt): void {
    this.at(s.pos);
    switch (s.kind) {
      case "EmptyStmt":
        return;
      case "BlockStmt":
        return this.block(s.list);
      case "ExprStmt":
        this.exprStmt(s.x);
        return;
      case "DeclStmt":
        for (const d of s.declList) if (d.kind === "VarDecl") this.varDecl(d);
        return;
      case "AssignStmt":
        return this.assignStmt(s);
      case "IfStmt":
        return this.ifStmt(s);
      case "ForStmt":
        return s.init?.kind === "RangeClause" ? this.rangeStmt(s, s.init, null) : this.forStmt(s, null);
      case "SwitchStmt":
        return s.tag?.kind === "TypeSwitchGuard" ? this.typeSwitch(s, null) : this.switchStmt(s, null);
      case "LabeledStmt":
        return this.labeled(s);
      case "BranchStmt":
        return this.branch(s);
      case "ReturnStmt":
        return this.returnStmt(s);
      case "SendStmt": {
        const ct = this.typeOf(s.chan);
        const et = (under(ct) as { elem: Type }).elem;
        const c = this.pin(this.expr(s.chan)[0], "n", true);
        const tmp = this.frameAlloc(Math.max(sizeof(et), 1), alignof(et));
        this.store(et, tmp, this.convert(this.expr(s.value), this.typeOf(s.value), et));
        this.exec(`chansend(${c}, ${tmp})`);
        return;
      }
      case "SelectStmt":
        return this.selectStmt(s, null);
      case "CallStmt":
        if (s.tok === "defer") return this.deferStmt(s);
        throw new Unsupported("go statements");
      default:
        throw new Unsupported(`${s.kind} statements`);
    }
  }

  private exprStmt(x: ast.Expr): void {
    const e = ast.unparen(x);
    if (e.kind === "CallExpr") {
      this.callExpr(e, false);
      return;
    }
    this.expr(e);
  }

  private varDecl(d: ast.VarDecl): void {
    const names = d.nameList;
    const values = ast.unpackList(d.values);
    if (values.length === 0) {
      for (const n of names) {
        const o = this.info.defs.get(n);
        if (!o) continue;
        const t = o.type!;
        const loc = this.declareVar(o, t);
        this.writeLoc(loc, t, this.zero(t));
      }
      return;
    }
    let vals: V[];
    let types: Type[];
    if (values.length === 1 && names.length > 1) {
      vals = this.exprMulti(values[0]);
      types = (this.typeOf(values[0]) as Tuple).vars.map((v) => v.type!);
    } else {
      types = values.map((v) => this.typeOf(v));
      vals = this.exprList(values);
    }
    names.forEach((n, i) => {
      const o = this.info.defs.get(n);
      if (!o || n.value === "_") return;
      const t = o.type!;
      const v = this.convert(vals[i], types[i], t);
      const loc = this.declareVar(o, t);
      this.writeLoc(loc, t, v);
    });
  }

  /** Evaluates a list of expressions left to right, pinning earlier values when later ones have effects. */
  private exprList(es: ast.Expr[]): V[] {
    const out: V[] = [];
    es.forEach((e, i) => {
      let v = this.expr(e);
      if (es.slice(i + 1).some(hasCall)) v = this.materialize(v, this.typeOf(e));
      out.push(v);
    });
    return out;
  }

  /** Pins a value so later effects cannot change it (memory values are copied to a temporary). */
  materialize(v: V, t: Type): V {
    const sh = shapeOf(t);
    if (!sh.mem) return this.pinV(v, t);
    const tmp = this.frameAlloc(sh.size, alignof(t));
    this.store(t, tmp, v);
    return [tmp];
  }

  private assignStmt(s: ast.AssignStmt): void {
    const lhs = ast.unpackList(s.lhs);
    if (s.rhs === null) {
      // x++ / x--
      const t = this.typeOf(lhs[0]);
      const lv = this.lvalue(lhs[0]);
      const cur = this.readLV(lv);
      const one = this.constValue(t, constant.makeInt64(1));
      this.writeLV(lv, this.binary(s.op === Operator.Add ? Operator.Add : Operator.Sub, t, cur, one));
      return;
    }
    if (s.op === Operator.Def) {
      this.define(lhs, ast.unpackList(s.rhs));
      return;
    }
    if (s.op !== Operator.None) {
      // x op= y
      const t = this.typeOf(lhs[0]);
      const lv = this.lvalue(lhs[0]);
      const cur = this.pinLVRead(lv, s.rhs);
      const shift = s.op === Operator.Shl || s.op === Operator.Shr;
      const [y, yt] = shift ? this.shiftCount(s.rhs) : [this.expr(s.rhs), this.typeOf(s.rhs)];
      const r = shift ? this.shift(s.op, t, cur, y, yt) : this.binary(s.op, t, cur, this.convert(y, yt, t));
      this.writeLV(lv, r);
      return;
    }
    const rhs = ast.unpackList(s.rhs);
    if (lhs.length === 1 && rhs.length === 1) {
      const lv = this.lvalue(lhs[0]);
      const rt = this.typeOf(rhs[0]);
      const v = this.expr(rhs[0]);
      this.writeLV(lv, this.convert(v, rt, lv.t ?? rt));
      return;
    }
    // Tuple assignment: evaluate index operands and pointer indirections on
    // the left, then the right, then assign left to right (the spec's two phases).
    const lvs = lhs.map((e) => {
      const checks: string[] = [];
      this.deferredChecks = checks;
      let lv: LValue;
      try {
        lv = this.lvalue(e);
      } finally {
        this.deferredChecks = null;
      }
      return this.freezeLV(lv, checks);
    });
    let vals: V[];
    let types: Type[];
    if (rhs.length === 1) {
      vals = this.exprMulti(rhs[0]);
      types = this.tupleTypes(rhs[0]);
    } else {
      types = rhs.map((e) => this.typeOf(e));
      vals = rhs.map((e, i) => this.snapshot(this.expr(e), types[i]));
    }
    lvs.forEach(({ lv, checks }, i) => {
      for (const c of checks) this.exec(c);
      this.writeLV(lv, this.convert(vals[i], types[i], lv.t ?? types[i]));
    });
  }

  /**
   * Like materialize, but also copies values that are variables' own
   * registers: in a, b = b, a every right-hand value must be read before
   * any assignment.
   */
  private snapshot(v: V, t: Type): V {
    const sh = shapeOf(t);
    if (sh.mem) return this.materialize(v, t);
    return v.map((x, i) => {
      if (!/^r\d+$/.test(x)) return this.pin(x, sh.reps[i], sh.nums[i] === Num.Ptr);
      const r = this.newReg(sh.reps[i], sh.nums[i] === Num.Ptr);
      this.set(r, x);
      return `r${r}`;
    });
  }

  private tupleTypes(e: ast.Expr): Type[] {
    const t = this.typeOf(e);
    if (t.kind === TypeKind.Tuple) return t.vars.map((v) => v.type!);
    // comma-ok forms: value and bool
    return [t, Typ[BasicKind.Bool]];
  }

  private define(lhs: ast.Expr[], rhs: ast.Expr[]): void {
    let vals: V[];
    let types: Type[];
    if (rhs.length === 1 && lhs.length > 1) {
      vals = this.exprMulti(rhs[0]);
      types = this.tupleTypes(rhs[0]);
    } else {
      types = rhs.map((e) => this.typeOf(e));
      vals = lhs.length > 1 ? rhs.map((e, i) => this.snapshot(this.expr(e), types[i])) : [this.expr(rhs[0])];
    }
    lhs.forEach((e, i) => {
      const n = e as ast.Name;
      if (n.value === "_") return;
      const def = this.info.defs.get(n);
      if (def) {
        const t = def.type!;
        const v = this.convert(vals[i], types[i], t);
        const loc = this.declareVar(def, t);
        this.writeLoc(loc, t, v);
      } else {
        const o = this.objOf(n)!;
        this.writeLoc(this.locOf(o), o.type!, this.convert(vals[i], types[i], o.type!));
      }
    });
  }

  private ifStmt(s: ast.IfStmt): void {
    if (s.init) this.stmt(s.init);
    const thenB = this.newBlock();
    const elseB = this.newBlock();
    const done = s.else ? this.newBlock() : elseB;
    this.cond(s.cond!, thenB, elseB);
    this.cur = thenB;
    this.block(s.then.list);
    this.jump(done);
    if (s.else) {
      this.cur = elseB;
      this.stmt(s.else);
      this.jump(done);
    }
    this.cur = done;
  }

  /** Branches on a boolean expression, short-circuiting && and ||. */
  private cond(e: ast.Expr, t: Block, f: Block): void {
    e = ast.unparen(e);
    if (e.kind === "Operation" && e.y !== null && this.tv(e).value === null) {
      if (e.op === Operator.AndAnd) {
        const mid = this.newBlock();
        this.cond(e.x, mid, f);
        this.cur = mid;
        this.cond(e.y, t, f);
        return;
      }
      if (e.op === Operator.OrOr) {
        const mid = this.newBlock();
        this.cond(e.x, t, mid);
        this.cur = mid;
        this.cond(e.y, t, f);
        return;
      }
    }
    if (e.kind === "Operation" && e.y === null && e.op === Operator.Not && this.tv(e).value === null) {
      this.cond(e.x, f, t);
      return;
    }
    const c = this.expr(e)[0];
    this.term({ op: "if", cond: c, then: this.bi(t), else: this.bi(f) });
  }

  private pushTarget(label: string | null, brk: Block, cont: Block | null): void {
    this.targets.push({ label, brk, cont });
  }

  private forStmt(s: ast.ForStmt, label: string | null): void {
    if (s.init) this.stmt(s.init);
    // Go 1.22 per-iteration loop variables: a variable declared by the
    // init statement that lives in memory gets a fresh copy per iteration.
    const perIter: Obj[] = [];
    if (s.init?.kind === "AssignStmt" && s.init.op === Operator.Def) {
      for (const e of ast.unpackList(s.init.lhs)) {
        const o = e.kind === "Name" ? this.info.defs.get(e) : null;
        if (o && this.vars.get(o)?.k === "mem" && this.addressed.has(o)) perIter.push(o);
      }
    }
    const head = this.newBlock();
    const body = this.newBlock();
    const post = this.newBlock();
    const done = this.newBlock();
    this.jump(head);
    this.cur = head;
    if (s.cond) this.cond(s.cond, body, done);
    else this.jump(body);
    this.cur = body;
    this.pushTarget(label, done, post);
    this.block(s.body.list);
    this.targets.pop();
    this.jump(post);
    this.cur = post;
    for (const o of perIter) {
      const t = o.type!;
      const old = this.vars.get(o) as { k: "mem"; addr: string };
      const v = this.materialize(this.load(t, old.addr), t);
      const cell = this.heapAlloc(t);
      this.store(t, cell, v);
      // The cell register is reused: later iterations see the new cell.
      this.set(Number(old.addr.slice(1)), cell);
    }
    if (s.post) this.stmt(s.post);
    this.jump(head);
    this.cur = done;
  }

  private rangeStmt(s: ast.ForStmt, rc: ast.RangeClause, label: string | null): void {
    const xt = this.typeOf(rc.x);
    const u = under(xt);
    const lhs = ast.unpackList(rc.lhs);
    const keyE = lhs[0] ?? null;
    const valE = lhs[1] ?? null;
    const assignTo = (e: ast.Expr | null, v: V, t: Type): void => {
      if (e === null) return;
      if (e.kind === "Name" && e.value === "_") return;
      if (rc.def) {
        const o = this.info.defs.get(e as ast.Name);
        if (!o) return;
        const loc = this.declareVar(o, o.type!);
        this.writeLoc(loc, o.type!, this.convert(v, t, o.type!));
      } else {
        const lv = this.lvalue(e);
        this.writeLV(lv, this.convert(v, t, lv.t ?? t));
      }
    };
    const intT = Typ[BasicKind.Int];
    if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsInteger) {
      // range over an integer (Go 1.22)
      const n = this.snapshot(this.convert(this.expr(rc.x), this.typeOf(rc.x), xt), xt)[0];
      const i = this.newReg(repOfNum(numOf(xt)));
      this.set(i, "0");
      this.loop(label, `r${i} < ${n}`, () => assignTo(keyE, [`r${i}`], xt), () => this.set(i, this.binary(Operator.Add, xt, [`r${i}`], ["1"])[0]), s.body);
      return;
    }
    if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsString) {
      const [p, l] = this.snapshot(this.expr(rc.x), xt);
      const i = this.newReg("l");
      const next = this.newReg("l");
      this.set(i, "0");
      this.loop(
        label,
        `r${i} < ${l}`,
        () => {
          // Decode one rune (utf8.DecodeRuneInString; RuneError for bad bytes).
          const r = this.pin(`decoderune(${p}, ${l}, r${i})`, "n");
          this.set(next, `r${i} + rv[0]`);
          assignTo(keyE, [`r${i}`], intT);
          assignTo(valE, [r], Typ[BasicKind.Int32]);
        },
        () => this.set(i, `r${next}`),
        s.body,
      );
      return;
    }
    if (u.kind === TypeKind.Slice || u.kind === TypeKind.Array || (u.kind === TypeKind.Pointer && under(u.base).kind === TypeKind.Array)) {
      let base: string;
      let len: string;
      let elemT: Type;
      if (u.kind === TypeKind.Slice) {
        const v = this.snapshot(this.expr(rc.x), xt);
        base = v[0];
        len = v[1];
        elemT = u.elem;
      } else if (u.kind === TypeKind.Array) {
        elemT = u.elem;
        len = String(u.len);
        if (valE !== null && !(valE.kind === "Name" && valE.value === "_")) {
          // The range expression is evaluated once: ranging over an array copies it.
          base = this.materialize(this.expr(rc.x), xt)[0];
          base = this.copyToTemp(xt, base);
        } else {
          base = "0";
        }
      } else {
        const at = under((u as { base: Type }).base) as { elem: Type; len: number };
        elemT = at.elem;
        len = String(at.len);
        base = this.snapshot(this.expr(rc.x), xt)[0];
        // Only reading elements dereferences the pointer (the length is the type's).
        if (valE !== null && !(valE.kind === "Name" && valE.value === "_")) this.exec(`${base} === 0 && nilpanic()`);
      }
      const es = sizeof(elemT);
      const i = this.newReg("l");
      this.set(i, "0");
      this.loop(
        label,
        `r${i} < ${len}`,
        () => {
          assignTo(keyE, [`r${i}`], intT);
          if (valE !== null) assignTo(valE, this.load(elemT, `${base} + r${i} * ${es}`), elemT);
        },
        () => this.set(i, `r${i} + 1`),
        s.body,
      );
      return;
    }
    if (u.kind === TypeKind.Map) return this.rangeMap(s, rc, label, assignTo);
    if (u.kind === TypeKind.Chan) {
      const c = this.snapshot(this.expr(rc.x), xt)[0];
      const et = u.elem;
      const tmp = this.frameAlloc(Math.max(sizeof(et), 1), alignof(et));
      const ok = this.newReg("b");
      const head = this.newBlock();
      const bodyB = this.newBlock();
      const done = this.newBlock();
      this.jump(head);
      this.cur = head;
      this.set(ok, `chanrecv(${c}, ${tmp})`);
      this.term({ op: "if", cond: `r${ok}`, then: this.bi(bodyB), else: this.bi(done) }, bodyB);
      assignTo(keyE, this.materialize(this.load(et, tmp), et), et);
      this.pushTarget(label, done, head);
      this.block(s.body.list);
      this.targets.pop();
      this.jump(head);
      this.cur = done;
      return;
    }
    if (u.kind === TypeKind.Signature) return this.rangeFunc(s, rc);
    throw new Unsupported(`range over ${u.kind}`);
  }

  private copyToTemp(t: Type, a: string): string {
    const tmp = this.frameAlloc(sizeof(t), alignof(t));
    this.store(t, tmp, [a]);
    return tmp;
  }

  /** A counted loop: head tests cond, body runs `pre` then the statements, post advances. */
  private loop(label: string | null, cond: string, pre: () => void, post: () => void, body: ast.BlockStmt): void {
    const head = this.newBlock();
    const bodyB = this.newBlock();
    const postB = this.newBlock();
    const done = this.newBlock();
    this.jump(head);
    this.cur = head;
    this.term({ op: "if", cond, then: this.bi(bodyB), else: this.bi(done) }, bodyB);
    pre();
    this.pushTarget(label, done, postB);
    this.block(body.list);
    this.targets.pop();
    this.jump(postB);
    this.cur = postB;
    post();
    this.jump(head);
    this.cur = done;
  }

  private rangeMap(s: ast.ForStmt, rc: ast.RangeClause, label: string | null, assignTo: (e: ast.Expr | null, v: V, t: Type) => void): void {
    const mt = this.typeOf(rc.x);
    const { key: kt, elem: et } = under(mt) as { key: Type; elem: Type };
    const m = this.snapshot(this.expr(rc.x), mt)[0];
    const it = this.frameAlloc(HITER_SIZE, 8);
    this.zeroMem(it, HITER_SIZE);
    this.exec(`mapiterinit(${this.pl.types.desc(mt)}, ${m}, ${it})`);
    const lhs = ast.unpackList(rc.lhs);
    this.loop(
      label,
      `${loadNum(Num.Ptr, `${it} + ${HITER_KEY}`)} !== 0`,
      () => {
        if (lhs[0]) assignTo(lhs[0], this.materialize(this.load(kt, this.pin(loadNum(Num.Ptr, `${it} + ${HITER_KEY}`), "n", true)), kt), kt);
        if (lhs[1]) assignTo(lhs[1], this.materialize(this.load(et, this.pin(loadNum(Num.Ptr, `${it} + ${HITER_ELEM}`), "n", true)), et), et);
      },
      () => this.exec(`mapiternext(${it})`),
      s.body,
    );
  }

  // ---------------------------------------------------------------------
  // Range over functions (gc's rangefunc rewrite; see rangefunc.ts)

  /**
   * for ... range f: f is called with the loop body as a closure (the
   * yield function). The body closure captures what it uses, the loop's
   * #state cell and the function's #next cell; once f returns, the checks
   * on #state and #next finish what the body started (a return, a goto, a
   * break or continue of an enclosing statement).
   */
  private rangeFunc(s: ast.ForStmt, rc: ast.RangeClause): void {
    const rf = this.rf!;
    const loop = rf.loops.get(s)!;
    const ft = this.typeOf(rc.x);
    const yieldT = (under(ft) as Signature).params.vars[0].type!;
    const ysig = under(yieldT) as Signature;
    if (loop.depth === 1) {
      // What the outermost loop declares for the whole nest: #next and,
      // when some body defers, the token of this frame's defer list
      // (deferrangefunc).
      this.declareHidden(rf.next, "0");
      if (loop.defers) this.declareHidden(rf.defers!, `deferrangefunc(fp, ${this.fn.id})`);
    }
    this.declareHidden(loop.state, String(RF.Ready));
    const { params } = sigTypes(ysig, false);
    const fn = this.pl.newFunc(`${rf.name}-range${++rf.count}`, argLayout(params, [Typ[BasicKind.Bool]]).size);
    const captures = bodyCaptures(this.info, rf, loop, (o) => this.isGlobal(o));
    // Lowered now rather than after this function, so that the closures
    // in it are numbered in source order with the function's own, as gc
    // numbers them.
    new FuncLowerer(this.pl, this.info, fn, this).lowerRangeBody(s, rf, loop, ysig, captures);
    const clo = this.makeClosure(fn, captures);
    // f(body), f evaluated last, as in gc's rewrite.
    const f = this.pin(this.expr(rc.x)[0], "n", true);
    this.exec(`${f} === 0 && nilpanic()`);
    this.callDynamic(`f64[${f} >> 3]`, f, [[clo]], [yieldT], []);
    this.at(s.body.rbrace);
    // The body panicked and f returned: f recovered the panic.
    const state = () => this.readVar(loop.state, Typ[BasicKind.Int32])[0];
    this.ifThen(`${state()} === ${RF.Panic}`, () => this.exec(`panicrangestate(${RF.MissingPanic})`));
    this.setState(loop, RF.Exhausted);
    this.rangeChecks(loop);
  }

  /** Declares a variable the rewrite adds (#next, #stateN, #defers): a fresh cell, captured by body closures. */
  private declareHidden(v: Var, init: string): void {
    this.addressed.add(v);
    const loc = this.declareVar(v, v.type!);
    this.writeLoc(loc, v.type!, [init]);
  }

  private setState(loop: RangeLoop, st: number): void {
    this.writeLoc(this.locOf(loop.state), loop.state.type!, [String(st)]);
  }

  private setNext(v: number): void {
    this.writeLoc(this.locOf(this.rf!.next), this.rf!.next.type!, [String(v)]);
  }

  /** Runs `then` when cond holds (then may end in a jump or a return). */
  private ifThen(cond: string, then: () => void): void {
    const t = this.newBlock();
    const done = this.newBlock();
    this.term({ op: "if", cond, then: this.bi(t), else: this.bi(done) }, t);
    then();
    this.jump(done);
    this.cur = done;
  }

  /**
   * Returns from a loop body closure: true to go on (its loop's state back
   * to ready), false to stop (done).
   */
  private yieldReturn(ret: boolean): void {
    this.setState(this.rfLoop!, ret ? RF.Ready : RF.Done);
    this.store(Typ[BasicKind.Bool], `(fp + ${this.resultLayout!.results[0]})`, [String(ret)]);
    this.term({ op: "return" });
  }

  /**
   * After the iterator of loop returned, with #next telling what the body
   * left to do (gc's rewriter.checks): a branch to a label of the
   * statements around the loop; in the function's own body a return; in
   * an enclosing body, a break or continue of that body's loop or, for
   * anything else, stopping it too so that its own checks go on.
   */
  private rangeChecks(loop: RangeLoop): void {
    const rf = this.rf!;
    const next = () => this.readVar(rf.next, rf.next.type!)[0];
    const done = new Set<number>();
    for (const br of loop.checkBranch) {
      if (done.has(br.next)) continue;
      done.add(br.next);
      this.ifThen(`${next()} === ${br.next}`, () => {
        this.setNext(0);
        this.jumpTo(br.tok, br.label);
      });
    }
    const depth = loop.depth - 1;
    if (depth === 0) {
      if (loop.checkRet) this.ifThen(`${next()} === -1`, () => this.returnNamed());
      return;
    }
    // In the body of loop.outer.
    if (loop.checkRet) this.ifThen(`${next()} < 0`, () => this.yieldReturn(false));
    const step = 2 * depth;
    // #next names a loop inside this body, which has returned already: only
    // a misbehaving iterator leaves that; gc reports it as going on after
    // the body returned false.
    this.ifThen(`${next()} > ${step}`, () => this.exec(`panicrangestate(${RF.Done})`));
    if (loop.checkContinue) {
      this.ifThen(`${next()} === ${step - 1}`, () => {
        this.setNext(0);
        this.yieldReturn(true);
      });
    }
    if (loop.checkBreak) {
      this.ifThen(`${next()} === ${step}`, () => {
        this.setNext(0);
        this.yieldReturn(false);
      });
    }
    if (loop.checkContinue || loop.checkBreak) this.ifThen(`${next()} > 0`, () => this.yieldReturn(false));
  }

  /** Lowers the body of loop as its closure: func(params of the yield function) bool. */
  private lowerRangeBody(s: ast.ForStmt, rf: RangeFuncs, loop: RangeLoop, ysig: Signature, captures: Obj[]): void {
    this.pl.within(this.fn, () => this.lowerRangeBodyIn(s, rf, loop, ysig, captures));
  }

  private lowerRangeBodyIn(s: ast.ForStmt, rf: RangeFuncs, loop: RangeLoop, ysig: Signature, captures: Obj[]): void {
    const rc = s.init as ast.RangeClause;
    this.rf = rf;
    this.rfLoop = loop;
    this.at(s.pos);
    this.scanAddressed(s.body, false, bodyDefs(this.info, s));
    const { params } = sigTypes(ysig, false);
    const lay = argLayout(params, [Typ[BasicKind.Bool]]);
    this.resultLayout = lay;
    this.resultTypes = [Typ[BasicKind.Bool]];
    this.loadCaptures(captures);
    // The range variables: with := they are the parameters (so each
    // iteration has its own); with = the parameters are assigned to them,
    // one at a time, before anything else.
    const lhs = ast.unpackList(rc.lhs);
    params.forEach((t, i) => {
      const e = lhs[i];
      if (e === undefined || (e.kind === "Name" && e.value === "_")) return;
      const a = `(fp + ${lay.params[i]})`;
      if (!rc.def) {
        const lv = this.lvalue(e);
        this.writeLV(lv, this.convert(this.load(t, a), t, lv.t ?? t));
        return;
      }
      const o = this.info.defs.get(e as ast.Name);
      if (!o) return;
      if (!this.addressed.has(o) && shapeOf(t).mem) {
        this.vars.set(o, { k: "mem", addr: a });
        return;
      }
      this.writeLoc(this.declareVar(o, t), t, this.load(t, a));
    });
    // The iterator may call the body only while it is ready.
    const state = this.readVar(loop.state, loop.state.type!)[0];
    this.ifThen(`${state} !== ${RF.Ready}`, () => this.exec(`panicrangestate(${state})`));
    this.setState(loop, RF.Panic);
    this.block(s.body.list);
    this.at(s.body.rbrace);
    this.yieldReturn(true);
  }

  /**
   * return inside a range-over-func body: the values go to the function's
   * results now, and the function returns once the iterators around have
   * returned (#next = -1).
   */
  private rangeReturn(s: ast.ReturnStmt): void {
    const rs = ast.unpackList(s.results);
    if (rs.length > 0) {
      const res = this.rf!.results;
      const resTypes = res.map((v) => v.type!);
      const { vals, types } = this.returnValues(rs, res.length);
      const conv = vals.map((v, i) => this.snapshot(this.convert(v, types[i], resTypes[i]), resTypes[i]));
      res.forEach((v, i) => this.writeLoc(this.locOf(v), v.type!, conv[i]));
    }
    this.setNext(-1);
    this.yieldReturn(false);
  }

  private switchStmt(s: ast.SwitchStmt, label: string | null): void {
    if (s.init) this.stmt(s.init);
    let tag: V | null = null;
    let tagT: Type | null = null;
    if (s.tag !== null) {
      tagT = this.typeOf(s.tag);
      tag = this.materialize(this.expr(s.tag), tagT);
    }
    const done = this.newBlock();
    const bodies = s.body.map(() => this.newBlock());
    let deflt: Block | null = null;
    s.body.forEach((cc, i) => {
      if (cc.cases === null) {
        deflt = bodies[i];
        return;
      }
      for (const ce of ast.unpackList(cc.cases)) {
        const next = this.newBlock();
        if (tag === null) {
          this.cond(ce, bodies[i], next);
        } else {
          const ct = this.typeOf(ce);
          const cv = this.expr(ce);
          const eq = this.equal(tagT!, tag, this.convert(cv, ct, tagT!), ct);
          this.term({ op: "if", cond: eq, then: this.bi(bodies[i]), else: this.bi(next) }, next);
        }
        this.cur = next;
      }
    });
    this.jump(deflt ?? done);
    this.pushTarget(label, done, null);
    s.body.forEach((cc, i) => {
      this.cur = bodies[i];
      const last = cc.body[cc.body.length - 1];
      if (last && last.kind === "BranchStmt" && last.tok === "fallthrough") {
        this.block(cc.body.slice(0, -1));
        this.jump(bodies[i + 1]);
      } else {
        this.block(cc.body);
        this.jump(done);
      }
    });
    this.targets.pop();
    this.cur = done;
  }

  /**
   * select: the channel operands and values to send are evaluated in
   * source order, then selectgo picks a ready case (24-byte case records in
   * the frame: kind, channel, element address), then its body runs.
   */
  private selectStmt(s: ast.SelectStmt, label: string | null): void {
    const cases = s.body.filter((cc) => cc.comm !== null);
    const hasDefault = s.body.some((cc) => cc.comm === null);
    const arr = this.frameAlloc(24 * Math.max(cases.length, 1), 8);
    const recvs: { elem: string; et: Type; cc: ast.CommClause }[] = [];
    cases.forEach((cc, i) => {
      const comm = cc.comm!;
      this.at(comm.pos);
      const rec = `${arr} + ${24 * i}`;
      if (comm.kind === "SendStmt") {
        const et = (under(this.typeOf(comm.chan)) as { elem: Type }).elem;
        const c = this.pin(this.expr(comm.chan)[0], "n", true);
        const tmp = this.frameAlloc(Math.max(sizeof(et), 1), alignof(et));
        this.store(et, tmp, this.convert(this.expr(comm.value), this.typeOf(comm.value), et));
        this.exec(`f64[(${rec}) >> 3] = 0; stp(${rec}, 1); stp(${rec} + 8, ${c}); stp(${rec} + 16, ${tmp})`);
        return;
      }
      // A receive: `<-c`, `v := <-c`, `v, ok = <-c`.
      const rx = comm.kind === "ExprStmt" ? comm.x : (comm as ast.AssignStmt).rhs!;
      const op = ast.unparen(rx) as ast.Operation;
      const et = (under(this.typeOf(op.x)) as { elem: Type }).elem;
      const c = this.pin(this.expr(op.x)[0], "n", true);
      const tmp = this.frameAlloc(Math.max(sizeof(et), 1), alignof(et));
      this.exec(`stp(${rec}, 2); stp(${rec} + 8, ${c}); stp(${rec} + 16, ${tmp})`);
      recvs.push({ elem: tmp, et, cc });
    });
    const chosen = this.pin(`selectgo(${arr}, ${cases.length}, ${hasDefault})`, "n");
    const recvOK = this.pin("(rv[0] !== 0)", "b");
    const done = this.newBlock();
    this.pushTarget(label, done, null);
    const bodies = s.body.map(() => this.newBlock());
    s.body.forEach((cc, i) => {
      const idx = cc.comm === null ? -1 : cases.indexOf(cc);
      const next = this.newBlock();
      this.term({ op: "if", cond: `${chosen} === ${idx}`, then: this.bi(bodies[i]), else: this.bi(next) }, next);
    });
    this.term({ op: "unreachable" });
    s.body.forEach((cc, i) => {
      this.cur = bodies[i];
      const r = recvs.find((x) => x.cc === cc);
      if (r !== undefined && cc.comm!.kind === "AssignStmt") {
        const as = cc.comm as ast.AssignStmt;
        const lhs = ast.unpackList(as.lhs);
        const vals: V[] = [this.materialize(this.load(r.et, r.elem), r.et), [recvOK]];
        const types = [r.et, Typ[BasicKind.Bool]];
        if (as.op === Operator.Def) {
          lhs.forEach((e, k) => {
            const o = this.info.defs.get(e as ast.Name);
            if (!o || (e as ast.Name).value === "_") return;
            const loc = this.declareVar(o, o.type!);
            this.writeLoc(loc, o.type!, this.convert(vals[k], types[k], o.type!));
          });
        } else {
          lhs.forEach((e, k) => {
            const lv = this.lvalue(e);
            this.writeLV(lv, this.convert(vals[k], types[k], lv.t ?? types[k]));
          });
        }
      }
      this.block(cc.body);
      this.jump(done);
    });
    this.targets.pop();
    this.cur = done;
  }

  private typeSwitch(s: ast.SwitchStmt, label: string | null): void {
    if (s.init) this.stmt(s.init);
    const guard = s.tag as ast.TypeSwitchGuard;
    const it = this.typeOf(guard.x);
    const [tab, data] = this.pinV(this.expr(guard.x), it);
    const dyn = this.pin(this.dynType(it, tab), "n", true);
    const done = this.newBlock();
    const bodies = s.body.map(() => this.newBlock());
    let deflt = -1;
    const caseTypes: (Type | null)[][] = s.body.map(() => []);
    s.body.forEach((cc, i) => {
      if (cc.cases === null) {
        deflt = i;
        return;
      }
      for (const ce of ast.unpackList(cc.cases)) {
        const tv = this.tv(ce);
        const isNil = tv.type.kind === TypeKind.Basic && tv.type.basicKind === BasicKind.UntypedNil;
        const ct = isNil ? null : tv.type;
        caseTypes[i].push(ct);
        let cond: string;
        if (ct === null) cond = `${dyn} === 0`;
        else if (under(ct).kind === TypeKind.Interface) cond = isEmptyIface(ct) ? `${dyn} !== 0` : `(${dyn} !== 0 && assertE2I(${this.pl.types.desc(ct)}, ${dyn}) !== 0)`;
        else cond = `${dyn} === ${this.pl.types.desc(ct)}`;
        const next = this.newBlock();
        this.term({ op: "if", cond, then: this.bi(bodies[i]), else: this.bi(next) }, next);
      }
    });
    this.jump(deflt >= 0 ? bodies[deflt] : done);
    this.pushTarget(label, done, null);
    s.body.forEach((cc, i) => {
      this.cur = bodies[i];
      const obj = this.info.implicits.get(cc);
      if (obj && obj.name !== "_") {
        const vt = obj.type!;
        const ct = caseTypes[i].length === 1 ? caseTypes[i][0] : null;
        let v: V;
        if (ct !== null && under(ct).kind !== TypeKind.Interface) {
          if (isDirectIface(ct)) {
            const sh = shapeOf(ct);
            if (sh.mem) {
              const tmp = this.frameAlloc(sh.size, alignof(ct));
              this.exec(storeNum(Num.Ptr, tmp, data));
              v = [tmp];
            } else v = [data];
          } else v = this.load(ct, data);
        } else {
          v = this.convert([tab, data], it, vt);
        }
        const loc = this.declareVar(obj, vt);
        this.writeLoc(loc, vt, v);
      }
      this.block(cc.body);
      this.jump(done);
    });
    this.targets.pop();
    this.cur = done;
  }

  private labeled(s: ast.LabeledStmt): void {
    const name = s.label.value;
    const target = this.labelBlock(name);
    this.jump(target);
    this.cur = target;
    const st = s.stmt;
    if (st.kind === "ForStmt") return st.init?.kind === "RangeClause" ? this.rangeStmt(st, st.init, name) : this.forStmt(st, name);
    if (st.kind === "SwitchStmt") return st.tag?.kind === "TypeSwitchGuard" ? this.typeSwitch(st, name) : this.switchStmt(st, name);
    if (st.kind === "SelectStmt") return this.selectStmt(st, name);
    this.stmt(st);
  }

  private labelBlock(name: string): Block {
    let b = this.labels.get(name);
    if (b === undefined) {
      b = this.newBlock();
      this.labels.set(name, b);
    }
    return b;
  }

  private branch(s: ast.BranchStmt): void {
    const exit = this.rfLoop !== null ? this.rf!.exits.get(s) : undefined;
    if (exit !== undefined) {
      // It leaves the range-over-func body (see rangefunc.ts).
      if (exit.next !== null) this.setNext(exit.next);
      this.yieldReturn(exit.ret);
      return;
    }
    if (s.tok === "fallthrough") throw new Unsupported("fallthrough here");
    this.jumpTo(s.tok, s.label?.value ?? null);
  }

  /** A goto, break or continue within this function's own statements. */
  private jumpTo(tok: "break" | "continue" | "goto", label: string | null): void {
    if (tok === "goto") {
      this.jump(this.labelBlock(label!));
      return;
    }
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i];
      if (label !== null && t.label !== label) continue;
      if (tok === "break") {
        this.jump(t.brk);
        return;
      }
      if (t.cont !== null) {
        this.jump(t.cont);
        return;
      }
      if (label !== null) break;
    }
    throw new Unsupported(`${tok} without target`);
  }

  /** The values of a return statement's results rs (one call's results when a single call returns all n). */
  private returnValues(rs: ast.Expr[], n: number): { vals: V[]; types: Type[] } {
    if (rs.length === 1 && n > 1) return { vals: this.exprMulti(rs[0]), types: this.tupleTypes(rs[0]) };
    const types = rs.map((e) => this.typeOf(e));
    return { vals: this.exprList(rs), types };
  }

  private returnStmt(s: ast.ReturnStmt): void {
    if (this.rfLoop !== null) return this.rangeReturn(s);
    const rs = ast.unpackList(s.results);
    const lay = this.resultLayout!;
    if (rs.length === 0) {
      this.returnNamed();
      return;
    }
    const { vals, types } = this.returnValues(rs, this.resultTypes.length);
    if (this.resultVars.length > 0) {
      // Assign to the named results first (deferred calls may read them),
      // all values read before any is assigned (return b, a).
      const conv = vals.map((v, i) => this.snapshot(this.convert(v, types[i], this.resultTypes[i]), this.resultTypes[i]));
      this.resultVars.forEach((v, i) => this.writeLoc(this.locOf(v), v.type!, conv[i]));
      this.returnNamed();
      return;
    }
    vals.forEach((v, i) => this.store(this.resultTypes[i], `(fp + ${lay.results[i]})`, this.convert(v, types[i], this.resultTypes[i])));
    if (this.exitBlock !== null) this.deferReturn();
    else this.term({ op: "return" });
  }

  /**
   * defer f(args): the function value and arguments are evaluated now and
   * kept in a heap object with a wrapper that makes the call later (like
   * gc's rewriting of defer into a closure without arguments), pushed on
   * the goroutine's defer chain with this frame (deferproc).
   */
  private deferStmt(s: ast.CallStmt): void {
    const call = ast.unparen(s.call) as ast.CallExpr;
    const ftv = this.tv(call.fun);
    if (ftv.mode === Mode.TypExpr) throw new Unsupported("defer of a conversion");
    if (ftv.mode === Mode.Builtin) return this.deferBuiltin(call);
    const sig = under(ftv.type) as Signature;
    const fun = ast.unparen(call.fun);
    let fv: string;
    let args: V[];
    let params: Type[];
    const results = sig.results.vars.map((v) => v.type!);
    const sel = fun.kind === "SelectorExpr" ? this.info.selections.get(fun) : undefined;
    if (sel !== undefined && sel.kind === 1 /* MethodVal */ && under(this.typeOf((fun as ast.SelectorExpr).x)).kind !== TypeKind.Interface) {
      const m = sel.obj as FuncObj;
      const fn = this.pl.funcOf.get(m);
      if (!fn) throw new Unsupported(`defer of method ${m.name}`);
      const recv = this.receiver(fun as ast.SelectorExpr, sel);
      fv = String(this.pl.funcValue(fn));
      args = [recv, ...this.callArgs(call, sig)];
      params = sigTypes(m.signature(), true).params;
    } else {
      // A func value, or an interface method value (the receiver is bound now).
      fv = this.pin(this.expr(call.fun)[0], "n", true);
      args = this.callArgs(call, sig);
      params = sig.params.vars.map((v) => v.type!);
    }
    if (args.length === 0 && results.length === 0) {
      this.pushDefer(fv);
      return;
    }
    const lay = argLayout(params, results);
    const wrapper = this.deferWrapper(params, results);
    const obj = this.pin(`newobj(${16 + lay.size}, 0)`, "n", true);
    this.exec(`f64[${obj} >> 3] = ${wrapper.id}`);
    this.exec(storeNum(Num.Ptr, `${obj} + 8`, fv));
    args.forEach((v, i) => this.store(params[i], `${obj} + ${16 + lay.params[i]}`, v));
    this.pushDefer(obj);
  }

  /**
   * Pushes a deferred call (a closure without arguments) for this frame
   * (deferproc); in a range-over-func body, for the frame of the function
   * the loop is in, through its token (deferprocat).
   */
  private pushDefer(clo: string): void {
    if (this.rfLoop !== null) this.exec(`deferprocat(${this.readVar(this.rf!.defers!, Typ[BasicKind.UnsafePointer])[0]}, ${clo})`);
    else this.exec(`deferproc(fp, ${clo}, ${this.fn.id})`);
  }

  /**
   * defer of a builtin call: its arguments are evaluated now into a heap
   * object; a wrapper performs the builtin with them when the deferred
   * calls run.
   */
  private deferBuiltin(call: ast.CallExpr): void {
    const fun = ast.unparen(call.fun);
    const name = fun.kind === "Name" ? fun.value : fun.kind === "SelectorExpr" ? fun.sel.value : "";
    let types: Type[];
    let vals: V[];
    switch (name) {
      case "print":
      case "println":
        if (call.argList.length === 1 && this.typeOf(call.argList[0]).kind === TypeKind.Tuple) {
          types = this.tupleTypes(call.argList[0]);
          vals = this.exprMulti(call.argList[0]);
          break;
        }
        types = call.argList.map((a) => this.typeOf(a));
        vals = this.exprList(call.argList).map((v, i) => this.convert(v, types[i], types[i]));
        break;
      case "panic":
        types = [anyInterface];
        vals = [this.convert(this.expr(call.argList[0]), this.typeOf(call.argList[0]), anyInterface)];
        break;
      case "recover":
        types = [];
        vals = [];
        break;
      case "delete": {
        const mt = this.typeOf(call.argList[0]);
        const kt = (under(mt) as { key: Type }).key;
        types = [mt, kt];
        vals = [this.expr(call.argList[0]), this.convert(this.expr(call.argList[1]), this.typeOf(call.argList[1]), kt)];
        break;
      }
      case "copy":
      case "close":
        types = call.argList.map((a) => this.typeOf(a));
        vals = this.exprList(call.argList);
        break;
      default:
        throw new Unsupported(`defer ${name}`);
    }
    const lay = argLayout(types, []);
    const w = this.buildWrapper(`${this.closureOwner()}.deferwrap${this.litCount()}`, [], [], (wl) => {
      const ctx = wl.pin(`f64[(fp - 8) >> 3]`, "n", true);
      const args = types.map((t, i) => wl.materialize(wl.load(t, `${ctx} + ${8 + lay.params[i]}`), t));
      switch (name) {
        case "print":
        case "println":
          args.forEach((v, i) => {
            if (i > 0 && name === "println") wl.exec("printsp()");
            wl.printValue(types[i], v);
          });
          if (name === "println") wl.exec("printnl()");
          wl.exec("printflush()");
          break;
        case "panic":
          wl.exec(`gopanic(${args[0][0]}, ${args[0][1]})`);
          break;
        case "recover":
          // recover as the deferred call itself acts for the function whose
          // deferred calls are running (a no-op when that is the panic).
          wl.exec("gorecover(callerfp(fp))");
          break;
        case "delete": {
          const k = wl.frameAlloc(Math.max(sizeof(types[1]), 1), alignof(types[1]));
          wl.store(types[1], k, args[1]);
          wl.exec(`mapdelete(${this.pl.types.desc(types[0])}, ${args[0][0]}, ${k})`);
          break;
        }
        case "copy": {
          const dt = under(types[0]);
          const es = dt.kind === TypeKind.Slice ? sizeof(dt.elem) : 1;
          wl.exec(`slicecopy(${args[0][0]}, ${args[0][1]}, ${args[1][0]}, ${args[1][1]}, ${es})`);
          break;
        }
        case "close":
          wl.exec(`closechan(${args[0][0]})`);
          break;
      }
      return [];
    });
    // The wrapper is the deferred function itself (recover in it works as in a deferred closure).
    w.wrapper = false;
    const obj = this.pin(`newobj(${8 + lay.size}, 0)`, "n", true);
    this.exec(`f64[${obj} >> 3] = ${w.id}`);
    vals.forEach((v, i) => this.store(types[i], `${obj} + ${8 + lay.params[i]}`, v));
    this.pushDefer(obj);
  }

  /** A function without arguments that calls the func value saved in its context with the saved arguments. */
  private deferWrapper(params: Type[], results: Type[]): Func {
    const fn = this.pl.newFunc(`${this.closureOwner()}.deferwrap${this.litCount()}`, 0);
    fn.wrapper = true;
    const w = new FuncLowerer(this.pl, this.info, fn, this);
    const lay = argLayout(params, results);
    const ctx = w.pin(`f64[(fp - 8) >> 3]`, "n", true);
    const fv = w.pin(loadNum(Num.Ptr, `${ctx} + 8`), "n", true);
    const args = params.map((t, i) => w.load(t, `${ctx} + ${16 + lay.params[i]}`));
    w.callWith(`f64[${fv} >> 3]`, fv, args, params, results);
    w.term({ op: "return" });
    return fn;
  }

  /**
   * A method expression T.M or (*T).M as a func value taking the receiver
   * first: M itself when the receiver kinds agree, else a wrapper that
   * dereferences or walks the embedded fields.
   */
  private methodExpr(recvT: Type, m: FuncObj, path: number[]): string {
    const fn = this.pl.funcOf.get(m);
    if (under(recvT).kind === TypeKind.Interface) {
      const msig = m.type as Signature;
      const { params, results } = sigTypes(msig, false);
      const w = this.pl.wrapper(`iexpr:${this.pl.types.desc(recvT)}:${m.name}`, () =>
        this.buildWrapper(`${m.name}-expr`, [recvT, ...params], results, (wl, args) => wl.callIface(recvT, m, args[0], args.slice(1), msig)),
      );
      return String(this.pl.funcValue(w));
    }
    if (!fn) throw new Unsupported(`method ${m.name}`);
    const mrt = m.signature().recv!.type!;
    const sig = m.signature();
    const { params, results } = sigTypes(sig, false);
    const recvPtr = under(recvT).kind === TypeKind.Pointer;
    const mPtr = under(mrt).kind === TypeKind.Pointer;
    if (path.length === 0 && recvPtr === mPtr) return String(this.pl.funcValue(fn));
    this.pl.use(fn);
    const w = this.pl.wrapper(`mexpr:${fn.id}:${recvPtr}:${path.join(".")}`, () =>
      this.buildWrapper(`${fn.name}-expr`, [recvT, ...params], results, (wl, args) => {
        let base: string;
        let t = recvT;
        if (recvPtr) {
          base = wl.pin(args[0][0], "n", true);
          t = (under(recvT) as { base: Type }).base;
        } else {
          base = wl.frameAlloc(sizeof(recvT), alignof(recvT));
          wl.store(recvT, base, args[0]);
        }
        // Dereferences are nil-checked where they happen; a pointer that is
        // itself the receiver may be nil.
        for (const i of path) {
          wl.exec(`${base} === 0 && nilpanic()`);
          const st = under(t) as Struct;
          const ft = st.fields[i].type!;
          base = `${base} + ${offsetsof(st.fields)[i]}`;
          if (under(ft).kind === TypeKind.Pointer) {
            base = wl.pin(loadNum(Num.Ptr, base), "n", true);
            t = (under(ft) as { base: Type }).base;
          } else t = ft;
        }
        if (!mPtr) wl.exec(`${base} === 0 && nilpanic()`);
        const r = mPtr ? [base] : wl.load(mrt, base);
        return wl.callFunc(fn, [r, ...args.slice(1)], [mrt, ...params], results);
      }),
    );
    return String(this.pl.funcValue(w));
  }

  /**
   * A compiler-made function with the given parameters and results whose
   * body is `body` (given the parameter values, returning the results').
   */
  buildWrapper(name: string, params: Type[], results: Type[], body: (w: FuncLowerer, args: V[]) => V[]): Func {
    return buildWrapper(this.pl, this.info, name, params, results, body);
  }

  /** Body of an adapter for a method of an embedded interface: walk to the field, call through its itab. */
  adaptIface(recv: Type, path: number[], m: FuncObj, args: V[], sig: Signature): V[] {
    let base: string;
    let t: Type;
    if (under(recv).kind === TypeKind.Pointer) {
      base = this.pin(args[0][0], "n", true);
      t = (under(recv) as { base: Type }).base;
    } else {
      base = this.frameAlloc(sizeof(recv), alignof(recv));
      this.store(recv, base, args[0]);
      t = recv;
    }
    for (const i of path) {
      this.exec(`${base} === 0 && nilpanic()`);
      const st = under(t) as Struct;
      const ft = st.fields[i].type!;
      base = `${base} + ${offsetsof(st.fields)[i]}`;
      if (under(ft).kind === TypeKind.Pointer) {
        base = this.pin(loadNum(Num.Ptr, base), "n", true);
        t = (under(ft) as { base: Type }).base;
      } else t = ft;
    }
    const iv = this.materialize(this.load(t, base), t);
    return this.callIface(t, m, iv, args.slice(1), sig);
  }

  /** Body of a method adapter: from a first argument of type recv to m's receiver, then the call. */
  adaptReceiver(fn: Func, mrt: Type, recv: Type, path: number[], args: V[], params: Type[], results: Type[]): V[] {
    let base: string;
    let t: Type;
    if (under(recv).kind === TypeKind.Pointer) {
      base = this.pin(args[0][0], "n", true);
      t = (under(recv) as { base: Type }).base;
    } else {
      base = this.frameAlloc(sizeof(recv), alignof(recv));
      this.store(recv, base, args[0]);
      t = recv;
    }
    for (const i of path) {
      if (base !== "" && under(t).kind !== TypeKind.Struct) break;
      this.exec(`${base} === 0 && nilpanic()`);
      const st = under(t) as Struct;
      const ft = st.fields[i].type!;
      base = `${base} + ${offsetsof(st.fields)[i]}`;
      if (under(ft).kind === TypeKind.Pointer) {
        base = this.pin(loadNum(Num.Ptr, base), "n", true);
        t = (under(ft) as { base: Type }).base;
      } else t = ft;
    }
    const mPtr = under(mrt).kind === TypeKind.Pointer;
    const named = unalias(mrt);
    if (!mPtr && path.length === 0 && named.kind === TypeKind.Named) {
      // The *T wrapper of a value method reports a nil receiver (gc's panicwrap).
      const pkg = named.obj.pkg === null ? "" : named.obj.pkg.path;
      this.exec(`${base} === 0 && panicwrap(${JSON.stringify(pkg)}, ${JSON.stringify(named.obj.name)}, ${JSON.stringify(fn.name.slice(fn.name.lastIndexOf(".") + 1))})`);
    } else if (!mPtr) this.exec(`${base} === 0 && nilpanic()`);
    const r = mPtr ? [base] : this.load(mrt, base);
    return this.callFunc(fn, [r, ...args.slice(1)], [mrt, ...params], results);
  }

  /** The receiver argument of a static method call x.M (address or value, through embedded fields). */
  private receiver(fun: ast.SelectorExpr, sel: import("../types/check.js").Selection): V {
    const m = sel.obj as FuncObj;
    const rt = m.signature().recv!.type!;
    const ptrRecv = under(rt).kind === TypeKind.Pointer;
    const path = sel.index.slice(0, -1);
    const xt = this.typeOf(fun.x);
    if (ptrRecv) {
      if (path.length === 0 && under(xt).kind === TypeKind.Pointer) return [this.pin(this.expr(fun.x)[0], "n", true)];
      if (path.length === 0) return [this.pin(this.addr(fun.x), "n", true)];
      const a = this.fieldAddr(fun.x, path);
      const last = this.fieldType(xt, path);
      return [this.pin(under(last).kind === TypeKind.Pointer ? loadNum(Num.Ptr, a) : a, "n", true)];
    }
    let a: string;
    if (path.length === 0) {
      if (under(xt).kind !== TypeKind.Pointer) return this.materialize(this.expr(fun.x), rt);
      a = this.pin(this.expr(fun.x)[0], "n", true);
      this.exec(`${a} === 0 && nilpanic()`);
    } else {
      a = this.fieldAddr(fun.x, path);
      if (under(this.fieldType(xt, path)).kind === TypeKind.Pointer) {
        a = this.pin(loadNum(Num.Ptr, a), "n", true);
        this.exec(`${a} === 0 && nilpanic()`);
      }
    }
    return this.materialize(this.load(rt, a), rt);
  }

  // ---------------------------------------------------------------------
  // Lvalues

  /**
   * While the left side of a tuple assignment is evaluated: the nil and
   * bounds checks of its indirections and indexes, which run when each
   * assignment is made (gc evaluates the operands first, then checks and
   * stores left to right). Nested expressions (rvalues) check at once.
   */
  private deferredChecks: string[] | null = null;

  /** A nil or bounds check of an address being computed: now, or at the assignment (deferredChecks). */
  private check(x: string): void {
    if (this.deferredChecks !== null) this.deferredChecks.push(x);
    else this.exec(x);
  }

  private lvalue(e: ast.Expr): LValue {
    e = ast.unparen(e);
    if (e.kind === "Name") {
      if (e.value === "_") return { k: "blank", t: null };
      const o = this.objOf(e)!;
      const loc = this.locOf(o);
      if (loc.k === "reg") return { k: "reg", regs: loc.regs, t: o.type! };
      return { k: "mem", addr: loc.addr, t: o.type! };
    }
    if (e.kind === "IndexExpr" && under(this.typeOf(e.x)).kind === TypeKind.Map) {
      const mt = this.typeOf(e.x);
      const m = this.pin(this.expr(e.x)[0], "n", true);
      const kaddr = this.keyTemp(mt, e.index);
      return { k: "map", mt, m, kaddr, t: (under(mt) as { elem: Type }).elem };
    }
    return { k: "mem", addr: this.addr(e), t: this.typeOf(e) };
  }

  /**
   * The left side of a tuple assignment as its operands are now: the
   * registers its address and checks read are copied (a variable's own
   * register may be assigned before this element is). The address itself
   * is computed at the assignment, after the checks: an index that fails
   * its check may not even be a number.
   */
  private freezeLV(lv: LValue, checks: string[]): { lv: LValue; checks: string[] } {
    if (lv.k !== "mem" && lv.k !== "map") return { lv, checks };
    const copies = new Map<string, string>();
    const freeze = (x: string) =>
      x.replace(/\br(\d+)\b/g, (reg, n: string) => {
        let c = copies.get(reg);
        if (c === undefined) {
          const r = this.newReg(this.fn.regs[Number(n)], this.fn.ptrRegs.has(Number(n)));
          this.set(r, reg);
          copies.set(reg, (c = `r${r}`));
        }
        return c;
      });
    const frozen: LValue = lv.k === "mem" ? { ...lv, addr: freeze(lv.addr) } : { ...lv, m: freeze(lv.m), kaddr: freeze(lv.kaddr) };
    return { lv: frozen, checks: checks.map(freeze) };
  }

  private readLV(lv: LValue): V {
    if (lv.k === "reg") return lv.regs.map((r) => `r${r}`);
    if (lv.k === "mem") return this.load(lv.t, lv.addr);
    if (lv.k === "map") {
      const p = this.pin(`mapaccess1(${this.pl.types.desc(lv.mt)}, ${lv.m}, ${lv.kaddr})`, "n", true);
      return this.materialize(this.load(lv.t, p), lv.t);
    }
    throw new Unsupported("reading _");
  }

  /** Reads an lvalue for `x op= y`, pinning the address (and value) if y has effects. */
  private pinLVRead(lv: LValue, y: ast.Expr): V {
    if (lv.k === "map") return this.readLV(lv);
    if (lv.k === "mem") {
      const pinned = { ...lv, addr: this.pin(lv.addr, "n", true) };
      (lv as { addr: string }).addr = pinned.addr;
      const v = this.load(lv.t, pinned.addr);
      return hasCall(y) ? this.materialize(v, lv.t) : v;
    }
    const v = this.readLV(lv);
    return hasCall(y) && lv.t !== null ? this.pinV(v, lv.t) : v;
  }

  private writeLV(lv: LValue, v: V): void {
    if (lv.k === "blank") {
      // _ = x still evaluates x (a division may panic).
      for (const x of v) if (!/^(r\d+|-?[\d.e+]+n?|true|false|\(fp \+ \d+\))$/.test(x)) this.exec(x);
      return;
    }
    if (lv.k === "map") {
      const val = this.materialize(v, lv.t);
      const p = this.pin(`mapassign(${this.pl.types.desc(lv.mt)}, ${lv.m}, ${lv.kaddr})`, "n", true);
      this.store(lv.t, p, val);
      return;
    }
    if (lv.k === "reg") {
      if (lv.regs.length === 1) {
        this.set(lv.regs[0], v[0]);
        return;
      }
      // Components may refer to the registers being assigned: pin first.
      const pinned = v.map((x, i) => this.pin(x, this.fn.regs[lv.regs[i]]));
      lv.regs.forEach((r, i) => this.set(r, pinned[i]));
      return;
    }
    this.store(lv.t, lv.addr, v);
  }

  /** The address of an addressable expression (or of a pointer's target). */
  private addr(e: ast.Expr): string {
    e = ast.unparen(e);
    if (hasOwnLine(e)) {
      const x = e;
      return this.atExpr(x.pos, () => this.addrAt(x));
    }
    return this.addrAt(e);
  }

  private addrAt(e: ast.Expr): string {
    switch (e.kind) {
      case "Name": {
        const o = this.objOf(e)!;
        const loc = this.locOf(o);
        if (loc.k !== "mem") throw new Unsupported(`address of register variable ${o.name}`);
        return loc.addr;
      }
      case "SelectorExpr": {
        const sel = this.info.selections.get(e);
        if (!sel) {
          // A qualified identifier: another package's variable.
          const o = this.objOf(e.sel);
          if (o === null || o.kind !== ObjKind.Var) throw new Unsupported("qualified identifier address");
          const loc = this.locOf(o);
          if (loc.k !== "mem") throw new Unsupported(`address of register variable ${o.name}`);
          return loc.addr;
        }
        return this.fieldAddr(e.x, sel.index);
      }
      case "IndexExpr": {
        const xt = this.typeOf(e.x);
        const u = under(xt);
        if (u.kind === TypeKind.Slice) {
          const [p, l] = this.pinV(this.expr(e.x), xt);
          const i = this.index(e.index, l);
          return `${p} + ${i} * ${sizeof(u.elem)}`;
        }
        if (u.kind === TypeKind.Array) {
          const base = this.pin(this.addr(e.x), "n", true);
          const i = this.index(e.index, String(u.len));
          return `${base} + ${i} * ${sizeof(u.elem)}`;
        }
        if (u.kind === TypeKind.Pointer) {
          const at = under(u.base) as { elem: Type; len: number };
          const base = this.pin(this.expr(e.x)[0], "n", true);
          this.check(`${base} === 0 && nilpanic()`);
          const i = this.index(e.index, String(at.len));
          return `${base} + ${i} * ${sizeof(at.elem)}`;
        }
        throw new Unsupported(`address of index of ${u.kind}`);
      }
      case "Operation":
        if (e.op === Operator.Mul && e.y === null) {
          const p = this.pin(this.expr(e.x)[0], "n", true);
          this.check(`${p} === 0 && nilpanic()`);
          return p;
        }
        break;
      case "CompositeLit": {
        const t = this.typeOf(e);
        const a = this.heapAlloc(t);
        if (shapeOf(t).mem) this.compositeInto(e, t, a);
        else this.store(t, a, this.compositeValue(e, t));
        return a;
      }
    }
    throw new Unsupported(`address of ${e.kind}`);
  }

  /** Address of a field reached through embedded fields by index path (auto-dereferencing pointers). */
  private fieldAddr(x: ast.Expr, path: number[]): string {
    let t = this.typeOf(x);
    let base: string;
    if (under(t).kind === TypeKind.Pointer) {
      base = this.pin(this.expr(x)[0], "n", true);
      this.check(`${base} === 0 && nilpanic()`);
      t = (under(t) as { base: Type }).base;
    } else {
      base = this.addrOrTemp(x);
    }
    for (let k = 0; k < path.length; k++) {
      const st = under(t) as Struct;
      const off = offsetsof(st.fields)[path[k]];
      const ft = st.fields[path[k]].type!;
      base = off === 0 ? base : `${base} + ${off}`;
      if (k < path.length - 1 && under(ft).kind === TypeKind.Pointer) {
        base = this.pin(loadNum(Num.Ptr, base), "n", true);
        this.check(`${base} === 0 && nilpanic()`);
        t = (under(ft) as { base: Type }).base;
      } else t = ft;
    }
    return base;
  }

  /** The address of x if it is addressable, else of a temporary holding its value. */
  private addrOrTemp(x: ast.Expr): string {
    const mode = this.tv(x).mode;
    if (mode === Mode.Variable) return this.addr(x);
    const t = this.typeOf(x);
    const v = this.expr(x);
    if (shapeOf(t).mem) return v[0];
    const tmp = this.frameAlloc(sizeof(t), alignof(t));
    this.store(t, tmp, v);
    return tmp;
  }

  /** A bounds-checked index (as a number) into something of length len. */
  private index(e: ast.Expr, len: string): string {
    const it = this.typeOf(e);
    const v = this.tv(e).value;
    if (v !== null) {
      const iv = this.constValue(Typ[BasicKind.Int], v)[0];
      if (/^\d+$/.test(len) && Number(iv) < Number(len)) return iv;
      if (this.deferredChecks !== null) {
        this.deferredChecks.push(`idx(${iv}, ${len})`);
        return iv;
      }
      return this.pin(`idx(${iv}, ${len})`, "n");
    }
    const x = this.expr(e)[0];
    if (this.deferredChecks !== null) {
      // Checked when assigned; the address is not computed before that.
      const raw = this.pin(x, repOfNum(numOf(it)));
      this.deferredChecks.push(`idx(${raw}, ${len})`);
      return raw;
    }
    const n = numOf(it);
    if (isSmallInt(n) && !isSigned(n)) return this.pin(`(${x} < ${len} ? ${x} : idxpanic(${x}, ${len}))`, "n");
    return this.pin(`idx(${x}, ${len})`, "n");
  }

  // ---------------------------------------------------------------------
  // Expressions

  expr(e: ast.Expr): V {
    if (this.deferredChecks !== null) {
      const saved = this.deferredChecks;
      this.deferredChecks = null;
      try {
        return this.expr(e);
      } finally {
        this.deferredChecks = saved;
      }
    }
    const tv = this.tv(e);
    if (tv.value !== null) return this.constValue(tv.type, tv.value);
    e = ast.unparen(e);
    if (hasOwnLine(e)) {
      const x = e;
      return this.atExpr(x.pos, () => this.exprAt(x, tv.type));
    }
    return this.exprAt(e, tv.type);
  }

  /**
   * Runs f with the pc table's line at pos (restored after): runtime
   * errors raised by an operation, an index, a slice or a selector are
   * reported at its own position, as gc positions each operation (at its
   * operator, '[' or '.'), not only at its statement.
   */
  private atExpr<T>(pos: number, f: () => T): T {
    const line = this.line;
    const file = this.file;
    this.at(pos);
    try {
      return f();
    } finally {
      this.line = line;
      this.file = file;
    }
  }

  private exprAt(e: ast.Expr, type: Type): V {
    const tv = { type };
    switch (e.kind) {
      case "Name": {
        const o = this.objOf(e);
        if (o === null) throw new Unsupported(`identifier ${e.value}`);
        if (o.kind === ObjKind.Var) return this.readVar(o, tv.type);
        if (o.kind === ObjKind.Nil) return this.zero(tv.type);
        if (o.kind === ObjKind.Func) return [this.funcValueOf(o as FuncObj)];
        throw new Unsupported(`use of ${e.value}`);
      }
      case "Operation":
        return this.operation(e, tv.type);
      case "CallExpr": {
        const r = this.callExpr(e, true);
        return r[0];
      }
      case "SelectorExpr":
        return this.selector(e, tv.type);
      case "IndexExpr":
        return this.indexExpr(e, tv.type);
      case "SliceExpr":
        return this.sliceExpr(e, tv.type);
      case "CompositeLit": {
        const t = tv.type;
        const sh = shapeOf(t);
        if (sh.mem) {
          const a = this.frameAlloc(sh.size, alignof(t));
          this.zeroMem(a, sh.size);
          this.compositeInto(e, t, a);
          return [a];
        }
        return this.compositeValue(e, t);
      }
      case "FuncLit":
        return [this.funcLit(e)];
      case "AssertExpr":
        return this.assertExpr(e, false)[0];
      case "KeyValueExpr":
        throw new Unsupported("key-value outside literal");
    }
    throw new Unsupported(`${e.kind} expressions`);
  }

  /** Values of a multi-valued expression (call, comma-ok forms). */
  exprMulti(e: ast.Expr): V[] {
    e = ast.unparen(e);
    if (e.kind === "CallExpr") return this.callExpr(e, true);
    if (e.kind === "IndexExpr") {
      // v, ok := m[k]
      const mt = this.typeOf(e.x);
      const et = (under(mt) as { elem: Type }).elem;
      const m = this.pin(this.expr(e.x)[0], "n", true);
      const k = this.keyTemp(mt, e.index);
      const p = this.pin(`mapaccess2(${this.pl.types.desc(mt)}, ${m}, ${k})`, "n", true);
      return [this.orZero(p, et), [`(${p} !== 0)`]];
    }
    if (e.kind === "AssertExpr") return this.assertExpr(e, true);
    if (e.kind === "Operation" && e.op === Operator.Recv) {
      const et = (under(this.typeOf(e.x)) as { elem: Type }).elem;
      return this.recv(e.x, et);
    }
    throw new Unsupported(`comma-ok ${e.kind}`);
  }

  /** <-c: the received value (in a frame temporary) and ok. */
  private recv(ce: ast.Expr, et: Type): V[] {
    const c = this.pin(this.expr(ce)[0], "n", true);
    const tmp = this.frameAlloc(Math.max(sizeof(et), 1), alignof(et));
    const ok = this.pin(`chanrecv(${c}, ${tmp})`, "b");
    return [this.materialize(this.load(et, tmp), et), [ok]];
  }

  /** The value of type t at p, or t's zero value when p is 0. */
  private orZero(p: string, t: Type): V {
    const sh = shapeOf(t);
    if (sh.mem) {
      const tmp = this.frameAlloc(sh.size, alignof(t));
      this.exec(`${p} === 0 ? mzero(${tmp}, ${sh.size}) : mcopy(${tmp}, ${p}, ${sh.size})`);
      return [tmp];
    }
    const v = this.load(t, p);
    return v.map((x, i) => this.pin(`(${p} === 0 ? ${zeroOfNum(sh.nums[i])} : ${x})`, sh.reps[i], sh.nums[i] === Num.Ptr));
  }

  private operation(e: ast.Operation, t: Type): V {
    if (e.y === null) {
      const xt = this.typeOf(e.x);
      switch (e.op) {
        case Operator.And: {
          const x = ast.unparen(e.x);
          return [this.addr(x)];
        }
        case Operator.Mul: {
          const p = this.pin(this.expr(e.x)[0], "n", true);
          this.exec(`${p} === 0 && nilpanic()`);
          return this.load(t, p);
        }
        case Operator.Recv:
          return this.recv(e.x, t)[0];
        default:
          return this.unary(e.op, xt, this.expr(e.x));
      }
    }
    if (e.op === Operator.AndAnd || e.op === Operator.OrOr) {
      const r = this.newReg("b");
      const tb = this.newBlock();
      const fb = this.newBlock();
      const done = this.newBlock();
      this.cond(e, tb, fb);
      this.cur = tb;
      this.set(r, "true");
      this.jump(done);
      this.cur = fb;
      this.set(r, "false");
      this.jump(done);
      this.cur = done;
      return [`r${r}`];
    }
    const xt = this.typeOf(e.x);
    const yt = this.typeOf(e.y);
    let x = this.expr(e.x);
    if (hasCall(e.y)) x = this.materialize(x, xt);
    if (e.op === Operator.Shl || e.op === Operator.Shr) {
      const [cy, cyt] = this.shiftCount(e.y);
      return this.shift(e.op, t, this.convert(x, xt, t), cy, cyt);
    }
    const y = this.expr(e.y);
    switch (e.op) {
      case Operator.Eql:
      case Operator.Neq:
      case Operator.Lss:
      case Operator.Leq:
      case Operator.Gtr:
      case Operator.Geq:
        return [this.compare(e.op, xt, x, yt, y)];
    }
    return this.binary(e.op, t, this.convert(x, xt, t), this.convert(y, yt, t));
  }

  private unary(op: Operator, t: Type, x: V): V {
    const u = under(t);
    if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsComplex) {
      if (op === Operator.Sub) return [`(-${x[0]})`, `(-${x[1]})`];
      return x;
    }
    const n = numOf(t);
    switch (op) {
      case Operator.Not:
        return [`(!${x[0]})`];
      case Operator.Add:
        return x;
      case Operator.Sub:
        if (n === Num.I64) return [`neg64(${x[0]})`];
        if (n === Num.U64) return [`negu64(${x[0]})`];
        if (n === Num.F64) return [`(-${x[0]})`];
        if (n === Num.F32) return [`(-${x[0]})`];
        return [wrap(n, `-${x[0]}`)];
      case Operator.Xor:
        if (n === Num.I64) return [`not64(${x[0]})`];
        if (n === Num.U64) return [`notu64(${x[0]})`];
        return [wrap(n, `~${x[0]}`)];
    }
    throw new Unsupported(`unary ${ast.operatorString[op]}`);
  }

  binary(op: Operator, t: Type, x: V, y: V): V {
    const u = under(t);
    if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsString) {
      if (op !== Operator.Add) throw new Unsupported("string operator");
      return this.pinV([`concat(${x[0]}, ${x[1]}, ${y[0]}, ${y[1]})`, `rv[0]`], t);
    }
    if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsComplex) return this.complexOp(op, u.basicKind === BasicKind.Complex64, x, y);
    const n = numOf(t);
    const a = x[0];
    const b = y[0];
    if (n === Num.F64 || n === Num.F32) {
      const sym = op === Operator.Add ? "+" : op === Operator.Sub ? "-" : op === Operator.Mul ? "*" : op === Operator.Div ? "/" : null;
      if (sym === null) throw new Unsupported("float operator");
      return [n === Num.F32 ? `Math.fround(${a} ${sym} ${b})` : `(${a} ${sym} ${b})`];
    }
    if (n === Num.I64 || n === Num.U64) {
      const s = n === Num.U64 ? "u" : "";
      const f =
        op === Operator.Add ? "add" : op === Operator.Sub ? "sub" : op === Operator.Mul ? "mul" : op === Operator.Div ? "div" : op === Operator.Rem ? "rem" : op === Operator.And ? "and" : op === Operator.Or ? "or" : op === Operator.Xor ? "xor" : op === Operator.AndNot ? "andnot" : null;
      if (f === null) throw new Unsupported("int64 operator");
      return [this.mayDivide(op, b, `${f}${s}64(${a}, ${b})`, n === Num.I64 ? "l" : "u")];
    }
    // 32 bits and narrower: compute in int32 and wrap to the width.
    switch (op) {
      case Operator.Add:
        return [wrap(n, `${a} + ${b}`)];
      case Operator.Sub:
        return [wrap(n, `${a} - ${b}`)];
      case Operator.Mul:
        return [wrap(n, `Math.imul(${a}, ${b})`)];
      case Operator.Div:
        return [this.mayDivide(op, b, wrap(n, isSigned(n) ? `div32(${a}, ${b})` : `divu32(${a}, ${b})`), "n")];
      case Operator.Rem:
        return [this.mayDivide(op, b, wrap(n, isSigned(n) ? `rem32(${a}, ${b})` : `remu32(${a}, ${b})`), "n")];
      case Operator.And:
        return [wrap(n, `${a} & ${b}`)];
      case Operator.Or:
        return [wrap(n, `${a} | ${b}`)];
      case Operator.Xor:
        return [wrap(n, `${a} ^ ${b}`)];
      case Operator.AndNot:
        return [wrap(n, `${a} & ~${b}`)];
    }
    throw new Unsupported(`operator ${ast.operatorString[op]}`);
  }

  /**
   * An integer division or remainder whose divisor may be zero is
   * evaluated where it is (pinned), so that its panic has the operator's
   * line (see atExpr); other operations stay lazy expressions.
   */
  private mayDivide(op: Operator, divisor: string, x: string, rep: Rep): string {
    if (op !== Operator.Div && op !== Operator.Rem) return x;
    if (/^-?[1-9]\d*n?$/.test(divisor)) return x;
    return this.pin(x, rep);
  }

  private complexOp(op: Operator, c64: boolean, x: V, y: V): V {
    const f = (s: string) => (c64 ? `Math.fround(${s})` : `(${s})`);
    const [a, b] = [this.pin(x[0], "n"), this.pin(x[1], "n")];
    const [c, d] = [this.pin(y[0], "n"), this.pin(y[1], "n")];
    switch (op) {
      case Operator.Add:
        return [f(`${a} + ${c}`), f(`${b} + ${d}`)];
      case Operator.Sub:
        return [f(`${a} - ${c}`), f(`${b} - ${d}`)];
      case Operator.Mul:
        return [f(`${a} * ${c} - ${b} * ${d}`), f(`${a} * ${d} + ${b} * ${c}`)];
      case Operator.Div: {
        const re = this.pin(`cdiv(${a}, ${b}, ${c}, ${d})`, "n");
        return [f(re), f("rv[0]")].map((s) => this.pin(s, "n"));
      }
    }
    throw new Unsupported("complex operator");
  }

  /**
   * A shift count: an untyped constant count (an integer, float or complex
   * constant representable by uint, which the checker leaves untyped) is
   * that uint value.
   */
  private shiftCount(e: ast.Expr): [V, Type] {
    const tv = this.tv(e);
    const t = this.typeOf(e);
    const u = under(t);
    if (tv.value !== null && u.kind === TypeKind.Basic && (u.info & BasicInfo.IsUntyped) !== 0) {
      const ut = Typ[BasicKind.Uint];
      return [this.constValue(ut, constant.toInt(tv.value)), ut];
    }
    return [this.expr(e), t];
  }

  private shift(op: Operator, t: Type, x: V, y: V, yt: Type): V {
    const n = numOf(t);
    const yn = numOf(yt);
    // The count as a number; negative signed counts panic.
    let cnt = y[0];
    if (yn === Num.I64 || yn === Num.U64 || isSigned(yn)) cnt = `shcount(${cnt})`;
    const a = x[0];
    if (n === Num.I64) return [op === Operator.Shl ? `shl64(${a}, ${cnt})` : `shr64(${a}, ${cnt})`];
    if (n === Num.U64) return [op === Operator.Shl ? `shlu64(${a}, ${cnt})` : `shru64(${a}, ${cnt})`];
    const bits = bitsOf(n);
    const c = this.pin(cnt, "n");
    if (op === Operator.Shl) return [`(${c} >= ${bits} ? 0 : ${wrap(n, `${a} << ${c}`)})`];
    if (isSigned(n)) return [`(${a} >> (${c} >= 32 ? 31 : ${c}))`];
    return [`(${c} >= 32 ? 0 : ${a} >>> ${c})`];
  }

  private compare(op: Operator, xt: Type, x: V, yt: Type, y: V): string {
    // Comparison with nil or between an interface and a concrete value
    // (either side): convert to a common type, the interface's.
    let t = xt;
    if (isUntypedNil(xt) || (under(yt).kind === TypeKind.Interface && under(xt).kind !== TypeKind.Interface)) t = yt;
    const cx = this.convert(x, xt, t);
    const cy = this.convert(y, yt, t);
    if (op === Operator.Eql) return this.equal(t, cx, cy, t);
    if (op === Operator.Neq) return `!${this.equal(t, cx, cy, t)}`;
    const u = under(t);
    const sym = op === Operator.Lss ? "<" : op === Operator.Leq ? "<=" : op === Operator.Gtr ? ">" : ">=";
    if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsString) return `(strcmp(${cx[0]}, ${cx[1]}, ${cy[0]}, ${cy[1]}) ${sym} 0)`;
    return `(${cx[0]} ${sym} ${cy[0]})`;
  }

  /** A JS boolean expression: x == y for values of type t. */
  private equal(t: Type, x: V, y: V, _yt: Type): string {
    const u = under(t);
    if (u.kind === TypeKind.Basic) {
      if (u.info & BasicInfo.IsString) return `streq(${x[0]}, ${x[1]}, ${y[0]}, ${y[1]})`;
      if (u.info & BasicInfo.IsComplex) return `(${x[0]} === ${y[0]} && ${x[1]} === ${y[1]})`;
      return `(${x[0]} === ${y[0]})`;
    }
    switch (u.kind) {
      case TypeKind.Pointer:
      case TypeKind.Chan:
      case TypeKind.Map:
      case TypeKind.Signature:
      case TypeKind.Slice:
        return `(${x[0]} === ${y[0]})`;
      case TypeKind.Interface:
        // Non-empty interfaces hold itabs: equal itabs mean equal dynamic types.
        return isEmptyIface(t) ? `efaceeq(${x[0]}, ${x[1]}, ${y[0]}, ${y[1]})` : `ifaceeq(${x[0]}, ${x[1]}, ${y[0]}, ${y[1]})`;
      case TypeKind.Struct:
      case TypeKind.Array: {
        const a = this.pin(x[0], "n", true);
        const b = this.pin(y[0], "n", true);
        const parts: string[] = [];
        if (this.leafEqual(t, a, b, parts, 0)) return parts.length === 0 ? "true" : `(${parts.join(" && ")})`;
        return `memequal(${this.pl.types.desc(t)}, ${a}, ${b})`;
      }
    }
    throw new Unsupported(`comparison of ${u.kind}`);
  }

  /**
   * Field-by-field (element-by-element) equality of memory values at a and
   * b, as gc's generated eq functions compare (blank fields skipped); false
   * if there are too many parts to write out inline.
   */
  private leafEqual(t: Type, a: string, b: string, parts: string[], off: number): boolean {
    const u = under(t);
    if (u.kind === TypeKind.Struct) {
      const offs = offsetsof(u.fields);
      for (let i = 0; i < u.fields.length; i++) {
        if (u.fields[i].name === "_") continue;
        if (!this.leafEqual(u.fields[i].type!, a, b, parts, off + offs[i])) return false;
      }
      return true;
    }
    if (u.kind === TypeKind.Array) {
      const es = sizeof(u.elem);
      if (u.len > 16) return false;
      for (let i = 0; i < u.len; i++) if (!this.leafEqual(u.elem, a, b, parts, off + i * es)) return false;
      return true;
    }
    if (parts.length >= 16) return false;
    const va = this.load(t, `${a} + ${off}`);
    const vb = this.load(t, `${b} + ${off}`);
    parts.push(this.equal(t, va, vb, t));
    return true;
  }

  /** Converts value v of type from to type to (also implicit conversions: untyped, to interface). */
  convert(v: V, from: Type, to: Type): V {
    if (from === to) return v;
    const fu = under(from);
    const tu = under(to);
    if (tu.kind === TypeKind.Interface) {
      if (fu.kind === TypeKind.Interface) return this.ifaceToIface(v, from, to);
      if (isUntypedNil(from)) return ["0", "0"];
      return this.box(v, from, to);
    }
    if (isUntypedNil(from)) return this.zero(to);
    if (fu.kind === TypeKind.Basic && tu.kind === TypeKind.Basic) {
      const fs = fu.info & BasicInfo.IsString;
      const ts = tu.info & BasicInfo.IsString;
      if (fs && ts) return v;
      if (ts && fu.info & BasicInfo.IsInteger) return this.pinV([`runestr(${v[0]})`, "rv[0]"], to);
      if (fu.info & BasicInfo.IsComplex && tu.info & BasicInfo.IsComplex) {
        return tu.basicKind === BasicKind.Complex64 ? [`Math.fround(${v[0]})`, `Math.fround(${v[1]})`] : v;
      }
      if (fu.basicKind === BasicKind.UntypedBool || tu.basicKind === BasicKind.Bool) return v;
      if (fu.basicKind === BasicKind.UnsafePointer && tu.basicKind === BasicKind.UnsafePointer) return v;
      return [convNum(v[0], numOf(fu), numOf(tu))];
    }
    if (tu.kind === TypeKind.Basic && tu.info & BasicInfo.IsString && fu.kind === TypeKind.Slice) {
      const en = numOf(fu.elem);
      return this.pinV([en === Num.I32 ? `runes2str(${v[0]}, ${v[1]})` : `bytes2str(${v[0]}, ${v[1]})`, "rv[0]"], to);
    }
    if (fu.kind === TypeKind.Basic && fu.info & BasicInfo.IsString && tu.kind === TypeKind.Slice) {
      const en = numOf(tu.elem);
      return this.pinV([en === Num.I32 ? `str2runes(${v[0]}, ${v[1]})` : `str2bytes(${v[0]}, ${v[1]})`, "rv[0]", "rv[1]"], to);
    }
    if (fu.kind === TypeKind.Slice && tu.kind === TypeKind.Array) {
      const len = tu.len;
      this.exec(`${v[1]} < ${len} && slice2arrpanic(${v[1]}, ${len})`);
      return [v[0]];
    }
    if (fu.kind === TypeKind.Slice && tu.kind === TypeKind.Pointer) {
      const len = (under(tu.base) as { len: number }).len;
      this.exec(`${v[1]} < ${len} && slice2arrpanic(${v[1]}, ${len})`);
      return [v[0]];
    }
    if (fu.kind === TypeKind.Basic && tu.kind === TypeKind.Pointer) return v; // unsafe.Pointer
    if (fu.kind === TypeKind.Pointer && tu.kind === TypeKind.Basic) {
      return v; // to unsafe.Pointer; uintptr conversions go through unsafe.Pointer
    }
    return v;
  }

  /** convT: a concrete value into an interface (type or itab word, data word). */
  private box(v: V, from: Type, to: Type): V {
    if (from.kind === TypeKind.Basic && from.info & BasicInfo.IsUntyped) {
      const d = defaultType(from);
      v = this.convert(v, from, d);
      from = d;
    }
    const tab = isEmptyIface(to) ? this.pl.types.desc(from) : this.pl.types.itab(to, from);
    if (isDirectIface(from)) {
      const sh = shapeOf(from);
      return [String(tab), sh.mem ? loadNum(Num.Ptr, v[0]) : v[0]];
    }
    const p = this.heapAlloc(from);
    this.store(from, p, v);
    return [String(tab), p];
  }

  /** The dynamic type's descriptor of an interface value of static type t. */
  private dynType(t: Type, tab: string): string {
    return isEmptyIface(t) ? tab : `itype(${tab})`;
  }

  private ifaceToIface(v: V, from: Type, to: Type): V {
    if (isEmptyIface(to)) return [this.dynType(from, v[0]), v[1]];
    const tab = this.pin(v[0], "n", true);
    const dyn = this.dynType(from, tab);
    return [this.pin(`(${tab} === 0 ? 0 : convI2I(${this.pl.types.desc(to)}, ${dyn}))`, "n", true), v[1]];
  }

  /** x.(T), panicking on failure or (commaOk) with an ok result. */
  private assertExpr(e: ast.AssertExpr, commaOk: boolean): V[] {
    const it = this.typeOf(e.x);
    const t = this.typeOf(e.type);
    const [tab, data] = this.pinV(this.expr(e.x), it);
    const dyn = this.pin(this.dynType(it, tab), "n", true);
    const idesc = this.pl.types.desc(it);
    if (under(t).kind === TypeKind.Interface) {
      const want = this.pl.types.desc(t);
      const ntab = this.pin(`(${dyn} === 0 ? 0 : ${isEmptyIface(t) ? dyn : `assertE2I(${want}, ${dyn})`})`, "n", true);
      if (!commaOk) {
        this.exec(`${ntab} === 0 && panicassertI(${dyn}, ${want}, ${idesc})`);
        return [[ntab, data]];
      }
      const ok = this.pin(`(${ntab} !== 0)`, "b");
      return [[ntab, this.pin(`(${ok} ? ${data} : 0)`, "n", true)], [ok]];
    }
    const want = this.pl.types.desc(t);
    const ok = this.pin(`(${dyn} === ${want})`, "b");
    if (!commaOk) this.exec(`${ok} || panicdottype(${dyn}, ${want}, ${idesc})`);
    let val: V;
    if (isDirectIface(t)) {
      const sh = shapeOf(t);
      if (sh.mem) {
        const tmp = this.frameAlloc(sh.size, alignof(t));
        this.exec(storeNum(Num.Ptr, tmp, commaOk ? `(${ok} ? ${data} : 0)` : data));
        val = [tmp];
      } else val = [commaOk ? this.pin(`(${ok} ? ${data} : 0)`, "n", true) : data];
    } else if (commaOk) {
      val = this.orZero(this.pin(`(${ok} ? ${data} : 0)`, "n", true), t);
    } else {
      val = this.materialize(this.load(t, data), t);
    }
    return commaOk ? [val, [ok]] : [val];
  }

  private selector(e: ast.SelectorExpr, t: Type): V {
    const sel = this.info.selections.get(e);
    if (!sel) {
      // Qualified identifier: pkg.Name
      const o = this.objOf(e.sel);
      if (o === null) throw new Unsupported(`selector ${e.sel.value}`);
      if (o.kind === ObjKind.Var) return this.readVar(o, t);
      if (o.kind === ObjKind.Func) return [this.funcValueOf(o as FuncObj)];
      throw new Unsupported(`qualified ${e.sel.value}`);
    }
    if (sel.kind === 0 /* FieldVal */) {
      // A field of a value that is not in memory: compute it into a temporary first.
      return this.load(t, this.fieldAddr(e.x, sel.index));
    }
    const m = sel.obj as FuncObj;
    if (sel.kind === 2 /* MethodExpr */) return [this.methodExpr(sel.recv, m, sel.index.slice(0, -1))];
    // A method value x.M: the receiver is evaluated now and bound in a
    // closure whose code calls M with it (gc's M-fm wrappers).
    const xt = this.typeOf(e.x);
    if (under(xt).kind === TypeKind.Interface) {
      // i.M: the interface value is bound now (a nil one panics now, as gc's does).
      const iv = this.pinV(this.expr(e.x), xt);
      this.exec(`${iv[0]} === 0 && nilpanic()`);
      const msig = under(t) as Signature;
      const { params, results } = sigTypes(msig, false);
      const w = this.pl.wrapper(`ifm:${this.pl.types.desc(xt)}:${m.name}`, () =>
        this.buildWrapper(`${m.name}-fm`, params, results, (wl, args) => {
          const ctx = wl.pin(`f64[(fp - 8) >> 3]`, "n", true);
          return wl.callIface(xt, m, wl.load(xt, `${ctx} + 8`), args, msig);
        }),
      );
      const clo = this.pin(`newobj(24, 0)`, "n", true);
      this.exec(`f64[${clo} >> 3] = ${w.id}`);
      this.store(xt, `${clo} + 8`, iv);
      return [clo];
    }
    const fn = this.pl.funcOf.get(m);
    if (!fn) throw new Unsupported(`method ${m.name}`);
    this.pl.use(fn);
    const rt = m.signature().recv!.type!;
    const recv = this.receiver(e, sel);
    const sig = t as Signature;
    const { params, results } = sigTypes(under(sig) as Signature, false);
    const w = this.pl.wrapper(`fm:${fn.id}`, () =>
      this.buildWrapper(`${fn.name}-fm`, params, results, (wl, args) => {
        const ctx = wl.pin(`f64[(fp - 8) >> 3]`, "n", true);
        const r = wl.load(rt, `${ctx} + 8`);
        return wl.callFunc(fn, [r, ...args], [rt, ...params], results);
      }),
    );
    const clo = this.pin(`newobj(${8 + Math.max(sizeof(rt), 8)}, 0)`, "n", true);
    this.exec(`f64[${clo} >> 3] = ${w.id}`);
    this.store(rt, `${clo} + 8`, recv);
    return [clo];
  }

  /** The map key expression's value, converted to the key type, in a frame temporary: its address. */
  private keyTemp(mt: Type, k: ast.Expr): string {
    const kt = (under(mt) as { key: Type }).key;
    const v = this.convert(this.expr(k), this.typeOf(k), kt);
    const a = this.frameAlloc(Math.max(sizeof(kt), 1), alignof(kt));
    this.store(kt, a, v);
    return a;
  }

  private indexExpr(e: ast.IndexExpr, t: Type): V {
    const xt = this.typeOf(e.x);
    const u = under(xt);
    if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsString) {
      const [p, l] = this.pinV(this.expr(e.x), xt);
      const i = this.index(e.index, l);
      return [`u8[${p} + ${i}]`];
    }
    if (u.kind === TypeKind.Map) {
      const m = this.pin(this.expr(e.x)[0], "n", true);
      const k = this.keyTemp(xt, e.index);
      const p = this.pin(`mapaccess1(${this.pl.types.desc(xt)}, ${m}, ${k})`, "n", true);
      return this.materialize(this.load(t, p), t);
    }
    if (u.kind === TypeKind.Array && this.tv(e.x).mode !== Mode.Variable) {
      const base = this.pin(this.expr(e.x)[0], "n");
      const i = this.index(e.index, String(u.len));
      return this.load(t, `${base} + ${i} * ${sizeof(u.elem)}`);
    }
    return this.load(t, this.addr(e));
  }

  private sliceExpr(e: ast.SliceExpr, t: Type): V {
    const xt = this.typeOf(e.x);
    const u = under(xt);
    let base: string;
    let len: string;
    let cap: string;
    let elemSize = 1;
    const isStr = u.kind === TypeKind.Basic && (u.info & BasicInfo.IsString) !== 0;
    if (isStr) {
      const v = this.pinV(this.expr(e.x), xt);
      base = v[0];
      len = v[1];
      cap = v[1];
    } else if (u.kind === TypeKind.Slice) {
      const v = this.pinV(this.expr(e.x), xt);
      [base, len, cap] = v;
      elemSize = sizeof(u.elem);
    } else if (u.kind === TypeKind.Array) {
      base = this.pin(this.addr(e.x), "n", true);
      len = cap = String(u.len);
      elemSize = sizeof(u.elem);
    } else if (u.kind === TypeKind.Pointer) {
      const at = under(u.base) as { elem: Type; len: number };
      base = this.pin(this.expr(e.x)[0], "n", true);
      this.exec(`${base} === 0 && nilpanic()`);
      len = cap = String(at.len);
      elemSize = sizeof(at.elem);
    } else throw new Unsupported(`slicing ${u.kind}`);
    // A 64-bit unsigned index keeps its value (not wrapped to a negative
    // int), so that an error reports it as gc's unsigned boundsError does.
    const ix = e.index.map((x) => {
      if (x === null) return null;
      const xt = this.typeOf(x);
      const wide = numOf(xt) === Num.U64;
      return this.pin(wide ? this.expr(x)[0] : this.convert(this.expr(x), xt, Typ[BasicKind.Int])[0], "l");
    });
    const lo = ix[0] ?? "0";
    const hi = ix[1] ?? len;
    if (e.full) {
      const max = ix[2]!;
      this.exec(`slicecheck3(${lo}, ${hi}, ${max}, ${cap}, ${u.kind === TypeKind.Array || u.kind === TypeKind.Pointer ? 1 : 0})`);
      return [`(${max} - ${lo} === 0 ? ${base} : ${base} + ${lo} * ${elemSize})`, `(${hi} - ${lo})`, `(${max} - ${lo})`].map((x, i) => this.pin(x, i === 0 ? "n" : "l", i === 0));
    }
    // gc reports a string's or array's length, a slice's capacity.
    const byLen = isStr || u.kind === TypeKind.Array || u.kind === TypeKind.Pointer;
    this.exec(`slicecheck(${lo}, ${hi}, ${isStr ? len : cap}, ${byLen ? 1 : 0})`);
    // An empty result keeps the operand's pointer: gc masks the offset to 0
    // when the result's capacity (a string's length) is 0, so the pointer
    // never points past the end of the underlying memory.
    if (isStr) return [this.pin(`(${hi} - ${lo} === 0 ? ${base} : ${base} + ${lo})`, "n", true), this.pin(`(${hi} - ${lo})`, "l")];
    void t;
    return [this.pin(`(${cap} - ${lo} === 0 ? ${base} : ${base} + ${lo} * ${elemSize})`, "n", true), this.pin(`(${hi} - ${lo})`, "l"), this.pin(`(${cap} - ${lo})`, "l")];
  }

  // ---------------------------------------------------------------------
  // Composite literals

  private compositeInto(e: ast.CompositeLit, t: Type, a: string): void {
    const u = under(t.kind === TypeKind.Pointer ? (under(t) as { base: Type }).base : t);
    if (u.kind === TypeKind.Struct) {
      const offs = offsetsof(u.fields);
      for (const { field, value } of structElems(u, e)) {
        const ft = u.fields[field].type!;
        if (u.fields[field].name === "_") {
          // A blank field keeps its zero value; the element is still evaluated.
          this.materialize(this.convert(this.expr(value), this.typeOf(value), ft), ft);
          continue;
        }
        this.storeElem(ft, `${a} + ${offs[field]}`, value);
      }
      return;
    }
    if (u.kind === TypeKind.Array) {
      const es = sizeof(u.elem);
      for (const { index, value } of indexedElems(this.info, e)) this.storeElem(u.elem, `${a} + ${index * es}`, value);
      return;
    }
    throw new Unsupported(`composite literal of ${u.kind}`);
  }

  private storeElem(t: Type, a: string, ve: ast.Expr): void {
    if (ve.kind === "CompositeLit" && (this.info.types.get(ve) === undefined || shapeOf(t).mem) && !ve.type) {
      // Elided type in a nested literal.
      const vt = this.info.types.get(ve)?.type ?? t;
      if (shapeOf(vt).mem && under(vt).kind !== TypeKind.Pointer) {
        this.compositeInto(ve, vt, a);
        return;
      }
    }
    this.store(t, a, this.convert(this.expr(ve), this.typeOf(ve), t));
  }

  private compositeValue(e: ast.CompositeLit, t: Type): V {
    const u = under(t);
    if (u.kind === TypeKind.Slice) {
      const n = literalLength(this.info, e);
      const es = sizeof(u.elem);
      const arr = this.pin(`newarray(${es}, ${n}, ${hasPointers(u.elem) ? 0 : 1})`, "n", true);
      for (const { index, value } of indexedElems(this.info, e)) this.storeElem(u.elem, `${arr} + ${index * es}`, value);
      return [arr, String(n), String(n)];
    }
    if (u.kind === TypeKind.Pointer) {
      // &T{...} with elided type inside another literal
      const bt = (u as { base: Type }).base;
      const a = this.heapAlloc(bt);
      if (shapeOf(bt).mem) this.compositeInto(e, bt, a);
      else this.store(bt, a, this.compositeValue(e, bt));
      return [a];
    }
    if (u.kind === TypeKind.Map) {
      const d = this.pl.types.desc(t);
      const m = this.pin(`makemap(${d}, ${e.elemList.length})`, "n", true);
      const { key: kt, elem: et } = u;
      for (const el of e.elemList) {
        const kv = el as ast.KeyValueExpr;
        const ka = this.frameAlloc(Math.max(sizeof(kt), 1), alignof(kt));
        this.storeElem(kt, ka, kv.key);
        const va = this.frameAlloc(Math.max(sizeof(et), 1), alignof(et));
        this.storeElem(et, va, kv.value);
        const p = this.pin(`mapassign(${d}, ${m}, ${ka})`, "n", true);
        this.store(et, p, this.load(et, va));
      }
      return [m];
    }
    throw new Unsupported(`composite literal of ${u.kind}`);
  }

  // ---------------------------------------------------------------------
  // Functions and calls

  private funcValueOf(o: FuncObj): string {
    const fn = this.pl.funcOf.get(o);
    if (!fn) throw new Unsupported(`function ${o.name}`);
    return String(this.pl.funcValue(fn));
  }

  private funcLit(e: ast.FuncLit): string {
    const sig = this.typeOf(e) as Signature;
    // Free variables: used inside, declared outside (and not package-level).
    const inside = new Set<Obj>();
    collectDefs(e, this.info, inside);
    const free: Obj[] = [];
    const seen = new Set<Obj>();
    walk(e.body, (n) => {
      if (n.kind !== "Name") return;
      const o = this.objOf(n);
      if (o === null || o.kind !== ObjKind.Var || (o as Var).isField || inside.has(o) || this.isGlobal(o) || seen.has(o)) return;
      seen.add(o);
      free.push(o);
    });
    const { params, results } = sigTypes(sig, false);
    const count = this.litCount();
    const fn = this.pl.newFunc(`${this.closureOwner()}.func${count}`, argLayout(params, results).size);
    const inner = new FuncLowerer(this.pl, this.info, fn, this);
    const paramNames = e.type.paramList.map((f) => f.name);
    this.pl.pending.push(() => inner.lowerBody(sig, paramNames, e.type.resultList, e.body, free));
    return this.makeClosure(fn, free);
  }

  /** The closure object: code id, then each captured variable's cell address. */
  private makeClosure(fn: Func, free: Obj[]): string {
    const clo = this.pin(`newobj(${8 + 8 * free.length}, ${free.length === 0 ? 1 : 0})`, "n", true);
    this.exec(`f64[${clo} >> 3] = ${fn.id}`);
    free.forEach((o, i) => {
      const loc = this.locOf(o);
      if (loc.k !== "mem") throw new Unsupported(`capture of register variable ${o.name}`);
      this.exec(`stp(${clo} + ${8 + 8 * i}, ${loc.addr})`);
    });
    return clo;
  }

  /**
   * The name closures made here are named after: the function's own, or in
   * a range-over-func body, that of the function the loop is in (gc names
   * them after the range body's parent, not the body).
   */
  private closureOwner(): string {
    return this.rfLoop !== null ? this.rf!.name : this.fn.name;
  }

  private litCounter = 0;
  private litCount(): number {
    if (this.parent !== null) return this.parent.litCount();
    return ++this.litCounter;
  }

  /**
   * Lowers a call; returns the result values (one V per result; for
   * single-valued calls used as expressions, [V]).
   */
  callExpr(e: ast.CallExpr, wantValue: boolean): V[] {
    // The call's line (calls in its arguments restore it when done).
    const saved = this.line;
    const savedFile = this.file;
    this.at(e.pos);
    try {
      return this.callExpr1(e, wantValue);
    } finally {
      this.line = saved;
      this.file = savedFile;
    }
  }

  private callExpr1(e: ast.CallExpr, wantValue: boolean): V[] {
    const ftv = this.tv(e.fun);
    if (ftv.mode === Mode.TypExpr) {
      // A conversion.
      const t = ftv.type;
      const a = e.argList[0];
      return [this.convert(this.expr(a), this.typeOf(a), t)];
    }
    if (ftv.mode === Mode.Builtin) return this.builtin(e, wantValue);
    const fun = ast.unparen(e.fun);
    const sig = under(ftv.type) as Signature;
    // Static call of a declared function or method.
    if (fun.kind === "Name" || (fun.kind === "SelectorExpr" && !this.info.selections.has(fun))) {
      const o = fun.kind === "Name" ? this.objOf(fun) : this.objOf(fun.sel);
      if (o && o.kind === ObjKind.Func) {
        const fn = this.pl.funcOf.get(o as FuncObj);
        if (!fn) throw new Unsupported(`call of ${o.name}`);
        const args = this.callArgs(e, sig);
        const { params, results } = sigTypes(sig, false);
        const inl = this.pl.inlineBody(fn);
        if (inl !== null && fn !== this.fn && inl.info === this.info) return [this.inline(inl, args, params, results[0])];
        return this.callFunc(fn, args, params, results);
      }
    }
    if (fun.kind === "SelectorExpr") {
      const sel = this.info.selections.get(fun);
      if (sel && sel.kind === 1 /* MethodVal */) return this.methodCall(fun, sel, e, sig);
    }
    // A call of a func value.
    const fv = this.pin(this.expr(e.fun)[0], "n", true);
    const args = this.callArgs(e, sig);
    const { params, results } = sigTypes(sig, false);
    this.exec(`${fv} === 0 && nilpanic()`);
    return this.callDynamic(`f64[${fv} >> 3]`, fv, args, params, results);
  }

  private methodCall(fun: ast.SelectorExpr, sel: import("../types/check.js").Selection, e: ast.CallExpr, sig: Signature): V[] {
    const m = sel.obj as FuncObj;
    const xt = this.typeOf(fun.x);
    if (under(xt).kind === TypeKind.Interface) {
      const recv = this.pinV(this.expr(fun.x), xt);
      const args = this.callArgs(e, sig);
      return this.callIface(xt, m, recv, args, sig);
    }
    if (!this.pl.funcOf.has(m) && sel.index.length > 1) {
      // A method of an interface embedded in a struct: call it on that field.
      const path = sel.index.slice(0, -1);
      const ft = this.fieldType(xt, path);
      if (under(ft).kind === TypeKind.Interface) {
        const recv = this.materialize(this.load(ft, this.fieldAddr(fun.x, path)), ft);
        const args = this.callArgs(e, sig);
        return this.callIface(ft, m, recv, args, sig);
      }
    }
    const fn = this.pl.funcOf.get(m);
    if (!fn) throw new Unsupported(`method ${m.name}`);
    const recv = this.receiver(fun, sel);
    const args = this.callArgs(e, sig);
    const { params, results } = sigTypes(m.signature(), true);
    return this.callFunc(fn, [recv, ...args], params, results);
  }

  /**
   * Inlines a leaf function whose body is `return expr` (like gc's inliner
   * for small functions): the arguments are bound to the parameters, the
   * expression is lowered in place. No call, no frame, no spill.
   */
  private inline(inl: { params: Obj[]; expr: ast.Expr }, args: V[], params: Type[], result: Type): V {
    inl.params.forEach((o, i) => {
      const sh = shapeOf(params[i]);
      if (sh.mem) {
        this.vars.set(o, { k: "mem", addr: this.materialize(args[i], params[i])[0] });
        return;
      }
      // Each parameter gets registers of its own, holding the argument.
      const regs = sh.reps.map((rep, k) => {
        const r = this.newReg(rep, sh.nums[k] === Num.Ptr);
        this.set(r, args[i][k]);
        return r;
      });
      this.vars.set(o, { k: "reg", regs });
    });
    const v = this.convert(this.expr(inl.expr), this.typeOf(inl.expr), result);
    return this.materialize(v, result);
  }

  /** Dynamic dispatch of method m through the itab of recv (the data word is the receiver). */
  callIface(it: Type, m: FuncObj, recv: V, args: V[], sig: Signature): V[] {
    const [tab, data] = recv.map((x) => this.pin(x, "n", true));
    const idx = interfaceMethods(it).findIndex((f) => f.name === m.name && (f.exported() || f.pkg === m.pkg));
    this.pl.ifaceCall(it, m);
    this.exec(`${tab} === 0 && nilpanic()`);
    const { params, results } = sigTypes(sig, false);
    const ptrT = Typ[BasicKind.UnsafePointer];
    return this.callDynamic(`u32[(${tab} + ${24 + 8 * idx}) >> 2]`, "0", [[data], ...args], [ptrT, ...params], results);
  }

  private fieldType(t: Type, path: number[]): Type {
    for (const i of path) {
      let u = under(t);
      if (u.kind === TypeKind.Pointer) u = under(u.base);
      t = (u as Struct).fields[i].type!;
    }
    return t;
  }

  /** Evaluates a call's arguments (converted to the parameter types; variadic packed). */
  private callArgs(e: ast.CallExpr, sig: Signature): V[] {
    const ps = sig.params.vars.map((v) => v.type!);
    const args = e.argList;
    if (args.length === 1 && this.typeOf(args[0]).kind === TypeKind.Tuple) {
      // f(g()) with multiple results
      const vals = this.exprMulti(args[0]);
      const ts = this.tupleTypes(args[0]);
      if (!sig.variadic) return vals.map((v, i) => this.convert(v, ts[i], ps[i]));
      // f(g()) into a variadic f: the results past the fixed parameters form the slice.
      const nfixed = ps.length - 1;
      const out = vals.slice(0, nfixed).map((v, i) => this.convert(v, ts[i], ps[i]));
      const rest = vals.slice(nfixed);
      const et = (under(ps[nfixed]) as { elem: Type }).elem;
      if (rest.length === 0) out.push(["0", "0", "0"]);
      else {
        const es = sizeof(et);
        const arr = this.pin(`newarray(${es}, ${rest.length}, ${hasPointers(et) ? 0 : 1})`, "n", true);
        rest.forEach((v, k) => this.store(et, `${arr} + ${k * es}`, this.convert(v, ts[nfixed + k], et)));
        out.push([arr, String(rest.length), String(rest.length)]);
      }
      return out;
    }
    const out: V[] = [];
    const nfixed = sig.variadic ? ps.length - 1 : ps.length;
    for (let i = 0; i < nfixed; i++) {
      let v = this.convert(this.expr(args[i]), this.typeOf(args[i]), ps[i]);
      if (args.slice(i + 1).some(hasCall)) v = this.materialize(v, ps[i]);
      out.push(v);
    }
    if (sig.variadic) {
      const st = ps[ps.length - 1];
      if (e.hasDots) {
        out.push(this.pinV(this.expr(args[nfixed]), st));
      } else {
        const rest = args.slice(nfixed);
        if (rest.length === 0) out.push(["0", "0", "0"]);
        else {
          const et = (under(st) as { elem: Type }).elem;
          const es = sizeof(et);
          const vals = rest.map((a, k) => {
            let v = this.convert(this.expr(a), this.typeOf(a), et);
            if (rest.slice(k + 1).some(hasCall)) v = this.materialize(v, et);
            return v;
          });
          const arr = this.pin(`newarray(${es}, ${rest.length}, ${hasPointers(et) ? 0 : 1})`, "n", true);
          vals.forEach((v, k) => this.store(et, `${arr} + ${k * es}`, v));
          out.push([arr, String(rest.length), String(rest.length)]);
        }
      }
    }
    return out;
  }

  /** Stores args into the outgoing area and calls fn statically (or natively). */
  callFunc(fn: Func, args: V[], params: Type[], results: Type[]): V[] {
    this.pl.use(fn);
    if (fn.native !== null) return this.callNative(fn.native, args, params, results);
    return this.callWith(String(fn.id), "0", args, params, results);
  }

  private callDynamic(code: string, ctx: string, args: V[], params: Type[], results: Type[]): V[] {
    const c = this.pin(code, "n");
    return this.callWith(c, ctx, args, params, results);
  }

  private callWith(code: string, ctx: string, args: V[], params: Type[], results: Type[]): V[] {
    const lay = argLayout(params, results);
    this.fn.maxCallArgs = Math.max(this.fn.maxCallArgs, lay.size);
    args.forEach((v, i) => this.store(params[i], `fp + $OUT + ${HDR + lay.params[i]}`, v));
    const next = this.newBlock();
    this.term({ op: "call", code, ctx, next: this.bi(next) }, next);
    return this.readResults(lay, results);
  }

  private readResults(lay: ArgLayout, results: Type[]): V[] {
    return results.map((t, i) => {
      const a = `fp + $OUT + ${HDR + lay.results[i]}`;
      const sh = shapeOf(t);
      if (sh.mem) return [this.copyToTemp(t, `(${a})`)];
      return this.pinV(this.load(t, a), t);
    });
  }

  /** A pc offset for a runtime call made here (not a VM call), with the current line in the pc table. */
  private nativeSite(): number {
    const off = NATIVE_SITE_PC + 2 * (this.fn.lines.size + 1);
    this.site(off);
    return off;
  }

  private callNative(name: string, args: V[], params: Type[], results: Type[]): V[] {
    if (!this.pl.natives.has(name)) throw new Unsupported(`native ${name}`);
    if (name === "runtime.Caller" || name === "runtime.Callers" || name === "runtime.stack") {
      // Natives that walk the stack learn where they were called from.
      this.exec(`callsite(fp, ${this.fn.id}, ${this.nativeSite()})`);
    }
    const lay = argLayout(params, results);
    this.fn.maxCallArgs = Math.max(this.fn.maxCallArgs, lay.size);
    args.forEach((v, i) => this.store(params[i], `fp + $OUT + ${HDR + lay.params[i]}`, v));
    this.exec(`native(${JSON.stringify(name)}, fp + $OUT + ${HDR})`);
    return this.readResults(lay, results);
  }

  // ---------------------------------------------------------------------
  // Builtins

  /** complex(f()), append(f()), copy(f()), delete(f()): the builtin's arguments are the results of one call. */
  private builtinOfCall(e: ast.CallExpr, name: string): V[] {
    const vals = this.exprMulti(e.argList[0]);
    const types = this.tupleTypes(e.argList[0]);
    const t = this.typeOf(e);
    if (name === "copy") {
      const du = under(types[0]);
      const es = du.kind === TypeKind.Slice ? sizeof(du.elem) : 1;
      return [[this.pin(`slicecopy(${vals[0][0]}, ${vals[0][1]}, ${vals[1][0]}, ${vals[1][1]}, ${es})`, "l")]];
    }
    if (name === "delete") {
      const mt = types[0];
      const kt = (under(mt) as { key: Type }).key;
      const k = this.frameAlloc(Math.max(sizeof(kt), 1), alignof(kt));
      this.store(kt, k, this.convert(vals[1], types[1], kt));
      this.exec(`mapdelete(${this.pl.types.desc(mt)}, ${vals[0][0]}, ${k})`);
      return [];
    }
    if (name === "complex") {
      const ft = (under(t) as { basicKind: BasicKind }).basicKind === BasicKind.Complex64 ? Typ[BasicKind.Float32] : Typ[BasicKind.Float64];
      return [[this.convert(vals[0], types[0], ft)[0], this.convert(vals[1], types[1], ft)[0]]];
    }
    const et = (under(t) as { elem: Type }).elem;
    const es = sizeof(et);
    const s = this.pinV(this.convert(vals[0], types[0], t), t);
    const elems = vals.slice(1).map((v, j) => this.materialize(this.convert(v, types[j + 1], et), et));
    if (elems.length === 0) return [s];
    const p = this.pin(`growto(${s[0]}, ${s[1]}, ${s[2]}, ${elems.length}, ${es}, ${hasPointers(et) ? 0 : 1})`, "n", true);
    const cap = this.pin(`rv[0]`, "l");
    elems.forEach((v, j) => this.store(et, `${p} + (${s[1]} + ${j}) * ${es}`, v));
    return [[p, this.pin(`${s[1]} + ${elems.length}`, "l"), cap]];
  }

  private builtin(e: ast.CallExpr, _wantValue: boolean): V[] {
    const fun = ast.unparen(e.fun);
    const name = fun.kind === "Name" ? fun.value : fun.kind === "SelectorExpr" ? fun.sel.value : "";
    const args = e.argList;
    if (args.length === 1 && this.typeOf(args[0]).kind === TypeKind.Tuple && ["complex", "append", "copy", "delete"].includes(name)) return this.builtinOfCall(e, name);
    switch (name) {
      case "print":
      case "println": {
        // print(f()) prints each of f's results.
        const multi = args.length === 1 && this.typeOf(args[0]).kind === TypeKind.Tuple;
        const vals = multi ? this.exprMulti(args[0]) : this.exprList(args);
        const types = multi ? this.tupleTypes(args[0]) : args.map((a) => this.typeOf(a));
        vals.forEach((v, i) => {
          if (i > 0 && name === "println") this.exec(`printsp()`);
          this.printValue(types[i], v);
        });
        if (name === "println") this.exec(`printnl()`);
        this.exec("printflush()");
        return [];
      }
      case "len":
      case "cap": {
        const t = this.typeOf(args[0]);
        const u = under(t);
        if (u.kind === TypeKind.Basic) return [[this.expr(args[0])[1]]];
        if (u.kind === TypeKind.Slice) return [[this.expr(args[0])[name === "len" ? 1 : 2]]];
        // Not constant (the checker folds the rest): the operand has calls
        // or receives, which run; a nil array pointer is not dereferenced.
        if (u.kind === TypeKind.Array || u.kind === TypeKind.Pointer) {
          this.expr(args[0]).forEach((x) => this.exec(x));
          return [[String((u.kind === TypeKind.Array ? u : (under(u.base) as { len: number })).len)]];
        }
        if (u.kind === TypeKind.Map) return [[`maplen(${this.expr(args[0])[0]})`]];
        if (u.kind === TypeKind.Chan) return [[`${name === "len" ? "chanlen" : "chancap"}(${this.expr(args[0])[0]})`]];
        throw new Unsupported(`${name} of ${u.kind}`);
      }
      case "new": {
        const t = this.typeOf(e).kind === TypeKind.Pointer ? (under(this.typeOf(e)) as { base: Type }).base : this.typeOf(args[0]);
        return [[this.heapAlloc(t)]];
      }
      case "make": {
        const t = this.typeOf(args[0]);
        const u = under(t);
        if (u.kind === TypeKind.Slice) {
          const it = Typ[BasicKind.Int];
          const len = this.pin(this.convert(this.expr(args[1]), this.typeOf(args[1]), it)[0], "l");
          const cap = args.length > 2 ? this.pin(this.convert(this.expr(args[2]), this.typeOf(args[2]), it)[0], "l") : len;
          const es = sizeof(u.elem);
          const p = this.pin(`makeslice(${es}, ${len}, ${cap}, ${hasPointers(u.elem) ? 0 : 1})`, "n", true);
          return [[p, len, cap]];
        }
        if (u.kind === TypeKind.Chan) {
          const size = args.length > 1 ? this.convert(this.expr(args[1]), this.typeOf(args[1]), Typ[BasicKind.Int])[0] : "0";
          return [[this.pin(`makechan(${this.pl.types.desc(u.elem)}, ${size})`, "n", true)]];
        }
        if (u.kind === TypeKind.Map) {
          const hint = args.length > 1 ? this.convert(this.expr(args[1]), this.typeOf(args[1]), Typ[BasicKind.Int])[0] : "0";
          return [[this.pin(`makemap(${this.pl.types.desc(t)}, ${hint})`, "n", true)]];
        }
        throw new Unsupported(`make of ${u.kind}`);
      }
      case "append": {
        const st = this.typeOf(e);
        const et = (under(st) as { elem: Type }).elem;
        const es = sizeof(et);
        let s = this.pinV(this.expr(args[0]), st);
        if (e.hasDots) {
          const at = this.typeOf(args[1]);
          const src = this.pinV(this.expr(args[1]), at);
          const n = this.pin(`appendslice(${s[0]}, ${s[1]}, ${s[2]}, ${src[0]}, ${src[1]}, ${es}, ${hasPointers(et) ? 0 : 1})`, "n", true);
          return [this.pinV([n, "rv[0]", "rv[1]"], st)];
        }
        // Every value is read before any is stored: a value may be read from
        // the memory the append writes (append(s[:n-1], x, s[n-1])).
        const vals = args.slice(1).map((a) => this.materialize(this.convert(this.expr(a), this.typeOf(a), et), et));
        if (vals.length === 0) return [s];
        const k = vals.length;
        const p = this.pin(`growto(${s[0]}, ${s[1]}, ${s[2]}, ${k}, ${es}, ${hasPointers(et) ? 0 : 1})`, "n", true);
        const cap = this.pin(`rv[0]`, "l");
        s = [p, s[1], cap];
        vals.forEach((v, j) => this.store(et, `${p} + (${s[1]} + ${j}) * ${es}`, v));
        return [[p, this.pin(`${s[1]} + ${k}`, "l"), cap]];
      }
      case "copy": {
        const dt = this.typeOf(args[0]);
        const d = this.pinV(this.expr(args[0]), dt);
        const s = this.pinV(this.expr(args[1]), this.typeOf(args[1]));
        const es = under(dt).kind === TypeKind.Slice ? sizeof((under(dt) as { elem: Type }).elem) : 1;
        return [[this.pin(`slicecopy(${d[0]}, ${d[1]}, ${s[0]}, ${s[1]}, ${es})`, "l")]];
      }
      case "panic": {
        const v = this.convert(this.expr(args[0]), this.typeOf(args[0]), emptyInterface());
        this.exec(`gopanic(${v[0]}, ${v[1]}, ${this.nativeSite()})`);
        this.term({ op: "unreachable" });
        return [];
      }
      case "min":
      case "max": {
        const t = this.typeOf(e);
        let acc = this.convert(this.expr(args[0]), this.typeOf(args[0]), t);
        for (const a of args.slice(1)) {
          const v = this.convert(this.expr(a), this.typeOf(a), t);
          const u = under(t);
          if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsString) {
            const x = this.pinV(acc, t);
            const y = this.pinV(v, t);
            const c = this.pin(`(strcmp(${x[0]}, ${x[1]}, ${y[0]}, ${y[1]}) ${name === "min" ? "<=" : ">="} 0)`, "b");
            acc = [`(${c} ? ${x[0]} : ${y[0]})`, `(${c} ? ${x[1]} : ${y[1]})`];
          } else if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsFloat) {
            acc = [`f${name}(${acc[0]}, ${v[0]})`];
          } else {
            const x = this.pin(acc[0], repOfNum(numOf(t)));
            const y = this.pin(v[0], repOfNum(numOf(t)));
            acc = [`(${x} ${name === "min" ? "<=" : ">="} ${y} ? ${x} : ${y})`];
          }
        }
        return [acc];
      }
      case "complex": {
        const t = this.typeOf(e);
        const ft = under(t).kind === TypeKind.Basic && (under(t) as { basicKind: BasicKind }).basicKind === BasicKind.Complex64 ? Typ[BasicKind.Float32] : Typ[BasicKind.Float64];
        const re = this.convert(this.expr(args[0]), this.typeOf(args[0]), ft)[0];
        const im = this.convert(this.expr(args[1]), this.typeOf(args[1]), ft)[0];
        return [[re, im]];
      }
      case "real":
      case "imag": {
        const v = this.expr(args[0]);
        return [[name === "real" ? v[0] : v[1]]];
      }
      case "clear": {
        const t = this.typeOf(args[0]);
        const u = under(t);
        if (u.kind === TypeKind.Slice) {
          const s = this.expr(args[0]);
          this.exec(`mzero(${s[0]}, ${s[1]} * ${sizeof(u.elem)})`);
          return [];
        }
        this.exec(`mapclear(${this.pl.types.desc(t)}, ${this.expr(args[0])[0]})`);
        return [];
      }
      case "close":
        this.exec(`closechan(${this.expr(args[0])[0]})`);
        return [];
      case "delete": {
        const mt = this.typeOf(args[0]);
        const m = this.pin(this.expr(args[0])[0], "n", true);
        const k = this.keyTemp(mt, args[1]);
        this.exec(`mapdelete(${this.pl.types.desc(mt)}, ${m}, ${k})`);
        return [];
      }
      case "Sizeof":
      case "Alignof":
      case "Offsetof":
        throw new Unsupported(`unsafe.${name} at run time`);
      case "String": {
        const p = this.pin(this.expr(args[0])[0], "n", true);
        const l = this.pin(this.convert(this.expr(args[1]), this.typeOf(args[1]), Typ[BasicKind.Int])[0], "l");
        this.exec(`unsafestring(${p}, ${l})`);
        return [[p, l]];
      }
      case "StringData":
        return [[this.expr(args[0])[0]]];
      case "Slice": {
        const p = this.pin(this.expr(args[0])[0], "n", true);
        const l = this.pin(this.convert(this.expr(args[1]), this.typeOf(args[1]), Typ[BasicKind.Int])[0], "l");
        this.exec(`unsafeslice(${p}, ${l}, ${sizeof((under(this.typeOf(args[0])) as { base: Type }).base)})`);
        return [[p, l, l]];
      }
      case "SliceData":
        return [[this.expr(args[0])[0]]];
      case "Add": {
        const p = this.expr(args[0])[0];
        const n = this.convert(this.expr(args[1]), this.typeOf(args[1]), Typ[BasicKind.Int])[0];
        return [[`(${p} + ${n})`]];
      }
      case "recover":
        return [this.pinV([`gorecover(fp)`, "rv[0]"], emptyInterface())];
    }
    throw new Unsupported(`builtin ${name}`);
  }

  printValue(t: Type, v: V): void {
    const u = under(t);
    if (u.kind === TypeKind.Basic) {
      if (u.info & BasicInfo.IsString) return this.exec(`printstring(${v[0]}, ${v[1]})`);
      if (u.info & BasicInfo.IsBoolean) return this.exec(`printbool(${v[0]})`);
      if (u.info & BasicInfo.IsComplex) return this.exec(`printcomplex(${v[0]}, ${v[1]})`);
      if (u.info & BasicInfo.IsFloat) return this.exec(`printfloat(${v[0]})`);
      if (u.basicKind === BasicKind.UnsafePointer || u.basicKind === BasicKind.UntypedNil) return this.exec(`printpointer(${v[0]})`);
      if (u.info & BasicInfo.IsUnsigned) return this.exec(`printuint(${v[0]})`);
      if (u.info & BasicInfo.IsInteger) return this.exec(`printint(${v[0]})`);
    }
    switch (u.kind) {
      case TypeKind.Pointer:
      case TypeKind.Chan:
      case TypeKind.Map:
      case TypeKind.Signature:
        return this.exec(`printpointer(${v[0]})`);
      case TypeKind.Slice:
        return this.exec(`printslice(${v[0]}, ${v[1]}, ${v[2]})`);
      case TypeKind.Interface:
        return this.exec(`printeface(${v[0]}, ${v[1]})`);
    }
    throw new Unsupported(`printing ${u.kind}`);
  }
}

// -------------------------------------------------------------------------
// Helpers

/**
 * A compiler-made function with the given parameters and results whose
 * body is `body` (given the parameter values, returning the results').
 */
export function buildWrapper(pl: ProgramLowerer, info: Info, name: string, params: Type[], results: Type[], body: (w: FuncLowerer, args: V[]) => V[]): Func {
  const lay = argLayout(params, results);
  const fn = pl.newFunc(name, lay.size);
  fn.wrapper = true;
  const w = new FuncLowerer(pl, info, fn, null);
  pl.within(fn, () => {
    const args = params.map((t, i) => w.materialize(w.load(t, `(fp + ${lay.params[i]})`), t));
    const res = body(w, args);
    res.forEach((v, i) => w.store(results[i], `(fp + ${lay.results[i]})`, v));
    w.term({ op: "return" });
  });
  return fn;
}

function jsNum(f: number): string {
  if (Object.is(f, -0)) return "-0";
  if (f === Infinity) return "Infinity";
  if (f === -Infinity) return "-Infinity";
  return String(f);
}

function jsInt(b: bigint): string {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return String(b);
  return `${b}n`;
}

/** The default type of an untyped constant's type (as in var x any = 1). */
function defaultType(t: Type): Type {
  if (t.kind !== TypeKind.Basic) return t;
  switch (t.basicKind) {
    case BasicKind.UntypedBool:
      return Typ[BasicKind.Bool];
    case BasicKind.UntypedInt:
      return Typ[BasicKind.Int];
    case BasicKind.UntypedRune:
      return Typ[BasicKind.Int32];
    case BasicKind.UntypedFloat:
      return Typ[BasicKind.Float64];
    case BasicKind.UntypedComplex:
      return Typ[BasicKind.Complex128];
    case BasicKind.UntypedString:
      return Typ[BasicKind.String];
  }
  return t;
}

function isEmptyIface(t: Type): boolean {
  const u = under(t);
  return u.kind === TypeKind.Interface && interfaceMethods(t).length === 0;
}

function isUntypedNil(t: Type): boolean {
  return t.kind === TypeKind.Basic && t.basicKind === BasicKind.UntypedNil;
}

function emptyInterface(): Type {
  return anyInterface;
}

export function hasPointers(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Basic:
      return (u.info & BasicInfo.IsString) !== 0 || u.basicKind === BasicKind.UnsafePointer;
    case TypeKind.Array:
      return u.len > 0 && hasPointers(u.elem);
    case TypeKind.Struct:
      return u.fields.some((f) => hasPointers(f.type!));
    default:
      return true;
  }
}

/** Converts a numeric JS value between scalar classes. */
function convNum(x: string, from: Num, to: Num): string {
  if (from === to) return x;
  const fFloat = from === Num.F32 || from === Num.F64;
  const tFloat = to === Num.F32 || to === Num.F64;
  if (fFloat && tFloat) return to === Num.F32 ? `Math.fround(${x})` : x;
  if (tFloat) {
    const f = from === Num.I64 || from === Num.U64 ? `u64tof(${x})` : x;
    return to === Num.F32 ? `Math.fround(${f})` : f;
  }
  if (fFloat) {
    if (to === Num.I64) return `f2s64(${x})`;
    if (to === Num.U64) return `f2u64(${x})`;
    if (to === Num.Ptr) return `f2s64(${x})`;
    return wrap(to, `f2s32(${x})`);
  }
  if (to === Num.Ptr || from === Num.Ptr) return to === Num.Ptr ? `Number(${x})` : x;
  if (!isInt(from) || !isInt(to)) return x;
  if (to === Num.I64) return from === Num.U64 ? `toS64(${x})` : x;
  if (to === Num.U64) return from === Num.U32 || from === Num.U16 || from === Num.U8 ? x : `toU64(${x})`;
  // To 32 bits or fewer.
  const src = from === Num.I64 || from === Num.U64 ? `low32(${x})` : x;
  if (bitsOf(to) >= bitsOf(from) && isSigned(to) === isSigned(from)) return src;
  if (bitsOf(to) > bitsOf(from) && !isSigned(from)) return src;
  return wrap(to, src);
}

/** Does evaluating e involve a call (or a receive), so that it may change memory? */
export function hasCall(e: ast.Expr): boolean {
  let found = false;
  walk(e, (n) => {
    if (n.kind === "CallExpr" || (n.kind === "Operation" && n.op === Operator.Recv && n.y === null)) found = true;
    return found;
  });
  return found;
}

/** Nodes in e (to bound what is inlined). */
export function nodeCount(e: ast.Node): number {
  let n = 0;
  walk(e, () => {
    n++;
  });
  return n;
}

/** Expressions whose runtime errors gc reports at their own position (see atExpr). */
function hasOwnLine(e: ast.Expr): e is ast.Operation | ast.IndexExpr | ast.SliceExpr | ast.SelectorExpr | ast.AssertExpr {
  return e.kind === "Operation" || e.kind === "IndexExpr" || e.kind === "SliceExpr" || e.kind === "SelectorExpr" || e.kind === "AssertExpr";
}

/** Does the function body (not counting nested function literals) contain a defer statement? */
function hasDefer(body: ast.Node): boolean {
  let found = false;
  walk(body, (n) => {
    if (n.kind === "FuncLit") return true;
    if (n.kind === "CallStmt" && n.tok === "defer") found = true;
    return found;
  });
  return found;
}

function collectDefs(n: ast.Node, info: Info, out: Set<Obj>): void {
  walk(n, (c) => {
    if (c.kind === "Name") {
      const d = info.defs.get(c);
      if (d) out.add(d);
    }
  });
  // Parameters and results of a function literal.
  if (n.kind === "FuncLit") {
    for (const f of [...n.type.paramList, ...n.type.resultList]) {
      if (f.name) {
        const d = info.defs.get(f.name);
        if (d) out.add(d);
      }
    }
  }
}

export { forEachChild, walk };
