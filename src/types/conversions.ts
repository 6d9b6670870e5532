// Conversions T(x) (types2's conversions.go): constant conversions with
// representability (and integer to string), the spec's convertibility
// rules for non-constant values (including unsafe.Pointer, slices to
// arrays and array pointers, and type parameters term by term), and the
// final type given to untyped arguments.

import * as constant from "./constant.js";
import { Checker } from "./check.js";
import { type Type, TypeKind, BasicKind, Basic, under, unalias } from "./types.js";
import {
  identical,
  identicalIgnoreTags,
  isUntyped,
  isInteger,
  isIntegerOrFloat,
  isComplex,
  isString,
  isConstType,
  isTypeParam,
  isNonTypeParamInterface,
  allString,
  defaultType,
} from "./predicates.js";
import { Operand, Mode, Code, type Cause, assignableTo } from "./operand.js";
import { representableConst } from "./expr.js";
import { tparamIs, tparamUnderIs, isPointer } from "./under.js";

declare module "./check.js" {
  interface Checker {
    conversion(x: Operand, T: Type): void;
    convertibleTo(x: Operand, T: Type, cause: Cause | null): boolean;
  }
}

/** The UTF-8 encoding of rune r as a byte string (invalid runes become U+FFFD). */
export function encodeRune(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

function isUintptr(t: Type): boolean {
  const u = under(t);
  return u.kind === TypeKind.Basic && u.basicKind === BasicKind.Uintptr;
}

function isUnsafePointer(t: Type): boolean {
  const u = under(t);
  return u.kind === TypeKind.Basic && u.basicKind === BasicKind.UnsafePointer;
}

/** []byte or []rune (with any element type whose underlying type is byte or rune). */
export function isBytesOrRunes(t: Type): boolean {
  const s = under(t);
  if (s.kind === TypeKind.Slice) {
    const e = under(s.elem);
    return e.kind === TypeKind.Basic && (e.basicKind === BasicKind.Uint8 || e.basicKind === BasicKind.Int32);
  }
  return false;
}

Checker.prototype.conversion = function (this: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === Mode.Constant;

  // Whether the constant x converts to T; on success with set, x.val is updated.
  const constConvertibleTo = (T: Type, set: boolean): boolean => {
    const t = under(T);
    if (t.kind !== TypeKind.Basic) return false;
    const r = { v: x.val! };
    const ok = representableConst(x.val!, t, r);
    if (set) x.val = r.v;
    if (ok) return true;
    if (isInteger(x.type) && isString(t)) {
      let cp = 0xfffd;
      const [i, ok] = constant.uint64Val(x.val!);
      if (ok && i <= 0x10ffffn) cp = Number(i);
      if (set) x.val = constant.makeString(encodeRune(cp));
      return true;
    }
    return false;
  };

  let ok = false;
  const cause: Cause = { msg: "" };
  if (constArg && isConstType(T)) {
    ok = constConvertibleTo(T, true);
    if (!ok && isInteger(x.type) && isInteger(T)) {
      this.error(x, `constant ${constant.toString(x.val!)} overflows ${this.typeStr(T)}`);
      x.mode = Mode.Invalid;
      return;
    }
  } else if (constArg && isTypeParam(T)) {
    const tp = unalias(T) as import("./types.js").TypeParam;
    ok = tparamUnderIs(tp, (u) => {
      if (u === null) {
        cause.msg = `${this.typeStr(T)} does not contain specific types`;
        return false;
      }
      if (isString(x.type) && isBytesOrRunes(u)) return true;
      if (!constConvertibleTo(u, false)) {
        if (isInteger(x.type) && isInteger(u)) {
          cause.msg = `constant ${constant.toString(x.val!)} overflows ${this.typeStr(u)} (in ${this.typeStr(T)})`;
        } else {
          cause.msg = `cannot convert ${this.opnd(x)} to type ${this.typeStr(u)} (in ${this.typeStr(T)})`;
        }
        return false;
      }
      return true;
    });
    x.mode = Mode.Value;
  } else if (this.convertibleTo(x, T, cause)) {
    ok = true;
    x.mode = Mode.Value;
  }

  if (!ok) {
    if (cause.msg !== "") this.error(x, `cannot convert ${this.opnd(x)} to type ${this.typeStr(T)}: ${cause.msg}`);
    else this.error(x, `cannot convert ${this.opnd(x)} to type ${this.typeStr(T)}`);
    x.mode = Mode.Invalid;
    return;
  }

  if (isUntyped(x.type)) {
    let final = T;
    const xt = unalias(x.type) as Basic;
    if (xt.basicKind === BasicKind.UntypedNil) {
      // keep T
    } else if (isNonTypeParamInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type);
    } else if (x.mode === Mode.Constant && isInteger(x.type) && allString(T)) {
      final = x.type;
    }
    if (x.expr !== null) this.updateExprType(x.expr, final, true);
  }
  x.type = T;
};

