// Calls and selectors (types2's call.go): conversions T(x), builtin calls,
// function and method calls with variadic parameters and argument count
// checks, generic function instantiation (explicit and inferred),
// package-qualified identifiers, field and method selectors, method values
// and method expressions, and the "use" helpers that evaluate expressions
// only to mark variables used after errors.

import * as ast from "../syntax/ast.js";
import type { Pos } from "../syntax/source.js";
import { Checker } from "./check.js";
import { SelectionKind } from "./check.js";
import {
  type Type,
  TypeKind,
  Slice,
  Tuple,
  Signature,
  TypeParam,
  invalidType,
  isValid,
  under,
} from "./types.js";
import { type Obj, Var, ObjKind } from "./objects.js";
import { isUntyped, isNumeric, isTypeParam } from "./predicates.js";
import { Operand, Mode, newOperand } from "./operand.js";
import { ExprKind, builtinInfo } from "./universe.js";
import { lookupFieldOrMethod } from "./lookup.js";
import { instantiateSignature, subst, SubstMap } from "./subst.js";
import { exprString } from "./exprstring.js";
import { coreType, isInterfacePtr, isMethodSet } from "./under.js";
import { type Target, ModeSet } from "./expr.js";

declare module "./check.js" {
  interface Checker {
    callExpr(x: Operand, call: ast.CallExpr): ExprKind;
    funcInst(T: Target | null, pos: Pos, x: Operand, inst: ast.IndexExpr | null, infer: boolean): { targs: Type[] | null; xlist: ast.Expr[] | null };
    instantiateSignature(pos: Pos, expr: ast.Expr, typ: Signature, targs: Type[], xlist: ast.Expr[] | null): Signature;
    exprList(elist: ast.Expr[]): Operand[];
    genericExprList(elist: ast.Expr[]): { args: Operand[]; atargs: (Type[] | null)[]; atxlist: (ast.Expr[] | null)[] };
    arguments(
      call: ast.CallExpr,
      sig: Signature,
      targs: (Type | null)[] | null,
      xlist: ast.Expr[] | null,
      args: Operand[],
      atargs: (Type[] | null)[],
      atxlist: (ast.Expr[] | null)[],
    ): Signature;
    selector(x: Operand, e: ast.SelectorExpr, def: import("./objects.js").TypeName | null, wantType: boolean): void;
    use(...args: (ast.Expr | null)[]): boolean;
    useLHS(...args: (ast.Expr | null)[]): boolean;
    useN(args: (ast.Expr | null)[], lhs: boolean): boolean;
    use1(e: ast.Expr | null, lhs: boolean): boolean;
    typesSummary(list: (Type | null)[], variadic: boolean): string;
    recordBuiltinType(f: ast.Expr, sig: Signature): void;
    verifyInstance(pos: Pos, tparams: TypeParam[], targs: Type[], xlist: ast.Expr[] | null): void;
  }
}

Checker.prototype.funcInst = function (this: Checker, T: Target | null, pos: Pos, x: Operand, inst: ast.IndexExpr | null, infer: boolean) {
  let instErrPos: Pos;
  if (inst !== null) {
    instErrPos = inst.pos;
    x.expr = inst;
  } else {
    instErrPos = pos;
  }
  const versionErr = !this.verifyVersion(instErrPos, 18, "function instantiation");

  let targs: Type[] | null = null;
  let xlist: ast.Expr[] | null = null;
  if (inst !== null) {
    xlist = ast.unpackList(inst.index);
    targs = this.typeList(xlist);
    if (targs === null) {
      x.mode = Mode.Invalid;
      return { targs: null, xlist: null };
    }
  }

  let sig = x.type as Signature;
  let got = targs !== null ? targs.length : 0;
  const want = sig.tparams.length;
  if (got > want) {
    this.error(xlist![got - 1], `got ${got} type arguments but want ${want}`);
    x.mode = Mode.Invalid;
    return { targs: null, xlist: null };
  }

  if (got < want) {
    if (!infer) return { targs: targs ?? [], xlist: xlist ?? [] };

    let args: Operand[] = [];
    let params: Var[] = [];
    let reverse = false;
    if (T !== null && sig.tparams.length > 0) {
      if (!versionErr && !this.allowVersion(21, instErrPos)) {
        if (inst !== null) this.versionError(instErrPos, "go1.21", "partially instantiated function in assignment");
        else this.versionError(instErrPos, "go1.21", "implicitly instantiated function in assignment");
      }
      const gsig = new Signature(null, sig.params, sig.results, sig.variadic);
      params = [new Var(x.expr !== null ? x.expr.pos : 0, this.pkg, "", gsig)];
      const expr: ast.Name = { kind: "Name", pos: x.expr !== null ? x.expr.pos : 0, value: T.desc };
      args = [newOperand(Mode.Value, expr, T.sig)];
      reverse = true;
    }

    const [tparams, params2] = this.renameTParams(sig.tparams, new Tuple(params));
    const err = { pos: 0 as Pos, msg: "" };
    const inferred = this.infer(pos, tparams, targs ?? [], params2 as Tuple, args, reverse, err);
    if (inferred === null) {
      if (err.msg !== "") this.error(err.pos, err.msg);
      x.mode = Mode.Invalid;
      return { targs: null, xlist: null };
    }
    targs = inferred;
    got = targs.length;
  }

  sig = this.instantiateSignature(x.expr !== null ? x.expr.pos : pos, x.expr!, sig, targs!, xlist);
  x.type = sig;
  x.mode = Mode.Value;
  return { targs: null, xlist: null };
};

