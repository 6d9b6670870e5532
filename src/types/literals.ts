// Composite and function literals (types2's expr.go composite literal
// case and literals of Go 1.23, index.go indexedElts): struct literals with
// and without keys, array and slice literals with constant indices,
// [...]T arrays, map literals with duplicate constant keys, elided element
// types, and function literals whose bodies are checked later, as types2
// does, with the enclosing declaration's context.

import * as ast from "../syntax/ast.js";
import { Checker } from "./check.js";
import { type Type, TypeKind, Array as ArrayT, Signature, isValid } from "./types.js";
import { identical, isNonTypeParamInterface } from "./predicates.js";
import { Operand, Mode } from "./operand.js";
import { endPos } from "./resolver.js";
import { deref } from "./lookup.js";
import { coreType } from "./under.js";
import { keyVal } from "./expr.js";
import * as constant from "./constant.js";
import { exprString } from "./exprstring.js";

declare module "./check.js" {
  interface Checker {
    funcLit(x: Operand, e: ast.FuncLit): boolean;
    compositeLit(x: Operand, e: ast.CompositeLit, hint: Type | null): boolean;
    indexedElts(elts: ast.Expr[], typ: Type, length: number): number;
  }
}

Checker.prototype.funcLit = function (this: Checker, x: Operand, e: ast.FuncLit): boolean {
  const sig = this.typ(e.type);
  if (sig.kind !== TypeKind.Signature) {
    this.error(e, `invalid syntax tree: invalid function literal ${exprString(e)}`);
    return false;
  }
  if (sig.scope !== null) {
    const s = sig.scope as { pos: number; end: number };
    s.pos = e.pos;
    s.end = endPos(e);
  }
  if (this.conf.ignoreFuncBodies !== true) {
    // Checked later, but before the enclosing scope changes, in the context
    // of the enclosing declaration (types2 does the same).
    const decl = this.env.decl;
    const iota = this.env.iota;
    const body = e.body;
    this.later(() => this.funcBody(decl, "<function literal>", sig as Signature, body, iota));
  }
  x.mode = Mode.Value;
  x.type = sig;
  return true;
};

/** The index of the field named name in fields, or -1 (types2's fieldIndex). */
function fieldIndex(check: Checker, fields: import("./objects.js").Var[], name: string, foldCase: boolean): number {
  if (name === "_") return -1;
  const lname = foldCase ? name.toLowerCase() : name;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (foldCase) {
      if (f.name.toLowerCase() === lname) return i;
      continue;
    }
    if (f.name !== name) continue;
    if (f.exported()) return i;
    if (f.pkg === check.pkg || (f.pkg !== null && check.pkg !== null && f.pkg.path === check.pkg.path)) return i;
  }
  return -1;
}

