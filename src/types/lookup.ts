// Field and method lookup (types2's lookup.go): finds x.name through
// embedded fields breadth-first, depth by depth, as the spec's selector rule
// says ("the shallowest depth at which there is such a field or method";
// two at the same depth are a collision).

import { type Type, TypeKind, Interface, Named, under, unalias } from "./types.js";
import { type Obj, type Package, type Func, ObjKind, sameId } from "./objects.js";
import { identical } from "./predicates.js";
import { typeSetOf } from "./typeset.js";
import { instanceMethod } from "./subst.js";

export interface LookupResult {
  /** The field or method found, or null. */
  obj: Obj | null;
  /** Path of field indices (embedded fields, then the field or method index). */
  index: number[] | null;
  /**
   * With obj: there was a pointer indirection on the path.
   * Without obj and with index null: true means a method with a pointer
   * receiver was found but x is not addressable.
   */
  indirect: boolean;
}

interface Embedded {
  typ: Type;
  index: number[] | null;
  indirect: boolean;
  multiples: boolean;
}

/** If t is a pointer *B, returns [B, true]; else [t, false]. Does not look at underlying types of Named. */
export function deref(t: Type): [Type, boolean] {
  const u = unalias(t);
  if (u.kind === TypeKind.Pointer) return [u.base, true];
  return [t, false];
}

/** Like deref, but only dereferences pointers to structs (for field selection on *S). */
export function derefStructPtr(t: Type): Type {
  const u = under(t);
  if (u.kind === TypeKind.Pointer && under(u.base).kind === TypeKind.Struct) return u.base;
  return t;
}

/** The underlying type, with a type parameter's constraint interface as its underlying type (as in types2). */
function underOrBound(t: Type): Type {
  const u = under(t);
  return u.kind === TypeKind.TypeParam ? under(u.bound) : u;
}

function concat(list: number[] | null, i: number): number[] {
  return list === null ? [i] : [...list, i];
}

function sameName(objPkg: Package | null, objName: string, pkg: Package | null, name: string, foldCase: boolean): boolean {
  if (foldCase) return objName.toLowerCase() === name.toLowerCase();
  return sameId(objPkg, objName, pkg, name);
}

export function lookupFieldOrMethod(
  T: Type,
  addressable: boolean,
  pkg: Package | null,
  name: string,
  foldCase = false,
): LookupResult {
  // Methods cannot be declared on a named pointer type: look through it to
  // the pointer's base for fields only (types2's lookupFieldOrMethod).
  const n = unalias(T);
  if (n.kind === TypeKind.Named && n.underlying !== null && n.underlying.kind === TypeKind.Pointer) {
    const r = lookupFieldOrMethodImpl(n.underlying, false, pkg, name, foldCase);
    if (r.obj !== null && r.obj.kind === ObjKind.Func) return { obj: null, index: null, indirect: false };
    return r;
  }
  return lookupFieldOrMethodImpl(T, addressable, pkg, name, foldCase);
}

/** lookupFieldOrMethod without the named pointer rule (types2's lookupFieldOrMethodImpl; missingMethod uses it). */
export function lookupFieldOrMethodImpl(
  T: Type,
  addressable: boolean,
  pkg: Package | null,
  name: string,
  foldCase = false,
): LookupResult {
  const none: LookupResult = { obj: null, index: null, indirect: false };
  if (name === "_") return none;

  const [typ, isPtr] = deref(T);
  // *I where I is an interface (or a type parameter) has no methods.
  if (isPtr && underOrBound(typ).kind === TypeKind.Interface) return none;

  let current: Embedded[] = [{ typ, index: null, indirect: isPtr, multiples: false }];
  const seen: Named[] = [];
  let obj: Obj | null = null;
  let index: number[] | null = null;
  let indirect = false;

  while (current.length > 0) {
    const next: Embedded[] = [];
    for (const e of current) {
      const t = unalias(e.typ);
      if (t.kind === TypeKind.Named) {
        if (seen.some((s) => s === t || (s.orig === t.orig && s.orig !== s && identical(s, t)))) continue;
        seen.push(t);
        const ms = t.orig.methods;
        let found = -1;
        for (let i = 0; i < ms.length; i++) {
          if (sameName(ms[i].pkg, ms[i].name, pkg, name, foldCase)) {
            found = i;
            break;
          }
        }
        if (found >= 0) {
          index = concat(e.index, found);
          if (obj !== null || e.multiples) return { obj: null, index, indirect: false };
          obj = t.targs.length > 0 ? instanceMethod(t, found) : ms[found];
          indirect = e.indirect;
          continue;
        }
      }
      const u = underOrBound(t);
      if (u.kind === TypeKind.Struct) {
        for (let i = 0; i < u.fields.length; i++) {
          const f = u.fields[i];
          if (sameName(f.pkg, f.name, pkg, name, foldCase)) {
            index = concat(e.index, i);
            if (obj !== null || e.multiples) return { obj: null, index, indirect: false };
            obj = f;
            indirect = e.indirect;
            continue;
          }
          if (obj === null && f.embedded) {
            const [ft, fptr] = deref(f.type!);
            next.push({ typ: ft, index: concat(e.index, i), indirect: e.indirect || fptr, multiples: e.multiples });
          }
        }
      } else if (u.kind === TypeKind.Interface) {
        const ms = typeSetOf(u).methods;
        for (let i = 0; i < ms.length; i++) {
          if (sameName(ms[i].pkg, ms[i].name, pkg, name, foldCase)) {
            index = concat(e.index, i);
            if (obj !== null || e.multiples) return { obj: null, index, indirect: false };
            obj = ms[i];
            indirect = e.indirect;
            break;
          }
        }
      }
    }
    if (obj !== null) {
      if (obj.kind === ObjKind.Func && obj.hasPtrRecv && !indirect && !addressable) {
        return { obj: null, index: null, indirect: true };
      }
      return { obj, index, indirect };
    }
    current = consolidateMultiples(next);
  }
  return none;
}

function consolidateMultiples(list: Embedded[]): Embedded[] {
  if (list.length <= 1) return list;
  const out: Embedded[] = [];
  for (const e of list) {
    const prev = out.find((o) => identical(o.typ, e.typ));
    if (prev) prev.multiples = true;
    else out.push(e);
  }
  return out;
}

/** The method named name in the method set of an interface, with its index. */
export function lookupInterfaceMethod(iface: Interface, pkg: Package | null, name: string, foldCase = false): [number, Func | null] {
  const ms = typeSetOf(iface).methods;
  for (let i = 0; i < ms.length; i++) {
    if (sameName(ms[i].pkg, ms[i].name, pkg, name, foldCase)) return [i, ms[i]];
  }
  return [-1, null];
}
