// Expressions (types2's expr.go and const.go): the expression dispatcher
// (rawExpr/exprInternal), unary and binary operations, shifts with
// types2's delayed typing of untyped shift operands, comparisons, constant
// folding with representability and overflow checks, the implicit typing
// of untyped operands (implicitTypeAndValue, convertUntyped,
// updateExprType), type assertions, and the single/multi-value wrappers
// (expr, multiExpr, exprOrType, exclude, singleValue).

import * as ast from "../syntax/ast.js";
import type { Pos } from "../syntax/source.js";
import * as constant from "./constant.js";
import type { Value } from "./constant.js";
import { Checker, gcStartPos } from "./check.js";
import {
  type Type,
  TypeKind,
  Typ,
  BasicKind,
  Basic,
  Pointer,
  Tuple,
  Signature,
  Interface,
  emptyTuple,
  invalidType,
  isValid,
  under,
  unalias,
} from "./types.js";
import {
  isUntyped,
  isTyped,
  isUntypedNumeric,
  isInteger,
  isUnsigned,
  isFloat,
  isComplex,
  isNumeric,
  isString,
  isBoolean,
  isTypeParam,
  isNonTypeParamInterface,
  allNumeric,
  allInteger,
  allUnsigned,
  allBoolean,
  allString,
  allOrdered,
  allNumericOrString,
  hasNil,
  comparable,
  defaultType,
  identical,
} from "./predicates.js";
import { Operand, Mode, Code, newOperand, untypedBool, operandString, assignableTo } from "./operand.js";
import { ExprKind, errorType } from "./universe.js";
import { sizeof } from "./sizes.js";
import { typeSetOf } from "./typeset.js";
import { exprString } from "./exprstring.js";
import { underIs, underTP, isEmptyInterface, typeSetUnderIs, isPointer, coreType, isGeneric, typeSetIsEmpty } from "./under.js";

/** The type a generic function value is assigned to, for inferring its type arguments (types2's target). */
export interface Target {
  sig: Signature;
  desc: string;
}

/** A target for x if typ is a function type (types2's newTarget). */
export function newTarget(typ: Type | null, desc: string): Target | null {
  if (typ !== null) {
    const u = under(typ);
    if (u.kind === TypeKind.Signature) return { sig: u, desc };
  }
  return null;
}

