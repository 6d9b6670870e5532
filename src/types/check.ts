// The type checker's core (types2's check.go, errors.go, format.go): the
// Checker state, the Info it records for later stages, error reporting in
// gc's words and positions, and the delayed-action queue.
//
// The Checker's methods are spread over files by topic, as in types2
// (resolver.ts, decl.ts, typexpr.ts, stmt.ts, expr.ts, call.ts, ...). Each
// file adds its methods to the class with a `declare module "./check.js"`
// block plus `Checker.prototype.name = function (...) {...}`; index.ts
// imports every part, so always import the checker through index.ts.

import type { Pos } from "../syntax/source.js";
import type { ErrorList } from "../syntax/diag.js";
import * as ast from "../syntax/ast.js";
import type { Value } from "./constant.js";
import { type Type, type Signature, TypeKind } from "./types.js";
import { type Obj, type Package, type Scope, type PkgName, type Func, type TypeName, type Var, Const, ObjKind } from "./objects.js";
import { typeString, packagePrefix, type Qualifier } from "./typestring.js";

// ---------------------------------------------------------------------------
// Configuration and results.

export interface CheckConfig {
  errors: ErrorList;
  /** Resolves an import path; returns null if it failed (the importer reported why). */
  importer: (path: string, pos: Pos) => Package | null;
  /** The package is part of gots' library (src/lib): bodiless functions are natives. */
  isStd: boolean;
  /** Language version, e.g. "go1.23" (gc's -lang). */
  goVersion: string;
  /**
   * gc's -complete flag (the go command passes it for packages without
   * non-Go files): functions declared without a body are errors.
   */
  complete?: boolean;
  /**
   * types2's IgnoreFuncBodies: check declarations only. The CLI uses it for
   * library packages when it only needs their API (as gc reads export data
   * instead of re-checking imports); the library's own tests check bodies.
   */
  ignoreFuncBodies?: boolean;
}

/** What the checker learned about an expression (types2's TypeAndValue). */
export interface TypeAndValue {
  mode: number; // a Mode from operand.ts
  type: Type;
  value: Value | null;
}

/** A selector's resolution (types2's Selection). */
export const enum SelectionKind {
  FieldVal,
  MethodVal,
  MethodExpr,
}

export interface Selection {
  kind: SelectionKind;
  recv: Type;
  obj: Obj; // Var (field) or Func (method)
  /** Path of field indices through embedded fields; last is the field/method index. */
  index: number[];
  /** There was a pointer indirection on the path. */
  indirect: boolean;
}

/** A package-level variable initialization, in execution order (types2's Initializer). */
export interface Initializer {
  lhs: Var[];
  rhs: ast.Expr;
}

export class Info {
  readonly types = new Map<ast.Expr, TypeAndValue>();
  /** Identifiers that declare an object (null for the package name and blank/symbolic names). */
  readonly defs = new Map<ast.Name, Obj | null>();
  /** Identifiers that denote an object. */
  readonly uses = new Map<ast.Name, Obj>();
  /** Objects declared implicitly: import specs without rename, type switch case variables, ... */
  readonly implicits = new Map<ast.Node, Obj>();
  readonly selections = new Map<ast.SelectorExpr, Selection>();
  readonly scopes = new Map<ast.Node, Scope>();
  initOrder: Initializer[] = [];
}

// ---------------------------------------------------------------------------
// Declaration info for package-level objects (types2's declInfo).

export class DeclInfo {
  /** Objects this declaration depends on (for initialization order). */
  deps: Set<Obj> | null = null;
  constructor(
    /** Scope of the file containing the declaration. */
    readonly file: Scope,
    /** For multi-variable declarations `var a, b = f()`: all the variables. */
    readonly lhs: Var[] | null,
    readonly vtyp: ast.Expr | null,
    readonly init: ast.Expr | null,
    /** The constant's init expression is inherited from a previous spec. */
    readonly inherited: boolean,
    readonly tdecl: ast.TypeDecl | null,
    readonly fdecl: ast.FuncDecl | null,
  ) {}

  addDep(obj: Obj): void {
    (this.deps ??= new Set()).add(obj);
  }
}

