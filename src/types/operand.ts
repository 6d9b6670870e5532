// Operands: the result of checking an expression (types2's operand.go).
// An operand has a mode (what kind of thing the expression denotes), a type,
// and, for constants, a value. Also: how operands are written in messages
// (operandString) and the assignability rule of the spec (assignableTo).

import type * as ast from "../syntax/ast.js";
import type { Value } from "./constant.js";
import * as constant from "./constant.js";
import {
  type Type,
  TypeKind,
  BasicKind,
  ChanDirection,
  Typ,
  invalidType,
  isValid,
  under,
  unalias,
} from "./types.js";
import type { BuiltinId } from "./objects.js";
import { builtinInfo } from "./universe.js";
import { typeString, type Qualifier } from "./typestring.js";
import { identical, isUntyped, hasName } from "./predicates.js";
import { exprString } from "./exprstring.js";
import { isGeneric, hasEmptyTypeset, isInterfacePtr, tparamIs } from "./under.js";
import type { Checker } from "./check.js";

export const enum Mode {
  /** The operand is invalid (an error was reported). */
  Invalid,
  /** A call of a function without results. */
  NoValue,
  /** A built-in function (only as the function of a call). */
  Builtin,
  /** A type. */
  TypExpr,
  /** A constant; val holds its value. */
  Constant,
  /** An addressable variable. */
  Variable,
  /** A map index expression (assignable, comma-ok, not addressable). */
  MapIndex,
  /** A computed value. */
  Value,
  /** The predeclared nil (typed as untyped nil). */
  NilValue,
  /** A value that may be used in a comma-ok assignment (v, ok := ...). */
  CommaOk,
  /** A cgo comma-error value (unused by gots). */
  CommaErr,
}

export const modeNames: readonly string[] = [
  "invalid operand",
  "no value",
  "built-in",
  "type",
  "constant",
  "variable",
  "map index expression",
  "value",
  "nil",
  "comma, ok expression",
  "comma, error expression",
];

/**
 * Why an operation failed, where types2 distinguishes (its error codes):
 * the assignment and conversion messages depend on it.
 */
export const enum Code {
  Ok = 0,
  IncompatibleAssign,
  InvalidIfaceAssign,
  InvalidChanAssign,
  TruncatedFloat,
  NumericOverflow,
  InvalidConstVal,
  InvalidUntypedConversion,
}

/** An out-parameter for the detailed cause of a failed check (types2's *string cause). */
export interface Cause {
  msg: string;
}

export class Operand {
  mode: Mode = Mode.Invalid;
  expr: ast.Expr | null = null;
  type: Type = invalidType;
  val: Value | null = null;
  /** For Mode.Builtin: which builtin. */
  id: BuiltinId = 0 as BuiltinId;

  /** Marks the operand invalid (after an error). */
  invalidate(): void {
    this.mode = Mode.Invalid;
  }

  assign(y: Operand): void {
    this.mode = y.mode;
    this.expr = y.expr;
    this.type = y.type;
    this.val = y.val;
    this.id = y.id;
  }

  /** A copy of this operand. */
  clone(): Operand {
    const y = new Operand();
    y.assign(this);
    return y;
  }

  /** The operand is the predeclared nil. */
  isNil(): boolean {
    return this.mode === Mode.NilValue;
  }
}

/** An operand with the given fields (types2's operand literal). */
export function newOperand(mode: Mode, expr: ast.Expr | null, type: Type, val: Value | null = null): Operand {
  const x = new Operand();
  x.mode = mode;
  x.expr = expr;
  x.type = type;
  x.val = val;
  return x;
}

/**
 * The operand as written in gc's messages, e.g. "x (variable of type int)",
 * "1 (untyped int constant)", "c (constant 5 of type T)", "nil".
 */
export function operandString(x: Operand, qf: Qualifier | null): string {
  if (x.mode === Mode.NilValue) {
    const t = x.type;
    if (t === null || t === invalidType) return "nil (with invalid type)";
    if (t.kind === TypeKind.Basic && t.basicKind === BasicKind.UntypedNil) return "nil";
    return `nil (of type ${typeString(t, qf)})`;
  }

  let expr = "";
  if (x.expr !== null) {
    expr = exprString(x.expr);
  } else {
    switch (x.mode) {
      case Mode.Builtin:
        expr = builtinInfo[x.id].name;
        break;
      case Mode.TypExpr:
        expr = typeString(x.type, qf);
        break;
      case Mode.Constant:
        expr = constant.toString(x.val!);
        break;
    }
  }

  let buf = "";
  if (expr !== "") buf = expr + " (";

  let hasType = false;
  switch (x.mode) {
    case Mode.Invalid:
    case Mode.NoValue:
    case Mode.Builtin:
    case Mode.TypExpr:
      break;
    default:
      if (x.type !== null) {
        if (isUntyped(x.type)) {
          buf += (unalias(x.type) as { name: string }).name + " ";
          break;
        }
        hasType = true;
      }
  }

  buf += modeNames[x.mode];

  if (x.mode === Mode.Constant && x.val !== null) {
    const s = constant.toString(x.val);
    if (s !== expr) buf += " " + s;
  }

  if (hasType) {
    if (isValid(x.type)) {
      buf += isGeneric(x.type) ? " of generic type " : " of type ";
      buf += typeString(x.type, qf);
      const tp = unalias(x.type);
      if (tp.kind === TypeKind.TypeParam) {
        buf += " constrained by " + typeString(tp.bound, qf);
        if (hasEmptyTypeset(tp)) buf += " with empty type set";
      }
    } else {
      buf += " with invalid type";
    }
  }

  if (expr !== "") buf += ")";
  return buf;
}

