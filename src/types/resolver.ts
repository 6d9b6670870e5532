// Package-level object collection (types2's resolver.go): imports and file
// scopes, package-level constants, variables, types and functions with
// their declaration infos, methods associated with their receiver base
// type names, the order in which package objects are checked, and the
// "imported and not used" check. Also endPos, gc's syntax.EndPos.

import * as ast from "../syntax/ast.js";
import type { Pos } from "../syntax/source.js";
import * as constant from "./constant.js";
import { Checker, DeclInfo } from "./check.js";
import { Scope, Package, PkgName, Const, TypeName, Var, Func, ObjKind, isExported, type Obj } from "./objects.js";
import { unsafePackage } from "./universe.js";
import { decodeRune, isPrint, quoteGo as goQuote } from "./quote.js";
import { nodeString } from "../syntax/printer.js";

declare module "./check.js" {
  interface Checker {
    /** Dot-imported objects per file scope: scope → name → the import's PkgName. */
    dotImports?: Map<Scope, Map<string, PkgName>>;
    /** Imported packages by path, so that each path is imported once per package. */
    impMap?: Map<string, Package>;
    arity(pos: Pos, names: ast.Name[], inits: ast.Expr[], constDecl: boolean, inherited: boolean): void;
    declarePkgObj(ident: ast.Name, obj: Obj, d: DeclInfo): void;
    importPackage(pos: Pos, path: string): Package | null;
    collectObjects(): void;
    unpackRecv(rtyp: ast.Expr, unpackParams: boolean): { ptr: boolean; rname: ast.Name | null; tparams: ast.Name[] };
    resolveBaseTypeName(seenPtr: boolean, typ: ast.Expr): { ptr: boolean; base: TypeName | null };
    packageObjects(): void;
    unusedImports(): void;
    errorUnusedPkg(obj: PkgName): void;
  }
}

declare module "./objects.js" {
  interface Package {
    /** A stand-in for a package that could not be imported: lookups in it report nothing. */
    fake?: boolean;
  }
}

/** gc's syntax.EndPos: the position just past a node (approximately, as gc computes it). */
export function endPos(n: ast.Node): Pos {
  let m: ast.Node = n;
  for (;;) {
    switch (m.kind) {
      case "File":
        return m.eof;
      case "ImportDecl":
        if (m.path === null) return m.pos;
        m = m.path;
        continue;
      case "ConstDecl":
      case "VarDecl":
        if (m.values !== null) {
          m = m.values;
          continue;
        }
        if (m.type !== null) {
          m = m.type;
          continue;
        }
        if (m.nameList.length > 0) {
          m = m.nameList[m.nameList.length - 1];
          continue;
        }
        return m.pos;
      case "TypeDecl":
        m = m.type;
        continue;
      case "FuncDecl":
        if (m.body !== null) {
          m = m.body;
          continue;
        }
        m = m.type;
        continue;
      case "BadExpr":
        return m.pos;
      case "Name":
      case "BasicLit":
        return m.pos + m.value.length;
      case "CompositeLit":
        return m.rbrace;
      case "KeyValueExpr":
        m = m.value;
        continue;
      case "FuncLit":
        m = m.body;
        continue;
      case "ParenExpr":
        m = m.x;
        continue;
      case "SelectorExpr":
        m = m.sel;
        continue;
      case "IndexExpr":
        m = m.index;
        continue;
      case "SliceExpr":
        // gc's loop never takes the indices into account (its continue
        // only restarts the inner loop), so the end is that of x.
        m = m.x;
        continue;
      case "AssertExpr":
        m = m.type;
        continue;
      case "TypeSwitchGuard":
        m = m.x;
        continue;
      case "Operation":
        m = m.y !== null ? m.y : m.x;
        continue;
      case "CallExpr":
        if (m.argList.length > 0) {
          m = m.argList[m.argList.length - 1];
          continue;
        }
        m = m.fun;
        continue;
      case "ListExpr":
        if (m.elemList.length > 0) {
          m = m.elemList[m.elemList.length - 1];
          continue;
        }
        return m.pos;
      case "ArrayType":
      case "SliceType":
      case "DotsType":
      case "ChanType":
        m = m.elem;
        continue;
      case "StructType":
        if (m.fieldList.length > 0) {
          m = m.fieldList[m.fieldList.length - 1];
          continue;
        }
        return m.pos;
      case "Field":
        m = m.type;
        continue;
      case "InterfaceType":
        if (m.methodList.length > 0) {
          m = m.methodList[m.methodList.length - 1];
          continue;
        }
        return m.pos;
      case "FuncType":
        if (m.resultList.length > 0) {
          m = m.resultList[m.resultList.length - 1];
          continue;
        }
        if (m.paramList.length > 0) {
          m = m.paramList[m.paramList.length - 1];
          continue;
        }
        return m.pos;
      case "MapType":
        m = m.value;
        continue;
      case "EmptyStmt":
        return m.pos;
      case "LabeledStmt":
        m = m.stmt;
        continue;
      case "BlockStmt":
        return m.rbrace;
      case "ExprStmt":
        m = m.x;
        continue;
      case "SendStmt":
        m = m.value;
        continue;
      case "DeclStmt":
        if (m.declList.length > 0) {
          m = m.declList[m.declList.length - 1];
          continue;
        }
        return m.pos;
      case "AssignStmt":
        if (m.rhs === null) return endPos(m.lhs) + 2;
        m = m.rhs;
        continue;
      case "BranchStmt":
        if (m.label !== null) {
          m = m.label;
          continue;
        }
        return m.pos;
      case "CallStmt":
        m = m.call;
        continue;
      case "ReturnStmt":
        if (m.results !== null) {
          m = m.results;
          continue;
        }
        return m.pos;
      case "IfStmt":
        if (m.else !== null) {
          m = m.else;
          continue;
        }
        m = m.then;
        continue;
      case "ForStmt":
        m = m.body;
        continue;
      case "SwitchStmt":
      case "SelectStmt":
        return m.rbrace;
      case "RangeClause":
        m = m.x;
        continue;
      case "CaseClause":
      case "CommClause":
        if (m.body.length > 0) {
          m = m.body[m.body.length - 1];
          continue;
        }
        return m.colon;
      default:
        return (m as ast.Node).pos;
    }
  }
}

