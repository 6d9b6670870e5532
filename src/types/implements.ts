// Interface satisfaction and the causes gc gives when it fails (types2's
// lookup.go missingMethod/assertableTo, instantiate.go implements, and
// errsupport.go lookupError): which method is missing or has the wrong
// type, pointer receivers, type sets of constraints, and the "but does
// have field x" hints for failed selector and struct literal lookups.

import { Checker } from "./check.js";
import { type Type, type Term, TypeKind, Interface, Signature, Union, isValid, under, unalias } from "./types.js";
import { type Obj, type Func, ObjKind, isExported } from "./objects.js";
import { identical, comparable } from "./predicates.js";
import { typeSetOf, termIncludes } from "./typeset.js";
import { lookupFieldOrMethodImpl, lookupInterfaceMethod } from "./lookup.js";
import { signatureString, typeString } from "./typestring.js";
import type { Cause } from "./operand.js";
import { isEmptyInterface, typeSetIsEmpty, typeSetIsComparable, isInterfacePtr, underTP } from "./under.js";
import { decodeRune } from "./quote.js";

declare module "./check.js" {
  interface Checker {
    missingMethod(
      V: Type,
      T: Type,
      isStatic: boolean,
      cause: Cause | null,
      equivalent?: (x: Type, y: Type) => boolean,
    ): { method: Func | null; wrongType: boolean };
    implements(V: Type, T: Type, constraint: boolean, cause: Cause | null): boolean;
    assertableTo(V: Type, T: Type, cause: Cause | null): boolean;
    funcString(f: Func, pkgInfo: boolean): string;
    interfacePtrError(T: Type): string;
    lookupError(typ: Type, sel: string, obj: Obj | null, structLit: boolean): string;
  }
}

const enum State {
  Ok,
  NotFound,
  WrongName,
  Unexported,
  WrongSig,
  AmbigSel,
  PtrRecv,
  Field,
}

Checker.prototype.missingMethod = function (
  this: Checker,
  V: Type,
  T: Type,
  isStatic: boolean,
  cause: Cause | null,
  equivalent: (x: Type, y: Type) => boolean = identical,
) {
  const ti = underTP(T) as Interface;
  const methods = typeSetOf(ti).methods;
  if (methods.length === 0) return { method: null, wrongType: false };

  let state = State.Ok;
  let m: Func | null = null;
  let f: Func | null = null;

  const vu = underTP(V);
  if (vu.kind === TypeKind.Interface) {
    for (const mm of methods) {
      m = mm;
      f = lookupInterfaceMethod(vu, mm.pkg, mm.name, false)[1];
      if (f === null) {
        if (!isStatic) continue;
        state = State.NotFound;
        break;
      }
      if (!equivalent(f.type!, mm.type!)) {
        state = State.WrongSig;
        break;
      }
    }
  } else {
    for (const mm of methods) {
      m = mm;
      f = null;
      const r = lookupFieldOrMethodImpl(V, false, mm.pkg, mm.name, false);
      if (r.obj === null) {
        if (r.index !== null) state = State.AmbigSel;
        else if (r.indirect) state = State.PtrRecv;
        else {
          state = State.NotFound;
          const alt = lookupFieldOrMethodImpl(V, false, mm.pkg, mm.name, true).obj;
          if (alt !== null && alt.kind === ObjKind.Func) {
            f = alt;
            state = f.name === mm.name ? State.Unexported : State.WrongName;
          }
        }
        break;
      }
      if (r.obj.kind !== ObjKind.Func) {
        state = State.Field;
        break;
      }
      f = r.obj;
      this.objDecl(f, null);
      if (!equivalent(f.type!, mm.type!)) {
        state = State.WrongSig;
        break;
      }
    }
  }

  if (state === State.Ok) return { method: null, wrongType: false };

  if (cause !== null) {
    if (f !== null) this.objDecl(f, null);
    const mname = m!.name;
    switch (state) {
      case State.NotFound:
        if (isInterfacePtr(V)) cause.msg = "(" + this.interfacePtrError(V) + ")";
        else if (isInterfacePtr(T)) cause.msg = "(" + this.interfacePtrError(T) + ")";
        else cause.msg = `(missing method ${mname})`;
        break;
      case State.WrongName: {
        const fs = this.funcString(f!, false);
        const ms = this.funcString(m!, false);
        cause.msg = `(missing method ${mname})\n\t\thave ${fs}\n\t\twant ${ms}`;
        break;
      }
      case State.Unexported:
        cause.msg = `(unexported method ${mname})`;
        break;
      case State.WrongSig: {
        let fs = this.funcString(f!, false);
        let ms = this.funcString(m!, false);
        if (fs === ms) {
          fs = this.funcString(f!, true);
          ms = this.funcString(m!, true);
        }
        if (fs === ms) {
          cause.msg = `(wrong type for method ${mname})`;
          break;
        }
        cause.msg = `(wrong type for method ${mname})\n\t\thave ${fs}\n\t\twant ${ms}`;
        break;
      }
      case State.AmbigSel:
        cause.msg = `(ambiguous selector ${this.typeStr(V)}.${mname})`;
        break;
      case State.PtrRecv:
        cause.msg = `(method ${mname} has pointer receiver)`;
        break;
      case State.Field:
        cause.msg = `(${this.typeStr(V)}.${mname} is a field, not a method)`;
        break;
    }
  }
  return { method: m, wrongType: state === State.WrongSig || state === State.PtrRecv };
};

