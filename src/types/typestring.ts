// How types are written in messages (types2's typestring.go): the exact
// spelling gc uses in errors, e.g. "func(x int) (int, error)",
// "struct{a int; b string}", "map[string][]*T", "<-chan int", "any".

import { type Type, TypeKind, Interface, Signature, Tuple, TypeParam, BasicKind } from "./types.js";
import type { Package, TypeName } from "./objects.js";
import { typeStringRef } from "./predicates.js";
import { quoteGo } from "./quote.js";

/** Maps a package to the prefix used for its names ("" for none). */
export type Qualifier = (pkg: Package) => string;

/** Set by universe.ts: the interface behind `any` and behind `comparable`, for printing. */
export const universeIfaces: { any: Interface | null; comparable: Interface | null } = { any: null, comparable: null };

export function typeString(t: Type, qf: Qualifier | null = null): string {
  const w = new TypeWriter(qf);
  w.typ(t);
  return w.buf;
}

export function packagePrefix(pkg: Package | null, qf: Qualifier | null): string {
  if (pkg === null) return "";
  const s = qf !== null ? qf(pkg) : pkg.path;
  return s !== "" ? s + "." : "";
}

class TypeWriter {
  buf = "";
  paramNames = true;
  private readonly seen = new Set<Type>();
  constructor(readonly qf: Qualifier | null) {}

  private sep(c: string): void {
    this.buf += c === "," || c === ";" ? c + " " : c;
  }

  typeName(obj: TypeName): void {
    this.buf += packagePrefix(obj.pkg, this.qf) + obj.name;
  }

  typ(t: Type): void {
    if (this.seen.has(t)) {
      this.buf += "<cycle>";
      return;
    }
    this.seen.add(t);
    try {
      this.write(t);
    } finally {
      this.seen.delete(t);
    }
  }

  private write(t: Type): void {
    switch (t.kind) {
      case TypeKind.Basic:
        this.buf += t.basicKind === BasicKind.UnsafePointer ? "unsafe.Pointer" : t.name;
        return;
      case TypeKind.Array:
        this.buf += `[${t.len}]`;
        this.typ(t.elem);
        return;
      case TypeKind.Slice:
        this.buf += "[]";
        this.typ(t.elem);
        return;
      case TypeKind.Struct:
        this.buf += "struct{";
        t.fields.forEach((f, i) => {
          if (i > 0) this.sep(";");
          if (!f.embedded) this.buf += f.name + " ";
          this.typ(f.type!);
          const tag = t.tag(i);
          if (tag !== "") this.buf += " " + quoteGo(tag);
        });
        this.buf += "}";
        return;
      case TypeKind.Pointer:
        this.buf += "*";
        this.typ(t.base);
        return;
      case TypeKind.Tuple:
        this.tuple(t, false);
        return;
      case TypeKind.Signature:
        this.buf += "func";
        this.signature(t);
        return;
      case TypeKind.Union:
        t.terms.forEach((term, i) => {
          if (i > 0) this.buf += " | ";
          if (term.tilde) this.buf += "~";
          this.typ(term.type);
        });
        return;
      case TypeKind.Interface:
        if (t === universeIfaces.any) {
          this.buf += "any";
          return;
        }
        if (t === universeIfaces.comparable) {
          this.buf += "interface{comparable}";
          return;
        }
        if (t.implicit && t.methods.length === 0 && t.embeddeds.length === 1) {
          this.typ(t.embeddeds[0]);
          return;
        }
        this.buf += "interface{";
        {
          let first = true;
          for (const m of t.methods) {
            if (!first) this.sep(";");
            first = false;
            this.buf += m.name;
            this.signature(m.type as Signature);
          }
          for (const e of t.embeddeds) {
            if (!first) this.sep(";");
            first = false;
            this.typ(e);
          }
        }
        this.buf += "}";
        return;
      case TypeKind.Map:
        this.buf += "map[";
        this.typ(t.key);
        this.buf += "]";
        this.typ(t.elem);
        return;
      case TypeKind.Chan: {
        let parens = false;
        if (t.dir === 0) {
          this.buf += "chan ";
          parens = t.elem.kind === TypeKind.Chan && t.elem.dir === 2;
        } else if (t.dir === 1) this.buf += "chan<- ";
        else this.buf += "<-chan ";
        if (parens) this.buf += "(";
        this.typ(t.elem);
        if (parens) this.buf += ")";
        return;
      }
      case TypeKind.Named:
        this.typeName(t.obj);
        if (t.targs.length > 0) this.typeList(t.targs);
        else if (t.tparams.length > 0) this.tParamList(t.tparams);
        return;
      case TypeKind.TypeParam:
        this.buf += t.obj.name;
        return;
      case TypeKind.Alias:
        this.typeName(t.obj);
        return;
    }
  }

  typeList(list: Type[]): void {
    this.buf += "[";
    list.forEach((t, i) => {
      if (i > 0) this.sep(",");
      this.typ(t);
    });
    this.buf += "]";
  }

  tParamList(list: TypeParam[]): void {
    this.buf += "[";
    let prev: Type | null = null;
    list.forEach((tp, i) => {
      if (i > 0) {
        if (tp.bound !== prev) {
          this.buf += " ";
          this.typ(prev!);
        }
        this.sep(",");
      }
      prev = tp.bound;
      this.typ(tp);
    });
    if (prev !== null) {
      this.buf += " ";
      this.typ(prev);
    }
    this.buf += "]";
  }

  tuple(tup: Tuple, variadic: boolean): void {
    this.buf += "(";
    tup.vars.forEach((v, i) => {
      if (i > 0) this.sep(",");
      if (v.name !== "" && this.paramNames) this.buf += v.name + " ";
      let typ = v.type!;
      if (variadic && i === tup.vars.length - 1) {
        if (typ.kind === TypeKind.Slice) {
          this.buf += "...";
          typ = typ.elem;
        } else {
          // append(s, "foo"...) has the signature func([]byte, string...)
          this.typ(typ);
          this.buf += "...";
          return;
        }
      }
      this.typ(typ);
    });
    this.buf += ")";
  }

  signature(sig: Signature): void {
    if (sig.tparams.length > 0) this.tParamList(sig.tparams);
    this.tuple(sig.params, sig.variadic);
    const n = sig.results.length;
    if (n === 0) return;
    this.buf += " ";
    if (n === 1 && sig.results.vars[0].name === "") {
      this.typ(sig.results.vars[0].type!);
      return;
    }
    this.tuple(sig.results, false);
  }
}

/** A signature without the "func" keyword and without parameter names (types2's funcString with pkgInfo=false). */
export function signatureString(sig: Signature, qf: Qualifier | null, paramNames: boolean): string {
  const w = new TypeWriter(qf);
  w.paramNames = paramNames;
  w.signature(sig);
  return w.buf;
}

typeStringRef.fn = (t) => typeString(t, null);