/** strconv.Unquote plus the import path character rules; returns [path, error text]. */
function validatedImportPath(lit: ast.BasicLit): [string, string | null] {
  const v = constant.makeFromLiteral(lit.value, ast.LitKind.String);
  if (constant.kind(v) !== constant.Kind.String) return ["", "invalid syntax"];
  const s = constant.stringVal(v);
  if (s === "") return [s, "empty string"];
  const illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
  for (let i = 0; i < s.length; ) {
    let [r, size] = decodeRune(s, i);
    if (r < 0) r = 0xfffd;
    i += size;
    const graphic = isPrint(r) || isUnicodeSpaceSeparator(r);
    if (!graphic || isUnicodeSpace(r) || (r < 0x80 && illegal.includes(String.fromCharCode(r))) || r === 0xfffd) {
      return [s, `invalid character ${formatRuneU(r)}`];
    }
  }
  return [s, null];
}

function isUnicodeSpaceSeparator(r: number): boolean {
  return r === 0x20 || r === 0xa0 || r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x202f || r === 0x205f || r === 0x3000;
}

function isUnicodeSpace(r: number): boolean {
  return (r >= 9 && r <= 13) || r === 0x85 || r === 0x2028 || r === 0x2029 || isUnicodeSpaceSeparator(r);
}

/** Go's %#U: U+0041 'A' (the character only when printable). */
function formatRuneU(r: number): string {
  const hex = "U+" + r.toString(16).toUpperCase().padStart(4, "0");
  if (!isPrint(r)) return hex;
  return `${hex} '${Buffer.from(String.fromCodePoint(r), "utf8").toString("latin1")}'`;
}

Checker.prototype.arity = function (this: Checker, pos: Pos, names: ast.Name[], inits: ast.Expr[], constDecl: boolean, inherited: boolean): void {
  const l = names.length;
  const r = inits.length;
  if (l < r) {
    const n = inits[l];
    if (inherited) this.error(pos, `extra init expr at ${this.errors.fset.posString(n.pos)}`);
    else this.error(n, `extra init expr ${nodeString(n)}`);
  } else if (l > r && (constDecl || r !== 1)) {
    const n = names[r];
    this.error(n, `missing init expr for ${n.value}`);
  }
};