Checker.prototype.interfacePtrError = function (this: Checker, T: Type): string {
  const p = under(T);
  if (p.kind === TypeKind.Pointer && unalias(p.base).kind === TypeKind.TypeParam) {
    return `type ${this.typeStr(T)} is pointer to type parameter, not type parameter`;
  }
  return `type ${this.typeStr(T)} is pointer to interface, not interface`;
};

Checker.prototype.funcString = function (this: Checker, f: Func, pkgInfo: boolean): string {
  return f.name + signatureString(f.type as Signature, pkgInfo ? null : this.qualifier, false);
};

Checker.prototype.assertableTo = function (this: Checker, V: Type, T: Type, cause: Cause | null): boolean {
  if (underTP(T).kind === TypeKind.Interface) return true;
  return this.missingMethod(T, V, false, cause).method === null;
};

/** Whether T mentions typ in an embedded element or term (for messages). */
function mentions(T: Type, typ: Type): boolean {
  switch (T.kind) {
    case TypeKind.Interface:
      for (const e of T.embeddeds) if (mentions(e, typ)) return true;
      return false;
    case TypeKind.Union:
      for (const t of (T as Union).terms) if (mentions(t.type, typ)) return true;
      return false;
  }
  return identical(T, typ);
}

/** A term list as types2's termlist.String writes it (types unqualified by the checker: with package paths). */
function termListString(terms: Term[]): string {
  if (terms.length === 0) return "\xe2\x88\x85"; // "∅" in UTF-8
  return terms.map((t) => (t.tilde ? "~" : "") + typeString(t.type, null)).join(" | ");
}

