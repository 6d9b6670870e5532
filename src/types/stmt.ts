// Statements (types2's stmt.go): function bodies and the "declared and not
// used" check, scopes, every statement kind (assignments, go/defer,
// return, if/for/switch/type switch/select, range loops including integer
// and function ranges). Branch statements and labels are checked by the
// parser, as gc configures types2 (IgnoreBranchErrors).

import * as ast from "../syntax/ast.js";
import type { Pos } from "../syntax/source.js";
import { nodeString } from "../syntax/printer.js";
import * as constant from "./constant.js";
import { Checker, DeclInfo } from "./check.js";
import {
  type Type,
  TypeKind,
  Typ,
  BasicKind,
  Signature,
  Interface,
  invalidType,
  isValid,
  under,
  unalias,
} from "./types.js";
import { type Scope, Scope as ScopeClass, Var, ObjKind } from "./objects.js";
import { runeTypeRef, allNumeric, allBoolean, isInteger, isString, isBoolean, isTypeParam, isInterface, comparable, hasNil, identical } from "./predicates.js";
import { typeSetOf } from "./typeset.js";
import { Operand, Mode, operandString } from "./operand.js";
import { ExprKind } from "./universe.js";
import { endPos } from "./resolver.js";
import type { ErrorPart } from "./decl.js";

/** Statement context flags (types2's stmtContext). */
export const enum StmtContext {
  BreakOk = 1 << 0,
  ContinueOk = 1 << 1,
  FallthroughOk = 1 << 2,
  FinalSwitchCase = 1 << 3,
  InTypeSwitch = 1 << 4,
}

declare module "./check.js" {
  interface Checker {
    funcBody(decl: DeclInfo | null, name: string, sig: Signature, body: ast.BlockStmt, iota: constant.Value | null): void;
    usage(scope: Scope): void;
    simpleStmt(s: ast.SimpleStmt | null): void;
    stmtList(ctxt: number, list: ast.Stmt[]): void;
    multipleSwitchDefaults(list: ast.CaseClause[]): void;
    multipleSelectDefaults(list: ast.CommClause[]): void;
    openScope(node: ast.Node, comment: string): void;
    openScopeUntil(node: ast.Node, end: Pos, comment: string): void;
    closeScope(): void;
    suspendedCall(keyword: string, call: ast.Expr): void;
    caseValues(x: Operand, values: ast.Expr[], seen: Map<unknown, { pos: Pos; typ: Type }[]>): void;
    isNil(e: ast.Expr): boolean;
    caseTypes(x: Operand | null, types: ast.Expr[], seen: Map<Type | null, ast.Expr>): Type | null;
    stmt(ctxt: number, s: ast.Stmt): void;
    switchStmt(inner: number, s: ast.SwitchStmt): void;
    typeSwitchStmt(inner: number, s: ast.SwitchStmt, guard: ast.TypeSwitchGuard): void;
    rangeStmt(inner: number, s: ast.ForStmt, rclause: ast.RangeClause): void;
  }
}

Checker.prototype.funcBody = function (this: Checker, decl: DeclInfo | null, _name: string, sig: Signature, body: ast.BlockStmt, iota: constant.Value | null): void {
  const saved = this.env;
  this.env = {
    decl,
    scope: sig.scope,
    pos: 0,
    iota,
    errpos: 0,
    inTParamList: false,
    sig,
    isPanic: null,
    hasLabel: false,
    hasCallOrRecv: false,
  };
  try {
    this.stmtList(0, body.list);
    if (sig.results.length > 0 && !this.isTerminating(body, "")) this.error(body.rbrace, "missing return");
    this.usage(sig.scope!);
  } finally {
    this.env = saved;
  }
};

Checker.prototype.usage = function (this: Checker, scope: Scope): void {
  const unused: Var[] = [];
  for (const elem of scope.elems.values()) {
    if (elem.kind === ObjKind.Var && !elem.used) unused.push(elem);
  }
  unused.sort((a, b) => a.pos - b.pos);
  for (const v of unused) this.softError(v.pos, `declared and not used: ${v.name}`);
  for (const child of scope.children) {
    if (!child.isFunc) this.usage(child);
  }
};

