// A canonical one-line text form of syntax trees for tests: every node as
// (Kind@line:col fields...), with absolute file positions. The same format
// is produced from gc's own parser by a small Go program (see
// diff-ast.ts), so trees and positions can be compared with gc's exactly.

import type { Decl, Expr, Field, File, Group, Node, Stmt } from "../../src/syntax/ast.js";
import type { SourceFile } from "../../src/syntax/source.js";

function q(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92) out += "\\" + s[i];
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += s[i];
  }
  return out + '"';
}

type Item = Node | null | readonly Node[];

export class Dumper {
  private out = "";
  private readonly groups = new Map<Group, number>();

  constructor(private readonly file: SourceFile) {}

  private pos(p: number): string {
    const r = this.file.rawPosition(p);
    return `${r.line}:${r.col}`;
  }

  private grp(g: Group | null): string {
    if (g === null) return "_";
    let n = this.groups.get(g);
    if (n === undefined) {
      n = this.groups.size + 1;
      this.groups.set(g, n);
    }
    return `g${n}`;
  }

  private open(kind: string, n: Node): void {
    this.out += `(${kind}@${this.pos(n.pos)}`;
  }

  private list(l: readonly Node[]): void {
    this.out += " [";
    for (const n of l) this.node(n);
    this.out += "]";
  }

  /** Field lists print "_" when empty, as gc's nil lists. */
  private fields(l: readonly Field[] | null): void {
    if (l === null || l.length === 0) this.out += " _";
    else this.list(l);
  }

  private w(s: string): void {
    this.out += s;
  }

