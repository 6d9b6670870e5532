// Static initialization of package variables, like gc's staticinit: a
// variable whose initializer is known when the program is linked (a
// constant, a composite literal of such values, the address of a package
// variable or of such a literal, a function) gets its value written into
// static memory by the linker instead of by code in the package's init.
// That is what keeps tables like unicode's out of the entry function: they
// cost neither code generation nor run time, and an executable image
// carries them as data.
//
// A literal's backing arrays and &T{...} objects are static memory too, as
// in gc's data segment (a future collector must treat that memory as roots).
//
// Copying another variable (`var Upper = _Lu`) is static only while every
// initializer of the package so far was: a dynamic one could have changed
// the source first, and runs only later, when the program runs.

import type * as ast from "../syntax/ast.js";
import { Operator } from "../syntax/ast.js";
import type { Info } from "../types/check.js";
import * as constant from "../types/constant.js";
import { type Func as FuncObj, ObjKind, type Obj, type Var } from "../types/objects.js";
import { Mode } from "../types/operand.js";
import { identical } from "../types/predicates.js";
import { alignof, offsetsof, sizeof } from "../types/sizes.js";
import { BasicInfo, BasicKind, type Type, TypeKind, under } from "../types/types.js";
import type { ProgramLowerer } from "./lower.js";
import { indexedElems, literalLength, structElems } from "./literal.js";

export class StaticInit {
  /** Variables of the package with a static value that no code has changed yet. */
  private readonly pristine = new Set<Var>();

  constructor(
    private readonly pl: ProgramLowerer,
    private readonly info: Info,
    private readonly view: DataView,
  ) {}

  /**
   * Writes e's value (converted to t) into static memory at addr and
   * returns true, or returns false (having written nothing) if the value is
   * only known when the program runs.
   */
  tryInit(v: Var, addr: number, e: ast.Expr): boolean {
    const t = v.type!;
    if (!this.isStatic(t, e)) return false;
    this.write(t, addr, e);
    this.pristine.add(v);
    return true;
  }

  /** Code initializes the next variable: from now on no variable is known to hold its static value. */
  dynamic(): void {
    this.pristine.clear();
  }

  /** Whether e's value is known at link time (dropping side-effect-free initializers of blank variables). */
  isStatic(t: Type, e: ast.Expr): boolean {
    e = unparen(e);
    const tv = this.info.types.get(e);
    if (tv === undefined) return false;
    const ut = under(t);
    if (tv.value !== null) return ut.kind === TypeKind.Basic;
    if (e.kind === "Name" && this.info.uses.get(e)?.kind === ObjKind.Nil) return true;
    // Anything else keeps its representation only between identical
    // underlying types (no interface boxing, which allocates).
    if (!identical(under(tv.type), ut)) return false;
    switch (e.kind) {
      case "CompositeLit":
        return this.literalIsStatic(tv.type, e);
      case "Operation":
        if (e.op !== Operator.And || e.y !== null) return false;
        {
          const x = unparen(e.x);
          if (x.kind === "CompositeLit") return this.literalIsStatic(this.info.types.get(x)!.type, x);
          const o = this.packageObj(x);
          return o !== null && o.kind === ObjKind.Var && this.pl.globals.has(o as Var);
        }
      case "Name":
      case "SelectorExpr": {
        if (tv.mode === Mode.TypExpr) return false;
        const o = this.packageObj(e);
        if (o === null) return false;
        if (o.kind === ObjKind.Func) {
          const fn = this.pl.funcOf.get(o as FuncObj);
          return fn !== undefined && fn.native === null && (o as FuncObj).signature().recv === null;
        }
        return o.kind === ObjKind.Var && this.pristine.has(o as Var);
      }
    }
    return false;
  }

  /** A package-level object named by e (a name, or a qualified identifier), else null. */
  private packageObj(e: ast.Expr): Obj | null {
    let n: ast.Name;
    if (e.kind === "Name") n = e;
    else if (e.kind === "SelectorExpr" && e.x.kind === "Name" && this.info.uses.get(e.x)?.kind === ObjKind.PkgName) n = e.sel;
    else return null;
    const o = this.info.uses.get(n) ?? null;
    if (o === null) return null;
    if (o.kind === ObjKind.Var) return this.pl.globals.has(o as Var) ? o : null;
    if (o.kind === ObjKind.Func) return o.parent !== null && o.parent === o.pkg?.scope ? o : null;
    return null;
  }

  private literalIsStatic(t: Type, e: ast.CompositeLit): boolean {
    const u = under(t);
    switch (u.kind) {
      case TypeKind.Pointer:
        return this.literalIsStatic(u.base, e);
      case TypeKind.Struct:
        return structElems(u, e).every(({ field, value }) => field >= 0 && u.fields[field].name !== "_" && this.isStatic(u.fields[field].type!, value));
      case TypeKind.Array:
      case TypeKind.Slice:
        return indexedElems(this.info, e).every(({ value }) => this.isStatic(u.elem, value));
    }
    return false;
  }

  // -------------------------------------------------------------------------

