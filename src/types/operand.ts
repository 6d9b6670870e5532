// Operands: the result of checking an expression (types2's operand.go).
// An operand has a mode (what kind of thing the expression denotes), a type,
// and, for constants, a value.

import type * as ast from "../syntax/ast.js";
import type { Value } from "./constant.js";
import { type Type, invalidType } from "./types.js";
import type { BuiltinId } from "./objects.js";

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
}
