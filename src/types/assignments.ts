// Assignments and initializations (types2's assignments.go): assignability
// of a value in a context ("cannot use x as T value in assignment"),
// constant and variable initialization, the left-hand sides of
// assignments (which do not count as uses of variables), n:n and n:1
// assignments with their count mismatch messages, short variable
// declarations, and the return statement's result count errors.

import * as ast from "../syntax/ast.js";
import type { Pos } from "../syntax/source.js";
import { Checker } from "./check.js";
import { type Type, TypeKind, Tuple, Typ, BasicKind, invalidType, isValid, under, unalias } from "./types.js";
import { type Const, Var, ObjKind } from "./objects.js";
import { isUntyped, isNonTypeParamInterface, defaultType } from "./predicates.js";
import { Operand, Mode, Code, assignableTo } from "./operand.js";
import { exprString } from "./exprstring.js";
import { newTarget, implicitResult } from "./expr.js";
import { endPos } from "./resolver.js";

declare module "./check.js" {
  interface Checker {
    /** context may be given as a function, to build its text only for an error. */
    assignment(x: Operand, T: Type | null, context: string | (() => string)): void;
    initConst(lhs: Const, x: Operand): void;
    initVar(lhs: Var, x: Operand, context: string): void;
    lhsVar(lhs: ast.Expr): Type | null;
    assignVar(lhs: ast.Expr, rhs: ast.Expr | null, x: Operand | null, context: string): void;
    assignError(rhs: ast.Expr[], l: number, r: number): void;
    returnError(at: ast.Node, lhs: Var[], rhs: Operand[]): void;
    initVars(lhs: Var[], origRhs: ast.Expr[], returnStmt: ast.Stmt | null): void;
    assignVars(lhs: ast.Expr[], origRhs: ast.Expr[]): void;
    shortVarDecl(pos: Pos, lhs: ast.Expr[], rhs: ast.Expr[]): void;
    recordCommaOkTypes(x: ast.Expr, a: Operand[]): void;
  }
}

function contextString(c: string | (() => string)): string {
  return typeof c === "string" ? c : c();
}

Checker.prototype.assignment = function (this: Checker, x: Operand, T: Type | null, context: string | (() => string)): void {
  this.singleValue(x);

  switch (x.mode) {
    case Mode.Invalid:
      return;
    case Mode.NilValue:
    case Mode.Constant:
    case Mode.Variable:
    case Mode.MapIndex:
    case Mode.Value:
    case Mode.CommaOk:
    case Mode.CommaErr:
      break;
    default:
      this.error(x, `cannot assign ${this.opnd(x)} to ${T === null ? "<nil>" : this.typeStr(T)} in ${contextString(context)}`);
      x.mode = Mode.Invalid;
      return;
  }

  if (isUntyped(x.type)) {
    let target: Type | null = T;
    if (x.isNil()) {
      if (T === null) {
        this.error(x, `use of untyped nil in ${contextString(context)}`);
        x.mode = Mode.Invalid;
        return;
      }
    } else if (T === null || isNonTypeParamInterface(T)) {
      target = defaultType(x.type);
    }
    const newType = this.implicitTypeAndValue(x, target!);
    const val = implicitResult.val;
    const code = implicitResult.code;
    if (code !== Code.Ok) {
      let msg = `cannot use ${this.opnd(x)} as ${this.typeStr(target)} value in ${contextString(context)}`;
      if (code === Code.TruncatedFloat) msg += " (truncated)";
      else if (code === Code.NumericOverflow) msg += " (overflows)";
      this.error(x, msg);
      x.mode = Mode.Invalid;
      return;
    }
    if (val !== null) {
      x.val = val;
      if (x.expr !== null) this.updateExprVal(x.expr, val);
    }
    if (newType !== x.type) {
      x.type = newType!;
      if (x.expr !== null) this.updateExprType(x.expr, newType!, false);
    }
  }

  const sig = under(x.type);
  if (sig.kind === TypeKind.Signature && sig.tparams.length > 0) {
    this.error(x, `cannot use generic function ${this.opnd(x)} without instantiation in ${contextString(context)}`);
    x.mode = Mode.Invalid;
    return;
  }

  if (T === null) return;

  if (assignableTo(this, x, T, null) !== Code.Ok) {
    const cause = { msg: "" };
    assignableTo(this, x, T, cause);
    const ctx = contextString(context);
    if (cause.msg !== "") this.error(x, `cannot use ${this.opnd(x)} as ${this.typeStr(T)} value in ${ctx}: ${cause.msg}`);
    else this.error(x, `cannot use ${this.opnd(x)} as ${this.typeStr(T)} value in ${ctx}`);
    x.mode = Mode.Invalid;
  }
};