Checker.prototype.declarePkgObj = function (this: Checker, ident: ast.Name, obj: Obj, d: DeclInfo): void {
  if (ident.value === "init") {
    this.error(ident, "cannot declare init - must be func");
    return;
  }
  if (ident.value === "main" && this.pkg.name === "main") {
    this.error(ident, "cannot declare main - must be func");
    return;
  }
  this.declare(this.pkg.scope, ident, obj, 0);
  this.objMap.set(obj, d);
  obj.order = this.objMap.size;
};

Checker.prototype.importPackage = function (this: Checker, pos: Pos, path: string): Package | null {
  this.impMap ??= new Map();
  const known = this.impMap.get(path);
  if (known !== undefined) return known;
  let imp: Package | null = path === "unsafe" ? unsafePackage : this.conf.importer(path, pos);
  if (imp === null || imp.name === "" || imp.name === "_") {
    // The importer reported the failure; continue with a fake package.
    if (imp === null) {
      let name = path;
      if (name.endsWith("/")) name = name.slice(0, -1);
      const i = name.lastIndexOf("/");
      if (i >= 0) name = name.slice(i + 1);
      imp = new Package(path, name);
    }
    imp.fake = true;
  }
  this.impMap.set(path, imp);
  return imp;
};

interface MethodInfo {
  obj: Func;
  ptr: boolean;
  recv: ast.Name;
}