Checker.prototype.instantiateSignature = function (this: Checker, pos: Pos, _expr: ast.Expr, typ: Signature, targs: Type[], xlist: ast.Expr[] | null): Signature {
  const inst = instantiateSignature(typ, targs);
  const tparams = typ.tparams;
  this.later(() => this.verifyInstance(pos, tparams, targs, xlist));
  return inst;
};

Checker.prototype.verifyInstance = function (this: Checker, pos: Pos, tparams: TypeParam[], targs: Type[], xlist: ast.Expr[] | null): void {
  const smap = new SubstMap(tparams, targs);
  for (let i = 0; i < tparams.length && i < targs.length; i++) {
    const bound = subst(tparams[i].bound, smap);
    const cause = { msg: "" };
    if (!this.implements(targs[i], bound, true, cause)) {
      const at = xlist !== null && i < xlist.length ? this.atPos(xlist[i]) : pos;
      this.softError(at, cause.msg);
      return;
    }
  }
  this.monoGraph().recordInstance(this.pkg, pos, tparams, targs, xlist);
};

Checker.prototype.callExpr = function (this: Checker, x: Operand, call: ast.CallExpr): ExprKind {
  let inst: ast.IndexExpr | null = null;
  if (call.fun.kind === "IndexExpr") {
    const iexpr = call.fun;
    if (this.indexExpr(x, iexpr)) inst = iexpr;
    x.expr = iexpr;
    this.record(x);
  } else {
    this.exprOrType(x, call.fun, true);
  }

  switch (x.mode) {
    case Mode.Invalid:
      this.useN(call.argList, false);
      x.expr = call;
      return ExprKind.Statement;

    case Mode.TypExpr: {
      this.nonGeneric(null, x);
      if ((x.mode as Mode) === Mode.Invalid) return ExprKind.Conversion;
      const T = x.type;
      x.mode = Mode.Invalid;
      const n = call.argList.length;
      switch (n) {
        case 0:
          this.error(call, `missing argument in conversion to ${this.typeStr(T)}`);
          break;
        case 1: {
          this.expr(x, call.argList[0]);
          if ((x.mode as Mode) !== Mode.Invalid) {
            const t = under(T);
            if (t.kind === TypeKind.Interface && !isTypeParam(T) && !isMethodSet(t)) {
              this.error(call, `cannot use interface ${this.typeStr(T)} in conversion (contains specific type constraints or is comparable)`);
              break;
            }
            if (call.hasDots) {
              this.error(call.argList[0], `invalid use of ... in conversion to ${this.typeStr(T)}`);
              break;
            }
            this.conversion(x, T);
          }
          break;
        }
        default:
          this.useN(call.argList, false);
          this.error(call.argList[n - 1], `too many arguments in conversion to ${this.typeStr(T)}`);
      }
      x.expr = call;
      return ExprKind.Conversion;
    }

    case Mode.Builtin: {
      const id = x.id;
      if (!this.builtin(x, call, id)) x.mode = Mode.Invalid;
      x.expr = call;
      if ((x.mode as Mode) !== Mode.Invalid && (x.mode as Mode) !== Mode.Constant) this.env.hasCallOrRecv = true;
      return builtinInfo[id].kind;
    }
  }

  const ct = coreType(x.type);
  if (ct === null || ct.kind !== TypeKind.Signature) {
    this.error(x, `invalid operation: cannot call non-function ${this.opnd(x)}`);
    x.mode = Mode.Invalid;
    x.expr = call;
    return ExprKind.Statement;
  }
  let sig: Signature = ct;
  const wasGeneric = sig.tparams.length > 0;

  let xlist: ast.Expr[] | null = null;
  let targs: Type[] | null = null;
  if (inst !== null) {
    xlist = ast.unpackList(inst.index);
    targs = this.typeList(xlist);
    if (targs === null) {
      this.useN(call.argList, false);
      x.mode = Mode.Invalid;
      x.expr = call;
      return ExprKind.Statement;
    }
    const got = targs.length;
    const want = sig.tparams.length;
    if (got > want) {
      this.error(xlist[want], `got ${got} type arguments but want ${want}`);
      this.useN(call.argList, false);
      x.mode = Mode.Invalid;
      x.expr = call;
      return ExprKind.Statement;
    }
    if (got === want && want > 0) {
      this.verifyVersion(inst, 18, "function instantiation");
      sig = this.instantiateSignature(inst.pos, inst, sig, targs, xlist);
      targs = null;
      xlist = null;
    }
  }

  const { args, atargs, atxlist } = this.genericExprList(call.argList);
  sig = this.arguments(call, sig, targs, xlist, args, atargs, atxlist);

  if (wasGeneric && sig.tparams.length === 0) this.recordTypeAndValue(call.fun, Mode.Value, sig, null);

  switch (sig.results.length) {
    case 0:
      x.mode = Mode.NoValue;
      break;
    case 1:
      x.mode = Mode.Value;
      x.type = sig.results.vars[0].type!;
      break;
    default:
      x.mode = Mode.Value;
      x.type = sig.results;
  }
  x.expr = call;
  this.env.hasCallOrRecv = true;

  if (x.mode === Mode.Value && sig.tparams.length > 0 && isParameterized(sig.tparams, x.type)) x.mode = Mode.Invalid;
  return ExprKind.Statement;
};