Checker.prototype.simpleStmt = function (this: Checker, s: ast.SimpleStmt | null): void {
  if (s !== null) this.stmt(0, s);
};

function trimTrailingEmptyStmts(list: ast.Stmt[]): ast.Stmt[] {
  let i = list.length;
  while (i > 0 && list[i - 1].kind === "EmptyStmt") i--;
  return i === list.length ? list : list.slice(0, i);
}

Checker.prototype.stmtList = function (this: Checker, ctxt: number, list: ast.Stmt[]): void {
  const ok = (ctxt & StmtContext.FallthroughOk) !== 0;
  const inner = ctxt & ~StmtContext.FallthroughOk;
  list = trimTrailingEmptyStmts(list);
  for (let i = 0; i < list.length; i++) {
    let c = inner;
    if (ok && i + 1 === list.length) c |= StmtContext.FallthroughOk;
    this.stmt(c, list[i]);
  }
};

Checker.prototype.multipleSwitchDefaults = function (this: Checker, list: ast.CaseClause[]): void {
  let first: ast.CaseClause | null = null;
  for (const c of list) {
    if (c.cases !== null) continue;
    if (first !== null) this.error(c, `multiple defaults (first at ${this.errors.fset.posString(first.pos)})`);
    else first = c;
  }
};

Checker.prototype.multipleSelectDefaults = function (this: Checker, list: ast.CommClause[]): void {
  let first: ast.CommClause | null = null;
  for (const c of list) {
    if (c.comm !== null) continue;
    if (first !== null) this.error(c, `multiple defaults (first at ${this.errors.fset.posString(first.pos)})`);
    else first = c;
  }
};

Checker.prototype.openScope = function (this: Checker, node: ast.Node, comment: string): void {
  this.openScopeUntil(node, endPos(node), comment);
};

Checker.prototype.openScopeUntil = function (this: Checker, node: ast.Node, end: Pos, comment: string): void {
  const scope = new ScopeClass(this.env.scope, node.pos, end, comment);
  this.recordScope(node, scope);
  this.env.scope = scope;
};

Checker.prototype.closeScope = function (this: Checker): void {
  this.env.scope = this.env.scope!.parent;
};

Checker.prototype.suspendedCall = function (this: Checker, keyword: string, call: ast.Expr): void {
  if (call.kind !== "CallExpr") {
    this.error(call, `expression in ${keyword} must be function call`);
    this.use(call);
    return;
  }
  const x = new Operand();
  let msg: string;
  switch (this.rawExpr(x, call, null, false)) {
    case ExprKind.Conversion:
      msg = "requires function call, not conversion";
      break;
    case ExprKind.Expression:
      msg = "discards result of";
      break;
    default:
      return;
  }
  this.error(x, `${keyword} ${msg} ${operandString(x, this.qualifier)}`);
};

/** The key under which a constant case value is remembered for duplicate detection (types2's goVal). */
function goVal(val: constant.Value | null): unknown {
  if (val === null) return null;
  switch (constant.kind(val)) {
    case constant.Kind.Int: {
      const [i, ok] = constant.int64Val(val);
      if (ok) return "i" + i.toString();
      const [u, ok2] = constant.uint64Val(val);
      if (ok2) return "i" + u.toString();
      break;
    }
    case constant.Kind.Float: {
      const [f, ok] = constant.float64Val(val);
      if (ok) return "f" + String(f);
      break;
    }
    case constant.Kind.String:
      return "s" + constant.stringVal(val);
  }
  return null;
}