declare module "./check.js" {
  interface Checker {
    rawExpr(x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean, T?: Target | null): ExprKind;
    exprInternal(T: Target | null, x: Operand, e: ast.Expr, hint: Type | null): ExprKind;
    nonGeneric(T: Target | null, x: Operand): void;
    record(x: Operand): void;
    /** Checks e as a single value; T, if given, is the type it is assigned to (for generic function values). */
    expr(x: Operand, e: ast.Expr, T?: Type | Target | null): void;
    genericExpr(x: Operand, e: ast.Expr): void;
    multiExpr(e: ast.Expr, allowCommaOk: boolean): { list: Operand[]; commaOk: boolean };
    exprWithHint(x: Operand, e: ast.Expr, hint: Type): void;
    exprOrType(x: Operand, e: ast.Expr, allowGeneric: boolean): void;
    exclude(x: Operand, modeset: number): void;
    singleValue(x: Operand): void;
    langCompat(lit: ast.BasicLit): void;
    unary(x: Operand, e: ast.Operation): void;
    binary(x: Operand, e: ast.Expr | null, lhs: ast.Expr, rhs: ast.Expr, op: ast.Operator): void;
    shift(x: Operand, y: Operand, e: ast.Expr | null, op: ast.Operator): void;
    matchTypes(x: Operand, y: Operand): void;
    comparison(x: Operand, y: Operand, op: ast.Operator, switchCase: boolean): void;
    incomparableCause(typ: Type): string;
    kindString(typ: Type): string;
    updateExprType(x: ast.Expr, typ: Type, final: boolean): void;
    updateExprVal(x: ast.Expr, val: Value): void;
    /**
     * The implicit type of the untyped operand x where target is expected
     * (null if there is none); implicitResult receives the constant value
     * as represented (or null) and the failure code (types2's
     * implicitTypeAndValue, which returns all three).
     */
    implicitTypeAndValue(x: Operand, target: Type): Type | null;
    typeAssertion(e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void;
    overflow(x: Operand, opPos: Pos): void;
    representable(x: Operand, typ: Basic): void;
    representation(x: Operand, typ: Basic): [Value | null, Code];
    invalidConversion(code: Code, x: Operand, target: Type): void;
    convertUntyped(x: Operand, target: Type): void;
    /** Reports a version error unless go1.minor is allowed; returns whether it is. */
    verifyVersion(at: ast.Node | Pos | Operand, minor: number, msg: string): boolean;
  }
}

const invalidOp = "invalid operation: ";

/** The modes exclude() can reject. */
export const enum ModeSet {
  NoValue = 1 << Mode.NoValue,
  Builtin = 1 << Mode.Builtin,
  TypExpr = 1 << Mode.TypExpr,
}

// ---------------------------------------------------------------------------
// Helpers.

/** The position of the operator if x is an operation, else x's start (types2's opPos). */
export function opPos(x: ast.Expr | null): Pos {
  if (x === null) return 0;
  if (x.kind === "Operation") return x.pos;
  return gcStartPos(x);
}

/** The name of an operation that might overflow, or "" (types2's opName). */
function opName(x: ast.Expr | null): string {
  if (x !== null && x.kind === "Operation") {
    if (x.y === null) return x.op === ast.Operator.Xor ? "bitwise complement" : "";
    switch (x.op) {
      case ast.Operator.Add:
        return "addition";
      case ast.Operator.Sub:
        return "subtraction";
      case ast.Operator.Xor:
        return "bitwise XOR";
      case ast.Operator.Mul:
        return "multiplication";
      case ast.Operator.Shl:
        return "shift";
    }
  }
  return "";
}

function isShift(op: ast.Operator): boolean {
  return op === ast.Operator.Shl || op === ast.Operator.Shr;
}

function isComparison(op: ast.Operator): boolean {
  return op >= ast.Operator.Eql && op <= ast.Operator.Geq;
}

function opString(op: ast.Operator): string {
  return ast.operatorString[op];
}

/** The largest of two untyped types (types2's maxType), or null. */
function maxType(x: Type, y: Type): Type | null {
  if (x === y) return x;
  if (isUntypedNumeric(x) && isUntypedNumeric(y)) {
    return (x as Basic).basicKind > (y as Basic).basicKind ? x : y;
  }
  return null;
}

function unaryPredicate(op: ast.Operator): ((t: Type) => boolean) | null {
  switch (op) {
    case ast.Operator.Add:
    case ast.Operator.Sub:
      return allNumeric;
    case ast.Operator.Xor:
      return allInteger;
    case ast.Operator.Not:
      return allBoolean;
  }
  return null;
}

function binaryPredicate(op: ast.Operator): ((t: Type) => boolean) | null {
  switch (op) {
    case ast.Operator.Add:
      return allNumericOrString;
    case ast.Operator.Sub:
    case ast.Operator.Mul:
    case ast.Operator.Div:
      return allNumeric;
    case ast.Operator.Rem:
    case ast.Operator.And:
    case ast.Operator.Or:
    case ast.Operator.Xor:
    case ast.Operator.AndNot:
      return allInteger;
    case ast.Operator.AndAnd:
    case ast.Operator.OrOr:
      return allBoolean;
  }
  return null;
}

/** Checks that op applies to x's type (types2's op); reports an error if not. */
function opOk(check: Checker, pred: ((t: Type) => boolean) | null, x: Operand, op: ast.Operator): boolean {
  if (pred === null) {
    check.error(x, `invalid syntax tree: unknown operator ${opString(op)}`);
    return false;
  }
  if (!pred(x.type)) {
    check.error(x, `${invalidOp}operator ${opString(op)} not defined on ${check.opnd(x)}`);
    return false;
  }
  return true;
}

declare module "./check.js" {
  interface Checker {
    /** An operand as written in messages. */
    opnd(x: Operand): string;
  }
}

Checker.prototype.opnd = function (this: Checker, x: Operand): string {
  return operandString(x, this.qualifier);
};


Checker.prototype.verifyVersion = function (this: Checker, at: ast.Node | Pos | Operand, minor: number, msg: string): boolean {
  const pos = this.atPos(at as ast.Node);
  if (this.allowVersion(minor, pos)) return true;
  this.versionError(pos, `go1.${minor}`, msg);
  return false;
};

// ---------------------------------------------------------------------------
// Constants (types2's const.go).

const maxInt64 = (1n << 63n) - 1n;
const minInt64 = -(1n << 63n);

/** Integers of at most 24 bits convert exactly to float32 and float64. */
const smallFloatInt = 1n << 24n;
const smallFloats = new Map<number, Value>();

/** The float constant with the integer value v (as MakeFloat64 gives it), cached. */
function smallIntFloat(v: number): Value {
  let f = smallFloats.get(v);
  if (f === undefined) {
    f = constant.makeFloat64(v);
    if (smallFloats.size < 4096) smallFloats.set(v, f);
  }
  return f;
}

/** x is an integer of at most 24 bits. */
function isSmallInt(x: Value): boolean {
  if (constant.kind(x) !== constant.Kind.Int) return false;
  const v = (x as constant.IntVal).v;
  return v >= -smallFloatInt && v <= smallFloatInt;
}

/** An out-parameter for the value of a constant as represented in a type. */
export interface Rounded {
  v: Value;
}

/**
 * Whether the constant x can be represented as a value of the basic type
 * typ (types2's representableConst). If rounded is given, it receives the
 * value as represented: rounded for floats and complex numbers on success,
 * and for integer types the integer value of x, even when it is out of
 * range (as in types2, which shows in later messages).
 */
export function representableConst(x: Value, typ: Basic, rounded: Rounded | null): boolean {
  if (constant.kind(x) === constant.Kind.Unknown) return true;
  if (isInteger(typ)) {
    const xi = constant.toInt(x);
    if (constant.kind(xi) !== constant.Kind.Int) return false;
    if (rounded !== null) rounded.v = xi;
    const v = (xi as constant.IntVal).v;
    if (v >= minInt64 && v <= maxInt64) {
      switch (typ.basicKind) {
        case BasicKind.Int8:
          return v >= -128n && v <= 127n;
        case BasicKind.Int16:
          return v >= -32768n && v <= 32767n;
        case BasicKind.Int32:
          return v >= -2147483648n && v <= 2147483647n;
        case BasicKind.Int:
        case BasicKind.Int64:
        case BasicKind.UntypedInt:
        case BasicKind.UntypedRune:
          return true;
        case BasicKind.Uint8:
          return v >= 0n && v <= 255n;
        case BasicKind.Uint16:
          return v >= 0n && v <= 65535n;
        case BasicKind.Uint32:
          return v >= 0n && v <= 4294967295n;
        default:
          return v >= 0n;
      }
    }
    const n = constant.bitLen(xi);
    switch (typ.basicKind) {
      case BasicKind.Uint:
      case BasicKind.Uintptr:
      case BasicKind.Uint64:
        return constant.sign(xi) >= 0 && n <= 64;
      case BasicKind.UntypedInt:
      case BasicKind.UntypedRune:
        return true;
    }
    return false;
  }
  if (isFloat(typ)) {
    if (constant.kind(x) === constant.Kind.Int) {
      // Small integers are exact in both float types.
      const v = (x as constant.IntVal).v;
      if (v >= -smallFloatInt && v <= smallFloatInt) {
        if (rounded !== null && typ.basicKind !== BasicKind.UntypedFloat) rounded.v = smallIntFloat(Number(v));
        return true;
      }
    }
    const xf = constant.toFloat(x);
    if (constant.kind(xf) !== constant.Kind.Float) return false;
    switch (typ.basicKind) {
      case BasicKind.Float32:
      case BasicKind.Float64: {
        const r = typ.basicKind === BasicKind.Float32 ? constant.roundFloat32(xf) : constant.roundFloat64(xf);
        if (r === null) return false;
        if (rounded !== null) rounded.v = constant.makeFloat64(r);
        return true;
      }
    }
    return true;
  }
  if (isComplex(typ)) {
    const xc = constant.toComplex(x);
    if (constant.kind(xc) !== constant.Kind.Complex) return false;
    switch (typ.basicKind) {
      case BasicKind.Complex64:
      case BasicKind.Complex128: {
        const rv = constant.real(xc);
        const iv = constant.imag(xc);
        let ref: Value;
        let imf: Value;
        if (isSmallInt(rv) && isSmallInt(iv)) {
          // Small integer parts are exact in both float types.
          ref = smallIntFloat(Number((rv as constant.IntVal).v));
          imf = smallIntFloat(Number((iv as constant.IntVal).v));
        } else {
          const round = typ.basicKind === BasicKind.Complex64 ? constant.roundFloat32 : constant.roundFloat64;
          const re = round(rv);
          const im = round(iv);
          if (re === null || im === null) return false;
          ref = constant.makeFloat64(re);
          imf = constant.makeFloat64(im);
        }
        if (rounded !== null) rounded.v = constant.binaryOp(ref, ast.Operator.Add, constant.makeImag(imf));
        return true;
      }
    }
    return true;
  }
  if (isString(typ)) return constant.kind(x) === constant.Kind.String;
  if (isBoolean(typ)) return constant.kind(x) === constant.Kind.Bool;
  return false;
}

const pow512 = 1n << 512n;

/** |x| needs more than 512 bits. */
function outside512(x: constant.IntVal): boolean {
  return x.v >= pow512 || x.v <= -pow512;
}

Checker.prototype.overflow = function (this: Checker, x: Operand, opPos: Pos): void {
  if (constant.kind(x.val!) === constant.Kind.Unknown) {
    this.error(opPos, "constant result is not representable");
    return;
  }
  if (isTyped(x.type)) {
    this.representable(x, under(x.type) as Basic);
    return;
  }
  if (constant.kind(x.val!) === constant.Kind.Int && outside512(x.val as constant.IntVal)) {
    let op = opName(x.expr);
    if (op !== "") op += " ";
    this.error(opPos, `constant ${op}overflow`);
    x.val = constant.unknown;
  }
};

Checker.prototype.representable = function (this: Checker, x: Operand, typ: Basic): void {
  const [v, code] = this.representation(x, typ);
  if (code !== Code.Ok) {
    this.invalidConversion(code, x, typ);
    x.mode = Mode.Invalid;
    return;
  }
  x.val = v;
};

Checker.prototype.representation = function (this: Checker, x: Operand, typ: Basic): [Value | null, Code] {
  const r: Rounded = { v: x.val! };
  if (!representableConst(x.val!, typ, r)) {
    if (isNumeric(x.type) && isNumeric(typ)) {
      if (!isInteger(x.type) && isInteger(typ)) return [null, Code.TruncatedFloat];
      return [null, Code.NumericOverflow];
    }
    return [null, Code.InvalidConstVal];
  }
  return [r.v, Code.Ok];
};

Checker.prototype.invalidConversion = function (this: Checker, code: Code, x: Operand, target: Type): void {
  const xs = this.opnd(x);
  const ts = this.typeStr(target);
  switch (code) {
    case Code.TruncatedFloat:
      this.error(x, `${xs} truncated to ${ts}`);
      return;
    case Code.NumericOverflow:
      this.error(x, `${xs} overflows ${ts}`);
      return;
  }
  this.error(x, `cannot convert ${xs} to type ${ts}`);
};

Checker.prototype.convertUntyped = function (this: Checker, x: Operand, target: Type): void {
  const newType = this.implicitTypeAndValue(x, target);
  const val = implicitResult.val;
  const code = implicitResult.code;
  if (code !== Code.Ok) {
    const t = isTypeParam(target) ? target : under(target);
    this.invalidConversion(code, x, t);
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
};

// ---------------------------------------------------------------------------
// Untyped operands.

Checker.prototype.updateExprType = function (this: Checker, x: ast.Expr, typ: Type, final: boolean): void {
  const old = this.untyped.get(x);
  if (old === undefined) return;

  switch (x.kind) {
    case "BadExpr":
    case "FuncLit":
    case "CompositeLit":
    case "IndexExpr":
    case "SliceExpr":
    case "AssertExpr":
    case "ListExpr":
    case "KeyValueExpr":
    case "ArrayType":
    case "StructType":
    case "FuncType":
    case "InterfaceType":
    case "MapType":
    case "ChanType":
      return;
    case "CallExpr":
    case "Name":
    case "BasicLit":
    case "SelectorExpr":
      break;
    case "ParenExpr":
      this.updateExprType(x.x, typ, final);
      break;
    case "Operation":
      if (x.y === null) {
        if (x.op === ast.Operator.Mul) return;
        if (old.val !== null) break;
        this.updateExprType(x.x, typ, final);
        break;
      }
      if (old.val !== null) break;
      if (isComparison(x.op)) {
        // The result type is independent of the operand types.
      } else if (isShift(x.op)) {
        this.updateExprType(x.x, typ, final);
      } else {
        this.updateExprType(x.x, typ, final);
        this.updateExprType(x.y, typ, final);
      }
      break;
    default:
      return;
  }

  if (!final && isUntyped(typ)) {
    old.typ = under(typ);
    return;
  }

  this.untyped.delete(x);

  if (old.isLhs) {
    if (!allInteger(typ)) {
      this.error(x, `${invalidOp}shifted operand ${exprString(x)} (type ${this.typeStr(typ)}) must be integer`);
      return;
    }
  }
  if (old.val !== null) {
    const c = newOperand(old.mode, x, old.typ, old.val);
    this.convertUntyped(c, typ);
    if (c.mode === Mode.Invalid) return;
  }
  this.recordTypeAndValue(x, old.mode, typ, old.val);
};

Checker.prototype.updateExprVal = function (this: Checker, x: ast.Expr, val: Value): void {
  const info = this.untyped.get(x);
  if (info !== undefined) info.val = val;
};

/** The side results of implicitTypeAndValue. */
export const implicitResult: { val: Value | null; code: Code } = { val: null, code: Code.Ok };

function ok(t: Type): Type {
  implicitResult.val = null;
  implicitResult.code = Code.Ok;
  return t;
}

function fail(code: Code): null {
  implicitResult.val = null;
  implicitResult.code = code;
  return null;
}

function done(t: Type | null, v: Value | null, code: Code): Type | null {
  implicitResult.val = v;
  implicitResult.code = code;
  return t;
}

Checker.prototype.implicitTypeAndValue = function (this: Checker, x: Operand, target: Type): Type | null {
  if (x.mode === Mode.Invalid || isTyped(x.type) || !isValid(target)) return ok(x.type);

  if (isUntyped(target)) {
    const m = maxType(x.type, target);
    if (m !== null) return ok(m);
    return fail(Code.InvalidUntypedConversion);
  }

  if (x.isNil()) {
    if (hasNil(target)) return ok(target);
    return fail(Code.InvalidUntypedConversion);
  }

  const u = underTP(target);
  switch (u.kind) {
    case TypeKind.Basic:
      if (x.mode === Mode.Constant) {
        const [v, code] = this.representation(x, u);
        if (code !== Code.Ok) return fail(code);
        return done(target, v, Code.Ok);
      }
      switch ((unalias(x.type) as Basic).basicKind) {
        case BasicKind.UntypedBool:
          if (!isBoolean(target)) return fail(Code.InvalidUntypedConversion);
          break;
        case BasicKind.UntypedInt:
        case BasicKind.UntypedRune:
        case BasicKind.UntypedFloat:
        case BasicKind.UntypedComplex:
          if (!isNumeric(target)) return fail(Code.InvalidUntypedConversion);
          break;
        case BasicKind.UntypedString:
          if (!isString(target)) return fail(Code.InvalidUntypedConversion);
          break;
        default:
          return fail(Code.InvalidUntypedConversion);
      }
      break;
    case TypeKind.Interface:
      if (isTypeParam(target)) {
        const ok = typeSetUnderIs(typeSetOf(u), (t) => t !== null && this.implicitTypeAndValue(x, t) !== null);
        if (!ok) return fail(Code.InvalidUntypedConversion);
        break;
      }
      if (!isEmptyInterface(u)) return fail(Code.InvalidUntypedConversion);
      return ok(defaultType(x.type));
    default:
      return fail(Code.InvalidUntypedConversion);
  }
  return ok(target);
};

// ---------------------------------------------------------------------------
// Unary and binary operations.

Checker.prototype.unary = function (this: Checker, x: Operand, e: ast.Operation): void {
  this.expr(x, e.x);
  if (x.mode === Mode.Invalid) return;

  let op = e.op;
  switch (op) {
    case ast.Operator.And: {
      if (ast.unparen(e.x).kind !== "CompositeLit" && x.mode !== Mode.Variable) {
        this.error(x, `${invalidOp}cannot take address of ${this.opnd(x)}`);
        x.mode = Mode.Invalid;
        return;
      }
      x.mode = Mode.Value;
      x.type = new Pointer(x.type);
      return;
    }
    case ast.Operator.Recv: {
      const u = coreType(x.type);
      if (u === null) {
        this.error(x, `${invalidOp}cannot receive from ${this.opnd(x)} (no core type)`);
        x.mode = Mode.Invalid;
        return;
      }
      if (u.kind !== TypeKind.Chan) {
        this.error(x, `${invalidOp}cannot receive from non-channel ${this.opnd(x)}`);
        x.mode = Mode.Invalid;
        return;
      }
      if (u.dir === 1) {
        this.error(x, `${invalidOp}cannot receive from send-only channel ${this.opnd(x)}`);
        x.mode = Mode.Invalid;
        return;
      }
      x.mode = Mode.CommaOk;
      x.type = u.elem;
      this.env.hasCallOrRecv = true;
      return;
    }
    case ast.Operator.Tilde:
      if (!allInteger(x.type)) {
        this.error(e, "cannot use ~ outside of interface or type constraint");
        x.mode = Mode.Invalid;
        return;
      }
      this.error(e, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
      op = ast.Operator.Xor;
      break;
  }

  if (!opOk(this, unaryPredicate(op), x, op)) {
    x.mode = Mode.Invalid;
    return;
  }

  if (x.mode === Mode.Constant) {
    if (constant.kind(x.val!) === constant.Kind.Unknown) return;
    let prec = 0;
    if (isUnsigned(x.type)) prec = sizeof(x.type) * 8;
    x.val = constant.unaryOp(op, x.val!, prec);
    x.expr = e;
    this.overflow(x, opPos(x.expr));
    return;
  }
  x.mode = Mode.Value;
};

Checker.prototype.binary = function (this: Checker, x: Operand, e: ast.Expr | null, lhs: ast.Expr, rhs: ast.Expr, op: ast.Operator): void {
  const y = new Operand();
  this.expr(x, lhs);
  this.expr(y, rhs);

  if (x.mode === Mode.Invalid) return;
  if (y.mode === Mode.Invalid) {
    x.mode = Mode.Invalid;
    x.expr = y.expr;
    return;
  }

  if (isShift(op)) {
    this.shift(x, y, e, op);
    return;
  }

  this.matchTypes(x, y);
  if ((x.mode as Mode) === Mode.Invalid) return;

  if (isComparison(op)) {
    this.comparison(x, y, op, false);
    return;
  }

  if (!identical(x.type, y.type)) {
    if (isValid(x.type) && isValid(y.type)) {
      const xt = this.typeStr(x.type);
      const yt = this.typeStr(y.type);
      if (e !== null) {
        this.error(x, `${invalidOp}${exprString(e)} (mismatched types ${xt} and ${yt})`);
      } else {
        this.error(x, `${invalidOp}${exprString(lhs)} ${opString(op)}= ${exprString(rhs)} (mismatched types ${xt} and ${yt})`);
      }
    }
    x.mode = Mode.Invalid;
    return;
  }

  if (!opOk(this, binaryPredicate(op), x, op)) {
    x.mode = Mode.Invalid;
    return;
  }

  if (op === ast.Operator.Div || op === ast.Operator.Rem) {
    if ((x.mode === Mode.Constant || allInteger(x.type)) && y.mode === Mode.Constant && constant.sign(y.val!) === 0) {
      this.error(y, `${invalidOp}division by zero`);
      x.mode = Mode.Invalid;
      return;
    }
    if (x.mode === Mode.Constant && y.mode === Mode.Constant && isComplex(x.type)) {
      const re = constant.real(y.val!);
      const im = constant.imag(y.val!);
      const re2 = constant.binaryOp(re, ast.Operator.Mul, re);
      const im2 = constant.binaryOp(im, ast.Operator.Mul, im);
      if (constant.sign(re2) === 0 && constant.sign(im2) === 0) {
        this.error(y, `${invalidOp}division by zero`);
        x.mode = Mode.Invalid;
        return;
      }
    }
  }

  if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
    if (constant.kind(x.val!) === constant.Kind.Unknown || constant.kind(y.val!) === constant.Kind.Unknown) {
      x.val = constant.unknown;
      return;
    }
    const intDiv = op === ast.Operator.Div && isInteger(x.type);
    x.val = constant.binaryOp(x.val!, op, y.val!, intDiv);
    x.expr = e;
    this.overflow(x, opPos(x.expr));
    return;
  }

  x.mode = Mode.Value;
};

Checker.prototype.shift = function (this: Checker, x: Operand, y: Operand, e: ast.Expr | null, op: ast.Operator): void {
  let xval: Value | null = null;
  if (x.mode === Mode.Constant) xval = constant.toInt(x.val!);

  if (allInteger(x.type) || (isUntyped(x.type) && xval !== null && constant.kind(xval) === constant.Kind.Int)) {
    // The lhs is of integer type or an untyped constant representable as an integer.
  } else {
    this.error(x, `${invalidOp}shifted operand ${this.opnd(x)} must be integer`);
    x.mode = Mode.Invalid;
    return;
  }

  let yval: Value | null = null;
  if (y.mode === Mode.Constant) {
    yval = constant.toInt(y.val!);
    if (constant.kind(yval) === constant.Kind.Int && constant.sign(yval) < 0) {
      this.error(y, `${invalidOp}negative shift count ${this.opnd(y)}`);
      x.mode = Mode.Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      this.representable(y, Typ[BasicKind.Uint]);
      if ((y.mode as Mode) === Mode.Invalid) {
        x.mode = Mode.Invalid;
        return;
      }
    }
  } else {
    if (allInteger(y.type)) {
      if (!allUnsigned(y.type) && !this.allowVersion(13, this.atPos(y)) && !this.verifyVersion(y, 13, `${invalidOp}signed shift count ${this.opnd(y)}`)) {
        x.mode = Mode.Invalid;
        return;
      }
    } else if (isUntyped(y.type)) {
      this.convertUntyped(y, Typ[BasicKind.Uint]);
      if (y.mode === Mode.Invalid) {
        x.mode = Mode.Invalid;
        return;
      }
    } else {
      this.error(y, `${invalidOp}shift count ${this.opnd(y)} must be integer`);
      x.mode = Mode.Invalid;
      return;
    }
  }

  if (x.mode === Mode.Constant) {
    if (y.mode === Mode.Constant) {
      if (constant.kind(x.val!) === constant.Kind.Unknown || constant.kind(y.val!) === constant.Kind.Unknown) {
        x.val = constant.unknown;
        if (!isInteger(x.type)) x.type = Typ[BasicKind.UntypedInt];
        return;
      }
      const shiftBound = 1023 - 1 + 52;
      const [s, ok] = constant.uint64Val(yval!);
      if (!ok || s > BigInt(shiftBound)) {
        this.error(y, `${invalidOp}invalid shift count ${this.opnd(y)}`);
        x.mode = Mode.Invalid;
        return;
      }
      if (!isInteger(x.type)) x.type = Typ[BasicKind.UntypedInt];
      x.val = constant.shift(xval!, op, Number(s));
      x.expr = e;
      this.overflow(x, opPos(x.expr));
      return;
    }
    if (isUntyped(x.type)) {
      // Delay checking the lhs until its final type is known.
      const info = x.expr !== null ? this.untyped.get(x.expr) : undefined;
      if (info !== undefined) info.isLhs = true;
      x.mode = Mode.Value;
      return;
    }
  }

  if (!allInteger(x.type)) {
    this.error(x, `${invalidOp}shifted operand ${this.opnd(x)} must be integer`);
    x.mode = Mode.Invalid;
    return;
  }
  x.mode = Mode.Value;
};

Checker.prototype.matchTypes = function (this: Checker, x: Operand, y: Operand): void {
  const mayConvert = (x: Operand, y: Operand): boolean => {
    if (isTyped(x.type) && isTyped(y.type)) return false;
    if (isNonTypeParamInterface(x.type) || isNonTypeParamInterface(y.type)) return true;
    if (allBoolean(x.type) !== allBoolean(y.type)) return false;
    if (allString(x.type) !== allString(y.type)) return false;
    if (x.isNil()) return hasNil(y.type);
    if (y.isNil()) return hasNil(x.type);
    if (isPointer(x.type) || isPointer(y.type)) return false;
    return true;
  };
  if (mayConvert(x, y)) {
    this.convertUntyped(x, y.type);
    if (x.mode === Mode.Invalid) return;
    this.convertUntyped(y, x.type);
    if (y.mode === Mode.Invalid) {
      x.mode = Mode.Invalid;
      return;
    }
  }
};

Checker.prototype.comparison = function (this: Checker, x: Operand, y: Operand, op: ast.Operator, switchCase: boolean): void {
  if (!isValid(x.type) || !isValid(y.type)) {
    x.mode = Mode.Invalid;
    return;
  }
  if (switchCase) op = ast.Operator.Eql;

  let errOp = x;
  let cause = "";
  let ok = true;

  if (!(this.assignableToOk(x, y.type) || this.assignableToOk(y, x.type))) {
    errOp = y;
    cause = `mismatched types ${this.typeStr(x.type)} and ${this.typeStr(y.type)}`;
    ok = false;
  }

  if (ok) {
    switch (op) {
      case ast.Operator.Eql:
      case ast.Operator.Neq:
        if (x.isNil() || y.isNil()) {
          const typ = x.isNil() ? y.type : x.type;
          if (!hasNil(typ)) {
            errOp = y;
            ok = false;
          }
        } else if (!comparable(x.type, true)) {
          errOp = x;
          cause = this.incomparableCause(x.type);
          ok = false;
        } else if (!comparable(y.type, true)) {
          errOp = y;
          cause = this.incomparableCause(y.type);
          ok = false;
        }
        break;
      default:
        if (!allOrdered(x.type)) {
          errOp = x;
          ok = false;
        } else if (!allOrdered(y.type)) {
          errOp = y;
          ok = false;
        }
    }
  }

  if (ok) {
    if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
      x.val = constant.makeBool(constant.compare(x.val!, op, y.val!));
    } else {
      x.mode = Mode.Value;
      if (x.expr !== null) this.updateExprType(x.expr, defaultType(x.type), true);
      if (y.expr !== null) this.updateExprType(y.expr, defaultType(y.type), true);
    }
    x.type = untypedBool;
    return;
  }

  if (cause === "") {
    if (isTypeParam(x.type) || isTypeParam(y.type)) {
      if (!isTypeParam(x.type)) errOp = y;
      cause = `type parameter ${this.typeStr(errOp.type)} is not comparable with ${opString(op)}`;
    } else {
      cause = `operator ${opString(op)} not defined on ${this.kindString(errOp.type)}`;
    }
  }
  const xs = x.expr !== null ? exprString(x.expr) : "";
  const ys = y.expr !== null ? exprString(y.expr) : "";
  if (switchCase) {
    this.error(x, `invalid case ${xs} in switch on ${ys} (${cause})`);
  } else {
    this.error(errOp, `${invalidOp}${xs} ${opString(op)} ${ys} (${cause})`);
  }
  x.mode = Mode.Invalid;
};

declare module "./check.js" {
  interface Checker {
    /** x is assignable to T (without a cause). */
    assignableToOk(x: Operand, T: Type): boolean;
  }
}

Checker.prototype.assignableToOk = function (this: Checker, x: Operand, T: Type): boolean {
  return assignableTo(this, x, T, null) === Code.Ok;
};

Checker.prototype.incomparableCause = function (this: Checker, typ: Type): string {
  const u = under(typ);
  switch (u.kind) {
    case TypeKind.Slice:
    case TypeKind.Signature:
    case TypeKind.Map:
      return this.kindString(typ) + " can only be compared to nil";
  }
  return incomparableReason(this, typ);
};

/** Why typ is not comparable, as types2's comparable reports it ("" if no specific reason). */
function incomparableReason(check: Checker, T: Type): string {
  const t = unalias(T);
  if (t.kind === TypeKind.TypeParam) {
    if (comparable(t, false)) return "";
    const b = underTP(t) as Interface;
    return typeSetIsEmpty(typeSetOf(b)) ? "empty type set" : "incomparable types in type set";
  }
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Struct:
      for (const f of u.fields) {
        if (!comparable(f.type!, true)) return `struct containing ${check.typeStr(f.type!)} cannot be compared`;
      }
      return "";
    case TypeKind.Array:
      if (!comparable(u.elem, true)) return `${check.typeStr(u)} cannot be compared`;
      return "";
  }
  return "";
}

