// The Go parser: turns one source file into the syntax tree of ast.ts,
// reporting gc's syntax errors at gc's positions and recovering from them
// the way gc does, then checking labels and branches of each function body.
//
// A close model of gc's recursive-descent parser
// (cmd/compile/internal/syntax/parser.go): the same productions, the same
// follow-set error recovery (advance), the same expression nesting counter
// (xnest) that decides whether "{" after an if/for/switch header expression
// opens a composite literal or the block, and the same heuristics for type
// parameter lists versus array lengths. Pragmas (//go: directives) are
// handled as gc's noder does while parsing (directives.ts).

import {
  type ArrayType,
  type BadExpr,
  type BasicLit,
  type BlockStmt,
  type BranchStmt,
  type CallStmt,
  type CallExpr,
  type CaseClause,
  type ChanType,
  type CommClause,
  type CompositeLit,
  type ConstDecl,
  type Decl,
  type DeclStmt,
  type Expr,
  type ExprStmt,
  type Field,
  type File,
  type ForStmt,
  type FuncDecl,
  type FuncType,
  type Group,
  type IfStmt,
  type ImportDecl,
  type IndexExpr,
  type LabeledStmt,
  type ListExpr,
  type Name,
  type Operation,
  type Pragma,
  type RangeClause,
  type ReturnStmt,
  type SelectStmt,
  type SimpleStmt,
  type SliceExpr,
  type Stmt,
  type StructType,
  type SwitchStmt,
  type TypeDecl,
  type VarDecl,
  ChanDir,
  LitKind,
  Operator,
  operatorString,
  startPos,
  unparen,
} from "./ast.js";
import { checkBranches } from "./branches.js";
import type { ErrorList } from "./diag.js";
import { type PragmaContext, PragmaState, addPragma, buildLineGoVersion, reportUnusedPragma } from "./directives.js";
import { isTypeElem, nodeString } from "./printer.js";
import { Scanner } from "./scanner.js";
import type { Pos, SourceFile } from "./source.js";
import { Token, tokstring } from "./tokens.js";

/** Statement-starting keywords: recovery stops there inside function bodies (gc's stopset). */
const stopset = new Uint8Array(Token.Count);
for (const t of [
  Token.Break,
  Token.Const,
  Token.Continue,
  Token.Defer,
  Token.Fallthrough,
  Token.For,
  Token.Go,
  Token.Goto,
  Token.If,
  Token.Return,
  Token.Select,
  Token.Switch,
  Token.Type,
  Token.Var,
]) {
  stopset[t] = 1;
}

const PosMax = 1 << 30;

/** The offset after the last ':' in text, the number after it, and whether it is one; [0, 0, false] without ':'. */
function trailingDigits(text: string): [number, number, boolean] {
  const i = text.lastIndexOf(":");
  if (i < 0) return [0, 0, false];
  const d = text.slice(i + 1);
  if (!/^[0-9]+$/.test(d)) return [i + 1, 0, false];
  const n = Number(d);
  return [i + 1, n, n <= Number.MAX_SAFE_INTEGER];
}

function newName(pos: Pos, value: string): Name {
  return { kind: "Name", pos, value };
}

function newIndirect(pos: Pos, typ: Expr): Operation {
  return { kind: "Operation", pos, op: Operator.Mul, x: typ, y: null };
}

/** Placeholder for a field that is filled in right after construction. */
const unset = null as unknown as Expr;

/**
 * gc's extractName: splits x into a type parameter name and its constraint
 * if x can be read as "name constraint"; [null, x] otherwise.
 */
function extractName(x: Expr, force: boolean): [Name | null, Expr | null] {
  switch (x.kind) {
    case "Name":
      return [x, null];
    case "Operation":
      if (x.y === null) break;
      if (x.op === Operator.Mul) {
        if (x.x.kind === "Name" && (force || isTypeElem(x.y))) {
          return [x.x, { kind: "Operation", pos: x.pos, op: x.op, x: x.y, y: null }];
        }
      } else if (x.op === Operator.Or) {
        const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
        if (name !== null && lhs !== null) {
          return [name, { kind: "Operation", pos: x.pos, op: x.op, x: lhs, y: x.y }];
        }
      }
      break;
    case "CallExpr":
      if (x.fun.kind === "Name") {
        if (x.argList.length === 1 && !x.hasDots && (force || isTypeElem(x.argList[0]))) {
          return [x.fun, x.argList[0]];
        }
      }
      break;
  }
  return [null, x];
}

/** gc's isValue: x must be a value (not a type) expression. */
function isValue(x: Expr): boolean {
  for (;;) {
    switch (x.kind) {
      case "BasicLit":
      case "CompositeLit":
      case "FuncLit":
      case "SliceExpr":
      case "AssertExpr":
      case "TypeSwitchGuard":
      case "CallExpr":
        return true;
      case "Operation":
        return x.op !== Operator.Mul || x.y !== null;
      case "ParenExpr":
        x = x.x;
        continue;
      case "IndexExpr":
        return isValue(x.x) || isValue(x.index);
    }
    return false;
  }
}

function emphasize(x: Expr): string {
  const s = nodeString(x);
  if (x.kind === "Operation" && x.y !== null) return "(" + s + ")";
  return s;
}

const enum DeclKind {
  Import,
  Const,
  Type,
  Var,
}

class Parser extends Scanner {
  private first = false; // an error was reported
  private errcnt = 0;
  private pragma: PragmaState | null = null;
  goVersion = "";
  private top = true; // before the package clause
  private fnest = 0; // function nesting level
  private xnest = 0; // expression nesting level (composite literal ambiguity)
  private listComma = false; // result of typeList
  private branches = 0; // labels and branch statements in the current function body
  declList: Decl[] = [];
  private readonly report = (pos: Pos, msg: string): void => this.errors.error(pos, msg);

  private readonly pragmaCtx: PragmaContext;

  constructor(
    readonly file: SourceFile,
    readonly errors: ErrorList,
    opts: ParseOptions,
  ) {
    super(file.bytes, file.base);
    file.lineBases.length = 0;
    file.lineShifts.length = 0;
    const base = file.name.slice(file.name.lastIndexOf("/") + 1);
    this.pragmaCtx = {
      std: opts.std ?? false,
      compilingRuntime: opts.compilingRuntime ?? false,
      cgoGenerated: base.startsWith("_cgo_"),
    };
  }

  // -------------------------------------------------------------------------
  // Errors and directives

  protected override scanError(pos: Pos, msg: string): void {
    this.errorAt(pos, msg);
  }

  protected override directive(pos: Pos, text: string, blank: boolean): void {
    let body = text.slice(2);
    if (body.endsWith("\r")) body = body.slice(0, -1);
    if (this.top && text.startsWith("//go:build")) {
      const v = buildLineGoVersion(text);
      if (v !== null) this.goVersion = v;
    }
    this.pragma = addPragma(this.pragma, pos + 2, blank, body, this.pragmaCtx, this.report);
  }

  protected override lineMiscount(at: number): void {
    this.file.lineShifts.push(at);
  }

  protected override lineDirective(start: number, end: number, text: string): void {
    let body: string;
    let at: number; // where the directive takes effect
    const p = this.file.rawPosition(this.base + start);
    let baseLine: number; // where gc considers the new base to begin
    let baseCol: number;
    if (text.charCodeAt(1) === 47) {
      // //line: from the next line on
      body = text.endsWith("\r") ? text.slice(2, -1) : text.slice(2);
      at = end + 1;
      baseLine = p.line + 1;
      baseCol = 1;
    } else {
      // /*line*/: right after the comment (gc computes that position as if
      // the comment were on one line)
      body = text.slice(2, -2);
      at = end;
      baseLine = p.line;
      baseCol = p.col + text.length;
    }
    this.updateBase(at, baseLine, baseCol, start + 7, body.slice(5));
  }