  node(x: Item): void {
    this.out += " ";
    if (x === null) {
      this.out += "_";
      return;
    }
    if (Array.isArray(x)) {
      this.out = this.out.slice(0, -1);
      this.list(x as readonly Node[]);
      return;
    }
    const n = x as Node;
    switch (n.kind) {
      case "Name":
        this.open("Name", n);
        this.w(` ${q(n.value)})`);
        return;
      case "BasicLit":
        this.open("BasicLit", n);
        this.w(` ${q(n.value)} ${n.litKind} ${n.bad})`);
        return;
      case "Field":
        this.open("Field", n);
        this.node(n.name);
        this.node(n.type);
        this.w(")");
        return;
      case "BlockStmt":
        this.open("BlockStmt", n);
        this.list(n.list);
        this.w(` ${this.pos(n.rbrace)})`);
        return;
      case "FuncType":
        this.open("FuncType", n);
        this.fields(n.paramList);
        this.fields(n.resultList);
        this.w(")");
        return;
      case "ImportDecl":
        this.open("ImportDecl", n);
        this.w(" " + this.grp(n.group));
        this.node(n.localPkgName);
        this.node(n.path);
        this.w(")");
        return;
      case "ConstDecl":
      case "VarDecl":
        this.open(n.kind, n);
        this.w(" " + this.grp(n.group));
        this.list(n.nameList);
        this.node(n.type);
        this.node(n.values);
        this.w(")");
        return;
      case "TypeDecl":
        this.open("TypeDecl", n);
        this.w(" " + this.grp(n.group));
        this.node(n.name);
        this.fields(n.tParamList);
        this.w(` ${n.alias}`);
        this.node(n.type);
        this.w(")");
        return;
      case "FuncDecl":
        this.open("FuncDecl", n);
        this.node(n.recv);
        this.node(n.name);
        this.fields(n.tParamList);
        this.node(n.type);
        this.node(n.body);
        this.w(")");
        return;
      case "BadExpr":
        this.open("BadExpr", n);
        this.w(")");
        return;
      case "CompositeLit":
        this.open("CompositeLit", n);
        this.node(n.type);
        this.list(n.elemList);
        this.w(` ${n.nKeys} ${this.pos(n.rbrace)})`);
        return;
      case "KeyValueExpr":
        this.open("KeyValueExpr", n);
        this.node(n.key);
        this.node(n.value);
        this.w(")");
        return;
      case "FuncLit":
        this.open("FuncLit", n);
        this.node(n.type);
        this.node(n.body);
        this.w(")");
        return;
      case "ParenExpr":
        this.open("ParenExpr", n);
        this.node(n.x);
        this.w(")");
        return;
      case "SelectorExpr":
        this.open("SelectorExpr", n);
        this.node(n.x);
        this.node(n.sel);
        this.w(")");
        return;
      case "IndexExpr":
        this.open("IndexExpr", n);
        this.node(n.x);
        this.node(n.index);
        this.w(")");
        return;
      case "SliceExpr":
        this.open("SliceExpr", n);
        this.node(n.x);
        this.node(n.index[0]);
        this.node(n.index[1]);
        this.node(n.index[2]);
        this.w(` ${n.full})`);
        return;
      case "AssertExpr":
        this.open("AssertExpr", n);
        this.node(n.x);
        this.node(n.type);
        this.w(")");
        return;
      case "TypeSwitchGuard":
        this.open("TypeSwitchGuard", n);
        this.node(n.lhs);
        this.node(n.x);
        this.w(")");
        return;
      case "Operation":
        this.open("Operation", n);
        this.w(` ${n.op}`);
        this.node(n.x);
        this.node(n.y);
        this.w(")");
        return;
      case "CallExpr":
        this.open("CallExpr", n);
        this.node(n.fun);
        this.list(n.argList);
        this.w(` ${n.hasDots})`);
        return;
      case "ListExpr":
        this.open("ListExpr", n);
        this.list(n.elemList);
        this.w(")");
        return;
      case "ArrayType":
        this.open("ArrayType", n);
        this.node(n.len);
        this.node(n.elem);
        this.w(")");
        return;
      case "SliceType":
      case "DotsType":
        this.open(n.kind, n);
        this.node(n.elem);
        this.w(")");
        return;
      case "StructType":
        this.open("StructType", n);
        this.fields(n.fieldList);
        this.w(" [");
        for (let i = 0; i < n.fieldList.length; i++) {
          const t = i < n.tagList.length ? n.tagList[i] : null;
          this.node(t ?? null);
        }
        this.w("])");
        return;
      case "InterfaceType":
        this.open("InterfaceType", n);
        this.fields(n.methodList);
        this.w(")");
        return;
      case "MapType":
        this.open("MapType", n);
        this.node(n.key);
        this.node(n.value);
        this.w(")");
        return;
      case "ChanType":
        this.open("ChanType", n);
        this.w(` ${n.dir}`);
        this.node(n.elem);
        this.w(")");
        return;
      case "EmptyStmt":
        this.open("EmptyStmt", n);
        this.w(")");
        return;
      case "LabeledStmt":
        this.open("LabeledStmt", n);
        this.node(n.label);
        this.node(n.stmt);
        this.w(")");
        return;
      case "ExprStmt":
        this.open("ExprStmt", n);
        this.node(n.x);
        this.w(")");
        return;
      case "SendStmt":
        this.open("SendStmt", n);
        this.node(n.chan);
        this.node(n.value);
        this.w(")");
        return;
      case "DeclStmt":
        this.open("DeclStmt", n);
        this.list(n.declList);
        this.w(")");
        return;
      case "AssignStmt":
        this.open("AssignStmt", n);
        this.w(` ${n.op}`);
        this.node(n.lhs);
        this.node(n.rhs);
        this.w(")");
        return;
      case "BranchStmt":
        this.open("BranchStmt", n);
        this.w(` ${n.tok}`);
        this.node(n.label);
        this.w(")");
        return;
      case "CallStmt":
        this.open("CallStmt", n);
        this.w(` ${n.tok}`);
        this.node(n.call);
        this.w(")");
        return;
      case "ReturnStmt":
        this.open("ReturnStmt", n);
        this.node(n.results);
        this.w(")");
        return;
      case "IfStmt":
        this.open("IfStmt", n);
        this.node(n.init);
        this.node(n.cond);
        this.node(n.then);
        this.node(n.else);
        this.w(")");
        return;
      case "ForStmt":
        this.open("ForStmt", n);
        this.node(n.init);
        this.node(n.cond);
        this.node(n.post);
        this.node(n.body);
        this.w(")");
        return;
      case "SwitchStmt":
        this.open("SwitchStmt", n);
        this.node(n.init);
        this.node(n.tag);
        this.list(n.body);
        this.w(` ${this.pos(n.rbrace)})`);
        return;
      case "SelectStmt":
        this.open("SelectStmt", n);
        this.list(n.body);
        this.w(` ${this.pos(n.rbrace)})`);
        return;
      case "RangeClause":
        this.open("RangeClause", n);
        this.node(n.lhs);
        this.w(` ${n.def}`);
        this.node(n.x);
        this.w(")");
        return;
      case "CaseClause":
        this.open("CaseClause", n);
        this.node(n.cases);
        this.list(n.body);
        this.w(` ${this.pos(n.colon)})`);
        return;
      case "CommClause":
        this.open("CommClause", n);
        this.node(n.comm);
        this.list(n.body);
        this.w(` ${this.pos(n.colon)})`);
        return;
      case "File":
        this.open("File", n);
        this.node(n.pkgName);
        this.list(n.declList);
        this.w(` ${this.pos(n.eof)} ${q(n.goVersion)})`);
        return;
    }
  }

  text(): string {
    return this.out.trimStart();
  }
}

/** The canonical form of a file's tree. */
export function dumpFile(file: SourceFile, f: File): string {
  const d = new Dumper(file);
  d.node(f);
  return d.text();
}

/** The canonical form of one node of a file. */
export function dumpNode(file: SourceFile, n: Node | Decl | Expr | Stmt | null): string {
  const d = new Dumper(file);
  d.node(n);
  return d.text();
}