Checker.prototype.kindString = function (this: Checker, typ: Type): string {
  const t = unalias(typ);
  if (t.kind === TypeKind.TypeParam) return `type parameter ${this.typeStr(typ)}`;
  switch (under(t).kind) {
    case TypeKind.Array:
      return "array";
    case TypeKind.Slice:
      return "slice";
    case TypeKind.Struct:
      return "struct";
    case TypeKind.Pointer:
      return "pointer";
    case TypeKind.Signature:
      return "func";
    case TypeKind.Interface:
      return "interface";
    case TypeKind.Map:
      return "map";
    case TypeKind.Chan:
      return "chan";
  }
  return this.typeStr(typ);
};

// ---------------------------------------------------------------------------
// The dispatcher.

Checker.prototype.rawExpr = function (this: Checker, x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean, T: Target | null = null): ExprKind {
  const kind = this.exprInternal(T, x, e, hint);
  if (!allowGeneric) this.nonGeneric(T, x);
  this.record(x);
  return kind;
};

Checker.prototype.nonGeneric = function (this: Checker, T: Target | null, x: Operand): void {
  if (x.mode === Mode.Invalid || x.mode === Mode.NoValue) return;
  let what = "";
  const t = x.type;
  switch (t.kind) {
    case TypeKind.Alias:
    case TypeKind.Named:
      if (isGeneric(t)) what = "type";
      break;
    case TypeKind.Signature:
      if (t.tparams.length > 0) {
        if (T !== null) {
          this.funcInst(T, x.expr !== null ? x.expr.pos : 0, x, null, true);
          return;
        }
        what = "function";
      }
      break;
  }
  if (what !== "") {
    this.error(x.expr!, `cannot use generic ${what} ${exprString(x.expr!)} without instantiation`);
    x.mode = Mode.Invalid;
    x.type = invalidType;
  }
};