Checker.prototype.caseValues = function (this: Checker, x: Operand, values: ast.Expr[], seen: Map<unknown, { pos: Pos; typ: Type }[]>): void {
  L: for (const e of values) {
    const v = new Operand();
    this.expr(v, e);
    if (x.mode === Mode.Invalid || v.mode === Mode.Invalid) continue;
    this.convertUntyped(v, x.type);
    if ((v.mode as Mode) === Mode.Invalid) continue;
    const res = new Operand();
    res.assign(v);
    this.comparison(res, x, ast.Operator.Eql, true);
    if (res.mode === Mode.Invalid) continue;
    if (v.mode !== Mode.Constant) continue;
    const val = goVal(v.val);
    if (val === null) continue;
    let list = seen.get(val);
    if (list !== undefined) {
      for (const vt of list) {
        if (identical(v.type, vt.typ)) {
          this.errorParts([
            [v.expr!, `duplicate case ${operandString(v, this.qualifier)} in expression switch`],
            [vt.pos, "previous case"],
          ]);
          continue L;
        }
      }
    } else {
      seen.set(val, (list = []));
    }
    list.push({ pos: v.expr!.pos, typ: v.type });
  }
};

Checker.prototype.isNil = function (this: Checker, e: ast.Expr): boolean {
  const u = ast.unparen(e);
  if (u.kind === "Name") {
    const obj = this.lookup(u.value);
    return obj !== null && obj.kind === ObjKind.Nil;
  }
  return false;
};

Checker.prototype.caseTypes = function (this: Checker, x: Operand | null, types: ast.Expr[], seen: Map<Type | null, ast.Expr>): Type | null {
  let T: Type | null = null;
  const dummy = new Operand();
  L: for (const e of types) {
    if (this.isNil(e)) {
      T = null;
      this.expr(dummy, e);
    } else {
      T = this.varType(e);
      if (!isValid(T)) continue;
    }
    for (const [t, other] of seen) {
      if ((T === null && t === null) || (T !== null && t !== null && identical(T, t))) {
        const Ts = T === null ? "nil" : this.typeStr(T);
        this.errorParts([
          [e, `duplicate case ${Ts} in type switch`],
          [other, "previous case"],
        ]);
        continue L;
      }
    }
    seen.set(T, e);
    if (x !== null && T !== null) this.typeAssertion(e, x, T, true);
  }
  return T;
};

/** types2's coreType: the single underlying type of t's type set, or null. */
function coreType(t: Type): Type | null {
  const t0 = unalias(t);
  if (t0.kind !== TypeKind.TypeParam) return under(t0);
  const bound = under(t0.bound);
  if (bound.kind !== TypeKind.Interface) return null;
  const terms = typeSetOf(bound as Interface).terms;
  if (terms === null || terms.length === 0) return null;
  let su: Type | null = null;
  for (const term of terms) {
    const u = under(term.type);
    if (su !== null && !identical(su, u)) return null;
    su = u;
  }
  return su;
}

Checker.prototype.stmt = function (this: Checker, ctxt: number, s: ast.Stmt): void {
  const top = this.delayed.length;
  const savedScope = this.env.scope;
  try {
    stmt1(this, ctxt, s);
  } finally {
    this.env.scope = savedScope;
  }
  this.processDelayed(top);
};