/** Per-function (or per-declaration) environment (types2's environment). */
export interface Environment {
  decl: DeclInfo | null;
  scope: Scope | null;
  pos: Pos;
  iota: Value | null;
  errpos: Pos;
  inTParamList: boolean;
  sig: Signature | null;
  isPanic: Set<ast.CallExpr> | null;
  hasLabel: boolean;
  hasCallOrRecv: boolean;
}

export function newEnvironment(): Environment {
  return {
    decl: null,
    scope: null,
    pos: 0,
    iota: null,
    errpos: 0,
    inTParamList: false,
    sig: null,
    isPanic: null,
    hasLabel: false,
    hasCallOrRecv: false,
  };
}

/** An expression whose type is not final yet (untyped operand), types2's exprInfo. */
export interface ExprInfo {
  isLhs: boolean;
  mode: number;
  typ: Type; // a Basic untyped type
  val: Value | null;
}

// ---------------------------------------------------------------------------
// The checker.

/** The optional Checker fields declared by the part files (see the constructor). */
export const optionalCheckerFields: string[] = ["validNamed", "pendingUnder", "dotImports", "impMap", "recvTParamMap", "ifaceNodes", "ifaceDepth"];

export class Checker {
  readonly info = new Info();
  readonly errors: ErrorList;
  /** Package-level objects (and methods) → their declarations. */
  readonly objMap = new Map<Obj, DeclInfo>();
  /** Imported package names, for the "imported and not used" check. */
  readonly imports: PkgName[] = [];
  /** Dot-imported objects → the PkgName they came through (to mark it used). */
  readonly dotImportMap = new Map<Obj, PkgName>();
  /** Package-level type names → their methods (collected before types are checked). */
  readonly methods = new Map<TypeName, Func[]>();
  readonly untyped = new Map<ast.Expr, ExprInfo>();
  /** Work deferred until the current declaration is done (FIFO). */
  delayed: (() => void)[] = [];
  /** Path of objects being declared (for cycle errors). */
  objPath: Obj[] = [];
  env: Environment = newEnvironment();
  files: ast.File[] = [];
  /** Set once any error was reported (types2's firstErr). */
  firstErr = false;
  private pkgPathMap: Map<string, Set<string>> | null = null;

  constructor(
    readonly conf: CheckConfig,
    readonly pkg: Package,
  ) {
    this.errors = conf.errors;
    // Every Checker gets the part files' optional fields up front, in the
    // same order, so that all Checkers share one shape and the many
    // `this.` accesses stay monomorphic.
    const self = this as unknown as Record<string, unknown>;
    for (const f of optionalCheckerFields) self[f] = undefined;
  }

  // -------------------------------------------------------------------------
  // Error reporting (types2's errors.go).

