// Calls of the predeclared functions and of package unsafe's functions
// (types2's builtins.go): argument counts, the special argument forms of
// make, new and unsafe.Offsetof, constant results (len and cap of arrays
// and constant strings, complex/real/imag of constants, unsafe.Sizeof,
// Alignof and Offsetof with gc's sizes), min and max, clear, and the
// recorded signatures of the calls.

import * as ast from "../syntax/ast.js";
import * as constant from "./constant.js";
import { Checker, SelectionKind } from "./check.js";
import {
  type Type,
  TypeKind,
  Typ,
  BasicKind,
  Basic,
  Pointer,
  Slice,
  Tuple,
  Signature,
  Interface,
  Union,
  Term,
  TypeParam,
  byteType,
  isValid,
  under,
  unalias,
  asNamed,
  Named,
} from "./types.js";
import { Var, TypeName, newTypeParam } from "./objects.js";
import { BuiltinId } from "./objects.js";
import { identical, isUntyped, isNumeric, isString, isTypeParam, isBoolean, allOrdered, defaultType } from "./predicates.js";
import { Operand, Mode, Code, newOperand, assignableTo } from "./operand.js";
import { builtinInfo } from "./universe.js";
import { sizeof, alignof, offsetsof } from "./sizes.js";
import { lookupFieldOrMethod, derefStructPtr } from "./lookup.js";
import { exprString } from "./exprstring.js";
import { coreType, coreString, underIs, tparamIs, tparamUnderIs } from "./under.js";
import { ObjKind } from "./objects.js";

declare module "./check.js" {
  interface Checker {
    builtin(x: Operand, call: ast.CallExpr, id: BuiltinId): boolean;
    applyTypeFunc(f: (t: Type) => Type | null, x: Operand, id: BuiltinId): Type | null;
  }
}

const invalidOp = "invalid operation: ";
const invalidArg = "invalid argument: ";

/** The empty interface of builtin signatures (types2's emptyInterface; printed "interface{}"). */
const emptyInterface = new Interface([], []);
emptyInterface.tset = { methods: [], terms: null, comparable: false };

/** Signatures of one- and two-argument builtin calls, by result and argument types (they are immutable). */
const sigCache = new Map<Type | null, Map<Type, Signature>>();
const sigCache2 = new Map<Type | null, Map<Type, Map<Type, Signature>>>();

/** A signature for the given argument and result types (types2's makeSig). */
function makeSig(res: Type | null, ...args: Type[]): Signature {
  if (args.length === 1) {
    let m = sigCache.get(res);
    if (m === undefined) sigCache.set(res, (m = new Map()));
    let sig = m.get(args[0]);
    if (sig === undefined) m.set(args[0], (sig = makeSig0(res, args)));
    return sig;
  }
  if (args.length === 2) {
    let m = sigCache2.get(res);
    if (m === undefined) sigCache2.set(res, (m = new Map()));
    let m2 = m.get(args[0]);
    if (m2 === undefined) m.set(args[0], (m2 = new Map()));
    let sig = m2.get(args[1]);
    if (sig === undefined) m2.set(args[1], (sig = makeSig0(res, args)));
    return sig;
  }
  return makeSig0(res, args);
}

/** A variadic signature (not cached: callers set variadic). */
function makeVariadicSig(res: Type, ...args: Type[]): Signature {
  const sig = makeSig0(res, args);
  sig.variadic = true;
  return sig;
}

function makeSig0(res: Type | null, args: Type[]): Signature {
  const params = new Tuple(args.map((t) => new Var(0, null, "", defaultType(t))));
  const results = res !== null ? new Tuple([new Var(0, null, "", res)]) : new Tuple([]);
  return new Signature(null, params, results, false);
}

/** The complex type with parts of float type typ, or null (for complex). */
function complexOf(typ: Type): Type | null {
  const t = under(typ);
  if (t.kind === TypeKind.Basic) {
    switch (t.basicKind) {
      case BasicKind.Float32:
        return Typ[BasicKind.Complex64];
      case BasicKind.Float64:
        return Typ[BasicKind.Complex128];
      case BasicKind.UntypedFloat:
        return Typ[BasicKind.UntypedComplex];
    }
  }
  return null;
}