function stmt1(check: Checker, ctxt: number, s: ast.Stmt): void {
  let inner = ctxt & ~(StmtContext.FallthroughOk | StmtContext.FinalSwitchCase | StmtContext.InTypeSwitch);
  switch (s.kind) {
    case "EmptyStmt":
      return;
    case "DeclStmt":
      check.declStmt(s.declList);
      return;
    case "LabeledStmt":
      check.env.hasLabel = true;
      check.stmt(ctxt, s.stmt);
      return;
    case "ExprStmt": {
      const x = new Operand();
      const kind = check.rawExpr(x, s.x, null, false);
      let msg: string;
      switch (x.mode) {
        default:
          if (kind === ExprKind.Statement) return;
          msg = "is not used";
          break;
        case Mode.Builtin:
          msg = "must be called";
          break;
        case Mode.TypExpr:
          msg = "is not an expression";
          break;
      }
      check.error(x, `${operandString(x, check.qualifier)} ${msg}`);
      return;
    }
    case "SendStmt": {
      const ch = new Operand();
      const val = new Operand();
      check.expr(ch, s.chan);
      check.expr(val, s.value);
      if (ch.mode === Mode.Invalid || val.mode === Mode.Invalid) return;
      const u = coreType(ch.type);
      if (u === null) {
        check.error(s, `invalid operation: cannot send to ${operandString(ch, check.qualifier)}: no core type`);
        return;
      }
      if (u.kind !== TypeKind.Chan) {
        check.error(s, `invalid operation: cannot send to non-channel ${operandString(ch, check.qualifier)}`);
        return;
      }
      if (u.dir === 2) {
        check.error(s, `invalid operation: cannot send to receive-only channel ${operandString(ch, check.qualifier)}`);
        return;
      }
      check.assignment(val, u.elem, "send");
      return;
    }
    case "AssignStmt": {
      if (s.rhs === null) {
        const x = new Operand();
        check.expr(x, s.lhs);
        if (x.mode === Mode.Invalid) return;
        if (!allNumeric(x.type)) {
          const op = ast.operatorString[s.op];
          check.error(s.lhs, `invalid operation: ${nodeString(s.lhs)}${op}${op} (non-numeric type ${check.typeStr(x.type)})`);
          return;
        }
        check.assignVar(s.lhs, null, x, "assignment");
        return;
      }
      const lhs = ast.unpackList(s.lhs);
      const rhs = ast.unpackList(s.rhs);
      if (s.op === ast.Operator.None) {
        check.assignVars(lhs, rhs);
        return;
      }
      if (s.op === ast.Operator.Def) {
        check.shortVarDecl(s.pos, lhs, rhs);
        return;
      }
      if (lhs.length !== 1 || rhs.length !== 1) {
        check.error(s, `assignment operation ${ast.operatorString[s.op]} requires single-valued expressions`);
        return;
      }
      const x = new Operand();
      check.binary(x, null, lhs[0], rhs[0], s.op);
      check.assignVar(lhs[0], null, x, "assignment");
      return;
    }
    case "CallStmt":
      check.suspendedCall(s.tok, s.call);
      return;
    case "ReturnStmt": {
      const res = check.env.sig!.results;
      const results = ast.unpackList(s.results);
      if (results.length === 0 && res.length > 0 && res.vars[0].name !== "") {
        for (const obj of res.vars) {
          const alt = check.lookup(obj.name);
          if (alt !== null && alt !== obj) {
            check.errorParts([
              [s, `result parameter ${obj.name} not in scope at return`],
              [alt.pos, `inner declaration of ${check.objStr(alt)}`],
            ] as ErrorPart[]);
          }
        }
      } else {
        check.initVars(res.length > 0 ? res.vars : [], results, s);
      }
      return;
    }
    case "BranchStmt":
      if (s.label !== null) check.env.hasLabel = true;
      return;
    case "BlockStmt":
      check.openScope(s, "block");
      check.stmtList(inner, s.list);
      check.closeScope();
      return;
    case "IfStmt": {
      check.openScope(s, "if");
      check.simpleStmt(s.init);
      const x = new Operand();
      if (s.cond !== null) {
        check.expr(x, s.cond);
        if (x.mode !== Mode.Invalid && !allBoolean(x.type)) check.error(s.cond, "non-boolean condition in if statement");
      }
      check.stmt(inner, s.then);
      if (s.else !== null) check.stmt(inner, s.else);
      check.closeScope();
      return;
    }
    case "SwitchStmt":
      inner |= StmtContext.BreakOk;
      check.openScope(s, "switch");
      check.simpleStmt(s.init);
      if (s.tag !== null && s.tag.kind === "TypeSwitchGuard") check.typeSwitchStmt(inner | StmtContext.InTypeSwitch, s, s.tag);
      else check.switchStmt(inner, s);
      check.closeScope();
      return;
    case "SelectStmt": {
      inner |= StmtContext.BreakOk;
      check.multipleSelectDefaults(s.body);
      for (let i = 0; i < s.body.length; i++) {
        const clause = s.body[i];
        let valid = false;
        let rhs: ast.Expr | null = null;
        const comm = clause.comm;
        if (comm === null || comm.kind === "SendStmt") valid = true;
        else if (comm.kind === "AssignStmt") {
          if (comm.rhs !== null && comm.rhs.kind !== "ListExpr") rhs = comm.rhs;
        } else if (comm.kind === "ExprStmt") rhs = comm.x;
        if (rhs !== null) {
          const x = ast.unparen(rhs);
          if (x.kind === "Operation" && x.y === null && x.op === ast.Operator.Recv) valid = true;
        }
        if (!valid) {
          check.error(comm!, "select case must be send or receive (possibly with assignment)");
          continue;
        }
        const end = i + 1 < s.body.length ? s.body[i + 1].pos : s.rbrace;
        check.openScopeUntil(clause, end, "case");
        if (comm !== null) check.stmt(inner, comm);
        check.stmtList(inner, clause.body);
        check.closeScope();
      }
      return;
    }
    case "ForStmt": {
      inner |= StmtContext.BreakOk | StmtContext.ContinueOk;
      if (s.init !== null && s.init.kind === "RangeClause") {
        check.rangeStmt(inner, s, s.init);
        return;
      }
      check.openScope(s, "for");
      check.simpleStmt(s.init);
      if (s.cond !== null) {
        const x = new Operand();
        check.expr(x, s.cond);
        if (x.mode !== Mode.Invalid && !allBoolean(x.type)) check.error(s.cond, "non-boolean condition in for statement");
      }
      check.simpleStmt(s.post);
      if (s.post !== null && s.post.kind === "AssignStmt" && s.post.op === ast.Operator.Def) check.use(s.post.lhs);
      check.stmt(inner, s.body);
      check.closeScope();
      return;
    }
    case "RangeClause":
      check.error(s, "invalid syntax tree: invalid statement");
      return;
  }
}