  private write(t: Type, addr: number, e: ast.Expr): void {
    e = unparen(e);
    const tv = this.info.types.get(e)!;
    if (tv.value !== null) return this.writeConst(t, addr, tv.value);
    // nil: static memory is zeroed already.
    if (e.kind === "Name" && this.info.uses.get(e)?.kind === ObjKind.Nil) return;
    switch (e.kind) {
      case "CompositeLit": {
        const lt = tv.type;
        if (under(lt).kind === TypeKind.Pointer) return this.ptr(addr, this.newLiteral((under(lt) as { base: Type }).base, e));
        return this.writeLiteral(lt, addr, e);
      }
      case "Operation": {
        const x = unparen(e.x);
        if (x.kind === "CompositeLit") return this.ptr(addr, this.newLiteral(this.info.types.get(x)!.type, x));
        return this.ptr(addr, this.pl.globals.get(this.packageObj(x) as Var)!);
      }
      case "Name":
      case "SelectorExpr": {
        const o = this.packageObj(e)!;
        if (o.kind === ObjKind.Func) return this.ptr(addr, this.pl.funcValue(this.pl.funcOf.get(o as FuncObj)!));
        const from = this.pl.globals.get(o as Var)!;
        const n = sizeof(t);
        const u8 = new Uint8Array(this.view.buffer);
        u8.copyWithin(addr, from, from + n);
        return;
      }
    }
    throw new Error(`staticinit: ${e.kind} is not static`);
  }

  /** A static object holding literal e of type t; its address. */
  private newLiteral(t: Type, e: ast.CompositeLit): number {
    const a = this.pl.statics.alloc(sizeof(t), alignof(t));
    this.writeLiteral(t, a, e);
    return a;
  }

  private writeLiteral(t: Type, addr: number, e: ast.CompositeLit): void {
    const u = under(t);
    switch (u.kind) {
      case TypeKind.Pointer:
        return this.ptr(addr, this.newLiteral(u.base, e));
      case TypeKind.Struct: {
        const offs = offsetsof(u.fields);
        for (const { field, value } of structElems(u, e)) this.write(u.fields[field].type!, addr + offs[field], value);
        return;
      }
      case TypeKind.Array:
        this.elems(u.elem, addr, e);
        return;
      case TypeKind.Slice: {
        const n = literalLength(this.info, e);
        const arr = this.pl.statics.alloc(n * sizeof(u.elem), alignof(u.elem));
        this.elems(u.elem, arr, e);
        this.ptr(addr, arr);
        this.int(addr + 8, n);
        this.int(addr + 16, n);
        return;
      }
    }
    throw new Error(`staticinit: literal of ${u.kind}`);
  }

  private elems(et: Type, addr: number, e: ast.CompositeLit): void {
    const es = sizeof(et);
    for (const { index, value } of indexedElems(this.info, e)) this.write(et, addr + index * es, value);
  }

  private ptr(addr: number, p: number): void {
    this.view.setUint32(addr, p, true);
    this.view.setUint32(addr + 4, 0, true);
  }

  private int(addr: number, n: number): void {
    this.view.setBigInt64(addr, BigInt(n), true);
  }

  private writeConst(t: Type, addr: number, val: constant.Value): void {
    const u = under(t);
    if (u.kind !== TypeKind.Basic) throw new Error("staticinit: constant of a non-basic type");
    const dv = this.view;
    if (u.info & BasicInfo.IsString) {
      const s = constant.stringVal(val);
      this.ptr(addr, this.pl.statics.str(s));
      this.int(addr + 8, s.length);
      return;
    }
    if (u.info & BasicInfo.IsBoolean) {
      dv.setUint8(addr, constant.boolVal(val) ? 1 : 0);
      return;
    }
    if (u.info & BasicInfo.IsComplex) {
      const re = constant.toFloat(constant.real(val));
      const im = constant.toFloat(constant.imag(val));
      if (u.basicKind === BasicKind.Complex64) {
        dv.setFloat32(addr, constant.float32Val(re)[0], true);
        dv.setFloat32(addr + 4, constant.float32Val(im)[0], true);
      } else {
        dv.setFloat64(addr, constant.float64Val(re)[0], true);
        dv.setFloat64(addr + 8, constant.float64Val(im)[0], true);
      }
      return;
    }
    if (u.info & BasicInfo.IsFloat) {
      const f = constant.toFloat(val);
      if (u.basicKind === BasicKind.Float32) dv.setFloat32(addr, constant.float32Val(f)[0], true);
      else dv.setFloat64(addr, constant.float64Val(f)[0], true);
      return;
    }
    if (u.info & BasicInfo.IsInteger || u.basicKind === BasicKind.UnsafePointer) {
      const iv = constant.toInt(val);
      const b = u.info & BasicInfo.IsUnsigned ? constant.uint64Val(iv)[0] : constant.int64Val(iv)[0];
      switch (sizeof(t)) {
        case 1:
          dv.setUint8(addr, Number(BigInt.asUintN(8, b)));
          return;
        case 2:
          dv.setUint16(addr, Number(BigInt.asUintN(16, b)), true);
          return;
        case 4:
          dv.setUint32(addr, Number(BigInt.asUintN(32, b)), true);
          return;
        default:
          dv.setBigUint64(addr, BigInt.asUintN(64, b), true);
          return;
      }
    }
    throw new Error(`staticinit: constant of ${u.basicKind}`);
  }
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === "ParenExpr") e = e.x;
  return e;
}
