// Prints syntax trees back as Go source on one line, the way gc's
// syntax.String does (cmd/compile/internal/syntax/printer.go in ShortForm:
// function and composite literal bodies shown as "{…}"). gc uses this text
// inside error messages ("cannot use x := 0 as value", "goto L jumps over
// declaration of x", types2's expression strings), so the spacing and the
// semicolon elision follow gc's printer token by token.

import {
  type Decl,
  type Expr,
  type Field,
  type FuncType,
  type Node,
  type Stmt,
  ChanDir,
  Operator,
  operatorString,
  unparen,
} from "./ast.js";
import { Token, tokenString } from "./tokens.js";

const enum Ctrl {
  None,
  Semi,
  Blank,
  Newline,
  Indent,
  Outdent,
}

interface Whitespace {
  last: Token;
  kind: Ctrl;
}

function impliesSemi(tok: Token): boolean {
  switch (tok) {
    case Token.Name:
    case Token.Break:
    case Token.Continue:
    case Token.Fallthrough:
    case Token.Return:
    case Token.Rparen:
    case Token.Rbrack:
    case Token.Rbrace:
      return true;
  }
  return false;
}

const ELLIPSIS = "\xe2\x80\xa6"; // "…" as UTF-8 bytes

class Printer {
  out = "";
  private pending: Whitespace[] = [];
  private lastTok: Token = Token.None;

  constructor(private readonly short: boolean) {}

  private write(s: string): void {
    this.out += s;
  }

  private addWhitespace(kind: Ctrl): void {
    this.pending.push({ last: this.lastTok, kind });
    if (kind === Ctrl.Semi) this.lastTok = Token.Semi;
    else if (kind === Ctrl.Newline) this.lastTok = Token.None;
  }

  private flush(next: Token): void {
    const pending = this.pending;
    let sawNewline = next === Token.EOF;
    let sawParen = next === Token.Rparen || next === Token.Rbrace;
    for (let i = pending.length - 1; i >= 0; i--) {
      switch (pending[i].kind) {
        case Ctrl.Semi: {
          let k = Ctrl.Semi;
          if (sawParen) {
            sawParen = false;
            k = Ctrl.None;
          } else if (sawNewline && impliesSemi(pending[i].last)) {
            sawNewline = false;
            k = Ctrl.None;
          }
          pending[i].kind = k;
          break;
        }
        case Ctrl.Newline:
          sawNewline = true;
          break;
      }
    }
    let prev = Ctrl.None;
    for (const w of pending) {
      switch (w.kind) {
        case Ctrl.Semi:
          this.write(";");
          prev = Ctrl.Semi;
          break;
        case Ctrl.Blank:
          if (prev !== Ctrl.Blank) {
            this.write(" ");
            prev = Ctrl.Blank;
          }
          break;
      }
    }
    pending.length = 0;
  }

  /** Prints a token; text is the spelling for names and literals. */
  tok(t: Token, text?: string): void {
    if (t === Token.Semi) {
      this.addWhitespace(Ctrl.Semi);
      return;
    }
    this.flush(t);
    this.write(text ?? tokenString(t));
    this.lastTok = t;
  }

  op(o: Operator): void {
    if (o !== Operator.None) {
      this.flush(Token.Operator);
      this.write(operatorString[o]);
    }
  }

  blank(): void {
    this.addWhitespace(Ctrl.Blank);
  }

  /** A line break; on one line it is a blank. */
  newline(): void {
    this.addWhitespace(Ctrl.Blank);
  }

  finish(): string {
    this.flush(Token.EOF);
    return this.out;
  }