Checker.prototype.switchStmt = function (this: Checker, inner: number, s: ast.SwitchStmt): void {
  const x = new Operand();
  if (s.tag !== null) {
    this.expr(x, s.tag);
    this.assignment(x, null, "switch expression");
    if (x.mode !== Mode.Invalid && !comparable(x.type, true) && !hasNil(x.type)) {
      this.error(x, `cannot switch on ${operandString(x, this.qualifier)} (${this.typeStr(x.type)} is not comparable)`);
      x.mode = Mode.Invalid;
    }
  } else {
    x.mode = Mode.Constant;
    x.type = Typ[BasicKind.Bool];
    x.val = constant.makeBool(true);
    const pos = s.body.length > 0 ? s.body[0].pos : s.rbrace;
    x.expr = { kind: "Name", pos, value: "true" };
  }
  this.multipleSwitchDefaults(s.body);
  const seen = new Map<unknown, { pos: Pos; typ: Type }[]>();
  for (let i = 0; i < s.body.length; i++) {
    const clause = s.body[i];
    let end = s.rbrace;
    let c = inner;
    if (i + 1 < s.body.length) {
      end = s.body[i + 1].pos;
      c |= StmtContext.FallthroughOk;
    } else {
      c |= StmtContext.FinalSwitchCase;
    }
    this.caseValues(x, ast.unpackList(clause.cases), seen);
    this.openScopeUntil(clause, end, "case");
    this.stmtList(c, clause.body);
    this.closeScope();
  }
};