/** The float type of the parts of complex type typ, or null (for real and imag). */
function partOf(typ: Type): Type | null {
  const t = under(typ);
  if (t.kind === TypeKind.Basic) {
    switch (t.basicKind) {
      case BasicKind.Complex64:
        return Typ[BasicKind.Float32];
      case BasicKind.Complex128:
        return Typ[BasicKind.Float64];
      case BasicKind.UntypedComplex:
        return Typ[BasicKind.UntypedFloat];
    }
  }
  return null;
}

/** A if typ is *A for an array A, else typ (types2's arrayPtrDeref). */
function arrayPtrDeref(typ: Type): Type {
  const p = unalias(typ);
  if (p.kind === TypeKind.Pointer) {
    const a = under(p.base);
    if (a.kind === TypeKind.Array) return a;
  }
  return typ;
}

/** Whether t's size depends on type parameters (types2's hasVarSize). */
function hasVarSize(t: Type, seen: Map<Named, boolean> | null): boolean {
  const named = asNamed(t);
  if (named !== null) {
    const v = seen?.get(named);
    if (v !== undefined) return v;
    seen ??= new Map();
    seen.set(named, true);
    const r = hasVarSize0(t, seen);
    seen.set(named, r);
    return r;
  }
  return hasVarSize0(t, seen);
}

function hasVarSize0(t: Type, seen: Map<Named, boolean> | null): boolean {
  const u0 = unalias(t);
  if (u0.kind === TypeKind.TypeParam) return true;
  const u = under(u0);
  switch (u.kind) {
    case TypeKind.Array:
      return hasVarSize(u.elem, seen);
    case TypeKind.Struct:
      for (const f of u.fields) if (hasVarSize(f.type!, seen)) return true;
      return false;
  }
  return false;
}

/** The offset of the field at the index path in T, or -1 if too large (types2's Config.offsetof). */
function offsetof(T: Type, index: number[]): number {
  let offs = 0;
  for (const i of index) {
    const s = under(T) as import("./types.js").Struct;
    const d = offsetsof(s.fields)[i];
    if (d < 0) return -1;
    offs += d;
    if (offs > Number.MAX_SAFE_INTEGER) return -1;
    T = s.fields[i].type!;
  }
  return offs;
}

Checker.prototype.builtin = function (this: Checker, x: Operand, call: ast.CallExpr, id: BuiltinId): boolean {
  const argList = call.argList;
  const bin = builtinInfo[id];
  if (call.hasDots && id !== BuiltinId.Append) {
    this.error(call, `${invalidOp}invalid use of ... with built-in ${bin.name}`);
    this.useN(argList, false);
    return false;
  }

  const isLenCap = id === BuiltinId.Len || id === BuiltinId.Cap;
  const savedHasCall = this.env.hasCallOrRecv;
  if (isLenCap) this.env.hasCallOrRecv = false;
  try {
    return builtin1(this, x, call, id, argList, bin.name);
  } finally {
    if (isLenCap) this.env.hasCallOrRecv = savedHasCall;
  }
};