Checker.prototype.implements = function (this: Checker, V: Type, T: Type, constraint: boolean, cause: Cause | null): boolean {
  const Vu = underTP(V);
  const Tu = underTP(T);
  if (!isValid(Vu) || !isValid(Tu)) return true;
  if (Vu.kind === TypeKind.Pointer && !isValid(under(Vu.base))) return true;

  const verb = constraint ? "satisfy" : "implement";

  if (Tu.kind !== TypeKind.Interface) {
    if (cause !== null) {
      const detail = isInterfacePtr(Tu)
        ? `type ${this.typeStr(T)} is pointer to interface, not interface`
        : `${this.typeStr(T)} is not an interface`;
      cause.msg = `${this.typeStr(V)} does not ${verb} ${this.typeStr(T)} (${detail})`;
    }
    return false;
  }
  const Ti = Tu;
  if (isEmptyInterface(Ti)) return true;

  const Vi = Vu.kind === TypeKind.Interface ? Vu : null;
  if (Vi !== null && typeSetIsEmpty(typeSetOf(Vi))) return true;

  const tts = typeSetOf(Ti);
  if (typeSetIsEmpty(tts)) {
    if (cause !== null) cause.msg = `cannot ${verb} ${this.typeStr(T)} (empty type set)`;
    return false;
  }

  if (this.missingMethod(V, T, true, cause).method !== null) {
    if (cause !== null) cause.msg = `${this.typeStr(V)} does not ${verb} ${this.typeStr(T)} ${cause.msg}`;
    return false;
  }

  const checkComparability = (): boolean => {
    if (!typeSetIsComparable(tts)) return true;
    if (comparable(V, false)) return true;
    if (constraint && comparable(V, true)) {
      if (this.allowVersion(20)) return true;
      if (cause !== null) cause.msg = `${this.typeStr(V)} to ${verb} comparable requires go1.20 or later`;
      return false;
    }
    if (cause !== null) cause.msg = `${this.typeStr(V)} does not ${verb} comparable`;
    return false;
  };

  if (tts.terms === null || tts.terms.length === 0) return checkComparability();

  if (Vi !== null) {
    const vts = typeSetOf(Vi);
    if (!subsetOf(vts.terms, tts.terms)) {
      if (cause !== null) cause.msg = `${this.typeStr(V)} does not ${verb} ${this.typeStr(T)}`;
      return false;
    }
    return checkComparability();
  }

  let alt: Type | null = null;
  let included = false;
  for (const t of tts.terms) {
    if (termIncludes(t, V, identical)) {
      included = true;
      break;
    }
    if (alt === null && !t.tilde && identical(t.type, under(t.type))) {
      if (identical(under(t.type), under(V))) alt = t.type;
    }
  }
  if (!included) {
    if (cause !== null) {
      let detail: string;
      if (alt !== null) detail = `possibly missing ~ for ${this.typeStr(alt)} in ${this.typeStr(T)}`;
      else if (mentions(Ti, V)) detail = `${this.typeStr(T)} mentions ${this.typeStr(V)}, but ${this.typeStr(V)} is not in the type set of ${this.typeStr(T)}`;
      else detail = `${this.typeStr(V)} missing in ${termListString(tts.terms)}`;
      cause.msg = `${this.typeStr(V)} does not ${verb} ${this.typeStr(T)} (${detail})`;
    }
    return false;
  }
  return checkComparability();
};

/** Whether every type in the set of terms a is in the set of terms b (null: all types). */
function subsetOf(a: Term[] | null, b: Term[] | null): boolean {
  if (b === null) return true;
  if (a === null) return false;
  for (const x of a) {
    let ok = false;
    for (const y of b) {
      if (y.tilde ? identical(under(x.type), under(y.type)) : !x.tilde && identical(x.type, y.type)) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}

/** s without its first UTF-8 character. */
function tail(s: string): string {
  if (s.length === 0) return s;
  return s.slice(decodeRune(s, 0)[1]);
}

Checker.prototype.lookupError = function (this: Checker, typ: Type, sel: string, obj: Obj | null, structLit: boolean): string {
  const enum E {
    Missing,
    Misspelled,
    Unexported,
    Inaccessible,
  }
  let e = E.Missing;
  let alt = "";
  if (obj !== null) {
    alt = obj.name;
    if (obj.pkg === this.pkg) {
      e = E.Misspelled;
    } else if (isExported(sel)) {
      if (isExported(alt)) e = E.Misspelled;
      else if (tail(sel) === tail(alt)) e = E.Unexported;
    } else if (isExported(alt)) {
      if (tail(sel) === tail(alt)) e = E.Misspelled;
    } else if (sel === alt) {
      e = E.Inaccessible;
    }
  }
  const ts = this.typeStr(typ);
  if (structLit) {
    switch (e) {
      case E.Missing:
        return `unknown field ${sel} in struct literal of type ${ts}`;
      case E.Misspelled:
        return `unknown field ${sel} in struct literal of type ${ts}, but does have ${alt}`;
      case E.Unexported:
        return `unknown field ${sel} in struct literal of type ${ts}, but does have unexported ${alt}`;
      case E.Inaccessible:
        return `cannot refer to unexported field ${alt} in struct literal of type ${ts}`;
    }
  }
  let what = "object";
  if (obj !== null && obj.kind === ObjKind.Var) what = "field";
  else if (obj !== null && obj.kind === ObjKind.Func) what = "method";
  switch (e) {
    case E.Missing:
      return `type ${ts} has no field or method ${sel}`;
    case E.Misspelled:
      return `type ${ts} has no field or method ${sel}, but does have ${what} ${alt}`;
    case E.Unexported:
      return `type ${ts} has no field or method ${sel}, but does have unexported ${what} ${alt}`;
    case E.Inaccessible:
      return `cannot refer to unexported ${what} ${alt}`;
  }
};