Checker.prototype.record = function (this: Checker, x: Operand): void {
  let typ: Type;
  let val: Value | null = null;
  switch (x.mode) {
    case Mode.Invalid:
      typ = invalidType;
      break;
    case Mode.NoValue:
      typ = emptyTuple;
      break;
    case Mode.Constant:
      typ = x.type;
      val = x.val;
      break;
    default:
      typ = x.type;
  }
  const e = x.expr!;
  if (isUntyped(typ)) {
    this.untyped.set(e, { isLhs: false, mode: x.mode, typ: unalias(typ), val });
  } else {
    this.recordTypeAndValue(e, x.mode, typ, val);
  }
};

Checker.prototype.langCompat = function (this: Checker, lit: ast.BasicLit): void {
  const s = lit.value;
  if (s.length <= 2 || this.allowVersion(13, lit.pos)) return;
  if (s.includes("_")) {
    this.versionError(lit, "go1.13", "underscore in numeric literal");
    return;
  }
  if (s[0] !== "0") return;
  const radix = s[1];
  if (radix === "b" || radix === "B") {
    this.versionError(lit, "go1.13", "binary literal");
    return;
  }
  if (radix === "o" || radix === "O") {
    this.versionError(lit, "go1.13", "0o/0O-style octal literal");
    return;
  }
  if (lit.litKind !== ast.LitKind.Int && (radix === "x" || radix === "X")) {
    this.versionError(lit, "go1.13", "hexadecimal floating-point literal");
  }
};

