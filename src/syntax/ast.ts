// The syntax tree of a Go source file.
//
// The node set and field meanings follow gc's own parser
// (cmd/compile/internal/syntax/nodes.go), not go/ast: gc's type checker
// (types2) and its error positions are defined over these nodes, so keeping
// the same shapes lets our checker report the same positions as gc.
//
// Position conventions (they decide where gc reports errors), as in gc:
//   - an Operation (unary or binary) is positioned at its operator;
//   - SelectorExpr and AssertExpr at the '.', IndexExpr and SliceExpr at the
//     '[', CallExpr at the '(' (the token that follows the operand);
//   - an AssignStmt at its assignment operator, a KeyValueExpr at the ':';
//   - a CompositeLit at its '{', a LabeledStmt at its ':', a RangeClause at
//     "range", a SendStmt at "<-"; an ExprStmt and a ListExpr at the
//     position (not the start) of their (first) expression, so a call
//     statement is at its '(';
//   - declarations and other statements at their first token.
// startPos() below gives the leftmost position of an expression.
//
// Every string field holds a byte string (see source.ts).

import type { Pos } from "./source.js";

// ---------------------------------------------------------------------------
// Operators and literal kinds (gc's syntax.Operator and syntax.LitKind).

export const enum Operator {
  None = 0,
  Def, // :
  Not, // !
  Recv, // <-
  Tilde, // ~
  // precOrOr
  OrOr, // ||
  // precAndAnd
  AndAnd, // &&
  // precCmp
  Eql, // ==
  Neq, // !=
  Lss, // <
  Leq, // <=
  Gtr, // >
  Geq, // >=
  // precAdd
  Add, // +
  Sub, // -
  Or, // |
  Xor, // ^
  // precMul
  Mul, // *
  Div, // /
  Rem, // %
  And, // &
  AndNot, // &^
  Shl, // <<
  Shr, // >>
}

export const operatorString: readonly string[] = [
  "", ":", "!", "<-", "~", "||", "&&", "==", "!=", "<", "<=", ">", ">=",
  "+", "-", "|", "^", "*", "/", "%", "&", "&^", "<<", ">>",
];

export const enum LitKind {
  Int = 0,
  Float,
  Imag,
  Rune,
  String,
}

export const enum ChanDir {
  Both = 0,
  SendOnly = 1,
  RecvOnly = 2,
}

/** Branch and call statement keywords. */
export type BranchTok = "break" | "continue" | "fallthrough" | "goto";
export type CallTok = "go" | "defer";

// ---------------------------------------------------------------------------
// Pragmas: //go: directives attached to the next declaration.

export const enum PragmaFlag {
  Noinline = 1 << 0,
  Nosplit = 1 << 1,
  Noescape = 1 << 2,
  Norace = 1 << 3,
  Nocheckptr = 1 << 4,
  Uintptrescapes = 1 << 5,
  Uintptrkeepalive = 1 << 6,
  NotInHeap = 1 << 7,
  Embed = 1 << 8,
  Linkname = 1 << 9,
  Systemstack = 1 << 10,
  Nowritebarrier = 1 << 11,
  Nowritebarrierrec = 1 << 12,
  Yeswritebarrierrec = 1 << 13,
  Registerparams = 1 << 14,
}

export interface Pragma {
  flags: number;
  /** Raw directive texts without the leading "//", e.g. "go:linkname a b". */
  directives: string[];
  pos: Pos;
  /**
   * Each flag-setting directive with gc's flag bits for it (which may
   * include bits beyond PragmaFlag) and its position; for the
   * "misplaced compiler directive" check (directives.ts, misplacedPragmas).
   */
  flagPos: { flag: number; pos: Pos }[];
  /** Positions of //go:embed directives. */
  embeds: Pos[];
}

// ---------------------------------------------------------------------------
// Files and declarations.

export interface File {
  kind: "File";
  pos: Pos; // position of "package"
  pragma: Pragma | null;
  pkgName: Name;
  declList: Decl[];
  eof: Pos;
  /** From a //go:build line's go1.N constraint, if any (e.g. "go1.21"); else "". */
  goVersion: string;
  /** Name of the source file as shown in messages. */
  filename: string;
}

/** Identity object shared by the declarations of one parenthesized group. */
export interface Group {
  readonly group: true;
}

export interface ImportDecl {
  kind: "ImportDecl";
  pos: Pos;
  group: Group | null;
  pragma: Pragma | null;
  localPkgName: Name | null; // includes "." and "_"
  path: BasicLit | null; // null only after a syntax error
}

export interface ConstDecl {
  kind: "ConstDecl";
  pos: Pos;
  group: Group | null;
  pragma: Pragma | null;
  nameList: Name[];
  type: Expr | null;
  /** null means no values (repeat the previous spec's values with the next iota). */
  values: Expr | null;
}

export interface TypeDecl {
  kind: "TypeDecl";
  pos: Pos;
  group: Group | null;
  pragma: Pragma | null;
  name: Name;
  tParamList: Field[] | null;
  alias: boolean;
  type: Expr;
}