  node(n: Node | null): void {
    if (n === null) return;
    switch (n.kind) {
      case "BadExpr":
        this.tok(Token.Name, "<bad expr>");
        break;
      case "Name":
      case "BasicLit":
        this.tok(Token.Name, n.value);
        break;
      case "FuncLit":
        this.node(n.type);
        this.blank();
        if (this.short) {
          this.tok(Token.Lbrace);
          if (n.body.list.length > 0) this.tok(Token.Name, ELLIPSIS);
          this.tok(Token.Rbrace);
        } else {
          this.node(n.body);
        }
        break;
      case "CompositeLit":
        if (n.type) this.node(n.type);
        this.tok(Token.Lbrace);
        if (this.short) {
          if (n.elemList.length > 0) this.tok(Token.Name, ELLIPSIS);
        } else {
          this.exprList(n.elemList);
        }
        this.tok(Token.Rbrace);
        break;
      case "ParenExpr":
        this.tok(Token.Lparen);
        this.node(n.x);
        this.tok(Token.Rparen);
        break;
      case "SelectorExpr":
        this.node(n.x);
        this.tok(Token.Dot);
        this.node(n.sel);
        break;
      case "IndexExpr":
        this.node(n.x);
        this.tok(Token.Lbrack);
        this.node(n.index);
        this.tok(Token.Rbrack);
        break;
      case "SliceExpr":
        this.node(n.x);
        this.tok(Token.Lbrack);
        this.node(n.index[0]);
        this.tok(Token.Colon);
        this.node(n.index[1]);
        if (n.index[2]) {
          this.tok(Token.Colon);
          this.node(n.index[2]);
        }
        this.tok(Token.Rbrack);
        break;
      case "AssertExpr":
        this.node(n.x);
        this.tok(Token.Dot);
        this.tok(Token.Lparen);
        this.node(n.type);
        this.tok(Token.Rparen);
        break;
      case "TypeSwitchGuard":
        if (n.lhs) {
          this.node(n.lhs);
          this.blank();
          this.tok(Token.Define);
          this.blank();
        }
        this.node(n.x);
        this.tok(Token.Dot);
        this.tok(Token.Lparen);
        this.tok(Token.Type);
        this.tok(Token.Rparen);
        break;
      case "CallExpr":
        this.node(n.fun);
        this.tok(Token.Lparen);
        this.exprList(n.argList);
        if (n.hasDots) this.tok(Token.DotDotDot);
        this.tok(Token.Rparen);
        break;
      case "Operation":
        if (n.y === null) {
          this.op(n.op);
          this.node(n.x);
        } else {
          this.node(n.x);
          this.blank();
          this.op(n.op);
          this.blank();
          this.node(n.y);
        }
        break;
      case "KeyValueExpr":
        this.node(n.key);
        this.tok(Token.Colon);
        this.blank();
        this.node(n.value);
        break;
      case "ListExpr":
        this.exprList(n.elemList);
        break;
      case "ArrayType":
        this.tok(Token.Lbrack);
        if (n.len) this.node(n.len);
        else this.tok(Token.DotDotDot);
        this.tok(Token.Rbrack);
        this.node(n.elem);
        break;
      case "SliceType":
        this.tok(Token.Lbrack);
        this.tok(Token.Rbrack);
        this.node(n.elem);
        break;
      case "DotsType":
        this.tok(Token.DotDotDot);
        this.node(n.elem);
        break;
      case "StructType":
        this.tok(Token.Struct);
        this.tok(Token.Lbrace);
        if (n.fieldList.length > 0) this.fieldList(n.fieldList, n.tagList);
        this.tok(Token.Rbrace);
        break;
      case "FuncType":
        this.tok(Token.Func);
        this.signature(n);
        break;
      case "InterfaceType":
        this.tok(Token.Interface);
        this.tok(Token.Lbrace);
        this.methodList(n.methodList);
        this.tok(Token.Rbrace);
        break;
      case "MapType":
        this.tok(Token.Map);
        this.tok(Token.Lbrack);
        this.node(n.key);
        this.tok(Token.Rbrack);
        this.node(n.value);
        break;
      case "ChanType":
        if (n.dir === ChanDir.RecvOnly) this.tok(Token.Arrow);
        this.tok(Token.Chan);
        if (n.dir === ChanDir.SendOnly) this.tok(Token.Arrow);
        this.blank();
        if (n.dir === ChanDir.Both && n.elem.kind === "ChanType" && n.elem.dir === ChanDir.RecvOnly) {
          this.tok(Token.Lparen);
          this.node(n.elem);
          this.tok(Token.Rparen);
        } else {
          this.node(n.elem);
        }
        break;

      // statements
      case "DeclStmt":
        this.declGroup(n.declList);
        break;
      case "EmptyStmt":
        break;
      case "LabeledStmt":
        this.node(n.label);
        this.tok(Token.Colon);
        this.newline();
        this.node(n.stmt);
        break;
      case "ExprStmt":
        this.node(n.x);
        break;
      case "SendStmt":
        this.node(n.chan);
        this.blank();
        this.tok(Token.Arrow);
        this.blank();
        this.node(n.value);
        break;
      case "AssignStmt":
        this.node(n.lhs);
        if (n.rhs === null) {
          this.op(n.op);
          this.op(n.op);
        } else {
          this.blank();
          this.op(n.op);
          this.tok(Token.Assign);
          this.blank();
          this.node(n.rhs);
        }
        break;
      case "CallStmt":
        this.tok(n.tok === "go" ? Token.Go : Token.Defer);
        this.blank();
        this.node(n.call);
        break;
      case "ReturnStmt":
        this.tok(Token.Return);
        if (n.results) {
          this.blank();
          this.node(n.results);
        }
        break;
      case "BranchStmt":
        this.tok(branchToken(n.tok));
        if (n.label) {
          this.blank();
          this.node(n.label);
        }
        break;
      case "BlockStmt":
        this.tok(Token.Lbrace);
        if (n.list.length > 0) {
          this.newline();
          this.stmtList(n.list, true);
          this.newline();
        }
        this.tok(Token.Rbrace);
        break;
      case "IfStmt":
        this.tok(Token.If);
        this.blank();
        if (n.init) {
          this.node(n.init);
          this.tok(Token.Semi);
          this.blank();
        }
        this.node(n.cond);
        this.blank();
        this.node(n.then);
        if (n.else) {
          this.blank();
          this.tok(Token.Else);
          this.blank();
          this.node(n.else);
        }
        break;
      case "SwitchStmt":
        this.tok(Token.Switch);
        this.blank();
        if (n.init) {
          this.node(n.init);
          this.tok(Token.Semi);
          this.blank();
        }
        if (n.tag) {
          this.node(n.tag);
          this.blank();
        }
        this.clauses(n.body.map((c) => ({ head: c.cases, body: c.body })));
        break;
      case "SelectStmt":
        this.tok(Token.Select);
        this.blank();
        this.clauses(n.body.map((c) => ({ head: c.comm, body: c.body })));
        break;
      case "RangeClause":
        if (n.lhs) {
          this.node(n.lhs);
          this.blank();
          this.tok(n.def ? Token.Define : Token.Assign);
          this.blank();
        }
        this.tok(Token.Range);
        this.blank();
        this.node(n.x);
        break;
      case "ForStmt":
        this.tok(Token.For);
        this.blank();
        if (n.init === null && n.post === null) {
          if (n.cond) {
            this.node(n.cond);
            this.blank();
          }
        } else {
          if (n.init) {
            this.node(n.init);
            if (n.init.kind === "RangeClause") {
              this.blank();
              this.node(n.body);
              break;
            }
          }
          this.tok(Token.Semi);
          this.blank();
          if (n.cond) this.node(n.cond);
          this.tok(Token.Semi);
          this.blank();
          if (n.post) {
            this.node(n.post);
            this.blank();
          }
        }
        this.node(n.body);
        break;

      // declarations
      case "ImportDecl":
        if (n.group === null) {
          this.tok(Token.Import);
          this.blank();
        }
        if (n.localPkgName) {
          this.node(n.localPkgName);
          this.blank();
        }
        this.node(n.path);
        break;
      case "ConstDecl":
      case "VarDecl":
        if (n.group === null) {
          this.tok(n.kind === "ConstDecl" ? Token.Const : Token.Var);
          this.blank();
        }
        this.exprList(n.nameList);
        if (n.type) {
          this.blank();
          this.node(n.type);
        }
        if (n.values) {
          this.blank();
          this.tok(Token.Assign);
          this.blank();
          this.node(n.values);
        }
        break;
      case "TypeDecl":
        if (n.group === null) {
          this.tok(Token.Type);
          this.blank();
        }
        this.node(n.name);
        if (n.tParamList) this.paramList(n.tParamList, Token.Type);
        this.blank();
        if (n.alias) {
          this.tok(Token.Assign);
          this.blank();
        }
        this.node(n.type);
        break;
      case "FuncDecl":
        this.tok(Token.Func);
        this.blank();
        if (n.recv) {
          this.tok(Token.Lparen);
          if (n.recv.name) {
            this.node(n.recv.name);
            this.blank();
          }
          this.node(n.recv.type);
          this.tok(Token.Rparen);
          this.blank();
        }
        this.node(n.name);
        if (n.tParamList) this.paramList(n.tParamList, Token.Func);
        this.signature(n.type);
        if (n.body) {
          this.blank();
          this.node(n.body);
        }
        break;
      case "Field":
        if (n.name) {
          this.node(n.name);
          this.blank();
        }
        this.node(n.type);
        break;
      case "CaseClause":
      case "CommClause":
      case "File":
        break;
    }
  }

