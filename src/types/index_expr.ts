// Index and slice expressions (types2's index.go): indexing strings,
// arrays, pointers to arrays, slices, maps and type parameters whose type
// sets allow it; constant index checks; 2- and 3-index slices; and the
// handing over of generic instantiations (f[int], T[int]) to the callers
// that instantiate functions and types.

import * as ast from "../syntax/ast.js";
import * as constant from "./constant.js";
import { Checker } from "./check.js";
import { type Type, TypeKind, Typ, BasicKind, Slice, byteType, invalidType, isValid, under } from "./types.js";
import { identical, isString, isUntyped, allInteger } from "./predicates.js";
import { Operand, Mode } from "./operand.js";
import { exprString } from "./exprstring.js";
import { coreString, tparamUnderIs } from "./under.js";
import { representableConst } from "./expr.js";

declare module "./check.js" {
  interface Checker {
    indexExpr(x: Operand, e: ast.IndexExpr): boolean;
    sliceExpr(x: Operand, e: ast.SliceExpr): void;
    singleIndex(e: ast.IndexExpr): ast.Expr | null;
    index(index: ast.Expr, max: number): [Type, number];
    isValidIndex(x: Operand, what: string, allowNegative: boolean): boolean;
  }
}

const invalidOp = "invalid operation: ";
const invalidArg = "invalid argument: ";

Checker.prototype.indexExpr = function (this: Checker, x: Operand, e: ast.IndexExpr): boolean {
  this.exprOrType(x, e.x, true);

  switch (x.mode) {
    case Mode.Invalid:
      this.use(e.index);
      return false;
    case Mode.TypExpr:
      x.mode = Mode.Invalid;
      x.type = this.varType(e);
      if (isValid(x.type)) x.mode = Mode.TypExpr;
      return false;
    case Mode.Value: {
      const sig = under(x.type);
      if (sig.kind === TypeKind.Signature && sig.tparams.length > 0) return true;
    }
  }

  this.nonGeneric(null, x);
  if ((x.mode as Mode) === Mode.Invalid) return false;

  let valid = false;
  let length = -1;
  const typ = under(x.type);
  switch (typ.kind) {
    case TypeKind.Basic:
      if (isString(typ)) {
        valid = true;
        if (x.mode === Mode.Constant) length = constant.stringVal(x.val!).length;
        x.mode = Mode.Value;
        x.type = byteType;
      }
      break;
    case TypeKind.Array:
      valid = true;
      length = typ.len;
      if (x.mode !== Mode.Variable) x.mode = Mode.Value;
      x.type = typ.elem;
      break;
    case TypeKind.Pointer: {
      const a = under(typ.base);
      if (a.kind === TypeKind.Array) {
        valid = true;
        length = a.len;
        x.mode = Mode.Variable;
        x.type = a.elem;
      }
      break;
    }
    case TypeKind.Slice:
      valid = true;
      x.mode = Mode.Variable;
      x.type = typ.elem;
      break;
    case TypeKind.Map: {
      const index = this.singleIndex(e);
      if (index === null) {
        x.mode = Mode.Invalid;
        return false;
      }
      const key = new Operand();
      this.expr(key, index);
      this.assignment(key, typ.key, "map index");
      x.mode = Mode.MapIndex;
      x.type = typ.elem;
      x.expr = e;
      return false;
    }
    case TypeKind.TypeParam: {
      let key: Type | null = null;
      let elem: Type | null = null;
      let mode = Mode.Variable;
      const ok = tparamUnderIs(typ, (u) => {
        let l = -1;
        let k: Type | null = null;
        let el: Type | null = null;
        if (u !== null) {
          switch (u.kind) {
            case TypeKind.Basic:
              if (isString(u)) {
                el = byteType;
                mode = Mode.Value;
              }
              break;
            case TypeKind.Array:
              l = u.len;
              el = u.elem;
              if (x.mode !== Mode.Variable) mode = Mode.Value;
              break;
            case TypeKind.Pointer: {
              const a = under(u.base);
              if (a.kind === TypeKind.Array) {
                l = a.len;
                el = a.elem;
              }
              break;
            }
            case TypeKind.Slice:
              el = u.elem;
              break;
            case TypeKind.Map:
              k = u.key;
              el = u.elem;
              break;
          }
        }
        if (el === null) return false;
        if (elem === null) {
          length = l;
          key = k;
          elem = el;
          return true;
        }
        if ((key === null) !== (k === null) || (key !== null && !identical(key, k!))) return false;
        if (!identical(elem, el)) return false;
        if (l >= 0 && l < length) length = l;
        return true;
      });
      if (ok) {
        if (key !== null) {
          const index = this.singleIndex(e);
          if (index === null) {
            x.mode = Mode.Invalid;
            return false;
          }
          const k = new Operand();
          this.expr(k, index);
          this.assignment(k, key, "map index");
          x.mode = Mode.MapIndex;
          x.type = elem!;
          x.expr = e;
          return false;
        }
        valid = true;
        x.mode = mode;
        x.type = elem!;
      }
      break;
    }
  }

  if (!valid) {
    this.error(e.pos, `${invalidOp}cannot index ${this.opnd(x)}`);
    this.use(e.index);
    x.mode = Mode.Invalid;
    return false;
  }

  const index = this.singleIndex(e);
  if (index === null) {
    x.mode = Mode.Invalid;
    return false;
  }
  this.index(index, length);
  return false;
};