export interface VarDecl {
  kind: "VarDecl";
  pos: Pos;
  group: Group | null;
  pragma: Pragma | null;
  nameList: Name[];
  type: Expr | null;
  values: Expr | null; // a ListExpr when there are several
}

export interface FuncDecl {
  kind: "FuncDecl";
  pos: Pos; // position of "func"
  pragma: Pragma | null;
  recv: Field | null;
  name: Name;
  tParamList: Field[] | null;
  type: FuncType;
  body: BlockStmt | null; // null: declared without body (implemented natively)
}

export type Decl = ImportDecl | ConstDecl | TypeDecl | VarDecl | FuncDecl;

// ---------------------------------------------------------------------------
// Expressions (types are expressions too, as in gc).

export interface BadExpr {
  kind: "BadExpr";
  pos: Pos;
}

export interface Name {
  kind: "Name";
  pos: Pos;
  value: string;
}

export interface BasicLit {
  kind: "BasicLit";
  pos: Pos;
  /** The literal exactly as written in the source (byte string), quotes included. */
  value: string;
  litKind: LitKind;
  /** The literal has a syntax error (already reported). */
  bad: boolean;
}

export interface CompositeLit {
  kind: "CompositeLit";
  pos: Pos; // position of "{", as in gc (startPos gives the type's)
  type: Expr | null;
  elemList: Expr[];
  nKeys: number; // number of KeyValueExpr elements
  rbrace: Pos;
}

export interface KeyValueExpr {
  kind: "KeyValueExpr";
  pos: Pos;
  key: Expr;
  value: Expr;
}

export interface FuncLit {
  kind: "FuncLit";
  pos: Pos;
  type: FuncType;
  body: BlockStmt;
}

export interface ParenExpr {
  kind: "ParenExpr";
  pos: Pos;
  x: Expr;
}

export interface SelectorExpr {
  kind: "SelectorExpr";
  pos: Pos;
  x: Expr;
  sel: Name;
}

export interface IndexExpr {
  kind: "IndexExpr";
  pos: Pos;
  x: Expr;
  /** A ListExpr when several type arguments are given: x[A, B]. */
  index: Expr;
}

export interface SliceExpr {
  kind: "SliceExpr";
  pos: Pos;
  x: Expr;
  index: [Expr | null, Expr | null, Expr | null];
  full: boolean; // x[i:j:k]
}

export interface AssertExpr {
  kind: "AssertExpr";
  pos: Pos;
  x: Expr;
  type: Expr;
}

/** x.(type) or v := x.(type), only as a switch tag. */
export interface TypeSwitchGuard {
  kind: "TypeSwitchGuard";
  pos: Pos;
  lhs: Name | null;
  x: Expr;
}

/** Unary (y === null) or binary operation. Unary `*x` is Op Mul, `&x` Op And, `<-x` Op Recv. */
export interface Operation {
  kind: "Operation";
  pos: Pos;
  op: Operator;
  x: Expr;
  y: Expr | null;
}

export interface CallExpr {
  kind: "CallExpr";
  pos: Pos;
  fun: Expr;
  argList: Expr[];
  hasDots: boolean;
}

/** A comma-separated list, used for multiple values/type arguments. */
export interface ListExpr {
  kind: "ListExpr";
  pos: Pos;
  elemList: Expr[];
}

export interface ArrayType {
  kind: "ArrayType";
  pos: Pos;
  len: Expr | null; // null means [...]T
  elem: Expr;
}

export interface SliceType {
  kind: "SliceType";
  pos: Pos;
  elem: Expr;
}

/** ...T as the type of a final parameter. */
export interface DotsType {
  kind: "DotsType";
  pos: Pos;
  elem: Expr;
}

export interface StructType {
  kind: "StructType";
  pos: Pos;
  fieldList: Field[];
  /** tagList[i] is the tag of fieldList[i]; missing or null means none. */
  tagList: (BasicLit | null)[];
}

/**
 * A struct field, parameter, result, interface element or type parameter.
 * name === null: embedded field, unnamed parameter, or embedded interface
 * element. Fields declared together (a, b int) share the same type object.
 */
export interface Field {
  kind: "Field";
  pos: Pos;
  name: Name | null;
  type: Expr;
}

export interface InterfaceType {
  kind: "InterfaceType";
  pos: Pos;
  methodList: Field[];
}

export interface FuncType {
  kind: "FuncType";
  pos: Pos;
  paramList: Field[];
  resultList: Field[];
}

export interface MapType {
  kind: "MapType";
  pos: Pos;
  key: Expr;
  value: Expr;
}

export interface ChanType {
  kind: "ChanType";
  pos: Pos;
  dir: ChanDir;
  elem: Expr;
}

export type Expr =
  | BadExpr
  | Name
  | BasicLit
  | CompositeLit
  | KeyValueExpr
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | AssertExpr
  | TypeSwitchGuard
  | Operation
  | CallExpr
  | ListExpr
  | ArrayType
  | SliceType
  | DotsType
  | StructType
  | InterfaceType
  | FuncType
  | MapType
  | ChanType;

// ---------------------------------------------------------------------------
// Statements.

export interface EmptyStmt {
  kind: "EmptyStmt";
  pos: Pos;
}