Checker.prototype.convertibleTo = function (this: Checker, x: Operand, T: Type, cause: Cause | null): boolean {
  if (assignableTo(this, x, T, cause) === Code.Ok) return true;

  const origT = T;
  const V = unalias(x.type);
  T = unalias(T);
  const Vu = under(V);
  const Tu = under(T);
  const Vp = V.kind === TypeKind.TypeParam ? V : null;
  const Tp = T.kind === TypeKind.TypeParam ? T : null;

  if (identicalIgnoreTags(Vu, Tu) && Vp === null && Tp === null) return true;

  if (V.kind === TypeKind.Pointer && T.kind === TypeKind.Pointer) {
    if (identicalIgnoreTags(under(V.base), under(T.base)) && !isTypeParam(V.base) && !isTypeParam(T.base)) return true;
  }

  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  if ((isPointer(Vu) || isUintptr(Vu)) && isUnsafePointer(Tu)) return true;
  if (isUnsafePointer(Vu) && (isPointer(Tu) || isUintptr(Tu))) return true;

  if (Vu.kind === TypeKind.Slice) {
    if (Tu.kind === TypeKind.Array) {
      if (identical(Vu.elem, Tu.elem)) {
        if (this.allowVersion(20, this.atPos(x))) return true;
        if (cause !== null) cause.msg = "conversion of slice to array requires go1.20 or later";
        return false;
      }
    } else if (Tu.kind === TypeKind.Pointer) {
      const a = under(Tu.base);
      if (a.kind === TypeKind.Array && identical(Vu.elem, a.elem)) {
        if (this.allowVersion(17, this.atPos(x))) return true;
        if (cause !== null) cause.msg = "conversion of slice to array pointer requires go1.17 or later";
        return false;
      }
    }
  }

  if (Vp === null && Tp === null) return false;

  const errorf = (msg: string) => {
    if (cause !== null) {
      if (cause.msg !== "") msg += "\n\t" + cause.msg;
      cause.msg = msg;
    }
  };

  if (Vp !== null && Tp !== null) {
    const y = x.clone();
    return tparamIs(Vp, (v) => {
      if (v === null) return false;
      y.type = v.type;
      return tparamIs(Tp, (t) => {
        if (t === null) return false;
        if (!this.convertibleTo(y, t.type, cause)) {
          errorf(`cannot convert ${this.typeStr(v.type)} (in ${this.typeStr(Vp)}) to type ${this.typeStr(t.type)} (in ${this.typeStr(Tp)})`);
          return false;
        }
        return true;
      });
    });
  }
  if (Vp !== null) {
    const y = x.clone();
    return tparamIs(Vp, (v) => {
      if (v === null) return false;
      y.type = v.type;
      if (!this.convertibleTo(y, T, cause)) {
        errorf(`cannot convert ${this.typeStr(v.type)} (in ${this.typeStr(Vp)}) to type ${this.typeStr(origT)}`);
        return false;
      }
      return true;
    });
  }
  return tparamIs(Tp!, (t) => {
    if (t === null) return false;
    if (!this.convertibleTo(x, t.type, cause)) {
      errorf(`cannot convert ${this.typeStr(x.type)} to type ${this.typeStr(t.type)} (in ${this.typeStr(Tp!)})`);
      return false;
    }
    return true;
  });
};