function literalType(k: ast.LitKind): Type {
  switch (k) {
    case ast.LitKind.Int:
      return Typ[BasicKind.UntypedInt];
    case ast.LitKind.Float:
      return Typ[BasicKind.UntypedFloat];
    case ast.LitKind.Imag:
      return Typ[BasicKind.UntypedComplex];
    case ast.LitKind.Rune:
      return Typ[BasicKind.UntypedRune];
    default:
      return Typ[BasicKind.UntypedString];
  }
}

Checker.prototype.exprInternal = function (this: Checker, T: Target | null, x: Operand, e: ast.Expr, hint: Type | null): ExprKind {
  x.mode = Mode.Invalid;
  x.type = invalidType;

  switch (e.kind) {
    case "Name":
      this.ident(x, e, null, false);
      break;

    case "BasicLit": {
      if (e.bad) return exprError(x, e);
      if (e.litKind === ast.LitKind.Int || e.litKind === ast.LitKind.Float || e.litKind === ast.LitKind.Imag) {
        this.langCompat(e);
        if (e.value.length > 10000) {
          this.error(e, `excessively long constant: ${e.value.slice(0, 10)}... (${e.value.length} chars)`);
          return exprError(x, e);
        }
      }
      const val = literalValue(e.value, e.litKind);
      if (constant.kind(val) === constant.Kind.Unknown) {
        this.error(e, `malformed constant: ${e.value}`);
        return exprError(x, e);
      }
      x.mode = Mode.Constant;
      x.type = literalType(e.litKind);
      x.val = val;
      x.expr = e;
      this.overflow(x, opPos(e));
      break;
    }

    case "CallExpr":
      return this.callExpr(x, e);

    case "SelectorExpr":
      this.selector(x, e, null, false);
      break;

    case "Operation":
      if (e.y === null) {
        if (e.op === ast.Operator.Mul) {
          this.exprOrType(x, e.x, false);
          switch (x.mode as Mode) {
            case Mode.Invalid:
              return exprError(x, e);
            case Mode.TypExpr:
              this.validVarType(e.x, x.type);
              x.type = new Pointer(x.type);
              break;
            default: {
              let base: Type | null = null;
              const ok = underIs(x.type, (u) => {
                if (u === null || u.kind !== TypeKind.Pointer) {
                  this.error(x, `${invalidOp}cannot indirect ${this.opnd(x)}`);
                  return false;
                }
                if (base !== null && !identical(u.base, base)) {
                  this.error(x, `${invalidOp}pointers of ${this.opnd(x)} must have identical base types`);
                  return false;
                }
                base = u.base;
                return true;
              });
              if (!ok) return exprError(x, e);
              x.mode = Mode.Variable;
              x.type = base!;
            }
          }
          break;
        }
        this.unary(x, e);
        if (x.mode === Mode.Invalid) return exprError(x, e);
        if (e.op === ast.Operator.Recv) {
          x.expr = e;
          return ExprKind.Statement;
        }
        break;
      }
      this.binary(x, e, e.x, e.y, e.op);
      if (x.mode === Mode.Invalid) return exprError(x, e);
      break;

    case "CompositeLit":
      if (!this.compositeLit(x, e, hint)) return exprError(x, e);
      break;

    case "IndexExpr":
      if (this.indexExpr(x, e)) this.funcInst(T, e.pos, x, e, true);
      if (x.mode === Mode.Invalid) return exprError(x, e);
      break;

    case "ParenExpr": {
      const kind = this.rawExpr(x, e.x, null, false);
      x.expr = e;
      return kind;
    }

    case "FuncLit":
      if (!this.funcLit(x, e)) return exprError(x, e);
      break;

    case "SliceExpr":
      this.sliceExpr(x, e);
      if (x.mode === Mode.Invalid) return exprError(x, e);
      break;

    case "AssertExpr": {
      this.expr(x, e.x);
      if (x.mode === Mode.Invalid) return exprError(x, e);
      if (isTypeParam(x.type)) {
        this.error(x, `${invalidOp}cannot use type assertion on type parameter value ${this.opnd(x)}`);
        return exprError(x, e);
      }
      if (under(x.type).kind !== TypeKind.Interface) {
        this.error(x, `${invalidOp}${this.opnd(x)} is not an interface`);
        return exprError(x, e);
      }
      const t = this.varType(e.type);
      if (!isValid(t)) return exprError(x, e);
      this.typeAssertion(e, x, t, false);
      x.mode = Mode.CommaOk;
      x.type = t;
      break;
    }

    case "KeyValueExpr":
      this.error(e, "invalid syntax tree: no key:value expected");
      return exprError(x, e);

    case "ArrayType":
    case "SliceType":
    case "StructType":
    case "FuncType":
    case "InterfaceType":
    case "MapType":
    case "ChanType":
      x.mode = Mode.TypExpr;
      x.type = this.typ(e);
      break;

    case "BadExpr":
      return exprError(x, e);

    case "DotsType":
      this.error(e, "invalid use of '...'");
      return exprError(x, e);

    case "TypeSwitchGuard":
      this.error(e, "invalid syntax tree: use of .(type) outside type switch");
      this.use(e.x);
      return exprError(x, e);

    case "ListExpr":
      this.error(e, "invalid syntax tree: unexpected list of expressions");
      return exprError(x, e);
  }

  x.expr = e;
  return ExprKind.Expression;
};