Checker.prototype.collectObjects = function (this: Checker): void {
  const pkg = this.pkg;
  const pkgImports = new Set<Package>(pkg.imports);
  const methods: MethodInfo[] = [];
  const fileScopes: Scope[] = [];
  for (const file of this.files) {
    this.recordDef(file.pkgName, null);
    const fileStart = this.errors.fset.file(file.pos)?.base ?? file.pos;
    const fileScope = new Scope(pkg.scope, fileStart, endPos(file), file.filename);
    fileScopes.push(fileScope);
    this.recordScope(file, fileScope);
    let version = this.conf.goVersion;
    const fm = /^go1\.(\d+)$/.exec(file.goVersion);
    if (fm !== null) version = Number(fm[1]) < 21 ? "go1.21" : file.goVersion;
    this.fileVersions.set(fileScope, { version, buildVersion: file.goVersion });

    let first = -1;
    let last: ast.ConstDecl | null = null;
    const list = file.declList;
    for (let index = 0; index < list.length; index++) {
      const s = list[index];
      if (s.kind !== "ConstDecl") first = -1;
      switch (s.kind) {
        case "ImportDecl": {
          if (s.path === null || s.path.bad) continue;
          const [path, err] = validatedImportPath(s.path);
          if (err !== null) {
            this.error(s.path, `invalid import path (${err})`);
            continue;
          }
          const imp = this.importPackage(s.path.pos, path);
          if (imp === null) continue;
          let name = imp.name;
          if (s.localPkgName !== null) {
            name = s.localPkgName.value;
            if (path === "C") {
              this.error(s.localPkgName, `cannot rename import "C"`);
              continue;
            }
          }
          if (name === "init") {
            this.error(s, "cannot import package as init - init must be a func");
            continue;
          }
          if (!pkgImports.has(imp)) {
            pkgImports.add(imp);
            pkg.imports.push(imp);
          }
          const pkgName = new PkgName(s.pos, pkg, name, imp);
          if (s.localPkgName !== null) this.recordDef(s.localPkgName, pkgName);
          else this.recordImplicit(s, pkgName);
          if (imp.fake) pkgName.used = true;
          this.imports.push(pkgName);
          if (name === ".") {
            this.dotImports ??= new Map();
            let m = this.dotImports.get(fileScope);
            if (m === undefined) this.dotImports.set(fileScope, (m = new Map()));
            for (const [oname, obj] of imp.scope.elems) {
              if (!isExported(oname)) continue;
              const alt = fileScope.lookup(oname);
              if (alt !== undefined) {
                this.errorParts([
                  [s.localPkgName!, `${alt.name} redeclared in this block`],
                  ...this.altDecl(alt),
                ]);
              } else {
                // Not via insert(): the object keeps its own parent scope.
                fileScope.elems.set(oname, obj);
                m.set(oname, pkgName);
                this.dotImportMap.set(obj, pkgName);
              }
            }
          } else {
            this.declare(fileScope, null, pkgName, 0);
          }
          break;
        }
        case "ConstDecl": {
          if (first < 0 || s.group === null || (list[index - 1] as ast.ConstDecl).group !== s.group) {
            first = index;
            last = null;
          }
          const iota = constant.makeInt64(index - first);
          let inherited = true;
          if (s.type !== null || s.values !== null) {
            last = s;
            inherited = false;
          } else if (last === null) {
            last = { kind: "ConstDecl", pos: s.pos, group: null, pragma: null, nameList: [], type: null, values: null };
            inherited = false;
          }
          const values = ast.unpackList(last.values);
          for (let i = 0; i < s.nameList.length; i++) {
            const name = s.nameList[i];
            const obj = new Const(name.pos, pkg, name.value, null, iota);
            const init = i < values.length ? values[i] : null;
            const d = new DeclInfo(fileScope, null, last.type, init, inherited, null, null);
            this.declarePkgObj(name, obj, d);
          }
          this.arity(s.pos, s.nameList, values, true, inherited);
          break;
        }
        case "VarDecl": {
          const lhs: Var[] = new Array(s.nameList.length);
          let d1: DeclInfo | null = null;
          if (s.values === null || s.values.kind !== "ListExpr") {
            d1 = new DeclInfo(fileScope, lhs, s.type, s.values, false, null, null);
          }
          const values = ast.unpackList(s.values);
          for (let i = 0; i < s.nameList.length; i++) {
            const name = s.nameList[i];
            const obj = new Var(name.pos, pkg, name.value, null);
            lhs[i] = obj;
            let d = d1;
            if (d === null) {
              const init = i < values.length ? values[i] : null;
              d = new DeclInfo(fileScope, null, s.type, init, false, null, null);
            }
            this.declarePkgObj(name, obj, d);
          }
          if (s.type === null || values.length > 0) this.arity(s.pos, s.nameList, values, false, false);
          break;
        }
        case "TypeDecl": {
          const obj = new TypeName(s.name.pos, pkg, s.name.value, null);
          this.declarePkgObj(s.name, obj, new DeclInfo(fileScope, null, null, null, false, s, null));
          break;
        }
        case "FuncDecl": {
          const name = s.name.value;
          const obj = new Func(s.name.pos, pkg, name, null);
          obj.noBody = s.body === null;
          let hasTParamError = false;
          if (s.recv === null) {
            if (name === "init" || (name === "main" && pkg.name === "main")) {
              if (s.tParamList !== null && s.tParamList.length > 0) {
                this.softError(s.tParamList[0], `func ${name} must have no type parameters`);
                hasTParamError = true;
              }
              if (s.type.paramList.length !== 0 || s.type.resultList.length !== 0) {
                this.softError(s.name, `func ${name} must have no arguments and no return values`);
              }
            }
            if (name === "init") {
              obj.parent = pkg.scope;
              this.recordDef(s.name, obj);
              if (s.body === null) this.softError(obj.pos, "missing function body");
            } else {
              this.declare(pkg.scope, s.name, obj, 0);
            }
          } else {
            const { ptr, rname } = this.unpackRecv(s.recv.type, false);
            if (rname !== null && name !== "_") methods.push({ obj, ptr, recv: rname });
            this.recordDef(s.name, obj);
          }
          if (s.tParamList !== null && s.tParamList.length > 0 && !hasTParamError && !this.allowVersion(18)) {
            this.versionError(s.tParamList[0], "go1.18", "type parameter");
          }
          this.objMap.set(obj, new DeclInfo(fileScope, null, null, null, false, null, s));
          obj.order = this.objMap.size;
          break;
        }
      }
    }
  }

  // Objects in the package scope and in file scopes must have different names.
  for (const scope of fileScopes) {
    for (const [name, obj] of scope.elems) {
      const alt = pkg.scope.lookup(name);
      if (alt === undefined) continue;
      if (obj.kind === ObjKind.PkgName) {
        this.errorParts([[alt.pos, `${alt.name} already declared through import of ${packageString(obj.imported)}`], ...this.altDecl(obj)]);
      } else {
        this.errorParts([[alt.pos, `${alt.name} already declared through dot-import of ${packageString(obj.pkg!)}`], ...this.altDecl(obj)]);
      }
    }
  }

  for (const m of methods) {
    const { ptr, base } = this.resolveBaseTypeName(m.ptr, m.recv);
    if (base !== null) {
      m.obj.hasPtrRecv = ptr;
      let list = this.methods.get(base);
      if (list === undefined) this.methods.set(base, (list = []));
      list.push(m.obj);
    }
  }
};