Checker.prototype.typeSwitchStmt = function (this: Checker, inner: number, s: ast.SwitchStmt, guard: ast.TypeSwitchGuard): void {
  let lhs = guard.lhs;
  if (lhs !== null) {
    if (lhs.value === "_") {
      this.softError(lhs, "no new variable on left side of :=");
      lhs = null;
    } else {
      this.recordDef(lhs, null);
    }
  }
  let sx: Operand | null = null;
  {
    const x = new Operand();
    this.expr(x, guard.x);
    if (x.mode !== Mode.Invalid) {
      if (isTypeParam(x.type)) this.error(x, `cannot use type switch on type parameter value ${operandString(x, this.qualifier)}`);
      else if (isInterface(x.type)) sx = x;
      else this.error(x, `${operandString(x, this.qualifier)} is not an interface`);
    }
  }
  this.multipleSwitchDefaults(s.body);
  const lhsVars: Var[] = [];
  const seen = new Map<Type | null, ast.Expr>();
  for (let i = 0; i < s.body.length; i++) {
    const clause = s.body[i];
    const end = i + 1 < s.body.length ? s.body[i + 1].pos : s.rbrace;
    const cases = ast.unpackList(clause.cases);
    let T = this.caseTypes(sx, cases, seen);
    this.openScopeUntil(clause, end, "case");
    if (lhs !== null) {
      if (cases.length !== 1 || T === null) {
        T = invalidType;
        if (sx !== null) T = sx.type;
      }
      const obj = new Var(lhs.pos, this.pkg, lhs.value, T);
      const scopePos = cases.length > 0 ? endPos(cases[cases.length - 1]) : clause.pos;
      this.declare(this.env.scope!, null, obj, scopePos);
      this.recordImplicit(clause, obj);
      lhsVars.push(obj);
    }
    this.stmtList(inner, clause.body);
    this.closeScope();
  }
  if (lhs !== null) {
    let used = false;
    for (const v of lhsVars) {
      if (v.used) used = true;
      v.used = true;
    }
    if (!used) this.softError(lhs, `${lhs.value} declared and not used`);
  }
};

interface RangeTypes {
  key: Type | null;
  val: Type | null;
  cause: string;
  ok: boolean;
}

function arrayPtrDeref(t: Type | null): Type | null {
  if (t !== null && t.kind === TypeKind.Pointer) {
    const a = under(t.base);
    if (a.kind === TypeKind.Array) return a;
  }
  return t;
}

function rangeKeyVal(check: Checker, typ: Type): RangeTypes {
  const bad = (cause: string): RangeTypes => ({ key: invalidType, val: invalidType, cause, ok: false });
  const toSig = (t: Type): Signature | null => {
    const c = coreType(t);
    return c !== null && c.kind === TypeKind.Signature ? c : null;
  };
  const orig = typ;
  const t = arrayPtrDeref(coreType(typ));
  if (t === null) return bad("no core type");
  switch (t.kind) {
    case TypeKind.Basic:
      if (isString(t)) return { key: Typ[BasicKind.Int], val: universeRune(), cause: "", ok: true };
      if (isInteger(t)) {
        if (!check.allowVersion(22)) return bad("requires go1.22 or later");
        return { key: orig, val: null, cause: "", ok: true };
      }
      break;
    case TypeKind.Array:
    case TypeKind.Slice:
      return { key: Typ[BasicKind.Int], val: t.elem, cause: "", ok: true };
    case TypeKind.Map:
      return { key: t.key, val: t.elem, cause: "", ok: true };
    case TypeKind.Chan:
      if (t.dir === 1) return bad("receive from send-only channel");
      return { key: t.elem, val: null, cause: "", ok: true };
    case TypeKind.Signature: {
      if (!check.allowVersion(23)) return bad("requires go1.23 or later");
      if (t.params.length !== 1) return bad("func must be func(yield func(...) bool): wrong argument count");
      const cb = toSig(t.params.vars[0].type!);
      if (cb === null) return bad("func must be func(yield func(...) bool): argument is not func");
      if (t.results.length !== 0) return bad("func must be func(yield func(...) bool): unexpected results");
      if (cb.params.length > 2) return bad("func must be func(yield func(...) bool): yield func has too many parameters");
      if (cb.results.length !== 1 || !isBoolean(cb.results.vars[0].type!)) return bad("func must be func(yield func(...) bool): yield func does not return bool");
      return {
        key: cb.params.length >= 1 ? cb.params.vars[0].type : null,
        val: cb.params.length >= 2 ? cb.params.vars[1].type : null,
        cause: "",
        ok: true,
      };
    }
  }
  return { key: null, val: null, cause: "", ok: false };
}