/** Values of short literals, by kind and spelling (values are immutable; literals repeat a lot). */
const literalCache: Map<string, Value>[] = [new Map(), new Map(), new Map(), new Map(), new Map()];

function literalValue(lit: string, k: ast.LitKind): Value {
  if (lit.length > 24) return constant.makeFromLiteral(lit, k);
  const m = literalCache[k];
  let v = m.get(lit);
  if (v === undefined) {
    v = constant.makeFromLiteral(lit, k);
    if (m.size < 100000) m.set(lit, v);
  }
  return v;
}

function exprError(x: Operand, e: ast.Expr): ExprKind {
  x.mode = Mode.Invalid;
  x.expr = e;
  return ExprKind.Statement;
}

/** The map key for a constant value, equal for equal values of different kinds (types2's keyVal). */
export function keyVal(x: Value): unknown {
  switch (constant.kind(x)) {
    case constant.Kind.Complex: {
      const f = constant.toFloat(x);
      if (constant.kind(f) !== constant.Kind.Float) {
        const r = constant.float64Val(constant.real(x))[0];
        const i = constant.float64Val(constant.imag(x))[0];
        return `c${r},${i}`;
      }
      return keyVal(f);
    }
    case constant.Kind.Float: {
      const i = constant.toInt(x);
      if (constant.kind(i) !== constant.Kind.Int) return `f${constant.float64Val(x)[0]}`;
      return keyVal(i);
    }
    case constant.Kind.Int: {
      const [v, ok] = constant.int64Val(x);
      if (ok) return `i${v}`;
      const [u, ok2] = constant.uint64Val(x);
      if (ok2) return `u${u}`;
      return x;
    }
    case constant.Kind.String:
      return "s" + constant.stringVal(x);
    case constant.Kind.Bool:
      return constant.boolVal(x) ? "true" : "false";
  }
  return x;
}