/**
 * Whether x is assignable to a variable of type T (spec: "Assignability").
 * Returns Code.Ok if it is, else the kind of failure; cause, if given, may
 * receive a more detailed explanation.
 */
export function assignableTo(check: Checker, x: Operand, T: Type, cause: Cause | null): Code {
  if (x.mode === Mode.Invalid || !isValid(T)) return Code.Ok;

  const origT = T;
  const V = unalias(x.type);
  T = unalias(T);

  if (identical(V, T)) return Code.Ok;

  const Vu = under(V);
  const Tu = under(T);
  const Vp = V.kind === TypeKind.TypeParam ? V : null;
  const Tp = T.kind === TypeKind.TypeParam ? T : null;

  // An untyped value representable by a value of type T.
  if (isUntyped(Vu)) {
    if (Tp !== null) {
      const ok = tparamIs(Tp, (t) => t !== null && check.implicitTypeAndValue(x, t.type) !== null);
      return ok ? Code.Ok : Code.IncompatibleAssign;
    }
    return check.implicitTypeAndValue(x, T) !== null ? Code.Ok : Code.IncompatibleAssign;
  }

  // Identical underlying types and at least one is not a named type.
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)) && Vp === null && Tp === null) return Code.Ok;

  // T is an interface type (not a type parameter) and V implements T; also
  // for pointers to interfaces, to get implements' cause.
  if ((Tu.kind === TypeKind.Interface && Tp === null) || isInterfacePtr(Tu)) {
    if (check.implements(V, T, false, cause)) return Code.Ok;
    if (Vp === null) return Code.InvalidIfaceAssign;
    if (cause !== null) cause.msg = "";
  }

  // V is an interface: a missing type assertion may be the problem.
  if (Vu.kind === TypeKind.Interface && Vp === null) {
    if (check.implements(T, V, false, null)) {
      if (cause !== null) cause.msg = "need type assertion";
      return Code.IncompatibleAssign;
    }
  }

  // A bidirectional channel value with identical element types, one of V or T unnamed.
  if (Vu.kind === TypeKind.Chan && Vu.dir === ChanDirection.SendRecv) {
    if (Tu.kind === TypeKind.Chan && identical(Vu.elem, Tu.elem)) {
      return !hasName(V) || !hasName(T) ? Code.Ok : Code.InvalidChanAssign;
    }
  }

  if (Vp === null && Tp === null) return Code.IncompatibleAssign;

  const errorf = (msg: string) => {
    if (cause !== null) {
      if (cause.msg !== "") msg += "\n\t" + cause.msg;
      cause.msg = msg;
    }
  };

  // V is not a named type and T is a type parameter: x must be assignable
  // to each specific type in T's type set.
  if (!hasName(V) && Tp !== null) {
    let code = Code.IncompatibleAssign;
    let ok = false;
    tparamIs(Tp, (t) => {
      if (t === null) return false;
      code = assignableTo(check, x, t.type, cause);
      ok = code === Code.Ok;
      if (!ok) {
        errorf(`cannot assign ${check.typeStr(x.type)} to ${check.typeStr(t.type)} (in ${check.typeStr(Tp)})`);
        return false;
      }
      return true;
    });
    return ok ? Code.Ok : (code as Code) === Code.Ok ? Code.IncompatibleAssign : code;
  }

  // V is a type parameter and T is not a named type: values of each
  // specific type in V's type set must be assignable to T.
  if (Vp !== null && !hasName(T)) {
    const y = x.clone();
    let code = Code.IncompatibleAssign;
    let ok = false;
    tparamIs(Vp, (v) => {
      if (v === null) return false;
      y.type = v.type;
      code = assignableTo(check, y, T, cause);
      ok = code === Code.Ok;
      if (!ok) {
        errorf(`cannot assign ${check.typeStr(v.type)} (in ${check.typeStr(Vp)}) to ${check.typeStr(origT)}`);
        return false;
      }
      return true;
    });
    return ok ? Code.Ok : (code as Code) === Code.Ok ? Code.IncompatibleAssign : code;
  }

  return Code.IncompatibleAssign;
}

/** The untyped bool type, for comma-ok results. */
export const untypedBool = Typ[BasicKind.UntypedBool];