export interface LabeledStmt {
  kind: "LabeledStmt";
  pos: Pos;
  label: Name;
  stmt: Stmt; // an EmptyStmt if the label ends a block
}

export interface BlockStmt {
  kind: "BlockStmt";
  pos: Pos; // position of "{"
  list: Stmt[];
  rbrace: Pos;
}

export interface ExprStmt {
  kind: "ExprStmt";
  pos: Pos;
  x: Expr;
}

export interface SendStmt {
  kind: "SendStmt";
  pos: Pos; // position of "<-"
  chan: Expr;
  value: Expr;
}

export interface DeclStmt {
  kind: "DeclStmt";
  pos: Pos;
  declList: Decl[];
}

/**
 * lhs op= rhs, lhs = rhs (op None), lhs := rhs (op Def), lhs++ / lhs--
 * (op Add / Sub, rhs null). Multiple operands are ListExprs.
 */
export interface AssignStmt {
  kind: "AssignStmt";
  pos: Pos;
  op: Operator;
  lhs: Expr;
  rhs: Expr | null;
}

export interface BranchStmt {
  kind: "BranchStmt";
  pos: Pos;
  tok: BranchTok;
  label: Name | null;
}

export interface CallStmt {
  kind: "CallStmt";
  pos: Pos;
  tok: CallTok;
  /** The call; after a syntax error it may be another expression (reported already). */
  call: Expr;
}

export interface ReturnStmt {
  kind: "ReturnStmt";
  pos: Pos;
  results: Expr | null; // ListExpr for several
}

export interface IfStmt {
  kind: "IfStmt";
  pos: Pos;
  init: SimpleStmt | null;
  cond: Expr | null; // null only after a syntax error
  then: BlockStmt;
  else: IfStmt | BlockStmt | null;
}

export interface ForStmt {
  kind: "ForStmt";
  pos: Pos;
  init: SimpleStmt | null; // a RangeClause for range loops
  cond: Expr | null;
  post: SimpleStmt | null;
  body: BlockStmt;
}

export interface SwitchStmt {
  kind: "SwitchStmt";
  pos: Pos;
  init: SimpleStmt | null;
  tag: Expr | null; // a TypeSwitchGuard for type switches
  body: CaseClause[];
  rbrace: Pos;
}

export interface SelectStmt {
  kind: "SelectStmt";
  pos: Pos;
  body: CommClause[];
  rbrace: Pos;
}

/** for lhs := range x / for lhs = range x / for range x */
export interface RangeClause {
  kind: "RangeClause";
  pos: Pos;
  lhs: Expr | null; // ListExpr for k, v
  def: boolean;
  x: Expr;
}

export interface CaseClause {
  kind: "CaseClause";
  pos: Pos;
  cases: Expr | null; // null: default; ListExpr for several
  body: Stmt[];
  colon: Pos;
}

export interface CommClause {
  kind: "CommClause";
  pos: Pos;
  comm: SimpleStmt | null; // null: default
  body: Stmt[];
  colon: Pos;
}

export type SimpleStmt = EmptyStmt | ExprStmt | SendStmt | AssignStmt | RangeClause;

export type Stmt =
  | EmptyStmt
  | LabeledStmt
  | BlockStmt
  | ExprStmt
  | SendStmt
  | DeclStmt
  | AssignStmt
  | BranchStmt
  | CallStmt
  | ReturnStmt
  | IfStmt
  | ForStmt
  | SwitchStmt
  | SelectStmt
  | RangeClause;

export type Node = File | Decl | Expr | Stmt | Field | CaseClause | CommClause;

// ---------------------------------------------------------------------------
// Helpers shared by later stages.

/** Removes any number of enclosing parentheses. */
export function unparen(x: Expr): Expr {
  while (x.kind === "ParenExpr") x = x.x;
  return x;
}

/** The elements of a possibly-list expression: null → [], ListExpr → its elements. */
export function unpackList(x: Expr | null): Expr[] {
  if (x === null) return [];
  if (x.kind === "ListExpr") return x.elemList;
  return [x];
}

/** The leftmost position of an expression or statement (gc's syntax.StartPos). */
export function startPos(n: Node): Pos {
  for (;;) {
    switch (n.kind) {
      case "CompositeLit":
        if (n.type) {
          n = n.type;
          continue;
        }
        return n.pos;
      case "KeyValueExpr":
        n = n.key;
        continue;
      case "SelectorExpr":
      case "IndexExpr":
      case "SliceExpr":
      case "AssertExpr":
      case "TypeSwitchGuard":
        if (n.kind === "TypeSwitchGuard" && n.lhs) {
          n = n.lhs;
          continue;
        }
        n = n.x;
        continue;
      case "Operation":
        if (n.y) {
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
      case "ExprStmt":
        n = n.x;
        continue;
      case "SendStmt":
        n = n.chan;
        continue;
      case "AssignStmt":
        n = n.lhs;
        continue;
      case "RangeClause":
        if (n.lhs) {
          n = n.lhs;
          continue;
        }
        return n.pos;
      default:
        return n.pos;
    }
  }
}