Checker.prototype.initConst = function (this: Checker, lhs: Const, x: Operand): void {
  if (x.mode === Mode.Invalid || !isValid(x.type) || (lhs.type !== null && !isValid(lhs.type))) {
    if (lhs.type === null) lhs.type = invalidType;
    return;
  }
  if (x.mode !== Mode.Constant) {
    this.error(x, `${this.opnd(x)} is not constant`);
    if (lhs.type === null) lhs.type = invalidType;
    return;
  }
  if (lhs.type === null) lhs.type = x.type;
  this.assignment(x, lhs.type, "constant declaration");
  if ((x.mode as Mode) === Mode.Invalid) return;
  lhs.val = x.val!;
};

Checker.prototype.initVar = function (this: Checker, lhs: Var, x: Operand, context: string): void {
  if (x.mode === Mode.Invalid || !isValid(x.type) || (lhs.type !== null && !isValid(lhs.type))) {
    if (lhs.type === null) lhs.type = invalidType;
    x.mode = Mode.Invalid;
    return;
  }
  if (lhs.type === null) {
    let typ = x.type;
    if (isUntyped(typ)) {
      if (unalias(typ) === Typ[BasicKind.UntypedNil]) {
        this.error(x, `use of untyped nil in ${context}`);
        lhs.type = invalidType;
        x.mode = Mode.Invalid;
        return;
      }
      typ = defaultType(typ);
    }
    lhs.type = typ;
  }
  this.assignment(x, lhs.type, context);
};

Checker.prototype.lhsVar = function (this: Checker, lhs: ast.Expr): Type | null {
  const u = ast.unparen(lhs);
  const ident = u.kind === "Name" ? u : null;

  if (ident !== null && ident.value === "_") {
    this.recordDef(ident, null);
    return null;
  }

  let v: Var | null = null;
  let vUsed = false;
  if (ident !== null) {
    const obj = this.lookup(ident.value);
    if (obj !== null && obj.kind === ObjKind.Var && obj.pkg === this.pkg) {
      v = obj;
      vUsed = v.used;
    }
  }

  const x = new Operand();
  this.expr(x, lhs);

  if (v !== null) v.used = vUsed;

  if (x.mode === Mode.Invalid || !isValid(x.type)) return invalidType;

  switch (x.mode) {
    case Mode.Variable:
    case Mode.MapIndex:
      break;
    default: {
      const xe = x.expr!;
      if (xe.kind === "SelectorExpr") {
        const op = new Operand();
        this.expr(op, xe.x);
        if (op.mode === Mode.MapIndex) {
          this.error(x, `cannot assign to struct field ${exprString(xe)} in map`);
          return invalidType;
        }
      }
      this.error(x, `cannot assign to ${exprString(xe)} (neither addressable nor a map index expression)`);
      return invalidType;
    }
  }
  return x.type;
};

Checker.prototype.assignVar = function (this: Checker, lhs: ast.Expr, rhs: ast.Expr | null, x: Operand | null, context: string): void {
  const T = this.lhsVar(lhs);
  if (T !== null && !isValid(T)) {
    if (x !== null) x.mode = Mode.Invalid;
    else this.use(rhs);
    return;
  }
  if (x === null) {
    let target = null;
    if (T !== null && under(T).kind === TypeKind.Signature) target = newTarget(T, exprString(lhs));
    x = new Operand();
    this.expr(x, rhs!, target);
  }
  if (T === null && context === "assignment") context = "assignment to _ identifier";
  this.assignment(x, T, context);
};

function measure(x: number, unit: string): string {
  return `${x} ${x !== 1 ? unit + "s" : unit}`;
}

Checker.prototype.assignError = function (this: Checker, rhs: ast.Expr[], l: number, r: number): void {
  const vars = measure(l, "variable");
  const vals = measure(r, "value");
  const rhs0 = rhs[0];
  if (rhs.length === 1) {
    const call = ast.unparen(rhs0);
    if (call.kind === "CallExpr") {
      this.error(rhs0, `assignment mismatch: ${vars} but ${exprString(call.fun)} returns ${vals}`);
      return;
    }
  }
  this.error(rhs0, `assignment mismatch: ${vars} but ${vals}`);
};

Checker.prototype.returnError = function (this: Checker, at: ast.Node, lhs: Var[], rhs: Operand[]): void {
  const l = lhs.length;
  const r = rhs.length;
  let qualifier = "not enough";
  let pos: ast.Node | Operand = at;
  if (r > l) {
    pos = rhs[l];
    qualifier = "too many";
  } else if (r > 0) {
    pos = rhs[r - 1];
  }
  const have = this.typesSummary(
    rhs.map((x) => x.type),
    false,
  );
  const want = this.typesSummary(
    lhs.map((v) => v.type),
    false,
  );
  this.error(pos, `${qualifier} return values\n\thave ${have}\n\twant ${want}`);
};