function cloneSignature(s: Signature): Signature {
  const c = new Signature(s.recv, s.params, s.results, s.variadic);
  c.scope = s.scope;
  c.tparams = s.tparams;
  c.rparams = s.rparams;
  return c;
}

/** Whether typ mentions any of the type parameters tparams (types2's isParameterized). */
export function isParameterized(tparams: TypeParam[], typ: Type): boolean {
  const seen = new Set<Type>();
  const visit = (t: Type | null): boolean => {
    if (t === null || seen.has(t)) return false;
    seen.add(t);
    switch (t.kind) {
      case TypeKind.TypeParam:
        return tparams.includes(t);
      case TypeKind.Alias:
        return visit(t.fromRHS);
      case TypeKind.Array:
      case TypeKind.Slice:
      case TypeKind.Chan:
        return visit(t.elem);
      case TypeKind.Pointer:
        return visit(t.base);
      case TypeKind.Map:
        return visit(t.key) || visit(t.elem);
      case TypeKind.Struct:
        return t.fields.some((f) => visit(f.type));
      case TypeKind.Tuple:
        return t.vars.some((v) => visit(v.type));
      case TypeKind.Signature:
        return visit(t.params) || visit(t.results);
      case TypeKind.Interface:
        return t.methods.some((m) => visit(m.type)) || t.embeddeds.some((e) => visit(e));
      case TypeKind.Union:
        return t.terms.some((term) => visit(term.type));
      case TypeKind.Named:
        return t.targs.some((a) => visit(a));
    }
    return false;
  };
  return visit(typ);
}

Checker.prototype.exprList = function (this: Checker, elist: ast.Expr[]): Operand[] {
  const n = elist.length;
  if (n === 1) return this.multiExpr(elist[0], false).list;
  const xlist: Operand[] = [];
  for (const e of elist) {
    const x = new Operand();
    this.expr(x, e);
    xlist.push(x);
  }
  return xlist;
};