  /** gc's updateBase: text ("file:line" or "file:line:col") was at offset textOff. */
  private updateBase(at: number, baseLine: number, baseCol: number, textOff: number, text: string): void {
    const base = this.base;
    let [i, n, ok] = trailingDigits(text);
    if (i === 0) return; // not a line directive
    if (!ok) {
      // a suffix :xxx where xxx is not a number
      this.errorAt(base + textOff + i, "invalid line number: " + text.slice(i));
      return;
    }
    let line: number;
    let col = 0;
    const [i2, n2, ok2] = trailingDigits(text.slice(0, i - 1));
    if (ok2) {
      // line filename:line:col
      const icol = i;
      i = i2;
      line = n2;
      col = n;
      if (col === 0 || col > PosMax) {
        this.errorAt(base + textOff + icol, "invalid column number: " + text.slice(icol));
        return;
      }
      text = text.slice(0, icol - 1); // drop ":col"
    } else {
      line = n;
    }
    if (line === 0 || line > PosMax) {
      this.errorAt(base + textOff + i, "invalid line number: " + text.slice(i));
      return;
    }
    let filename = text.slice(0, i - 1); // drop ":line"
    if (filename === "" && ok2) {
      const lbs = this.file.lineBases;
      filename = lbs.length > 0 ? lbs[lbs.length - 1].filename : this.file.name;
    }
    this.file.lineBases.push({ offset: at, filename, line, col, baseLine, baseCol });
  }

  private takePragma(): Pragma | null {
    const p = this.pragma;
    if (p === null) return null;
    this.pragma = null;
    return p.toPragma();
  }

  private clearPragma(): void {
    if (this.pragma !== null) {
      reportUnusedPragma(this.pragma, this.report);
      this.pragma = null;
    }
  }

  errorAt(pos: Pos, msg: string): void {
    this.first = true;
    this.errcnt++;
    this.errors.error(pos, msg);
  }

  private error(msg: string): void {
    this.errorAt(this.tpos, msg);
  }

  private syntaxErrorAt(pos: Pos, msg: string): void {
    if (this.tok === Token.EOF && this.first) return; // at EOF after an error, say no more

    if (msg === "") {
      // nothing to add
    } else if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
      msg = " " + msg;
    } else if (msg.startsWith("expected ")) {
      msg = ", " + msg;
    } else {
      this.errorAt(pos, "syntax error: " + msg);
      return;
    }