Checker.prototype.initVars = function (this: Checker, lhs: Var[], origRhs: ast.Expr[], returnStmt: ast.Stmt | null): void {
  const context = returnStmt !== null ? "return statement" : "assignment";
  const l = lhs.length;
  let r = origRhs.length;

  let isCall = false;
  if (r === 1) isCall = ast.unparen(origRhs[0]).kind === "CallExpr";

  if (l === r && !isCall) {
    const x = new Operand();
    for (let i = 0; i < l; i++) {
      const v = lhs[i];
      let desc = v.name;
      if (returnStmt !== null && desc === "") desc = "result variable";
      this.expr(x, origRhs[i], newTarget(v.type, desc));
      this.initVar(v, x, context);
    }
    return;
  }

  if (r !== 1) {
    if (this.useN(origRhs, false)) {
      if (returnStmt !== null) {
        const rhs = this.exprList(origRhs);
        this.returnError(returnStmt, lhs, rhs);
      } else {
        this.assignError(origRhs, l, r);
      }
    }
    for (const v of lhs) if (v.type === null) v.type = invalidType;
    return;
  }

  const { list: rhs, commaOk } = this.multiExpr(origRhs[0], l === 2 && returnStmt === null);
  r = rhs.length;
  if (l === r) {
    for (let i = 0; i < l; i++) this.initVar(lhs[i], rhs[i], context);
    if (commaOk && rhs[0].mode !== Mode.Invalid && rhs[1].mode !== Mode.Invalid) this.recordCommaOkTypes(origRhs[0], rhs);
    return;
  }

  if (rhs[0].mode !== Mode.Invalid) {
    if (returnStmt !== null) this.returnError(returnStmt, lhs, rhs);
    else this.assignError(origRhs, l, r);
  }
  for (const v of lhs) if (v.type === null) v.type = invalidType;
};

Checker.prototype.assignVars = function (this: Checker, lhs: ast.Expr[], origRhs: ast.Expr[]): void {
  const l = lhs.length;
  let r = origRhs.length;

  let isCall = false;
  if (r === 1) isCall = ast.unparen(origRhs[0]).kind === "CallExpr";

  if (l === r && !isCall) {
    for (let i = 0; i < l; i++) this.assignVar(lhs[i], origRhs[i], null, "assignment");
    return;
  }

  if (r !== 1) {
    const okLHS = this.useN(lhs, true);
    const okRHS = this.useN(origRhs, false);
    if (okLHS && okRHS) this.assignError(origRhs, l, r);
    return;
  }

  const { list: rhs, commaOk } = this.multiExpr(origRhs[0], l === 2);
  r = rhs.length;
  if (l === r) {
    for (let i = 0; i < l; i++) this.assignVar(lhs[i], null, rhs[i], "assignment");
    if (commaOk && rhs[0].mode !== Mode.Invalid && rhs[1].mode !== Mode.Invalid) this.recordCommaOkTypes(origRhs[0], rhs);
    return;
  }

  if (rhs[0].mode !== Mode.Invalid) this.assignError(origRhs, l, r);
  this.useN(lhs, true);
};

Checker.prototype.shortVarDecl = function (this: Checker, pos: Pos, lhs: ast.Expr[], rhs: ast.Expr[]): void {
  const top = this.delayed.length;
  const scope = this.env.scope!;

  const seen = new Set<string>();
  const lhsVars: (Var | null)[] = new Array(lhs.length).fill(null);
  const newVars: Var[] = [];
  let hasErr = false;
  for (let i = 0; i < lhs.length; i++) {
    const e = lhs[i];
    if (e.kind !== "Name") {
      this.useLHS(e);
      this.error(e, `non-name ${exprString(e)} on left side of :=`);
      hasErr = true;
      continue;
    }
    const name = e.value;
    if (name !== "_") {
      if (seen.has(name)) {
        this.error(e, `${name} repeated on left side of :=`);
        hasErr = true;
        continue;
      }
      seen.add(name);
    }
    const alt = scope.lookup(name);
    if (alt !== undefined) {
      this.recordUse(e, alt);
      if (alt.kind === ObjKind.Var) {
        lhsVars[i] = alt;
      } else {
        this.error(e, `cannot assign to ${exprString(e)}`);
        hasErr = true;
      }
      continue;
    }
    const obj = new Var(e.pos, this.pkg, name, null);
    lhsVars[i] = obj;
    if (name !== "_") newVars.push(obj);
    this.recordDef(e, obj);
  }

  const vars: Var[] = lhsVars.map((v, i) => v ?? new Var(lhs[i].pos, this.pkg, "_", null));

  this.initVars(vars, rhs, null);

  this.processDelayed(top);

  if (newVars.length === 0 && !hasErr) {
    this.softError(pos, "no new variables on left side of :=");
    return;
  }

  const scopePos = endPos(rhs[rhs.length - 1]);
  for (const obj of newVars) this.declare(scope, null, obj, scopePos);
};

Checker.prototype.recordCommaOkTypes = function (this: Checker, x: ast.Expr, a: Operand[]): void {
  if (a[0].mode === Mode.Invalid) return;
  const t0 = a[0].type;
  const t1 = a[1].type;
  for (;;) {
    const tv = this.info.types.get(x);
    if (tv !== undefined) {
      tv.type = new Tuple([new Var(x.pos, this.pkg, "", t0), new Var(x.pos, this.pkg, "", t1)]);
    }
    if (x.kind !== "ParenExpr") break;
    x = x.x;
  }
};