Checker.prototype.genericExprList = function (this: Checker, elist: ast.Expr[]) {
  const args: Operand[] = [];
  const atargs: (Type[] | null)[] = [];
  const atxlist: (ast.Expr[] | null)[] = [];
  const n = elist.length;
  let infer = true;
  if (n > 0 && this.allowVersion(21, this.atPos(elist[0]))) infer = false;

  const one = (e: ast.Expr, multi: boolean): void => {
    const x = new Operand();
    if (e.kind === "IndexExpr" && this.indexExpr(x, e)) {
      const r = this.funcInst(null, x.expr !== null ? x.expr.pos : 0, x, e, infer);
      if (r.targs !== null) {
        atargs[args.length] = r.targs;
        atxlist[args.length] = r.xlist;
        x.expr = e;
      } else {
        this.record(x);
      }
      args.push(x);
      return;
    }
    if (!multi) {
      this.genericExpr(x, e);
      args.push(x);
      return;
    }
    this.rawExpr(x, e, null, true);
    this.exclude(x, ModeSet.NoValue | ModeSet.Builtin | ModeSet.TypExpr);
    if (x.type.kind === TypeKind.Tuple && x.mode !== Mode.Invalid) {
      for (const v of (x.type as Tuple).vars) args.push(newOperand(Mode.Value, e, v.type!));
    } else {
      args.push(x);
    }
  };

  if (n === 1) one(elist[0], true);
  else for (const e of elist) one(e, false);
  return { args, atargs, atxlist };
};

Checker.prototype.arguments = function (
  this: Checker,
  call: ast.CallExpr,
  sig: Signature,
  targs: (Type | null)[] | null,
  xlist: ast.Expr[] | null,
  args: Operand[],
  atargs: (Type[] | null)[],
  _atxlist: (ast.Expr[] | null)[],
): Signature {
  let rsig = sig;
  const nargs = args.length;
  let npars = sig.params.length;
  const ddd = call.hasDots;

  let sigParams = sig.params;
  let adjusted = false;
  if (sig.variadic) {
    if (ddd) {
      if (call.argList.length === 1 && nargs > 1) {
        this.error(call, `cannot use ... with ${nargs}-valued ${exprString(call.argList[0])}`);
        return rsig;
      }
    } else if (nargs >= npars - 1) {
      const vars = sig.params.vars.slice(0, npars - 1);
      const last = sig.params.vars[npars - 1];
      const typ = (last.type as Slice).elem;
      while (vars.length < nargs) {
        const v = new Var(last.pos, last.pkg, last.name, typ);
        v.isParam = true;
        vars.push(v);
      }
      sigParams = new Tuple(vars);
      adjusted = true;
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    this.error(call, `cannot use ... in call to non-variadic ${exprString(call.fun)}`);
    return rsig;
  }

  if (nargs !== npars) {
    let at: ast.Node | Pos = call;
    let qualifier = "not enough";
    if (nargs > npars) {
      at = args[npars].expr!;
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1].expr!;
    }
    const params = sig.params.vars;
    const have = this.typesSummary(
      args.map((a) => a.type),
      false,
    );
    const want = this.typesSummary(
      params.map((v) => v.type),
      sig.variadic,
    );
    this.error(at, `${qualifier} arguments in call to ${exprString(call.fun)}\n\thave ${have}\n\twant ${want}`);
    return rsig;
  }

  let tparams: TypeParam[] = [];
  let allTargs: (Type | null)[] = targs ?? [];
  const n = sig.tparams.length;
  if (n > 0) {
    if (!this.allowVersion(18, call.pos)) {
      if (call.fun.kind === "IndexExpr") this.versionError(call.fun, "go1.18", "function instantiation");
      else this.versionError(call, "go1.18", "implicit function instantiation");
    }
    const [renamed, tmp] = this.renameTParams(sig.tparams, sigParams);
    tparams = renamed;
    sigParams = tmp as Tuple;
    allTargs = allTargs.slice();
    while (allTargs.length < tparams.length) allTargs.push(null);
  }

  const genericArgs: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const asig0 = arg.type;
    if (asig0.kind === TypeKind.Signature && asig0.tparams.length > 0) {
      const [atparams, tmp] = this.renameTParams(asig0.tparams, asig0);
      const asig = tmp === asig0 ? cloneSignature(asig0) : (tmp as Signature);
      asig.tparams = atparams;
      arg.type = asig;
      tparams = tparams.concat(atparams);
      const partial = i < atargs.length ? atargs[i] : null;
      if (partial !== null && partial !== undefined) allTargs = allTargs.concat(partial);
      while (allTargs.length < tparams.length) allTargs.push(null);
      genericArgs.push(i);
    }
  }
  if (genericArgs.length > 0) this.verifyVersion(args[genericArgs[0]], 21, "implicitly instantiated function as argument");

  if (tparams.length > 0) {
    const err = { pos: 0 as Pos, msg: "" };
    const inferred = this.infer(call.pos, tparams, allTargs, sigParams, args, false, err);
    if (inferred === null) {
      if (err.msg !== "") this.error(err.pos, `in call to ${exprString(call.fun)}, ${err.msg}`);
      return rsig;
    }
    if (n > 0) {
      rsig = this.instantiateSignature(call.pos, call.fun, sig, inferred.slice(0, n), xlist);
      if (adjusted) sigParams = subst(sigParams, new SubstMap(tparams.slice(0, n), inferred.slice(0, n))) as Tuple;
      else sigParams = rsig.params;
    }
    let j = n;
    for (const i of genericArgs) {
      const arg = args[i];
      const asig = arg.type as Signature;
      const k = j + asig.tparams.length;
      arg.type = this.instantiateSignature(call.pos, arg.expr!, asig, inferred.slice(j, k), null);
      this.record(arg);
      j = k;
    }
  }

  if (args.length > 0) {
    const context = () => `argument to ${exprString(call.fun)}`;
    for (let i = 0; i < args.length; i++) this.assignment(args[i], sigParams.vars[i].type!, context);
  }
  return rsig;
};