Checker.prototype.compositeLit = function (this: Checker, x: Operand, e: ast.CompositeLit, hint: Type | null): boolean {
  let typ: Type;
  let base: Type;
  if (e.type !== null) {
    const atyp = e.type;
    if (atyp.kind === "ArrayType" && atyp.len === null) {
      typ = new ArrayT(this.varType(atyp.elem), -1);
      base = typ;
    } else {
      typ = this.typ(e.type);
      base = typ;
    }
  } else if (hint !== null) {
    typ = hint;
    const ct = coreType(typ);
    if (ct === null) {
      this.error(e, `invalid composite literal element type ${this.typeStr(typ)} (no core type)`);
      return false;
    }
    base = deref(ct)[0];
  } else {
    this.error(e, "missing type in composite literal");
    return false;
  }

  const utyp = coreType(base);
  switch (utyp === null ? null : utyp.kind) {
    case TypeKind.Struct: {
      const st = utyp as import("./types.js").Struct;
      if (e.elemList.length === 0) break;
      const fields = st.fields;
      if (e.elemList[0].kind === "KeyValueExpr") {
        const visited = new Uint8Array(fields.length);
        for (const el of e.elemList) {
          if (el.kind !== "KeyValueExpr") {
            this.error(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          const kv = el;
          this.expr(x, kv.value);
          if (kv.key.kind !== "Name") {
            this.error(kv, `invalid field name ${exprString(kv.key)} in struct literal`);
            continue;
          }
          const key = kv.key;
          const i = fieldIndex(this, fields, key.value, false);
          if (i < 0) {
            const j = fieldIndex(this, fields, key.value, true);
            const alt = j >= 0 ? fields[j] : null;
            this.error(kv.key, this.lookupError(base, key.value, alt, true));
            continue;
          }
          const fld = fields[i];
          this.recordUse(key, fld);
          this.assignment(x, fld.type!, "struct literal");
          if (visited[i] !== 0) {
            this.error(kv, `duplicate field name ${key.value} in struct literal`);
            continue;
          }
          visited[i] = 1;
        }
      } else {
        for (let i = 0; i < e.elemList.length; i++) {
          const el = e.elemList[i];
          if (el.kind === "KeyValueExpr") {
            this.error(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          this.expr(x, el);
          if (i >= fields.length) {
            this.error(x, `too many values in struct literal of type ${this.typeStr(base)}`);
            break;
          }
          const fld = fields[i];
          if (!fld.exported() && fld.pkg !== this.pkg) {
            this.error(x, `implicit assignment to unexported field ${fld.name} in struct literal of type ${this.typeStr(base)}`);
            continue;
          }
          this.assignment(x, fld.type!, "struct literal");
        }
        if (e.elemList.length < fields.length) {
          this.error(e.rbrace, `too few values in struct literal of type ${this.typeStr(base)}`);
        }
      }
      break;
    }

    case TypeKind.Array: {
      const at = utyp as ArrayT;
      const n = this.indexedElts(e.elemList, at.elem, at.len);
      if (at.len < 0) {
        (at as { len: number }).len = n;
        if (e.type !== null) this.recordTypeAndValue(e.type, Mode.TypExpr, at, null);
      }
      break;
    }

    case TypeKind.Slice:
      this.indexedElts(e.elemList, (utyp as import("./types.js").Slice).elem, -1);
      break;

    case TypeKind.Map: {
      const mt = utyp as import("./types.js").MapType;
      const keyIsInterface = isNonTypeParamInterface(mt.key);
      const visited = new Map<unknown, Type[] | null>();
      for (const el of e.elemList) {
        if (el.kind !== "KeyValueExpr") {
          this.error(el, "missing key in map literal");
          continue;
        }
        this.exprWithHint(x, el.key, mt.key);
        this.assignment(x, mt.key, "map literal");
        if (x.mode === Mode.Invalid) continue;
        if (x.mode === Mode.Constant) {
          let duplicate = false;
          const xkey = keyVal(x.val!);
          if (keyIsInterface) {
            const prev = visited.get(xkey);
            if (prev !== undefined && prev !== null) {
              for (const vt of prev) {
                if (identical(vt, x.type)) {
                  duplicate = true;
                  break;
                }
              }
              prev.push(x.type);
            } else {
              visited.set(xkey, [x.type]);
            }
          } else {
            duplicate = visited.has(xkey);
            visited.set(xkey, null);
          }
          if (duplicate) {
            this.error(x, `duplicate key ${constant.toString(x.val!)} in map literal`);
            continue;
          }
        }
        this.exprWithHint(x, el.value, mt.elem);
        this.assignment(x, mt.elem, "map literal");
      }
      break;
    }

    default: {
      for (let el of e.elemList) {
        if (el.kind === "KeyValueExpr") el = el.value;
        this.use(el);
      }
      if (utyp === null || isValid(utyp)) {
        this.error(e, `invalid composite literal type ${this.typeStr(typ)}`);
        return false;
      }
    }
  }

  x.mode = Mode.Value;
  x.type = typ;
  return true;
};

Checker.prototype.indexedElts = function (this: Checker, elts: ast.Expr[], typ: Type, length: number): number {
  const visited = new Set<number>();
  let index = 0;
  let max = 0;
  const x = new Operand();
  for (const e of elts) {
    let validIndex = false;
    let ev = e;
    if (e.kind === "KeyValueExpr") {
      const [t, i] = this.index(e.key, length);
      if (isValid(t)) {
        if (i >= 0) {
          index = i;
          validIndex = true;
        } else {
          this.error(e, `index ${exprString(e.key)} must be integer constant`);
        }
      }
      ev = e.value;
    } else if (length >= 0 && index >= length) {
      this.error(e, `index ${index} is out of bounds (>= ${length})`);
    } else {
      validIndex = true;
    }

    if (validIndex) {
      if (visited.has(index)) this.error(e, `duplicate index ${index} in array or slice literal`);
      visited.add(index);
    }
    index++;
    if (index > max) max = index;

    this.exprWithHint(x, ev, typ);
    this.assignment(x, typ, "array or slice literal");
  }
  return max;
};