Checker.prototype.typeAssertion = function (this: Checker, e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  const cause = { msg: "" };
  if (this.assertableTo(x.type, T, cause)) return;
  if (typeSwitch) {
    this.error(e, `impossible type switch case: ${exprString(e)}\n\t${this.opnd(x)} cannot have dynamic type ${this.typeStr(T)} ${cause.msg}`);
    return;
  }
  this.error(e, `impossible type assertion: ${exprString(e)}\n\t${this.typeStr(T)} does not implement ${this.typeStr(x.type)} ${cause.msg}`);
};

// ---------------------------------------------------------------------------
// Entry points.

Checker.prototype.expr = function (this: Checker, x: Operand, e: ast.Expr, T: Type | Target | null = null): void {
  let target: Target | null = null;
  if (T !== null && T !== undefined) target = "sig" in T ? (T as Target) : newTarget(T as Type, "");
  this.rawExpr(x, e, null, false, target);
  this.exclude(x, ModeSet.NoValue | ModeSet.Builtin | ModeSet.TypExpr);
  this.singleValue(x);
};

Checker.prototype.genericExpr = function (this: Checker, x: Operand, e: ast.Expr): void {
  this.rawExpr(x, e, null, true);
  this.exclude(x, ModeSet.NoValue | ModeSet.Builtin | ModeSet.TypExpr);
  this.singleValue(x);
};