  private exprList(list: readonly Expr[]): void {
    list.forEach((x, i) => {
      if (i > 0) {
        this.tok(Token.Comma);
        this.blank();
      }
      this.node(x);
    });
  }

  /** The braced clause list of a switch or select: "case head:" or "default:", then the body. */
  private clauses(list: { head: Node | null; body: readonly Stmt[] }[]): void {
    this.tok(Token.Lbrace);
    if (list.length > 0) {
      this.newline();
      list.forEach((c, i) => {
        if (c.head) {
          this.tok(Token.Case);
          this.blank();
          this.node(c.head);
        } else {
          this.tok(Token.Default);
        }
        this.tok(Token.Colon);
        if (c.body.length > 0) {
          this.newline();
          this.stmtList(c.body, i + 1 === list.length);
        }
        this.newline();
      });
    }
    this.tok(Token.Rbrace);
  }

  private stmtList(list: readonly Stmt[], braces: boolean): void {
    list.forEach((x, i) => {
      this.node(x);
      this.tok(Token.Semi);
      if (i + 1 < list.length) this.newline();
      else if (braces && x.kind === "EmptyStmt") {
        this.node(x);
        this.tok(Token.Semi);
      }
    });
  }

  private declGroup(list: readonly Decl[]): void {
    if (list.length === 0) return;
    const d = list[0];
    const group = d.kind === "FuncDecl" ? null : d.group;
    if (group === null) {
      this.node(d);
      return;
    }
    const tok =
      d.kind === "ImportDecl" ? Token.Import : d.kind === "ConstDecl" ? Token.Const : d.kind === "TypeDecl" ? Token.Type : Token.Var;
    this.tok(tok);
    this.blank();
    this.tok(Token.Lparen);
    if (list.length > 0) {
      this.newline();
      for (const x of list) {
        this.node(x);
        this.tok(Token.Semi);
        this.newline();
      }
    }
    this.tok(Token.Rparen);
  }