    let tok: string;
    switch (this.tok) {
      case Token.Name:
        tok = "name " + this.lit;
        break;
      case Token.Semi:
        tok = this.lit;
        break;
      case Token.Literal:
        tok = "literal " + this.lit;
        break;
      case Token.Operator:
        tok = operatorString[this.op];
        break;
      case Token.AssignOp:
        tok = operatorString[this.op] + "=";
        break;
      case Token.IncOp:
        tok = operatorString[this.op] + operatorString[this.op];
        break;
      default:
        tok = tokstring(this.tok);
    }
    this.errorAt(pos, "syntax error: unexpected " + tok + msg);
  }

  private syntaxError(msg: string): void {
    this.syntaxErrorAt(this.tpos, msg);
  }

  /**
   * Skips tokens until one in the follow list (or, inside functions, a
   * statement keyword) or EOF; with no follow list, skips one token.
   */
  private advance(...follow: Token[]): void {
    if (follow.length === 0) {
      if (this.tok !== Token.EOF) this.next();
      return;
    }
    const inFunc = this.fnest > 0;
    for (;;) {
      const t = this.tok;
      if (t === Token.EOF || (inFunc && stopset[t] === 1) || follow.includes(t)) return;
      this.next();
    }
  }

  /**
   * The current token, where TypeScript would otherwise keep a comparison's
   * narrowing of this.tok across a next() call.
   */
  private tk(): Token {
    return this.tok;
  }

  private got(tok: Token): boolean {
    if (this.tok === tok) {
      this.next();
      return true;
    }
    return false;
  }

  private want(tok: Token): void {
    if (!this.got(tok)) {
      this.syntaxError("expected " + tokstring(tok));
      this.advance();
    }
  }

  /** Like got(Assign), but also accepts ":=" (with an error). */
  private gotAssign(): boolean {
    switch (this.tok) {
      case Token.Define:
        this.syntaxError("expected =");
        this.next();
        return true;
      case Token.Assign:
        this.next();
        return true;
    }
    return false;
  }

  // -------------------------------------------------------------------------
  // Files and declarations

  fileOrNil(): File | null {
    const pos = this.tpos;
    const goVersion = this.goVersion;
    this.top = false;
    if (!this.got(Token.Package)) {
      this.syntaxError("package statement must be first");
      return null;
    }
    const pragma = this.takePragma();
    const pkgName = this.name();
    this.want(Token.Semi);

    // Don't go on if the package clause has errors.
    if (this.first) return null;

    const decls = this.declList;
    let prev = Token.Import;
    while (this.tok !== Token.EOF) {
      if (this.tok === Token.Import && prev !== Token.Import) {
        this.syntaxError("imports must appear before other declarations");
      }
      prev = this.tok;

      switch (this.tok) {
        case Token.Import:
          this.next();
          this.appendGroup(decls, DeclKind.Import);
          break;
        case Token.Const:
          this.next();
          this.appendGroup(decls, DeclKind.Const);
          break;
        case Token.Type:
          this.next();
          this.appendGroup(decls, DeclKind.Type);
          break;
        case Token.Var:
          this.next();
          this.appendGroup(decls, DeclKind.Var);
          break;
        case Token.Func:
          this.next();
          decls.push(this.funcDecl());
          break;
        default: {
          const last = decls.length > 0 ? decls[decls.length - 1] : null;
          if (this.tok === Token.Lbrace && last !== null && last.kind === "FuncDecl" && last.body === null) {
            this.syntaxError("unexpected semicolon or newline before {");
          } else {
            this.syntaxError("non-declaration statement outside function body");
          }
          this.advance(Token.Import, Token.Const, Token.Type, Token.Var, Token.Func);
          continue;
        }
      }

      // Drop pragmas before consuming ';': comments after it may set
      // pragmas for the next declaration.
      this.clearPragma();

      if (this.tk() !== Token.EOF && !this.got(Token.Semi)) {
        this.syntaxError("after top level declaration");
        this.advance(Token.Import, Token.Const, Token.Type, Token.Var, Token.Func);
      }
    }

    this.clearPragma();
    return {
      kind: "File",
      pos,
      pragma,
      pkgName,
      declList: decls,
      eof: this.tpos,
      goVersion,
      filename: this.file.name,
    };
  }

  /**
   * list = [ f { sep f } [sep] ] close. f returns true to end the list.
   * Returns the position of the closing token.
   */
  private list(context: string, sep: Token, close: Token, f: () => boolean): Pos {
    let done = false;
    while (this.tok !== Token.EOF && this.tok !== close && !done) {
      done = f();
      if (!this.got(sep) && this.tok !== close) {
        this.listError(context, sep, close);
        if (this.tok !== close) return this.tpos;
      }
    }
    const pos = this.tpos;
    this.want(close);
    return pos;
  }

  /** A list element is followed by neither sep nor close: report and skip ahead. */
  private listError(context: string, sep: Token, close: Token): void {
    this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
    this.advance(Token.Rparen, Token.Rbrack, Token.Rbrace);
  }

  private decl(kind: DeclKind, group: Group | null): Decl {
    switch (kind) {
      case DeclKind.Import:
        return this.importDecl(group);
      case DeclKind.Const:
        return this.constDecl(group);
      case DeclKind.Type:
        return this.typeDecl(group);
      case DeclKind.Var:
        return this.varDecl(group);
    }
  }

  /** appendGroup(f) = f | "(" { f ";" } ")". */
  private appendGroup(list: Decl[], kind: DeclKind): void {
    if (this.tok === Token.Lparen) {
      const g: Group = { group: true };
      this.clearPragma();
      this.next(); // consume "(" only after clearPragma
      this.list("grouped declaration", Token.Semi, Token.Rparen, () => {
        list.push(this.decl(kind, g));
        return false;
      });
    } else {
      list.push(this.decl(kind, null));
    }
  }

  private importDecl(group: Group | null): ImportDecl {
    const d: ImportDecl = {
      kind: "ImportDecl",
      pos: this.tpos,
      group,
      pragma: this.takePragma(),
      localPkgName: null,
      path: null,
    };
    switch (this.tok) {
      case Token.Name:
        d.localPkgName = this.name();
        break;
      case Token.Dot:
        d.localPkgName = newName(this.tpos, ".");
        this.next();
        break;
    }
    d.path = this.oliteral();
    if (d.path === null) {
      this.syntaxError("missing import path");
      this.advance(Token.Semi, Token.Rparen);
      return d;
    }
    if (!d.path.bad && d.path.litKind !== LitKind.String) {
      this.syntaxErrorAt(d.path.pos, "import path must be a string");
      d.path.bad = true;
    }
    return d;
  }

  private constDecl(group: Group | null): ConstDecl {
    const pos = this.tpos;
    const pragma = this.takePragma();
    const nameList = this.nameList(this.name());
    let type: Expr | null = null;
    let values: Expr | null = null;
    if (this.tok !== Token.EOF && this.tok !== Token.Semi && this.tok !== Token.Rparen) {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: "ConstDecl", pos, group, pragma, nameList, type, values };
  }

  private typeDecl(group: Group | null): TypeDecl {
    const pos = this.tpos;
    const pragma = this.takePragma();
    const name = this.name();
    let tParamList: Field[] | null = null;
    let alias = false;
    let type: Expr | null;

    if (this.tok === Token.Lbrack) {
      // array/slice type or type parameter list
      const lpos = this.tpos;
      this.next();
      switch (this.tk()) {
        case Token.Name: {
          // An array length expression or the start of a type parameter
          // list: parse an expression and analyze it. A name followed by
          // "[" must start an array or slice constraint.
          let x: Expr = this.name();
          if (this.tok !== Token.Lbrack) {
            this.xnest++;
            x = this.binaryExpr(this.pexpr(x, false), 0);
            this.xnest--;
          }
          const [pname, ptype] = extractName(x, this.tk() === Token.Comma);
          if (pname !== null && (ptype !== null || this.tk() !== Token.Rbrack)) {
            tParamList = this.paramList(pname, ptype, Token.Rbrack, true);
            alias = this.gotAssign();
            type = this.typeOrNil();
          } else {
            type = this.arrayType(lpos, x);
          }
          break;
        }
        case Token.Rbrack:
          this.next();
          type = this.sliceType(lpos);
          break;
        default:
          type = this.arrayType(lpos, null);
      }
    } else {
      alias = this.gotAssign();
      type = this.typeOrNil();
    }

    if (type === null) {
      type = this.badExpr();
      this.syntaxError("in type declaration");
      this.advance(Token.Semi, Token.Rparen);
    }
    return { kind: "TypeDecl", pos, group, pragma, name, tParamList, alias, type };
  }

  private varDecl(group: Group | null): VarDecl {
    const pos = this.tpos;
    const pragma = this.takePragma();
    const nameList = this.nameList(this.name());
    let type: Expr | null = null;
    let values: Expr | null = null;
    if (this.gotAssign()) {
      values = this.exprList();
    } else {
      type = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: "VarDecl", pos, group, pragma, nameList, type, values };
  }

  private funcDecl(): FuncDecl {
    const pos = this.tpos;
    const pragma = this.takePragma();
    let recv: Field | null = null;
    let context = "";
    if (this.got(Token.Lparen)) {
      context = "method";
      const rcvr = this.paramList(null, null, Token.Rparen, false);
      if (rcvr.length === 0) {
        this.error("method has no receiver");
      } else {
        if (rcvr.length > 1) this.error("method has multiple receivers");
        recv = rcvr[0];
      }
    }

    let name: Name;
    let tParamList: Field[] | null = null;
    let type: FuncType;
    if (this.tok === Token.Name) {
      name = this.name();
      [tParamList, type] = this.funcType(context);
    } else {
      name = newName(this.tpos, "_");
      type = { kind: "FuncType", pos: this.tpos, paramList: [], resultList: [] };
      this.syntaxError(context !== "" ? "expected name" : "expected name or (");
      this.advance(Token.Lbrace, Token.Semi);
    }

    let body: BlockStmt | null = null;
    if (this.tok === Token.Lbrace) body = this.funcBody();
    return { kind: "FuncDecl", pos, pragma, recv, name, tParamList, type, body };
  }

  private funcBody(): BlockStmt {
    this.fnest++;
    const errcnt = this.errcnt;
    const branches = this.branches;
    this.branches = 0;
    const body = this.blockStmt("");
    this.fnest--;
    // Branches are not checked after syntax errors in the function: the
    // tree may be incomplete. Without labels and branch statements there
    // is nothing to check.
    if (errcnt === this.errcnt && this.branches > 0) checkBranches(body, this.errors);
    this.branches += branches;
    return body;
  }

  // -------------------------------------------------------------------------
  // Expressions

  /** Expression = UnaryExpr | Expression binary_op Expression; binaryExpr(null, 0) is gc's expr(). */
  private binaryExpr(x: Expr | null, prec: number): Expr {
    if (x === null) x = this.unaryExpr();
    while ((this.tok === Token.Operator || this.tok === Token.Star) && this.prec > prec) {
      const pos = this.tpos;
      const op = this.op;
      const tprec = this.prec;
      this.next();
      x = { kind: "Operation", pos, op, x, y: this.binaryExpr(null, tprec) } satisfies Operation;
    }
    return x;
  }

  private unaryExpr(): Expr {
    switch (this.tok) {
      case Token.Operator:
      case Token.Star:
        switch (this.op) {
          case Operator.Mul:
          case Operator.Add:
          case Operator.Sub:
          case Operator.Not:
          case Operator.Xor:
          case Operator.Tilde: {
            const pos = this.tpos;
            const op = this.op;
            this.next();
            return { kind: "Operation", pos, op, x: this.unaryExpr(), y: null } satisfies Operation;
          }
          case Operator.And: {
            const pos = this.tpos;
            this.next();
            // &(T{}) is &T{}: drop the parentheses the operand kept
            return { kind: "Operation", pos, op: Operator.And, x: unparen(this.unaryExpr()), y: null } satisfies Operation;
          }
        }
        break;

      case Token.Arrow: {
        // receive operation (<-x) or receive-only channel type (<-chan E)
        const pos = this.tpos;
        this.next();
        const x = this.unaryExpr();
        if (x.kind === "ChanType") {
          // <-chan E: re-associate the arrow with the channel type:
          // <-(chan E) => (<-chan E), <-(chan<- E) => (<-chan (<-E))
          let dir = ChanDir.SendOnly;
          let t: Expr = x;
          while (dir === ChanDir.SendOnly) {
            if (t.kind !== "ChanType") break;
            dir = t.dir;
            if (dir === ChanDir.RecvOnly) {
              // <-<-chan E is not permitted
              this.syntaxError("unexpected <-, expected chan");
            }
            t.dir = ChanDir.RecvOnly;
            t = t.elem;
          }
          if (dir === ChanDir.SendOnly) {
            this.syntaxError(`unexpected ${nodeString(t)}, expected chan`);
          }
          return x;
        }
        return { kind: "Operation", pos, op: Operator.Recv, x, y: null } satisfies Operation;
      }
    }
    return this.pexpr(null, true);
  }

  /** Statements preceded by "go" or "defer". */
  private callStmt(): CallStmt {
    const pos = this.tpos;
    const tok = this.tok === Token.Go ? "go" : "defer";
    this.next();
    let x = this.pexpr(null, this.tok === Token.Lparen); // keep parens to report them
    const t = unparen(x);
    if (t !== x) {
      this.errorAt(x.pos, `expression in ${tok} must not be parenthesized`);
      x = t;
    }
    return { kind: "CallStmt", pos, tok, call: x };
  }

  private operand(keepParens: boolean): Expr {
    switch (this.tok) {
      case Token.Name:
        return this.name();

      case Token.Literal:
        return this.oliteral()!;

      case Token.Lparen: {
        const pos = this.tpos;
        this.next();
        this.xnest++;
        const x = this.binaryExpr(null, 0);
        this.xnest--;
        this.want(Token.Rparen);
        // Parentheses matter for error reporting around a composite literal
        // type T{} and for go/defer; elsewhere they are dropped.
        if (this.tk() === Token.Lbrace) keepParens = true;
        if (keepParens) return { kind: "ParenExpr", pos, x };
        return x;
      }

      case Token.Func:
        return this.funcLitOrType();

      case Token.Lbrack:
      case Token.Chan:
      case Token.Map:
      case Token.Struct:
      case Token.Interface:
        return this.type_();

      default: {
        const x = this.badExpr();
        this.syntaxError("expected expression");
        this.advance(Token.Rparen, Token.Rbrack, Token.Rbrace);
        return x;
      }
    }
  }

  /** "func" Signature [ FunctionBody ]: a function literal or type. */
  private funcLitOrType(): Expr {
    const pos = this.tpos;
    this.next();
    const ftyp = this.funcType("function type")[1];
    if (this.tk() === Token.Lbrace) {
      this.xnest++;
      const body = this.funcBody();
      this.xnest--;
      return { kind: "FuncLit", pos, type: ftyp, body };
    }
    return ftyp;
  }

  /** PrimaryExpr: an operand followed by selectors, indices, slices, assertions, calls and literal values. */
  private pexpr(x: Expr | null, keepParens: boolean): Expr {
    // (The cases live in helpers to keep this frame small: nested
    // expressions recurse through here.)
    let e: Expr;
    if (x !== null) {
      e = x;
    } else if (this.tok === Token.Name) {
      // the common case, without the calls
      e = newName(this.tpos, this.lit);
      this.next();
    } else {
      e = this.operand(keepParens);
    }
    for (;;) {
      switch (this.tok) {
        case Token.Dot:
          e = this.selectorOrAssert(e);
          continue;
        case Token.Lbrack:
          e = this.indexOrSlice(e);
          continue;
        case Token.Lparen:
          e = this.call(e);
          continue;
        case Token.Lbrace: {
          const lit = this.complitAfter(e);
          if (lit === null) return e;
          e = lit;
          continue;
        }
        default:
          return e;
      }
    }
  }

  /** x "." name, x ".(" type ")" or x ".(type)". */
  private selectorOrAssert(x: Expr): Expr {
    const pos = this.tpos;
    this.next();
    switch (this.tk()) {
      case Token.Name:
        return { kind: "SelectorExpr", pos, x, sel: this.name() };
      case Token.Lparen: {
        this.next();
        let t: Expr;
        if (this.got(Token.Type)) {
          t = { kind: "TypeSwitchGuard", pos, lhs: null, x };
        } else {
          t = { kind: "AssertExpr", pos, x, type: this.type_() };
        }
        this.want(Token.Rparen);
        return t;
      }
      default:
        this.syntaxError("expected name or (");
        this.advance(Token.Semi, Token.Rparen);
        return x;
    }
  }

  /** x "[" ... "]": an index, instantiation or slice expression. */
  private indexOrSlice(x: Expr): Expr {
    const pos = this.tpos;
    this.next();
    let i: Expr | null = null;
    if (this.tok !== Token.Colon) {
      let comma = false;
      if (this.tok === Token.Rbrack) {
        // invalid empty instance, slice or index expression
        this.syntaxError("expected operand");
        i = this.badExpr();
      } else {
        i = this.typeList(false);
        comma = this.listComma;
      }
      if (comma || this.tk() === Token.Rbrack) {
        this.want(Token.Rbrack);
        return { kind: "IndexExpr", pos, x, index: i } satisfies IndexExpr;
      }
    }

    // x[i:...
    if (!this.got(Token.Colon)) {
      this.syntaxError("expected comma, : or ]");
      this.advance(Token.Comma, Token.Colon, Token.Rbrack);
    }
    this.xnest++;
    const t: SliceExpr = { kind: "SliceExpr", pos, x, index: [i, null, null], full: false };
    if (this.tok !== Token.Colon && this.tok !== Token.Rbrack) {
      t.index[1] = this.binaryExpr(null, 0);
    }
    if (this.tk() === Token.Colon) {
      t.full = true;
      if (t.index[1] === null) {
        this.error("middle index required in 3-index slice");
        t.index[1] = this.badExpr();
      }
      this.next();
      if (this.tk() !== Token.Rbrack) {
        t.index[2] = this.binaryExpr(null, 0);
      } else {
        this.error("final index required in 3-index slice");
        t.index[2] = this.badExpr();
      }
    }
    this.xnest--;
    this.want(Token.Rbrack);
    return t;
  }

  /** fun "(" arguments ")". */
  private call(fun: Expr): CallExpr {
    const pos = this.tpos;
    this.next();
    this.xnest++;
    const argList: Expr[] = [];
    let hasDots = false;
    // list("argument list", Comma, Rparen, ...), inlined
    args: {
      while (this.tk() !== Token.EOF && this.tk() !== Token.Rparen && !hasDots) {
        argList.push(this.binaryExpr(null, 0));
        hasDots = this.got(Token.DotDotDot);
        if (!this.got(Token.Comma) && this.tk() !== Token.Rparen) {
          this.listError("argument list", Token.Comma, Token.Rparen);
          if (this.tk() !== Token.Rparen) break args;
        }
      }
      this.want(Token.Rparen);
    }
    this.xnest--;
    return { kind: "CallExpr", pos, fun, argList, hasDots };
  }

  /** At "{" after x: the composite literal x{...} if x can be its type here, else null ("{" opens a block). */
  private complitAfter(x: Expr): CompositeLit | null {
    const t = unparen(x);
    let complitOk = false;
    switch (t.kind) {
      case "Name":
      case "SelectorExpr":
        complitOk = this.xnest >= 0;
        break;
      case "IndexExpr":
        complitOk = this.xnest >= 0 && !isValue(t);
        break;
      case "ArrayType":
      case "SliceType":
      case "StructType":
      case "MapType":
        complitOk = true;
        break;
    }
    if (!complitOk) return null;
    if (t !== x) this.syntaxError("cannot parenthesize type in composite literal");
    const n = this.complitexpr();
    n.type = x;
    return n;
  }

  /** Element = Expression | LiteralValue. */
  private bareComplitexpr(): Expr {
    if (this.tok === Token.Lbrace) return this.complitexpr();
    return this.binaryExpr(null, 0);
  }

  /** LiteralValue = "{" [ ElementList [ "," ] ] "}". */
  private complitexpr(): CompositeLit {
    const x: CompositeLit = { kind: "CompositeLit", pos: this.tpos, type: null, elemList: [], nKeys: 0, rbrace: 0 };
    this.xnest++;
    this.want(Token.Lbrace);
    x.rbrace = this.list("composite literal", Token.Comma, Token.Rbrace, () => {
      let e = this.bareComplitexpr();
      if (this.tok === Token.Colon) {
        const pos = this.tpos;
        this.next();
        e = { kind: "KeyValueExpr", pos, key: e, value: this.bareComplitexpr() };
        x.nKeys++;
      }
      x.elemList.push(e);
      return false;
    });
    this.xnest--;
    return x;
  }

  // -------------------------------------------------------------------------
  // Types

  private type_(): Expr {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError("expected type");
      this.advance(Token.Comma, Token.Colon, Token.Semi, Token.Rparen, Token.Rbrack, Token.Rbrace);
    }
    return typ;
  }

  private typeOrNil(): Expr | null {
    const pos = this.tpos;
    switch (this.tok) {
      case Token.Star:
        this.next();
        return newIndirect(pos, this.type_());

      case Token.Arrow: {
        this.next();
        this.want(Token.Chan);
        return { kind: "ChanType", pos, dir: ChanDir.RecvOnly, elem: this.chanElem() } satisfies ChanType;
      }

      case Token.Func:
        this.next();
        return this.funcType("function type")[1];

      case Token.Lbrack:
        this.next();
        if (this.got(Token.Rbrack)) return this.sliceType(pos);
        return this.arrayType(pos, null);

      case Token.Chan: {
        this.next();
        let dir = ChanDir.Both;
        if (this.got(Token.Arrow)) dir = ChanDir.SendOnly;
        return { kind: "ChanType", pos, dir, elem: this.chanElem() } satisfies ChanType;
      }

      case Token.Map: {
        this.next();
        this.want(Token.Lbrack);
        const key = this.type_();
        this.want(Token.Rbrack);
        const value = this.type_();
        return { kind: "MapType", pos, key, value };
      }

      case Token.Struct:
        return this.structType();

      case Token.Interface:
        return this.interfaceType();

      case Token.Name:
        return this.qualifiedName(null);

      case Token.Lparen: {
        this.next();
        const t = this.type_();
        this.want(Token.Rparen);
        return t;
      }
    }
    return null;
  }

  private typeInstance(typ: Expr): Expr {
    const pos = this.tpos;
    this.want(Token.Lbrack);
    let index: Expr;
    if (this.tok === Token.Rbrack) {
      this.syntaxError("expected type argument list");
      index = this.badExpr();
    } else {
      index = this.typeList(true);
    }
    this.want(Token.Rbrack);
    return { kind: "IndexExpr", pos, x: typ, index } satisfies IndexExpr;
  }

  /** Signature with optional type parameters; if context is set, type parameters are an error. */
  private funcType(context: string): [Field[] | null, FuncType] {
    const pos = this.tpos;
    let tparamList: Field[] | null = null;
    if (this.got(Token.Lbrack)) {
      if (context !== "") this.syntaxErrorAt(pos, context + " must have no type parameters");
      if (this.tok === Token.Rbrack) {
        this.syntaxError("empty type parameter list");
        this.next();
      } else {
        tparamList = this.paramList(null, null, Token.Rbrack, true);
      }
    }
    this.want(Token.Lparen);
    const paramList = this.paramList(null, null, Token.Rparen, false);
    const resultList = this.funcResult();
    return [tparamList, { kind: "FuncType", pos, paramList, resultList }];
  }

  /** After "[" (at pos); len is an already parsed length, if any. */
  private arrayType(pos: Pos, len: Expr | null): ArrayType {
    if (len === null && !this.got(Token.DotDotDot)) {
      this.xnest++;
      len = this.binaryExpr(null, 0);
      this.xnest--;
    }
    if (this.tok === Token.Comma) {
      // trailing commas are only for type parameter lists
      this.syntaxError("unexpected comma; expected ]");
      this.next();
    }
    this.want(Token.Rbrack);
    const elem = this.type_();
    return { kind: "ArrayType", pos, len, elem };
  }

  /** After "[" "]" (the "[" at pos). */
  private sliceType(pos: Pos): Expr {
    return { kind: "SliceType", pos, elem: this.type_() };
  }

  private chanElem(): Expr {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError("missing channel element type");
    }
    return typ;
  }

  private structType(): StructType {
    const typ: StructType = { kind: "StructType", pos: this.tpos, fieldList: [], tagList: [] };
    this.want(Token.Struct);
    this.want(Token.Lbrace);
    this.list("struct type", Token.Semi, Token.Rbrace, () => {
      this.fieldDecl(typ);
      return false;
    });
    return typ;
  }

  private interfaceType(): Expr {
    const pos = this.tpos;
    const methodList: Field[] = [];
    this.want(Token.Interface);
    this.want(Token.Lbrace);
    this.list("interface type", Token.Semi, Token.Rbrace, () => {
      let f: Field | null = null;
      if (this.tok === Token.Name) f = this.methodDecl();
      if (f === null || f.name === null) f = this.embeddedElem(f);
      methodList.push(f);
      return false;
    });
    return { kind: "InterfaceType", pos, methodList };
  }

  private funcResult(): Field[] {
    if (this.got(Token.Lparen)) return this.paramList(null, null, Token.Rparen, false);
    const pos = this.tpos;
    const typ = this.typeOrNil();
    if (typ !== null) return [{ kind: "Field", pos, name: null, type: typ }];
    return [];
  }

  private addField(styp: StructType, pos: Pos, name: Name | null, typ: Expr, tag: BasicLit | null): void {
    if (tag !== null) {
      for (let i = styp.fieldList.length - styp.tagList.length; i > 0; i--) styp.tagList.push(null);
      styp.tagList.push(tag);
    }
    styp.fieldList.push({ kind: "Field", pos, name, type: typ });
  }

  /** FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ]. */
  private fieldDecl(styp: StructType): void {
    const pos = this.tpos;
    switch (this.tok) {
      case Token.Name: {
        const name = this.name();
        if (this.tk() === Token.Dot || this.tk() === Token.Literal || this.tk() === Token.Semi || this.tk() === Token.Rbrace) {
          // embedded type
          const typ = this.qualifiedName(name);
          const tag = this.oliteral();
          this.addField(styp, pos, null, typ, tag);
          break;
        }

        // name1, name2, ... Type [ tag ]
        const names = this.nameList(name);
        let typ: Expr;
        // An embedded instantiated type T[P1, P2] or a field T of type [P]E or []E?
        if (names.length === 1 && this.tk() === Token.Lbrack) {
          typ = this.arrayOrTArgs();
          if (typ.kind === "IndexExpr") {
            typ.x = name;
            const tag = this.oliteral();
            this.addField(styp, pos, null, typ, tag);
            break;
          }
        } else {
          typ = this.type_();
        }
        const tag = this.oliteral();
        for (const n of names) this.addField(styp, n.pos, n, typ, tag);
        break;
      }

      case Token.Star: {
        this.next();
        let typ: Expr;
        if (this.tk() === Token.Lparen) {
          // *(T)
          this.syntaxError("cannot parenthesize embedded type");
          this.next();
          typ = this.qualifiedName(null);
          this.got(Token.Rparen);
        } else {
          typ = this.qualifiedName(null);
        }
        const tag = this.oliteral();
        this.addField(styp, pos, null, newIndirect(pos, typ), tag);
        break;
      }

      case Token.Lparen: {
        this.syntaxError("cannot parenthesize embedded type");
        this.next();
        let typ: Expr;
        if (this.tk() === Token.Star) {
          // (*T)
          const spos = this.tpos;
          this.next();
          typ = newIndirect(spos, this.qualifiedName(null));
        } else {
          // (T)
          typ = this.qualifiedName(null);
        }
        this.got(Token.Rparen);
        const tag = this.oliteral();
        this.addField(styp, pos, null, typ, tag);
        break;
      }

      default:
        this.syntaxError("expected field name or embedded type");
        this.advance(Token.Semi, Token.Rbrace);
    }
  }

  /** "[" ... : an array type [n]E, a slice type []E, or type arguments [A, B] (x left unset). */
  private arrayOrTArgs(): Expr {
    const pos = this.tpos;
    this.want(Token.Lbrack);
    if (this.got(Token.Rbrack)) return this.sliceType(pos);

    // x [n]E or x[n,], x[n1, n2], ...
    const n = this.typeList(false);
    const comma = this.listComma;
    this.want(Token.Rbrack);
    if (!comma) {
      const elem = this.typeOrNil();
      if (elem !== null) return { kind: "ArrayType", pos, len: n, elem } satisfies ArrayType;
    }
    return { kind: "IndexExpr", pos, x: unset, index: n } satisfies IndexExpr;
  }

  private oliteral(): BasicLit | null {
    if (this.tok === Token.Literal) {
      const b: BasicLit = { kind: "BasicLit", pos: this.tpos, value: this.lit, litKind: this.kind, bad: this.bad };
      this.next();
      return b;
    }
    return null;
  }

  /** MethodSpec = MethodName Signature | InterfaceTypeName. */
  private methodDecl(): Field {
    const f: Field = { kind: "Field", pos: this.tpos, name: null, type: unset };
    const name = this.name();
    const context = "interface method";

    switch (this.tok) {
      case Token.Lparen:
        f.name = name;
        f.type = this.funcType(context)[1];
        break;

      case Token.Lbrack: {
        // A generic method m[T C](x T) (accepted, then rejected) or an
        // embedded instantiated type T[P1, P2].
        const pos = this.tpos;
        this.next();

        // Empty type parameter or argument lists: treat as if [] were absent.
        if (this.tk() === Token.Rbrack) {
          const rpos = this.tpos;
          this.next();
          if (this.tk() === Token.Lparen) {
            this.errorAt(rpos, "empty type parameter list");
            f.name = name;
            f.type = this.funcType(context)[1];
          } else {
            this.errorAt(rpos, "empty type argument list");
            f.type = name;
          }
          break;
        }

        // Type arguments look like a parameter list with only types.
        const list = this.paramList(null, null, Token.Rbrack, false);
        if (list.length === 0) {
          // errors were reported by paramList
          if (this.tk() === Token.Lparen) {
            f.name = name;
            f.type = this.funcType(context)[1];
          } else {
            f.type = name;
          }
          break;
        }

        if (list[0].name !== null) {
          // generic method
          f.name = name;
          f.type = this.funcType(context)[1];
          this.errorAt(pos, "interface method must have no type parameters");
          break;
        }

        // embedded instantiated type
        let index: Expr;
        if (list.length === 1) {
          index = list[0].type;
        } else {
          index = { kind: "ListExpr", pos: list[0].pos, elemList: list.map((p) => p.type) } satisfies ListExpr;
        }
        f.type = { kind: "IndexExpr", pos, x: name, index } satisfies IndexExpr;
        break;
      }

      default:
        // embedded type
        f.type = this.qualifiedName(name);
    }
    return f;
  }

  /** EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm }. */
  private embeddedElem(f: Field | null): Field {
    if (f === null) {
      const pos = this.tpos;
      f = { kind: "Field", pos, name: null, type: this.embeddedTerm() };
    }
    while (this.tok === Token.Operator && this.op === Operator.Or) {
      const pos = this.tpos;
      this.next();
      const x = f.type;
      f.type = { kind: "Operation", pos, op: Operator.Or, x, y: this.embeddedTerm() } satisfies Operation;
    }
    return f;
  }

  /** EmbeddedTerm = [ "~" ] Type. */
  private embeddedTerm(): Expr {
    if (this.tok === Token.Operator && this.op === Operator.Tilde) {
      const pos = this.tpos;
      this.next();
      return { kind: "Operation", pos, op: Operator.Tilde, x: this.type_(), y: null } satisfies Operation;
    }
    let t = this.typeOrNil();
    if (t === null) {
      t = this.badExpr();
      this.syntaxError("expected ~ term or type");
      this.advance(Token.Operator, Token.Semi, Token.Rparen, Token.Rbrack, Token.Rbrace);
    }
    return t;
  }

  /** ParameterDecl = [ IdentifierList ] [ "..." ] Type. The result's type may be unset (name only). */
  private paramDeclOrNil(name: Name | null, follow: Token): Field | null {
    // ~T and A|B are allowed in type parameter lists only
    const typeSetsOk = follow === Token.Rbrack;

    let pos = this.tpos;
    if (name !== null) {
      pos = name.pos;
    } else if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Tilde) {
      return this.embeddedElem(null);
    }

    let f: Field = { kind: "Field", pos, name: null, type: unset };

    if (this.tok === Token.Name || name !== null) {
      if (name === null) name = this.name();

      if (this.tok === Token.Lbrack) {
        // name "[" ...
        f.type = this.arrayOrTArgs();
        if (f.type.kind === "IndexExpr") {
          f.type.x = name; // name "[" ... "]"
        } else {
          f.name = name; // name "[" n "]" E
        }
        if (typeSetsOk && this.tk() === Token.Operator && this.op === Operator.Or) f = this.embeddedElem(f);
        return f;
      }

      if (this.tok === Token.Dot) {
        // name "." ...
        f.type = this.qualifiedName(name);
        if (typeSetsOk && this.tk() === Token.Operator && this.op === Operator.Or) f = this.embeddedElem(f);
        return f;
      }

      if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Or) {
        // name "|" ...
        f.type = name;
        return this.embeddedElem(f);
      }

      f.name = name;
    }

    if (this.tok === Token.DotDotDot) {
      // [name] "..." ...
      const dpos = this.tpos;
      this.next();
      let elem = this.typeOrNil();
      if (elem === null) {
        elem = this.badExpr();
        this.syntaxError("... is missing type");
      }
      f.type = { kind: "DotsType", pos: dpos, elem };
      return f;
    }

    if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Tilde) {
      // [name] "~" ...
      f.type = this.embeddedElem(null).type;
      return f;
    }

    f.type = this.typeOrNil() ?? unset;
    if (typeSetsOk && this.tok === Token.Operator && this.op === Operator.Or && f.type !== unset) {
      // [name] type "|"
      f = this.embeddedElem(f);
    }
    if (f.name !== null || f.type !== unset) return f;

    this.syntaxError("expected " + tokstring(follow));
    this.advance(Token.Comma, follow);
    return null;
  }

  /**
   * Parameters after "(" or "[". name, if set, is an already parsed first
   * name and typ its type. Either all fields get names or none does.
   */
  private paramList(name: Name | null, typ: Expr | null, close: Token, requireNames: boolean): Field[] {
    // A complete single field just before the closing token.
    if (name !== null && typ !== null && this.tok === close) {
      this.next();
      return [{ kind: "Field", pos: name.pos, name, type: typ }];
    }

    const list: Field[] = [];
    let named = 0; // parameters with explicit name and type
    let typed = 0; // parameters with explicit type
    const end = this.list("parameter list", Token.Comma, close, () => {
      let par: Field | null;
      if (typ !== null) {
        par = { kind: "Field", pos: name!.pos, name, type: typ };
      } else {
        par = this.paramDeclOrNil(name, close);
      }
      name = null; // the first name and type are used up
      typ = null;
      if (par !== null) {
        if (par.name !== null && par.type !== unset) named++;
        if (par.type !== unset) typed++;
        list.push(par);
      }
      return false;
    });

    if (list.length === 0) return list;

    if (named === 0 && !requireNames) {
      // all unnamed: the names found are types
      for (const par of list) {
        if (par.name !== null) {
          par.type = par.name;
          par.name = null;
        }
      }
    } else if (named !== list.length) {
      // some named, or a type parameter list: all must be named
      let errPos: Pos = 0;
      let t: Expr | null = null; // current type, right to left
      for (let i = list.length - 1; i >= 0; i--) {
        const par = list[i];
        if (par.type !== unset) {
          t = par.type;
          if (par.name === null) {
            errPos = startPos(t);
            par.name = newName(errPos, "_");
          }
        } else if (t !== null) {
          par.type = t;
        } else {
          // only a name
          errPos = par.name!.pos;
          const b = this.badExpr();
          b.pos = errPos;
          par.type = b;
        }
      }
      if (errPos !== 0) {
        let msg: string;
        if (requireNames) {
          // Missing types at the end of a type parameter list are missing constraints.
          if (named === typed) {
            errPos = end;
            msg = "missing type constraint";
          } else {
            msg = "missing type parameter name";
            if (list.length === 1) msg += " or invalid array length";
          }
        } else {
          msg = "mixed named and unnamed parameters";
        }
        this.syntaxErrorAt(errPos, msg);
      }
    }
    return list;
  }

  private badExpr(): BadExpr {
    return { kind: "BadExpr", pos: this.tpos };
  }

  // -------------------------------------------------------------------------
  // Statements

  /** SimpleStmt; lhs is an already parsed expression list, if any. */
  private simpleStmt(lhs: Expr | null, keyword: Token): SimpleStmt {
    if (keyword === Token.For && this.tok === Token.Range) {
      // range expr
      return this.newRangeClause(null, false);
    }

    if (lhs === null) lhs = this.exprList();

    if (lhs.kind !== "ListExpr" && this.tok !== Token.Assign && this.tok !== Token.Define) {
      // expr
      const pos = this.tpos;
      switch (this.tok) {
        case Token.AssignOp: {
          // lhs op= rhs
          const op = this.op;
          this.next();
          return { kind: "AssignStmt", pos, op, lhs, rhs: this.binaryExpr(null, 0) };
        }
        case Token.IncOp: {
          // lhs++ or lhs--
          const op = this.op;
          this.next();
          return { kind: "AssignStmt", pos, op, lhs, rhs: null };
        }
        case Token.Arrow: {
          // lhs <- rhs
          this.next();
          return { kind: "SendStmt", pos, chan: lhs, value: this.binaryExpr(null, 0) };
        }
        default:
          return { kind: "ExprStmt", pos: lhs.pos, x: lhs } satisfies ExprStmt;
      }
    }

    // expr_list
    switch (this.tok) {
      case Token.Assign:
      case Token.Define: {
        const pos = this.tpos;
        const op = this.tok === Token.Define ? Operator.Def : Operator.None;
        this.next();

        if (keyword === Token.For && this.tk() === Token.Range) {
          // expr_list op= range expr
          return this.newRangeClause(lhs, op === Operator.Def);
        }

        // expr_list op= expr_list
        const rhs = this.exprList();
        if (rhs.kind === "TypeSwitchGuard" && keyword === Token.Switch && op === Operator.Def && lhs.kind === "Name") {
          // switch … lhs := rhs.(type)
          rhs.lhs = lhs;
          return { kind: "ExprStmt", pos: rhs.pos, x: rhs } satisfies ExprStmt;
        }
        return { kind: "AssignStmt", pos, op, lhs, rhs };
      }

      default: {
        this.syntaxError("expected := or = or comma");
        this.advance(Token.Semi, Token.Rbrace);
        // keep the first expression as a statement
        const x = lhs.kind === "ListExpr" ? lhs.elemList[0] : lhs;
        return { kind: "ExprStmt", pos: x.pos, x } satisfies ExprStmt;
      }
    }
  }

  private newRangeClause(lhs: Expr | null, def: boolean): RangeClause {
    const pos = this.tpos;
    this.next(); // consume "range"
    return { kind: "RangeClause", pos, lhs, def, x: this.binaryExpr(null, 0) };
  }

  private labeledStmtOrNil(label: Name): LabeledStmt | null {
    const pos = this.tpos;
    this.want(Token.Colon);
    this.branches++;

    if (this.tok === Token.Rbrace) {
      // A statement (possibly empty) must follow; before "}" it is an empty one.
      return { kind: "LabeledStmt", pos, label, stmt: { kind: "EmptyStmt", pos: this.tpos } };
    }

    const stmt = this.stmtOrNil();
    if (stmt !== null) return { kind: "LabeledStmt", pos, label, stmt };

    // report the error at the line of the ':'
    this.syntaxErrorAt(pos, "missing statement after label");
    return null;
  }

  /** A block; context names the construct for the missing-"{" error. */
  private blockStmt(context: string): BlockStmt {
    const pos = this.tpos;

    // a missing "{" (braces are not optional in Go)
    if (!this.got(Token.Lbrace)) {
      this.syntaxError("expected { after " + context);
      this.advance(Token.Name, Token.Rbrace);
      const rbrace = this.tpos;
      if (this.got(Token.Rbrace)) return { kind: "BlockStmt", pos, list: [], rbrace };
    }

    const list = this.stmtList();
    const rbrace = this.tpos;
    this.want(Token.Rbrace);
    return { kind: "BlockStmt", pos, list, rbrace };
  }

  private declStmt(kind: DeclKind): DeclStmt {
    const pos = this.tpos;
    this.next(); // const, type or var
    const declList: Decl[] = [];
    this.appendGroup(declList, kind);
    return { kind: "DeclStmt", pos, declList };
  }

  private forStmt(): ForStmt {
    const pos = this.tpos;
    const [init, cond, post] = this.header(Token.For);
    const body = this.blockStmt("for clause");
    return { kind: "ForStmt", pos, init, cond, post, body };
  }

  /** The header of an if, for or switch statement: init; cond; post. */
  private header(keyword: Token): [SimpleStmt | null, Expr | null, SimpleStmt | null] {
    this.want(keyword);

    let init: SimpleStmt | null = null;
    let cond: Expr | null = null;
    let post: SimpleStmt | null = null;

    if (this.tok === Token.Lbrace) {
      if (keyword === Token.If) {
        this.syntaxError("missing condition in if statement");
        cond = this.badExpr();
      }
      return [init, cond, post];
    }

    const outer = this.xnest;
    this.xnest = -1;

    if (this.tok !== Token.Semi) {
      // "var" is an error here, but parse on
      if (this.got(Token.Var)) {
        this.syntaxError(`var declaration not allowed in ${tokstring(keyword)} initializer`);
      }
      init = this.simpleStmt(null, keyword);
      // a range clause ends the header (only possible for "for")
      if (init.kind === "RangeClause") {
        this.xnest = outer;
        return [init, null, null];
      }
    }

    let condStmt: SimpleStmt | null = null;
    let semiPos: Pos = 0;
    let semiLit = "";
    done: if (this.tk() !== Token.Lbrace) {
      if (this.tok === Token.Semi) {
        semiPos = this.tpos;
        semiLit = this.lit;
        this.next();
      } else {
        // report a missing "{" (rather than ";")
        this.want(Token.Lbrace);
        if (this.tk() !== Token.Lbrace) this.advance(Token.Lbrace, Token.Rbrace);
      }
      if (keyword === Token.For) {
        if (this.tok !== Token.Semi) {
          if (this.tk() === Token.Lbrace) {
            this.syntaxError("expected for loop condition");
            break done;
          }
          condStmt = this.simpleStmt(null, Token.None);
        }
        this.want(Token.Semi);
        if (this.tk() !== Token.Lbrace) {
          post = this.simpleStmt(null, Token.None);
          if (post.kind === "AssignStmt" && post.op === Operator.Def) {
            this.syntaxErrorAt(post.pos, "cannot declare in post statement of for loop");
          }
        }
      } else if (this.tk() !== Token.Lbrace) {
        condStmt = this.simpleStmt(null, keyword);
      }
    } else {
      condStmt = init;
      init = null;
    }

    // unpack condStmt
    if (condStmt === null) {
      if (keyword === Token.If && semiPos !== 0) {
        if (semiLit !== "semicolon") {
          this.syntaxErrorAt(semiPos, `unexpected ${semiLit}, expected { after if clause`);
        } else {
          this.syntaxErrorAt(semiPos, "missing condition in if statement");
        }
        cond = { kind: "BadExpr", pos: semiPos };
      }
    } else if (condStmt.kind === "ExprStmt") {
      cond = condStmt.x;
    } else {
      // Writing "=" for "==" turns the condition into an assignment; say so.
      let str: string;
      if (condStmt.kind === "AssignStmt" && condStmt.op === Operator.None) {
        str = "assignment " + emphasize(condStmt.lhs) + " = " + emphasize(condStmt.rhs!);
      } else {
        str = nodeString(condStmt);
      }
      this.syntaxErrorAt(condStmt.pos, `cannot use ${str} as value`);
    }

    this.xnest = outer;
    return [init, cond, post];
  }

  private ifStmt(): IfStmt {
    const pos = this.tpos;
    const [init, cond] = this.header(Token.If);
    const then = this.blockStmt("if clause");
    let els: IfStmt | BlockStmt | null = null;
    if (this.got(Token.Else)) {
      switch (this.tok) {
        case Token.If:
          els = this.ifStmt();
          break;
        case Token.Lbrace:
          els = this.blockStmt("");
          break;
        default:
          this.syntaxError("else must be followed by if or statement block");
          this.advance(Token.Name, Token.Rbrace);
      }
    }
    return { kind: "IfStmt", pos, init, cond, then, else: els };
  }

  private switchStmt(): SwitchStmt {
    const pos = this.tpos;
    const [init, tag] = this.header(Token.Switch);
    if (!this.got(Token.Lbrace)) {
      this.syntaxError("missing { after switch clause");
      this.advance(Token.Case, Token.Default, Token.Rbrace);
    }
    const body: CaseClause[] = [];
    while (this.tok !== Token.EOF && this.tok !== Token.Rbrace) body.push(this.caseClause());
    const rbrace = this.tpos;
    this.want(Token.Rbrace);
    return { kind: "SwitchStmt", pos, init, tag, body, rbrace };
  }

  private selectStmt(): SelectStmt {
    const pos = this.tpos;
    this.want(Token.Select);
    if (!this.got(Token.Lbrace)) {
      this.syntaxError("missing { after select clause");
      this.advance(Token.Case, Token.Default, Token.Rbrace);
    }
    const body: CommClause[] = [];
    while (this.tok !== Token.EOF && this.tok !== Token.Rbrace) body.push(this.commClause());
    const rbrace = this.tpos;
    this.want(Token.Rbrace);
    return { kind: "SelectStmt", pos, body, rbrace };
  }

  private caseClause(): CaseClause {
    const pos = this.tpos;
    let cases: Expr | null = null;
    switch (this.tok) {
      case Token.Case:
        this.next();
        cases = this.exprList();
        break;
      case Token.Default:
        this.next();
        break;
      default:
        this.syntaxError("expected case or default or }");
        this.advance(Token.Colon, Token.Case, Token.Default, Token.Rbrace);
    }
    const colon = this.tpos;
    this.want(Token.Colon);
    const body = this.stmtList();
    return { kind: "CaseClause", pos, cases, body, colon };
  }

  private commClause(): CommClause {
    const pos = this.tpos;
    let comm: SimpleStmt | null = null;
    switch (this.tok) {
      case Token.Case:
        this.next();
        // Any simple statement is accepted here; the type checker rejects
        // the ones that are not sends or receives.
        comm = this.simpleStmt(null, Token.None);
        break;
      case Token.Default:
        this.next();
        break;
      default:
        this.syntaxError("expected case or default or }");
        this.advance(Token.Colon, Token.Case, Token.Default, Token.Rbrace);
    }
    const colon = this.tpos;
    this.want(Token.Colon);
    const body = this.stmtList();
    return { kind: "CommClause", pos, comm, body, colon };
  }

  private stmtOrNil(): Stmt | null {
    // Most statements start with a name; check that first.
    if (this.tok === Token.Name) {
      this.clearPragma();
      const lhs = this.exprList();
      if (lhs.kind === "Name" && this.tk() === Token.Colon) return this.labeledStmtOrNil(lhs);
      return this.simpleStmt(lhs, Token.None);
    }

    switch (this.tok) {
      case Token.Var:
        return this.declStmt(DeclKind.Var);
      case Token.Const:
        return this.declStmt(DeclKind.Const);
      case Token.Type:
        return this.declStmt(DeclKind.Type);
    }

    this.clearPragma();

    switch (this.tok) {
      case Token.Lbrace:
        return this.blockStmt("");

      case Token.Operator:
      case Token.Star:
        switch (this.op) {
          case Operator.Add:
          case Operator.Sub:
          case Operator.Mul:
          case Operator.And:
          case Operator.Xor:
          case Operator.Not:
            return this.simpleStmt(null, Token.None); // unary operators
        }
        break;

      case Token.Literal:
      case Token.Func:
      case Token.Lparen: // operands
      case Token.Lbrack:
      case Token.Struct:
      case Token.Map:
      case Token.Chan:
      case Token.Interface: // composite types
      case Token.Arrow: // receive operator
        return this.simpleStmt(null, Token.None);

      case Token.For:
        return this.forStmt();

      case Token.Switch:
        return this.switchStmt();

      case Token.Select:
        return this.selectStmt();

      case Token.If:
        return this.ifStmt();

      case Token.Fallthrough: {
        const pos = this.tpos;
        this.next();
        this.branches++;
        return { kind: "BranchStmt", pos, tok: "fallthrough", label: null } satisfies BranchStmt;
      }

      case Token.Break:
      case Token.Continue: {
        const pos = this.tpos;
        const tok = this.tok === Token.Break ? "break" : "continue";
        this.next();
        this.branches++;
        let label: Name | null = null;
        if (this.tk() === Token.Name) label = this.name();
        return { kind: "BranchStmt", pos, tok, label } satisfies BranchStmt;
      }

      case Token.Go:
      case Token.Defer:
        return this.callStmt();

      case Token.Goto: {
        const pos = this.tpos;
        this.next();
        this.branches++;
        return { kind: "BranchStmt", pos, tok: "goto", label: this.name() } satisfies BranchStmt;
      }

      case Token.Return: {
        const pos = this.tpos;
        this.next();
        let results: Expr | null = null;
        if (this.tk() !== Token.Semi && this.tk() !== Token.Rbrace) results = this.exprList();
        return { kind: "ReturnStmt", pos, results } satisfies ReturnStmt;
      }

      case Token.Semi:
        return { kind: "EmptyStmt", pos: this.tpos };
    }

    return null;
  }

  /** StatementList = { Statement ";" }. */
  private stmtList(): Stmt[] {
    const l: Stmt[] = [];
    while (this.tok !== Token.EOF && this.tok !== Token.Rbrace && this.tok !== Token.Case && this.tok !== Token.Default) {
      const s = this.stmtOrNil();
      this.clearPragma();
      if (s === null) break;
      l.push(s);
      // no ";" is needed before "}"
      if (!this.got(Token.Semi) && this.tk() !== Token.Rbrace) {
        this.syntaxError("at end of statement");
        this.advance(Token.Semi, Token.Rbrace, Token.Case, Token.Default);
        this.got(Token.Semi); // so that no empty statement follows
      }
    }
    return l;
  }

  // -------------------------------------------------------------------------
  // Common productions

  private name(): Name {
    if (this.tok === Token.Name) {
      const n = newName(this.tpos, this.lit);
      this.next();
      return n;
    }
    const n = newName(this.tpos, "_");
    this.syntaxError("expected name");
    this.advance();
    return n;
  }

  /** IdentifierList = identifier { "," identifier }, first already parsed. */
  private nameList(first: Name): Name[] {
    const l = [first];
    while (this.got(Token.Comma)) l.push(this.name());
    return l;
  }

  /** A possibly qualified, possibly instantiated type name; name is its first part if already parsed. */
  private qualifiedName(name: Name | null): Expr {
    let x: Expr;
    if (name !== null) {
      x = name;
    } else if (this.tok === Token.Name) {
      x = this.name();
    } else {
      x = newName(this.tpos, "_");
      this.syntaxError("expected name");
      this.advance(Token.Dot, Token.Semi, Token.Rbrace);
    }

    if (this.tok === Token.Dot) {
      const pos = this.tpos;
      this.next();
      x = { kind: "SelectorExpr", pos, x, sel: this.name() };
    }

    if (this.tok === Token.Lbrack) x = this.typeInstance(x);
    return x;
  }

  /** ExpressionList = Expression { "," Expression }. */
  private exprList(): Expr {
    const x = this.binaryExpr(null, 0);
    if (this.got(Token.Comma)) {
      const list = [x, this.binaryExpr(null, 0)];
      while (this.got(Token.Comma)) list.push(this.binaryExpr(null, 0));
      return { kind: "ListExpr", pos: x.pos, elemList: list } satisfies ListExpr;
    }
    return x;
  }

  /**
   * A non-empty list of types with optional trailing comma; unless strict,
   * the first element may be any expression. Sets listComma if a comma was seen.
   */
  private typeList(strict: boolean): Expr {
    this.xnest++;
    let x = strict ? this.type_() : this.binaryExpr(null, 0);
    let comma = false;
    if (this.got(Token.Comma)) {
      comma = true;
      const t = this.typeOrNil();
      if (t !== null) {
        const list = [x, t];
        while (this.got(Token.Comma)) {
          const u = this.typeOrNil();
          if (u === null) break;
          list.push(u);
        }
        x = { kind: "ListExpr", pos: x.pos, elemList: list } satisfies ListExpr;
      }
    }
    this.xnest--;
    this.listComma = comma;
    return x;
  }
}

/** gc flags that affect parsing (only the judgement of //go: directives). */
export interface ParseOptions {
  /** -std: compiling a standard library package. */
  std?: boolean;
  /** -+: compiling the runtime (-std with package runtime implies it). */
  compilingRuntime?: boolean;
}

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/**
 * Parses one Go source file, reporting errors to errors. Only TooManyErrors
 * (from the error list) escapes. After a syntax error in the package clause
 * the result has no declarations.
 */
export function parseFile(file: SourceFile, errors: ErrorList, opts: ParseOptions = {}): File {
  const p = new Parser(file, errors, opts);
  let f: File | null = null;
  try {
    p.next();
    f = p.fileOrNil();
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    // gc's goroutine stacks grow without bound; ours do not.
    errors.error(p.tpos, "nesting too deep: parser out of stack space");
    f = null;
  }
  if (f !== null) return f;
  return {
    kind: "File",
    pos: file.base,
    pragma: null,
    pkgName: newName(file.base, "_"),
    declList: p.declList,
    eof: file.base + file.size,
    goVersion: p.goVersion,
    filename: file.name,
  };
}