Checker.prototype.sliceExpr = function (this: Checker, x: Operand, e: ast.SliceExpr): void {
  this.expr(x, e.x);
  if (x.mode === Mode.Invalid) {
    this.use(...e.index);
    return;
  }

  let valid = false;
  let length = -1;
  const u = coreString(x.type, Typ[BasicKind.String]);
  if (u === null) {
    this.error(x, `${invalidOp}cannot slice ${this.opnd(x)}: ${this.typeStr(x.type)} has no core type`);
    x.mode = Mode.Invalid;
    return;
  }
  switch (u.kind) {
    case TypeKind.Basic:
      if (isString(u)) {
        if (e.full) {
          const at = e.index[2] ?? e;
          this.error(at, `${invalidOp}3-index slice of string`);
          x.mode = Mode.Invalid;
          return;
        }
        valid = true;
        if (x.mode === Mode.Constant) length = constant.stringVal(x.val!).length;
        if (isUntyped(x.type)) x.type = Typ[BasicKind.String];
      }
      break;
    case TypeKind.Array:
      valid = true;
      length = u.len;
      if (x.mode !== Mode.Variable) {
        this.error(x, `${invalidOp}${this.opnd(x)} (slice of unaddressable value)`);
        x.mode = Mode.Invalid;
        return;
      }
      x.type = new Slice(u.elem);
      break;
    case TypeKind.Pointer: {
      const a = under(u.base);
      if (a.kind === TypeKind.Array) {
        valid = true;
        length = a.len;
        x.type = new Slice(a.elem);
      }
      break;
    }
    case TypeKind.Slice:
      valid = true;
      break;
  }

  if (!valid) {
    this.error(x, `${invalidOp}cannot slice ${this.opnd(x)}`);
    x.mode = Mode.Invalid;
    return;
  }

  x.mode = Mode.Value;

  if (e.full && (e.index[1] === null || e.index[2] === null)) {
    this.error(e, "invalid syntax tree: 2nd and 3rd index required in 3-index slice");
    x.mode = Mode.Invalid;
    return;
  }

  const ind = [-1, -1, -1];
  for (let i = 0; i < 3; i++) {
    const expr = e.index[i];
    let v = -1;
    if (expr !== null) {
      let max = -1;
      if (length >= 0) max = length + 1;
      const r = this.index(expr, max)[1];
      if (r >= 0) v = r;
    } else if (i === 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }

  L: for (let i = 0; i < 2; i++) {
    const xv = ind[i];
    if (xv > 0) {
      for (let j = i + 1; j < 3; j++) {
        const y = ind[j];
        if (y >= 0 && y < xv) {
          this.error(e.index[j]!, `invalid slice indices: ${y} < ${xv}`);
          break L;
        }
      }
    }
  }
};

Checker.prototype.singleIndex = function (this: Checker, e: ast.IndexExpr): ast.Expr | null {
  let index = e.index;
  if (index.kind === "ListExpr") {
    const n = index.elemList.length;
    if (n <= 1) {
      this.error(e, `invalid syntax tree: invalid use of ListExpr for index expression ${exprString(e)} with ${n} indices`);
      return null;
    }
    this.error(index.elemList[1], `${invalidOp}more than one index`);
    index = index.elemList[0];
  }
  return index;
};

Checker.prototype.index = function (this: Checker, index: ast.Expr, max: number): [Type, number] {
  const x = new Operand();
  this.expr(x, index);
  if (!this.isValidIndex(x, "index", false)) return [invalidType, -1];
  if (x.mode !== Mode.Constant) return [x.type, -1];
  if (constant.kind(x.val!) === constant.Kind.Unknown) return [invalidType, -1];
  const [v] = constant.int64Val(x.val!);
  if (max >= 0 && v >= BigInt(max)) {
    this.error(x, `${invalidArg}index ${constant.toString(x.val!)} out of bounds [0:${max}]`);
    return [invalidType, -1];
  }
  return [x.type, Number(v)];
};

Checker.prototype.isValidIndex = function (this: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.mode === Mode.Invalid) return false;
  this.convertUntyped(x, Typ[BasicKind.Int]);
  if ((x.mode as Mode) === Mode.Invalid) return false;
  if (!allInteger(x.type)) {
    this.error(x, `${invalidArg}${what} ${this.opnd(x)} must be integer`);
    return false;
  }
  if (x.mode === Mode.Constant) {
    if (!allowNegative && constant.sign(x.val!) < 0) {
      this.error(x, `${invalidArg}${what} ${this.opnd(x)} must not be negative`);
      return false;
    }
    const r = { v: x.val! };
    const ok = representableConst(x.val!, Typ[BasicKind.Int], r);
    x.val = r.v;
    if (!ok) {
      this.error(x, `${invalidArg}${what} ${this.opnd(x)} overflows int`);
      return false;
    }
  }
  return true;
};