Checker.prototype.typesSummary = function (this: Checker, list: (Type | null)[], variadic: boolean): string {
  const res: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    let s = "";
    if (t === null || !isValid(t)) {
      s = "unknown type";
    } else if (isUntyped(t)) {
      if (isNumeric(t)) s = "number";
      else s = (t as { name: string }).name.replace(/untyped /g, "");
    } else if (variadic && i === list.length - 1) {
      s = "..." + this.typeStr((t as Slice).elem);
    }
    if (s === "") s = this.typeStr(t!);
    res.push(s);
  }
  return "(" + res.join(", ") + ")";
};

Checker.prototype.recordBuiltinType = function (this: Checker, f: ast.Expr, sig: Signature): void {
  for (;;) {
    this.recordTypeAndValue(f, Mode.Builtin, sig, null);
    if (f.kind !== "ParenExpr") return;
    f = f.x;
  }
};

// ---------------------------------------------------------------------------
// Selectors.

Checker.prototype.selector = function (this: Checker, x: Operand, e: ast.SelectorExpr, def, wantType: boolean): void {
  const sel = e.sel.value;
  const fail = () => {
    x.mode = Mode.Invalid;
    x.expr = e;
  };

  if (e.x.kind === "Name") {
    const ident = e.x;
    const obj0 = this.lookup(ident.value);
    if (obj0 !== null && obj0.kind === ObjKind.PkgName) {
      const pname = obj0;
      this.recordUse(ident, pname);
      pname.used = true;
      const pkg = pname.imported;
      const exp = pkg.scope.lookup(sel);
      if (exp === undefined) {
        if (!pkg.fake) this.error(e.sel, `undefined: ${exprString(e)}`);
        return fail();
      }
      if (!exp.exported()) this.error(e.sel, `name ${sel} not exported by package ${pkg.name}`);
      this.recordUse(e.sel, exp);
      switch (exp.kind) {
        case ObjKind.Const:
          x.mode = Mode.Constant;
          x.type = exp.type ?? invalidType;
          x.val = exp.val;
          break;
        case ObjKind.TypeName:
          x.mode = Mode.TypExpr;
          x.type = exp.type ?? invalidType;
          break;
        case ObjKind.Var:
          x.mode = Mode.Variable;
          x.type = exp.type ?? invalidType;
          break;
        case ObjKind.Func:
          x.mode = Mode.Value;
          x.type = exp.type ?? invalidType;
          break;
        case ObjKind.Builtin:
          x.mode = Mode.Builtin;
          x.type = invalidType;
          x.id = exp.builtinId;
          break;
        default:
          return fail();
      }
      x.expr = e;
      return;
    }
  }

  this.exprOrType(x, e.x, false);
  switch (x.mode) {
    case Mode.TypExpr:
      if (def !== null && def.type === x.type) {
        this.cycleError([def], 0);
        return fail();
      }
      break;
    case Mode.Builtin:
      this.error(e.pos, `cannot select on ${this.opnd(x)}`);
      return fail();
    case Mode.Invalid:
      return fail();
  }

  if (wantType) {
    this.error(e.sel, `${exprString(e)} is not a type`);
    return fail();
  }

  const r = lookupFieldOrMethod(x.type, x.mode === Mode.Variable, this.pkg, sel, false);
  let obj: Obj | null = r.obj;
  const index = r.index;
  const indirect = r.indirect;
  if (obj === null) {
    if (!isValid(under(x.type))) return fail();
    if (index !== null) {
      this.error(e.sel, `ambiguous selector ${exprString(x.expr!)}.${sel}`);
      return fail();
    }
    if (indirect) {
      if (x.mode === Mode.TypExpr) {
        const ts = this.typeStr(x.type);
        this.error(e.sel, `invalid method expression ${ts}.${sel} (needs pointer receiver (*${ts}).${sel})`);
      } else {
        this.error(e.sel, `cannot call pointer method ${sel} on ${this.typeStr(x.type)}`);
      }
      return fail();
    }
    let why: string;
    if (isInterfacePtr(x.type)) {
      why = this.interfacePtrError(x.type);
    } else {
      const alt = lookupFieldOrMethod(x.type, x.mode === Mode.Variable, this.pkg, sel, true).obj;
      why = this.lookupError(x.type, sel, alt, false);
    }
    this.error(e.sel, `${exprString(x.expr!)}.${sel} undefined (${why})`);
    return fail();
  }

  if (obj.kind === ObjKind.Func) this.objDecl(obj, null);

  if (x.mode === Mode.TypExpr) {
    if (obj.kind !== ObjKind.Func) {
      const ts = this.typeStr(x.type);
      this.error(e.sel, `${exprString(x.expr!)}.${sel} undefined (type ${ts} has no method ${sel})`);
      return fail();
    }
    const m = obj;
    this.recordSelection(e, SelectionKind.MethodExpr, x.type, m, index!, indirect);
    const sig = m.type as Signature | null;
    if (sig === null || sig.kind !== TypeKind.Signature || sig.recv === null) {
      this.error(e, "illegal cycle in method declaration");
      return fail();
    }
    const params = sig.params.vars;
    let name = "";
    if (params.length > 0 && params[0].name !== "") {
      name = sig.recv.name;
      if (name === "") name = "_";
    }
    const rv = new Var(sig.recv.pos, sig.recv.pkg, name, x.type);
    rv.isParam = true;
    const nsig = new Signature(null, new Tuple([rv, ...params]), sig.results, sig.variadic);
    nsig.tparams = sig.tparams;
    x.mode = Mode.Value;
    x.type = nsig;
    this.addDeclDep(m);
  } else {
    switch (obj.kind) {
      case ObjKind.Var:
        this.recordSelection(e, SelectionKind.FieldVal, x.type, obj, index!, indirect);
        x.mode = x.mode === Mode.Variable || indirect ? Mode.Variable : Mode.Value;
        x.type = obj.type!;
        break;
      case ObjKind.Func: {
        this.recordSelection(e, SelectionKind.MethodVal, x.type, obj, index!, indirect);
        x.mode = Mode.Value;
        const sig = obj.type as Signature;
        const nsig = new Signature(null, sig.params, sig.results, sig.variadic);
        nsig.tparams = sig.tparams;
        nsig.scope = sig.scope;
        x.type = nsig;
        this.addDeclDep(obj);
        break;
      }
      default:
        obj = null;
        return fail();
    }
  }
  x.expr = e;
};

