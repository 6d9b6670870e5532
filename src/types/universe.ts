// The universe scope and package unsafe (types2's universe.go): the
// predeclared types, constants, nil and builtin functions every Go file
// sees, created once per process.

import * as constant from "./constant.js";
import {
  Typ,
  BasicKind,
  byteType,
  runeType,
  Interface,
  Signature,
  Tuple,
  type Type,
} from "./types.js";
import {
  Scope,
  Package,
  TypeName,
  Const,
  Nil,
  Builtin,
  BuiltinId,
  Func,
  Var,
  Color,
  universeScopeRef,
  newNamed,
  newAlias,
  type Obj,
} from "./objects.js";
import { runeTypeRef } from "./predicates.js";
import { universeIfaces } from "./typestring.js";

export const Universe = new Scope(null, 0, 0, "universe");
universeScopeRef.scope = Universe;

function def(obj: Obj, scope: Scope = Universe): void {
  obj.color = Color.Black;
  scope.insert(obj);
  obj.parent = scope;
}

// Types.
for (const t of Typ) {
  if (t.basicKind === BasicKind.UnsafePointer) continue;
  def(new TypeName(0, null, t.name, t));
}
def(new TypeName(0, null, "byte", byteType));
def(new TypeName(0, null, "rune", runeType));
runeTypeRef.t = runeType;

/** The interface{} behind `any`; `any` itself is an alias of it. */
export const anyInterface = new Interface([], []);
anyInterface.tset = { methods: [], terms: null, comparable: false };
universeIfaces.any = anyInterface;
export const anyType: Type = (() => {
  const obj = new TypeName(0, null, "any", null);
  newAlias(obj, anyInterface);
  def(obj);
  return obj.type!;
})();

/** The predeclared error type: interface { Error() string }. */
export const errorType: Type = (() => {
  const obj = new TypeName(0, null, "error", null);
  const named = newNamed(obj, null);
  const recv = new Var(0, null, "", named);
  const res = new Var(0, null, "", Typ[BasicKind.String]);
  const sig = new Signature(recv, new Tuple([]), new Tuple([res]), false);
  const errorMethod = new Func(0, null, "Error", sig);
  const iface = new Interface([errorMethod], []);
  iface.tset = { methods: [errorMethod], terms: null, comparable: false };
  named.underlying = iface;
  named.fromRHS = iface;
  def(obj);
  return named;
})();

export const comparableType: Type = (() => {
  const obj = new TypeName(0, null, "comparable", null);
  const named = newNamed(obj, null);
  const iface = new Interface([], []);
  iface.tset = { methods: [], terms: null, comparable: true };
  universeIfaces.comparable = iface;
  named.underlying = iface;
  named.fromRHS = iface;
  def(obj);
  return named;
})();

// Constants and nil.
def(new Const(0, null, "true", Typ[BasicKind.UntypedBool], constant.makeBool(true)));
def(new Const(0, null, "false", Typ[BasicKind.UntypedBool], constant.makeBool(false)));
export const universeIota = new Const(0, null, "iota", Typ[BasicKind.UntypedInt], constant.makeInt64(0));
def(universeIota);
def(new Nil(0, null, "nil", Typ[BasicKind.UntypedNil]));

// Builtin functions.

export const enum ExprKind {
  Conversion,
  Expression,
  Statement,
}

export interface BuiltinInfo {
  name: string;
  nargs: number;
  variadic: boolean;
  kind: ExprKind;
}

export const builtinInfo: Record<BuiltinId, BuiltinInfo> = {
  [BuiltinId.Append]: { name: "append", nargs: 1, variadic: true, kind: ExprKind.Expression },
  [BuiltinId.Cap]: { name: "cap", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Clear]: { name: "clear", nargs: 1, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Close]: { name: "close", nargs: 1, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Complex]: { name: "complex", nargs: 2, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Copy]: { name: "copy", nargs: 2, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Delete]: { name: "delete", nargs: 2, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Imag]: { name: "imag", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Len]: { name: "len", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Make]: { name: "make", nargs: 1, variadic: true, kind: ExprKind.Expression },
  [BuiltinId.Max]: { name: "max", nargs: 1, variadic: true, kind: ExprKind.Expression },
  [BuiltinId.Min]: { name: "min", nargs: 1, variadic: true, kind: ExprKind.Expression },
  [BuiltinId.New]: { name: "new", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Panic]: { name: "panic", nargs: 1, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Print]: { name: "print", nargs: 0, variadic: true, kind: ExprKind.Statement },
  [BuiltinId.Println]: { name: "println", nargs: 0, variadic: true, kind: ExprKind.Statement },
  [BuiltinId.Real]: { name: "real", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Recover]: { name: "recover", nargs: 0, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Add]: { name: "Add", nargs: 2, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Alignof]: { name: "Alignof", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Offsetof]: { name: "Offsetof", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Sizeof]: { name: "Sizeof", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Slice]: { name: "Slice", nargs: 2, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.SliceData]: { name: "SliceData", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.String]: { name: "String", nargs: 2, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.StringData]: { name: "StringData", nargs: 1, variadic: false, kind: ExprKind.Expression },
  [BuiltinId.Assert]: { name: "assert", nargs: 1, variadic: false, kind: ExprKind.Statement },
  [BuiltinId.Trace]: { name: "trace", nargs: 0, variadic: true, kind: ExprKind.Statement },
};

/** Package unsafe: provided by the type checker itself, not by source. */
export const unsafePackage = new Package("unsafe", "unsafe");
unsafePackage.complete = true;
unsafePackage.isStd = true;

for (let id = BuiltinId.Append; id <= BuiltinId.Recover; id++) {
  def(new Builtin(builtinInfo[id as BuiltinId].name, id as BuiltinId));
}
def(new TypeName(0, unsafePackage, "Pointer", Typ[BasicKind.UnsafePointer]), unsafePackage.scope);
for (let id = BuiltinId.Add; id <= BuiltinId.StringData; id++) {
  def(new Builtin(builtinInfo[id as BuiltinId].name, id as BuiltinId, unsafePackage), unsafePackage.scope);
}