/** How a *Package is printed with %s: package name ("path"). */
function packageString(p: Package): string {
  return `package ${p.name} ("${p.path}")`;
}

Checker.prototype.unpackRecv = function (this: Checker, rtyp: ast.Expr, unpackParams: boolean) {
  let ptr = false;
  for (;;) {
    if (rtyp.kind === "ParenExpr") {
      rtyp = rtyp.x;
      continue;
    }
    if (rtyp.kind === "Operation" && rtyp.op === ast.Operator.Mul && rtyp.y === null) {
      ptr = true;
      rtyp = rtyp.x;
      continue;
    }
    break;
  }
  const tparams: ast.Name[] = [];
  if (rtyp.kind === "IndexExpr") {
    const ptyp = rtyp;
    rtyp = ptyp.x;
    if (unpackParams) {
      for (const arg of ast.unpackList(ptyp.index)) {
        let par: ast.Name | null = null;
        if (arg.kind === "Name") par = arg;
        else if (arg.kind !== "BadExpr") this.error(arg, `receiver type parameter ${nodeString(arg)} must be an identifier`);
        if (par === null) par = { kind: "Name", pos: arg.pos, value: "_" };
        tparams.push(par);
      }
    }
  }
  const rname = rtyp.kind === "Name" ? rtyp : null;
  return { ptr, rname, tparams };
};

Checker.prototype.resolveBaseTypeName = function (this: Checker, seenPtr: boolean, typ: ast.Expr) {
  let ptr = seenPtr;
  let seen: Set<TypeName> | null = null;
  const fail = { ptr: false, base: null };
  for (;;) {
    if (typ.kind === "Operation" && typ.op === ast.Operator.Mul && typ.y === null) {
      if (ptr) return fail;
      ptr = true;
      typ = ast.unparen(typ.x);
    }
    if (typ.kind !== "Name") return fail;
    const obj = this.pkg.scope.lookup(typ.value);
    if (obj === undefined || obj.kind !== ObjKind.TypeName) return fail;
    if (seen !== null && seen.has(obj)) return fail;
    const tdecl = this.objMap.get(obj)?.tdecl;
    if (tdecl === undefined || tdecl === null) return fail;
    if (!tdecl.alias) return { ptr, base: obj };
    typ = tdecl.type;
    seen ??= new Set();
    seen.add(obj);
  }
};

Checker.prototype.packageObjects = function (this: Checker): void {
  const objList = [...this.objMap.keys()].sort((a, b) => a.order - b.order);
  const aliasList: TypeName[] = [];
  const others: Obj[] = [];
  for (const obj of objList) {
    if (obj.kind === ObjKind.TypeName) {
      if (this.objMap.get(obj)!.tdecl!.alias) aliasList.push(obj);
      else this.objDecl(obj, null);
    } else {
      others.push(obj);
    }
  }
  for (const obj of aliasList) this.objDecl(obj, null);
  for (const obj of others) this.objDecl(obj, null);
  this.methods.clear();
};

Checker.prototype.unusedImports = function (this: Checker): void {
  // Without bodies, uses inside them are unknown (types2 skips this check too).
  if (this.conf.ignoreFuncBodies) return;
  for (const obj of this.imports) {
    if (!obj.used && obj.name !== "_") this.errorUnusedPkg(obj);
  }
};

Checker.prototype.errorUnusedPkg = function (this: Checker, obj: PkgName): void {
  const path = obj.imported.path;
  let elem = path;
  const i = elem.lastIndexOf("/");
  if (i >= 0) elem = elem.slice(i + 1);
  if (obj.name === "" || obj.name === "." || obj.name === elem) {
    this.softError(obj.pos, `${goQuote(path)} imported and not used`);
  } else {
    this.softError(obj.pos, `${goQuote(path)} imported as ${obj.name} and not used`);
  }
};