// ---------------------------------------------------------------------------
// use.

Checker.prototype.use = function (this: Checker, ...args: (ast.Expr | null)[]): boolean {
  return this.useN(args, false);
};

Checker.prototype.useLHS = function (this: Checker, ...args: (ast.Expr | null)[]): boolean {
  return this.useN(args, true);
};

Checker.prototype.useN = function (this: Checker, args: (ast.Expr | null)[], lhs: boolean): boolean {
  let ok = true;
  for (const e of args) if (!this.use1(e, lhs)) ok = false;
  return ok;
};

Checker.prototype.use1 = function (this: Checker, e: ast.Expr | null, lhs: boolean): boolean {
  if (e === null) return true;
  const x = new Operand();
  x.mode = Mode.Value;
  const n = ast.unparen(e);
  switch (n.kind) {
    case "Name": {
      if (n.value === "_") break;
      let v: Var | null = null;
      let vUsed = false;
      if (lhs) {
        const obj = this.env.scope!.lookupParent(n.value, 0)[1];
        if (obj !== null && obj.kind === ObjKind.Var && obj.pkg === this.pkg) {
          v = obj;
          vUsed = v.used;
        }
      }
      this.exprOrType(x, n, true);
      if (v !== null) v.used = vUsed;
      break;
    }
    case "ListExpr":
      return this.useN(n.elemList, lhs);
    default:
      this.rawExpr(x, e, null, true);
  }
  return (x.mode as Mode) !== Mode.Invalid;
};