  /**
   * Reports msg at the start of `at` (a node, or a raw position). As in types2,
   * after a first error, messages mentioning "invalid operand" or
   * "invalid type" past their beginning are dropped as follow-on noise.
   */
  error(at: ast.Node | Pos | { expr: ast.Expr | null; pos?: Pos }, msg: string): void {
    if (this.firstErr) {
      if (msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") > 0) return;
    }
    let pos = this.atPos(at);
    if (this.env.errpos !== 0 && this.env.iota !== null) pos = this.env.errpos;
    this.firstErr = true;
    if (versionErrorRx.test(msg)) msg += this.versionHint(pos);
    this.errors.error(pos, msg);
  }

  // -------------------------------------------------------------------------
  // Language versions per file (types2's fileVersion; gc's hint on version
  // errors, noder/irgen.go).

  /** File scopes → the language version of their file (set when files are collected). */
  readonly fileVersions = new Map<Scope, { version: string; buildVersion: string }>();

  /** The version in effect in scope s (that of its file), or -lang. */
  versionIn(s: Scope | null): string {
    for (; s !== null; s = s.parent) {
      const v = this.fileVersions.get(s);
      if (v !== undefined) return v.version;
    }
    return this.conf.goVersion;
  }

  /** The version in effect at pos. */
  versionAt(pos: Pos): string {
    for (const [s, v] of this.fileVersions) if (s.contains(pos)) return v.version;
    return this.conf.goVersion;
  }

  /** gc's note after a "requires go1.N or later" error: where the version in effect came from. */
  versionHint(pos: Pos): string {
    for (const [s, v] of this.fileVersions) {
      if (!s.contains(pos)) continue;
      if (v.buildVersion === v.version) return ` (file declares //go:build ${v.version})`;
      break;
    }
    return ` (-lang was set to ${this.conf.goVersion}; check go.mod)`;
  }

  /** types2's softErrorf: reported the same way by gc. */
  softError(at: ast.Node | Pos | { expr: ast.Expr | null }, msg: string): void {
    this.error(at, msg);
  }

  /** "<msg> requires go1.N or later" for features newer than -lang. */
  versionError(at: ast.Node | Pos, version: string, msg: string): void {
    this.error(at, `${msg} requires ${version} or later`);
  }

  atPos(at: ast.Node | Pos | { expr: ast.Expr | null; pos?: Pos }): Pos {
    if (typeof at === "number") return at;
    if ("kind" in at && typeof at.kind === "string") {
      if (at.kind === "File") return this.errors.fset.file(at.pos)?.base ?? at.pos;
      return gcStartPos(at as ast.Node);
    }
    const op = at as { expr: ast.Expr | null; pos?: Pos };
    if (op.expr !== null) return gcStartPos(op.expr);
    return op.pos ?? 0;
  }

  /**
   * Whether the language version allows a feature added in go1.minor: the
   * version of the file containing `at`, or else of the current scope's file.
   */
  allowVersion(minor: number, at?: Pos): boolean {
    const v = at !== undefined && at > 0 ? this.versionAt(at) : this.versionIn(this.env.scope);
    const m = /^go1\.(\d+)/.exec(v);
    return m === null || Number(m[1]) >= minor;
  }

  // -------------------------------------------------------------------------
  // Formatting for messages (types2's format.go).

  /** Qualifies other packages by name, or by quoted path if two imported packages share a name. */
  readonly qualifier: Qualifier = (pkg: Package): string => {
    if (pkg === this.pkg) return "";
    if (this.pkgPathMap === null) {
      this.pkgPathMap = new Map();
      const seen = new Set<Package>();
      const mark = (p: Package) => {
        if (seen.has(p)) return;
        seen.add(p);
        let s = this.pkgPathMap!.get(p.name);
        if (s === undefined) this.pkgPathMap!.set(p.name, (s = new Set()));
        s.add(p.path);
        for (const q of p.imports) mark(q);
      };
      mark(this.pkg);
    }
    if ((this.pkgPathMap.get(pkg.name)?.size ?? 0) > 1) return JSON.stringify(pkg.path);
    return pkg.name;
  };

  /** A type as written in messages. */
  typeStr(t: Type | null): string {
    return t === null ? "<nil>" : typeString(t, this.qualifier);
  }

  /** An object as written in messages (types2's ObjectString), e.g. "var x int", "func f()". */
  objStr(obj: Obj): string {
    return objectString(obj, this.qualifier);
  }

  /** An object's name qualified as in messages (pkg.Name for other packages). */
  qualifiedName(obj: Obj): string {
    return packagePrefix(obj.pkg, this.qualifier) + obj.name;
  }

  // -------------------------------------------------------------------------
  // Recording results in Info.

  recordTypeAndValue(x: ast.Expr, mode: number, typ: Type, val: Value | null): void {
    this.info.types.set(x, { mode, type: typ, value: val });
  }

  recordDef(id: ast.Name, obj: Obj | null): void {
    this.info.defs.set(id, obj);
  }

  recordUse(id: ast.Name, obj: Obj): void {
    this.info.uses.set(id, obj);
  }

  recordImplicit(node: ast.Node, obj: Obj): void {
    this.info.implicits.set(node, obj);
  }

  recordSelection(x: ast.SelectorExpr, kind: SelectionKind, recv: Type, obj: Obj, index: number[], indirect: boolean): void {
    this.info.selections.set(x, { kind, recv, obj, index, indirect });
  }

  recordScope(node: ast.Node, scope: Scope): void {
    this.info.scopes.set(node, scope);
  }

  // -------------------------------------------------------------------------
  // Delayed actions (types2's later / processDelayed).

  later(f: () => void): void {
    this.delayed.push(f);
  }

  processDelayed(top: number): void {
    // Actions may add more actions; process in FIFO order until none are left.
    for (let i = top; i < this.delayed.length; i++) this.delayed[i]();
    this.delayed.length = top;
  }
}

/**
 * gc's syntax.StartPos, where types2 reports errors: the leftmost position
 * of a node, with gc's exceptions (an ExprStmt, SliceExpr, ParenExpr or
 * FuncLit keeps its own position). For a File, atPos gives its first byte.
 */
export function gcStartPos(n: ast.Node): Pos {
  for (;;) {
    switch (n.kind) {
      case "CompositeLit":
        if (n.type !== null) {
          n = n.type;
          continue;
        }
        return n.pos;
      case "KeyValueExpr":
        n = n.key;
        continue;
      case "SelectorExpr":
      case "IndexExpr":
      case "AssertExpr":
        n = n.x;
        continue;
      case "TypeSwitchGuard":
        n = n.lhs !== null ? n.lhs : n.x;
        continue;
      case "Operation":
        if (n.y !== null) {
          n = n.x;
          continue;
        }
        return n.pos;
      case "CallExpr":
        n = n.fun;
        continue;
      case "ListExpr":
        if (n.elemList.length > 0) {
          n = n.elemList[0];
          continue;
        }
        return n.pos;
      case "SendStmt":
        n = n.chan;
        continue;
      case "AssignStmt":
        n = n.lhs;
        continue;
      case "RangeClause":
        n = n.lhs !== null ? n.lhs : n.x;
        continue;
      default:
        return n.pos;
    }
  }
}

/** The errors gc annotates with the origin of the language version (noder's versionErrorRx). */
const versionErrorRx = /requires go[0-9]+\.[0-9]+ or later/;

/** types2's ObjectString: "var x int", "const c untyped int", "type T struct{...}", "func f(x int)", "package fmt". */
export function objectString(obj: Obj, qf: Qualifier | null): string {
  const q = (o: Obj) => packagePrefix(o.pkg, qf) + o.name;
  switch (obj.kind) {
    case ObjKind.PkgName:
      return `package ${obj.name}${obj.imported.name !== obj.name ? ` ("${obj.imported.path}")` : ` ("${obj.imported.path}")`}`;
    case ObjKind.Const:
      return `const ${q(obj)}${obj.type ? " " + typeString(obj.type, qf) : ""}`;
    case ObjKind.TypeName: {
      const t = obj.type;
      if (t === null) return `type ${q(obj)}`;
      if (obj.isAlias()) return `type ${q(obj)} = ${typeString(t, qf)}`;
      if (t.kind === TypeKind.Named && t.underlying !== null) return `type ${q(obj)} ${typeString(t.underlying, qf)}`;
      if (t.kind === TypeKind.TypeParam) return `type ${q(obj)} ${typeString(t.bound, qf)}`;
      return `type ${q(obj)}`;
    }
    case ObjKind.Var:
      return `${obj.isField ? "field" : "var"} ${q(obj)}${obj.type ? " " + typeString(obj.type, qf) : ""}`;
    case ObjKind.Func: {
      const sig = obj.type as Signature | null;
      let s = "func ";
      if (sig !== null && sig.recv !== null) {
        s += `(${typeString(sig.recv.type!, qf)}) ${obj.name}`;
      } else {
        s += q(obj);
      }
      if (sig !== null) s += typeString(sig, qf).slice(4);
      return s;
    }
    case ObjKind.Label:
      return `label ${obj.name}`;
    case ObjKind.Builtin:
      return `builtin ${obj.name}`;
    case ObjKind.Nil:
      return "nil";
  }
}

/** Convenience for Const checks elsewhere. */
export function isConstObj(obj: Obj): obj is Const {
  return obj.kind === ObjKind.Const;
}

export type { Scope, Var, Func, Package, TypeName };