Checker.prototype.multiExpr = function (this: Checker, e: ast.Expr, allowCommaOk: boolean): { list: Operand[]; commaOk: boolean } {
  const x = new Operand();
  this.rawExpr(x, e, null, false);
  this.exclude(x, ModeSet.NoValue | ModeSet.Builtin | ModeSet.TypExpr);

  if (x.type.kind === TypeKind.Tuple && x.mode !== Mode.Invalid) {
    const t = x.type as Tuple;
    const list = t.vars.map((v) => newOperand(Mode.Value, e, v.type!));
    return { list, commaOk: false };
  }

  const list = [x];
  if (allowCommaOk && (x.mode === Mode.MapIndex || x.mode === Mode.CommaOk || x.mode === Mode.CommaErr)) {
    const x2 = newOperand(Mode.Value, e, x.mode === Mode.CommaErr ? errorType : untypedBool);
    list.push(x2);
    return { list, commaOk: true };
  }
  return { list, commaOk: false };
};

Checker.prototype.exprWithHint = function (this: Checker, x: Operand, e: ast.Expr, hint: Type): void {
  this.rawExpr(x, e, hint, false);
  this.exclude(x, ModeSet.NoValue | ModeSet.Builtin | ModeSet.TypExpr);
  this.singleValue(x);
};

Checker.prototype.exprOrType = function (this: Checker, x: Operand, e: ast.Expr, allowGeneric: boolean): void {
  this.rawExpr(x, e, null, allowGeneric);
  this.exclude(x, ModeSet.NoValue);
  this.singleValue(x);
};

Checker.prototype.exclude = function (this: Checker, x: Operand, modeset: number): void {
  if ((modeset & (1 << x.mode)) === 0) return;
  let msg: string;
  switch (x.mode) {
    case Mode.NoValue:
      msg = (modeset & ModeSet.TypExpr) !== 0 ? "%s used as value" : "%s used as value or type";
      break;
    case Mode.Builtin:
      msg = "%s must be called";
      break;
    default:
      msg = "%s is not an expression";
  }
  this.error(x, msg.replace("%s", this.opnd(x)));
  x.mode = Mode.Invalid;
};

Checker.prototype.singleValue = function (this: Checker, x: Operand): void {
  if (x.mode === Mode.Value && x.type.kind === TypeKind.Tuple) {
    this.error(x, `multiple-value ${this.opnd(x)} in single-value context`);
    x.mode = Mode.Invalid;
  }
};