function universeRune(): Type {
  return runeTypeRef.t;
}


Checker.prototype.rangeStmt = function (this: Checker, inner: number, s: ast.ForStmt, rclause: ast.RangeClause): void {
  let sKey: ast.Expr | null = rclause.lhs;
  let sValue: ast.Expr | null = null;
  let sExtra: ast.Expr | null = null;
  if (sKey !== null && sKey.kind === "ListExpr") {
    const p = sKey;
    if (p.elemList.length < 2) {
      this.error(s, "invalid syntax tree: invalid lhs in range clause");
      return;
    }
    sKey = p.elemList[0];
    sValue = p.elemList[1];
    if (p.elemList.length > 2) sExtra = p.elemList[2];
  }
  const isDef = rclause.def;
  const x = new Operand();
  this.expr(x, rclause.x);

  let key: Type | null = null;
  let val: Type | null = null;
  if (x.mode !== Mode.Invalid) {
    const r = rangeKeyVal(this, x.type);
    if (!r.ok && r.cause !== "") this.softError(x, `cannot range over ${operandString(x, this.qualifier)}: ${r.cause}`);
    else if (!r.ok) this.softError(x, `cannot range over ${operandString(x, this.qualifier)}`);
    else if (r.key === null && sKey !== null) this.softError(sKey, `range over ${operandString(x, this.qualifier)} permits no iteration variables`);
    else if (r.val === null && sValue !== null) this.softError(sValue, `range over ${operandString(x, this.qualifier)} permits only one iteration variable`);
    else if (sExtra !== null) this.softError(sExtra, "range clause permits at most two iteration variables");
    key = r.key;
    val = r.val;
  }

  this.openScope(s, "range");
  const lhs: (ast.Expr | null)[] = [sKey, sValue];
  const rhs: (Type | null)[] = [key, val];
  const rangeOverInt = isInteger(x.type);

  if (isDef) {
    const vars: Var[] = [];
    for (let i = 0; i < 2; i++) {
      const l = lhs[i];
      if (l === null) continue;
      let obj: Var;
      if (l.kind === "Name") {
        obj = new Var(l.pos, this.pkg, l.value, null);
        this.recordDef(l, obj);
        if (l.value !== "_") vars.push(obj);
      } else {
        this.error(l, `invalid syntax tree: cannot declare ${nodeString(l)}`);
        obj = new Var(l.pos, this.pkg, "_", null);
      }
      const typ = rhs[i];
      if (typ === null || typ === invalidType) {
        obj.type = invalidType;
        obj.used = true;
        continue;
      }
      if (rangeOverInt) {
        this.initVar(obj, x, "range clause");
      } else {
        const y = new Operand();
        y.mode = Mode.Value;
        y.expr = l;
        y.type = typ;
        this.initVar(obj, y, "assignment");
      }
    }
    if (vars.length > 0) {
      const scopePos = s.body.pos;
      for (const obj of vars) this.declare(this.env.scope!, null, obj, scopePos);
    } else {
      this.error(s, "no new variables on left side of :=");
    }
  } else if (sKey !== null) {
    for (let i = 0; i < 2; i++) {
      const l = lhs[i];
      if (l === null) continue;
      const typ = rhs[i];
      if (typ === null || typ === invalidType) continue;
      if (rangeOverInt) {
        this.assignVar(l, null, x, "range clause");
        if (x.mode !== Mode.Invalid && !isInteger(x.type)) {
          this.softError(l, `cannot use iteration variable of type ${this.typeStr(x.type)}`);
        }
      } else {
        const y = new Operand();
        y.mode = Mode.Value;
        y.expr = l;
        y.type = typ;
        this.assignVar(l, null, y, "assignment");
      }
    }
  } else if (rangeOverInt) {
    this.assignment(x, null, "range clause");
  }
  this.stmt(inner, s.body);
  this.closeScope();
};