function builtin1(check: Checker, x: Operand, call: ast.CallExpr, id0: BuiltinId, argList: ast.Expr[], name: string): boolean {
  const id = id0;
  const bin = builtinInfo[id0];
  let args: Operand[] = [];
  let nargs: number;
  switch (id) {
    case BuiltinId.Make:
    case BuiltinId.New:
    case BuiltinId.Offsetof:
    case BuiltinId.Trace:
      nargs = argList.length;
      break;
    default:
      args = check.exprList(argList);
      nargs = args.length;
      for (const a of args) if (a.mode === Mode.Invalid) return false;
      if (nargs > 0) x.assign(args[0]);
  }

  {
    let msg = "";
    if (nargs < bin.nargs) msg = "not enough";
    else if (!bin.variadic && nargs > bin.nargs) msg = "too many";
    if (msg !== "") {
      check.error(call, `${invalidOp}${msg} arguments for ${exprString(call)} (expected ${bin.nargs}, found ${nargs})`);
      return false;
    }
  }

  const recordTypes = true;

  switch (id) {
    case BuiltinId.Append: {
      const S = x.type;
      let T: Type;
      const s = coreType(S);
      if (s !== null && s.kind === TypeKind.Slice) {
        T = s.elem;
      } else {
        let cause: string;
        if (x.isNil()) cause = "have untyped nil";
        else if (isTypeParam(S)) {
          const u = coreType(S);
          cause = u !== null ? `${check.opnd(x)} has core type ${check.typeStr(u)}` : `${check.opnd(x)} has no core type`;
        } else cause = `have ${check.opnd(x)}`;
        check.error(x, `first argument to append must be a slice; ${cause}`);
        return false;
      }
      if (nargs === 2 && call.hasDots) {
        if (assignableTo(check, x, new Slice(byteType), null) === Code.Ok) {
          const y = args[1];
          const t = coreString(y.type, Typ[BasicKind.String]);
          if (t !== null && isString(t)) {
            if (recordTypes) check.recordBuiltinType(call.fun, makeVariadicSig(S, S, y.type));
            x.mode = Mode.Value;
            x.type = S;
            break;
          }
        }
      }
      const sig = makeVariadicSig(S, S, new Slice(T));
      check.arguments(call, sig, null, null, args, [], []);
      x.mode = Mode.Value;
      x.type = S;
      if (recordTypes) check.recordBuiltinType(call.fun, sig);
      break;
    }

    case BuiltinId.Cap:
    case BuiltinId.Len: {
      let mode = Mode.Invalid;
      let val: constant.Value | null = null;
      const t = arrayPtrDeref(under(x.type));
      switch (t.kind) {
        case TypeKind.Basic:
          if (isString(t) && id === BuiltinId.Len) {
            if (x.mode === Mode.Constant) {
              mode = Mode.Constant;
              val = constant.makeInt64(constant.stringVal(x.val!).length);
            } else {
              mode = Mode.Value;
            }
          }
          break;
        case TypeKind.Array:
          mode = Mode.Value;
          if (!check.env.hasCallOrRecv) {
            mode = Mode.Constant;
            val = t.len >= 0 ? constant.makeInt64(t.len) : constant.unknown;
          }
          break;
        case TypeKind.Slice:
        case TypeKind.Chan:
          mode = Mode.Value;
          break;
        case TypeKind.Map:
          if (id === BuiltinId.Len) mode = Mode.Value;
          break;
        case TypeKind.TypeParam:
          if (
            tparamUnderIs(t, (u) => {
              if (u === null) return false;
              const a = arrayPtrDeref(u);
              switch (a.kind) {
                case TypeKind.Basic:
                  return isString(a) && id === BuiltinId.Len;
                case TypeKind.Array:
                case TypeKind.Slice:
                case TypeKind.Chan:
                  return true;
                case TypeKind.Map:
                  return id === BuiltinId.Len;
              }
              return false;
            })
          ) {
            mode = Mode.Value;
          }
          break;
      }
      if (mode === Mode.Invalid) {
        if (isValid(under(x.type))) check.error(x, `${invalidArg}${check.opnd(x)} for built-in ${name}`);
        return false;
      }
      if (recordTypes && mode !== Mode.Constant) check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Int], x.type));
      x.mode = mode;
      x.type = Typ[BasicKind.Int];
      x.val = val;
      break;
    }

    case BuiltinId.Clear: {
      check.verifyVersion(call.fun, 21, "clear");
      if (
        !underIs(x.type, (u) => {
          if (u !== null && (u.kind === TypeKind.Map || u.kind === TypeKind.Slice)) return true;
          check.error(x, `${invalidArg}cannot clear ${check.opnd(x)}: argument must be (or constrained by) map or slice`);
          return false;
        })
      ) {
        return false;
      }
      x.mode = Mode.NoValue;
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(null, x.type));
      break;
    }

    case BuiltinId.Close: {
      if (
        !underIs(x.type, (u) => {
          if (u === null || u.kind !== TypeKind.Chan) {
            check.error(x, `${invalidOp}cannot close non-channel ${check.opnd(x)}`);
            return false;
          }
          if (u.dir === 2) {
            check.error(x, `${invalidOp}cannot close receive-only channel ${check.opnd(x)}`);
            return false;
          }
          return true;
        })
      ) {
        return false;
      }
      x.mode = Mode.NoValue;
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(null, x.type));
      break;
    }

    case BuiltinId.Complex: {
      const y = args[1];
      let d = 0;
      if (isUntyped(x.type)) d |= 1;
      if (isUntyped(y.type)) d |= 2;
      switch (d) {
        case 1:
          check.convertUntyped(x, y.type);
          break;
        case 2:
          check.convertUntyped(y, x.type);
          break;
        case 3:
          if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
            const toFloat = (z: Operand) => {
              if (isNumeric(z.type) && constant.sign(constant.imag(z.val!)) === 0) z.type = Typ[BasicKind.UntypedFloat];
            };
            toFloat(x);
            toFloat(y);
          } else {
            check.convertUntyped(x, Typ[BasicKind.Float64]);
            check.convertUntyped(y, Typ[BasicKind.Float64]);
          }
      }
      if (x.mode === Mode.Invalid || y.mode === Mode.Invalid) return false;

      if (!identical(x.type, y.type)) {
        check.error(x, `${invalidOp}${exprString(call)} (mismatched types ${check.typeStr(x.type)} and ${check.typeStr(y.type)})`);
        return false;
      }

      const resTyp = check.applyTypeFunc(complexOf, x, id0);
      if (resTyp === null) {
        check.error(x, `${invalidArg}arguments have type ${check.typeStr(x.type)}, expected floating-point`);
        return false;
      }
      if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
        x.val = constant.binaryOp(constant.toFloat(x.val!), ast.Operator.Add, constant.makeImag(constant.toFloat(y.val!)));
      } else {
        x.mode = Mode.Value;
      }
      if (recordTypes && x.mode !== Mode.Constant) check.recordBuiltinType(call.fun, makeSig(resTyp, x.type, x.type));
      x.type = resTyp;
      break;
    }

    case BuiltinId.Copy: {
      const dst0 = coreType(x.type);
      const dst = dst0 !== null && dst0.kind === TypeKind.Slice ? dst0 : null;
      const y = args[1];
      let src0 = coreString(y.type, Typ[BasicKind.String]);
      if (src0 !== null && isString(src0)) src0 = new Slice(byteType);
      const src = src0 !== null && src0.kind === TypeKind.Slice ? src0 : null;
      if (dst === null || src === null) {
        check.error(x, `${invalidArg}copy expects slice arguments; found ${check.opnd(x)} and ${check.opnd(y)}`);
        return false;
      }
      if (!identical(dst.elem, src.elem)) {
        check.error(
          x,
          `${invalidArg}arguments to copy ${check.opnd(x)} and ${check.opnd(y)} have different element types ${check.typeStr(dst.elem)} and ${check.typeStr(src.elem)}`,
        );
        return false;
      }
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Int], x.type, y.type));
      x.mode = Mode.Value;
      x.type = Typ[BasicKind.Int];
      break;
    }

    case BuiltinId.Delete: {
      const map = x.type;
      let key: Type | null = null;
      if (
        !underIs(map, (u) => {
          if (u === null || u.kind !== TypeKind.Map) {
            check.error(x, `${invalidArg}${check.opnd(x)} is not a map`);
            return false;
          }
          if (key !== null && !identical(u.key, key)) {
            check.error(x, `${invalidArg}maps of ${check.opnd(x)} must have identical key types`);
            return false;
          }
          key = u.key;
          return true;
        })
      ) {
        return false;
      }
      x.assign(args[1]);
      check.assignment(x, key, "argument to delete");
      if ((x.mode as Mode) === Mode.Invalid) return false;
      x.mode = Mode.NoValue;
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(null, map, key!));
      break;
    }

    case BuiltinId.Imag:
    case BuiltinId.Real: {
      if (isUntyped(x.type)) {
        if (x.mode === Mode.Constant) {
          if (isNumeric(x.type)) x.type = Typ[BasicKind.UntypedComplex];
        } else {
          check.convertUntyped(x, Typ[BasicKind.Complex128]);
          if ((x.mode as Mode) === Mode.Invalid) return false;
        }
      }
      const resTyp = check.applyTypeFunc(partOf, x, id0);
      if (resTyp === null) {
        check.error(x, `${invalidArg}argument has type ${check.typeStr(x.type)}, expected complex type`);
        return false;
      }
      if (x.mode === Mode.Constant) {
        x.val = id === BuiltinId.Real ? constant.real(x.val!) : constant.imag(x.val!);
      } else {
        x.mode = Mode.Value;
      }
      if (recordTypes && x.mode !== Mode.Constant) check.recordBuiltinType(call.fun, makeSig(resTyp, x.type));
      x.type = resTyp;
      break;
    }

    case BuiltinId.Make: {
      const arg0 = argList[0];
      const T = check.varType(arg0);
      if (!isValid(T)) return false;
      let min: number;
      const ct = coreType(T);
      switch (ct === null ? null : ct.kind) {
        case TypeKind.Slice:
          min = 2;
          break;
        case TypeKind.Map:
        case TypeKind.Chan:
          min = 1;
          break;
        case null:
          check.error(arg0, `${invalidArg}cannot make ${exprString(arg0)}: no core type`);
          return false;
        default:
          check.error(arg0, `${invalidArg}cannot make ${exprString(arg0)}; type must be slice, map, or channel`);
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        check.error(call, `${invalidOp}${exprString(call)} expects ${min} or ${min + 1} arguments; found ${nargs}`);
        return false;
      }
      const types: Type[] = [T];
      const sizes: number[] = [];
      for (const arg of argList.slice(1)) {
        const [typ, size] = check.index(arg, -1);
        types.push(typ);
        if (size >= 0) sizes.push(size);
      }
      if (sizes.length === 2 && sizes[0] > sizes[1]) {
        check.error(argList[1], `${invalidArg}length and capacity swapped`);
      }
      x.mode = Mode.Value;
      x.type = T;
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(x.type, ...types));
      break;
    }

    case BuiltinId.Max:
    case BuiltinId.Min: {
      check.verifyVersion(call.fun, 21, `built-in ${name}`);
      const op = id === BuiltinId.Max ? ast.Operator.Gtr : ast.Operator.Lss;
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a.mode === Mode.Invalid) return false;
        if (!allOrdered(a.type)) {
          check.error(a, `${invalidArg}${check.opnd(a)} cannot be ordered`);
          return false;
        }
        if (i > 0) {
          check.matchTypes(x, a);
          if ((x.mode as Mode) === Mode.Invalid) return false;
          if (!identical(x.type, a.type)) {
            check.error(
              a,
              `${invalidArg}mismatched types ${check.typeStr(x.type)} (previous argument) and ${check.typeStr(a.type)} (type of ${exprString(a.expr!)})`,
            );
            return false;
          }
          if (x.mode === Mode.Constant && a.mode === Mode.Constant) {
            if (constant.compare(a.val!, op, x.val!)) x.assign(a);
          } else {
            x.mode = Mode.Value;
          }
        }
      }
      if (x.mode !== Mode.Constant) {
        x.mode = Mode.Value;
        check.assignment(x, emptyInterface, "argument to built-in " + name);
        if ((x.mode as Mode) === Mode.Invalid) return false;
      }
      for (const a of args) if (a.expr !== null) check.updateExprType(a.expr, x.type, true);
      if (recordTypes && x.mode !== Mode.Constant) {
        check.recordBuiltinType(call.fun, makeSig(x.type, ...args.map(() => x.type)));
      }
      break;
    }

    case BuiltinId.New: {
      const T = check.varType(argList[0]);
      if (!isValid(T)) return false;
      x.mode = Mode.Value;
      x.type = new Pointer(T);
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(x.type, T));
      break;
    }

    case BuiltinId.Panic: {
      const sig = check.env.sig;
      if (sig !== null && sig.results.length > 0) {
        if (check.env.isPanic === null) check.env.isPanic = new Set();
        check.env.isPanic.add(call);
      }
      check.assignment(x, emptyInterface, "argument to panic");
      if ((x.mode as Mode) === Mode.Invalid) return false;
      x.mode = Mode.NoValue;
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(null, emptyInterface));
      break;
    }

    case BuiltinId.Print:
    case BuiltinId.Println: {
      const params: Type[] = [];
      for (const a of args) {
        check.assignment(a, null, "argument to built-in" + name);
        if (a.mode === Mode.Invalid) return false;
        params.push(a.type);
      }
      x.mode = Mode.NoValue;
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(null, ...params));
      break;
    }

    case BuiltinId.Recover:
      x.mode = Mode.Value;
      x.type = emptyInterface;
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(x.type));
      break;

    case BuiltinId.Add: {
      check.verifyVersion(call.fun, 17, "unsafe.Add");
      check.assignment(x, Typ[BasicKind.UnsafePointer], "argument to unsafe.Add");
      if ((x.mode as Mode) === Mode.Invalid) return false;
      const y = args[1];
      if (!check.isValidIndex(y, "length", true)) return false;
      x.mode = Mode.Value;
      x.type = Typ[BasicKind.UnsafePointer];
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(x.type, x.type, y.type));
      break;
    }

    case BuiltinId.Alignof: {
      check.assignment(x, null, "argument to unsafe.Alignof");
      if ((x.mode as Mode) === Mode.Invalid) return false;
      if (hasVarSize(x.type, null)) {
        x.mode = Mode.Value;
        if (recordTypes) check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Uintptr], x.type));
      } else {
        x.mode = Mode.Constant;
        x.val = constant.makeInt64(alignof(x.type));
      }
      x.type = Typ[BasicKind.Uintptr];
      break;
    }

    case BuiltinId.Offsetof: {
      const arg0 = argList[0];
      const selx = ast.unparen(arg0);
      if (selx.kind !== "SelectorExpr") {
        check.error(arg0, `${invalidArg}${exprString(arg0)} is not a selector expression`);
        check.use(arg0);
        return false;
      }
      check.expr(x, selx.x);
      if ((x.mode as Mode) === Mode.Invalid) return false;
      const base = derefStructPtr(x.type);
      const sel = selx.sel.value;
      const r = lookupFieldOrMethod(base, false, check.pkg, sel, false);
      const obj = r.obj;
      if (obj === null) {
        check.error(x, `${invalidArg}${check.typeStr(base)} has no single field ${sel}`);
        return false;
      }
      if (obj.kind === ObjKind.Func) {
        check.error(arg0, `${invalidArg}${exprString(arg0)} is a method value`);
        return false;
      }
      if (r.indirect) {
        check.error(x, `${invalidArg}field ${sel} is embedded via a pointer in ${check.typeStr(base)}`);
        return false;
      }
      check.recordSelection(selx, SelectionKind.FieldVal, base, obj, r.index!, false);
      {
        const mode = x.mode === Mode.Variable || r.indirect ? Mode.Variable : Mode.Value;
        check.record(newOperand(mode, selx, obj.type!));
      }
      if (hasVarSize(base, null)) {
        x.mode = Mode.Value;
        if (recordTypes) check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Uintptr], obj.type!));
      } else {
        const offs = offsetof(base, r.index!);
        if (offs < 0) {
          check.error(x, `${check.opnd(x)} is too large`);
          return false;
        }
        x.mode = Mode.Constant;
        x.val = constant.makeInt64(offs);
      }
      x.type = Typ[BasicKind.Uintptr];
      break;
    }

    case BuiltinId.Sizeof: {
      check.assignment(x, null, "argument to unsafe.Sizeof");
      if ((x.mode as Mode) === Mode.Invalid) return false;
      if (hasVarSize(x.type, null)) {
        x.mode = Mode.Value;
        if (recordTypes) check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Uintptr], x.type));
      } else {
        const size = sizeof(x.type);
        if (size < 0) {
          check.error(x, `${check.opnd(x)} is too large`);
          return false;
        }
        x.mode = Mode.Constant;
        x.val = constant.makeInt64(size);
      }
      x.type = Typ[BasicKind.Uintptr];
      break;
    }

    case BuiltinId.Slice: {
      check.verifyVersion(call.fun, 17, "unsafe.Slice");
      const ptr = coreType(x.type);
      if (ptr === null || ptr.kind !== TypeKind.Pointer) {
        check.error(x, `${invalidArg}${check.opnd(x)} is not a pointer`);
        return false;
      }
      const y = args[1];
      if (!check.isValidIndex(y, "length", false)) return false;
      x.mode = Mode.Value;
      x.type = new Slice(ptr.base);
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(x.type, ptr, y.type));
      break;
    }

    case BuiltinId.SliceData: {
      check.verifyVersion(call.fun, 20, "unsafe.SliceData");
      const slice = coreType(x.type);
      if (slice === null || slice.kind !== TypeKind.Slice) {
        check.error(x, `${invalidArg}${check.opnd(x)} is not a slice`);
        return false;
      }
      x.mode = Mode.Value;
      x.type = new Pointer(slice.elem);
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(x.type, slice));
      break;
    }

    case BuiltinId.String: {
      check.verifyVersion(call.fun, 20, "unsafe.String");
      check.assignment(x, new Pointer(byteType), "argument to unsafe.String");
      if ((x.mode as Mode) === Mode.Invalid) return false;
      const y = args[1];
      if (!check.isValidIndex(y, "length", false)) return false;
      x.mode = Mode.Value;
      x.type = Typ[BasicKind.String];
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(x.type, new Pointer(byteType), y.type));
      break;
    }

    case BuiltinId.StringData: {
      check.verifyVersion(call.fun, 20, "unsafe.StringData");
      check.assignment(x, Typ[BasicKind.String], "argument to unsafe.StringData");
      if ((x.mode as Mode) === Mode.Invalid) return false;
      x.mode = Mode.Value;
      x.type = new Pointer(byteType);
      if (recordTypes) check.recordBuiltinType(call.fun, makeSig(x.type, Typ[BasicKind.String]));
      break;
    }

    case BuiltinId.Assert: {
      if (x.mode !== Mode.Constant || !isBoolean(x.type)) {
        check.error(x, `${invalidArg}${check.opnd(x)} is not a boolean constant`);
        return false;
      }
      if (!constant.boolVal(x.val!)) check.error(call, `${exprString(call)} failed`);
      break;
    }

    case BuiltinId.Trace: {
      if (nargs === 0) {
        x.mode = Mode.NoValue;
        break;
      }
      let x1 = x;
      for (const arg of argList) {
        check.rawExpr(x1, arg, null, false);
        x1 = new Operand();
      }
      if (x.mode === Mode.Invalid) return false;
      break;
    }
  }
  return true;
}

Checker.prototype.applyTypeFunc = function (this: Checker, f: (t: Type) => Type | null, x: Operand, id: BuiltinId): Type | null {
  const tp = unalias(x.type);
  if (tp.kind === TypeKind.TypeParam) {
    const terms: Term[] = [];
    if (
      !tparamIs(tp, (t) => {
        if (t === null) return false;
        const r = f(t.type);
        if (r === null) return false;
        terms.push(new Term(t.tilde, r));
        return true;
      })
    ) {
      return null;
    }
    this.softError(x, `${this.opnd(x)} not supported as argument to built-in ${builtinInfo[id].name} for go1.18 (see go.dev/issue/50937)`);
    const tpar = new TypeName(0, this.pkg, tp.obj.name, null);
    const iface = new Interface([], [new Union(terms)]);
    iface.implicit = true;
    const ptyp = newTypeParam(tpar, tp.index, iface);
    return ptyp;
  }
  return f(x.type);
};

