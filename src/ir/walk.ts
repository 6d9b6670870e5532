// Walking the syntax tree of a function body: every child node of each
// statement and expression kind the lowering handles.

import type * as ast from "../syntax/ast.js";

/** Visits n and its descendants (pre-order); stop by returning true. */
export function walk(n: ast.Node | null, f: (n: ast.Node) => boolean | void): void {
  if (n === null) return;
  if (f(n) === true) return;
  forEachChild(n, (c) => walk(c, f));
}

export function forEachChild(n: ast.Node, f: (c: ast.Node) => void): void {
  const each = (c: ast.Node | null | undefined) => {
    if (c) f(c);
  };
  switch (n.kind) {
    case "CompositeLit":
      each(n.type);
      n.elemList.forEach(each);
      return;
    case "KeyValueExpr":
      each(n.key);
      each(n.value);
      return;
    case "FuncLit":
      each(n.type);
      each(n.body);
      return;
    case "ParenExpr":
      each(n.x);
      return;
    case "SelectorExpr":
      each(n.x);
      return;
    case "IndexExpr":
      each(n.x);
      each(n.index);
      return;
    case "SliceExpr":
      each(n.x);
      n.index.forEach((i) => each(i));
      return;
    case "AssertExpr":
      each(n.x);
      each(n.type);
      return;
    case "TypeSwitchGuard":
      each(n.lhs);
      each(n.x);
      return;
    case "Operation":
      each(n.x);
      each(n.y);
      return;
    case "CallExpr":
      each(n.fun);
      n.argList.forEach(each);
      return;
    case "ListExpr":
      n.elemList.forEach(each);
      return;
    case "FuncType":
      n.paramList.forEach(each);
      n.resultList.forEach(each);
      return;
    case "Field":
      each(n.name);
      return;
    case "LabeledStmt":
      each(n.stmt);
      return;
    case "BlockStmt":
      n.list.forEach(each);
      return;
    case "ExprStmt":
      each(n.x);
      return;
    case "SendStmt":
      each(n.chan);
      each(n.value);
      return;
    case "DeclStmt":
      for (const d of n.declList) {
        if (d.kind === "VarDecl") {
          d.nameList.forEach(each);
          each(d.values);
        }
      }
      return;
    case "AssignStmt":
      each(n.lhs);
      each(n.rhs);
      return;
    case "CallStmt":
      each(n.call);
      return;
    case "ReturnStmt":
      each(n.results);
      return;
    case "IfStmt":
      each(n.init);
      each(n.cond);
      each(n.then);
      each(n.else);
      return;
    case "ForStmt":
      each(n.init);
      each(n.cond);
      each(n.post);
      each(n.body);
      return;
    case "SwitchStmt":
      each(n.init);
      each(n.tag);
      n.body.forEach(each);
      return;
    case "SelectStmt":
      n.body.forEach(each);
      return;
    case "RangeClause":
      each(n.lhs);
      each(n.x);
      return;
    case "CaseClause":
      each(n.cases);
      n.body.forEach(each);
      return;
    case "CommClause":
      each(n.comm);
      n.body.forEach(each);
      return;
  }
}