  private fields(fields: readonly Field[], tags: readonly (Expr | null)[], i: number, j: number): void {
    if (i + 1 === j && fields[i].name === null) {
      this.node(fields[i].type);
    } else {
      for (let k = i; k < j; k++) {
        if (k > i) {
          this.tok(Token.Comma);
          this.blank();
        }
        this.node(fields[k].name);
      }
      this.blank();
      this.node(fields[i].type);
    }
    const tag = i < tags.length ? tags[i] : null;
    if (tag) {
      this.blank();
      this.node(tag);
    }
  }

  private fieldList(fields: readonly Field[], tags: readonly (Expr | null)[]): void {
    let i0 = 0;
    let typ: Expr | null = null;
    fields.forEach((f, i) => {
      if (f.name === null || f.type !== typ) {
        if (i0 < i) {
          this.fields(fields, tags, i0, i);
          this.tok(Token.Semi);
          this.newline();
          i0 = i;
        }
        typ = f.type;
      }
    });
    this.fields(fields, tags, i0, fields.length);
  }

  private methodList(methods: readonly Field[]): void {
    methods.forEach((m, i) => {
      if (i > 0) {
        this.tok(Token.Semi);
        this.newline();
      }
      if (m.name) {
        this.node(m.name);
        this.signature(m.type as FuncType);
      } else {
        this.node(m.type);
      }
    });
  }

  private signature(sig: FuncType): void {
    this.paramList(sig.paramList, Token.None);
    const list = sig.resultList;
    if (list.length > 0) {
      this.blank();
      if (list.length === 1 && list[0].name === null) this.node(list[0].type);
      else this.paramList(list, Token.None);
    }
  }

  private paramList(list: readonly Field[], tok: Token): void {
    this.tok(tok === Token.None ? Token.Lparen : Token.Lbrack);
    list.forEach((f, i) => {
      if (i > 0) {
        this.tok(Token.Comma);
        this.blank();
      }
      if (f.name) {
        this.node(f.name);
        if (i + 1 < list.length) {
          const f1 = list[i + 1];
          if (f1.name !== null && f1.type === f.type) return;
        }
        this.blank();
      }
      this.node(unparen(f.type));
    });
    if (tok === Token.Type && list.length === 1 && combinesWithName(list[0].type)) this.tok(Token.Comma);
    this.tok(tok === Token.None ? Token.Rparen : Token.Rbrack);
  }
}

function branchToken(t: string): Token {
  switch (t) {
    case "break":
      return Token.Break;
    case "continue":
      return Token.Continue;
    case "goto":
      return Token.Goto;
  }
  return Token.Fallthrough;
}

/** gc's isTypeElem: x is syntactically a type element (not a value). */
export function isTypeElem(x: Expr): boolean {
  for (;;) {
    switch (x.kind) {
      case "ArrayType":
      case "StructType":
      case "FuncType":
      case "InterfaceType":
      case "SliceType":
      case "MapType":
      case "ChanType":
        return true;
      case "Operation":
        return isTypeElem(x.x) || (x.y !== null && isTypeElem(x.y)) || x.op === Operator.Tilde;
      case "ParenExpr":
        x = x.x;
        continue;
    }
    return false;
  }
}

function combinesWithName(x: Expr): boolean {
  if (x.kind === "Operation") {
    if (x.y === null) return x.op === Operator.Mul && !isTypeElem(x.x);
    return combinesWithName(x.x) && !isTypeElem(x.y);
  }
  return false;
}

/** gc's syntax.String: n printed on one line, literal bodies elided. */
export function nodeString(n: Node): string {
  const p = new Printer(true);
  p.node(n);
  return p.finish();
}
