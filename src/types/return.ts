// Terminating statements (types2's return.go): whether a statement list
// ends in a terminating statement (spec: "Terminating statements"), for
// the "missing return" check.

import type * as ast from "../syntax/ast.js";
import { unparen } from "../syntax/ast.js";
import { Checker } from "./check.js";

declare module "./check.js" {
  interface Checker {
    isTerminating(s: ast.Stmt, label: string): boolean;
    isTerminatingList(list: ast.Stmt[], label: string): boolean;
    isTerminatingSwitch(body: ast.CaseClause[], label: string): boolean;
  }
}

Checker.prototype.isTerminating = function (this: Checker, s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case "LabeledStmt":
      return this.isTerminating(s.stmt, s.label.value);
    case "ExprStmt": {
      const x = unparen(s.x);
      return x.kind === "CallExpr" && this.env.isPanic !== null && this.env.isPanic.has(x);
    }
    case "ReturnStmt":
      return true;
    case "BranchStmt":
      return s.tok === "goto" || s.tok === "fallthrough";
    case "BlockStmt":
      return this.isTerminatingList(s.list, "");
    case "IfStmt":
      return s.else !== null && this.isTerminating(s.then, "") && this.isTerminating(s.else, "");
    case "SwitchStmt":
      return this.isTerminatingSwitch(s.body, label);
    case "SelectStmt":
      for (const cc of s.body) {
        if (!this.isTerminatingList(cc.body, "") || hasBreakList(cc.body, label, true)) return false;
      }
      return true;
    case "ForStmt":
      if (s.init !== null && s.init.kind === "RangeClause") return false;
      return s.cond === null && !hasBreak(s.body, label, true);
  }
  return false;
};

Checker.prototype.isTerminatingList = function (this: Checker, list: ast.Stmt[], label: string): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].kind !== "EmptyStmt") return this.isTerminating(list[i], label);
  }
  return false;
};

Checker.prototype.isTerminatingSwitch = function (this: Checker, body: ast.CaseClause[], label: string): boolean {
  let hasDefault = false;
  for (const cc of body) {
    if (cc.cases === null) hasDefault = true;
    if (!this.isTerminatingList(cc.body, "") || hasBreakList(cc.body, label, true)) return false;
  }
  return hasDefault;
};

/**
 * Whether s contains a break that refers to the enclosing statement:
 * an unlabeled break if implicit is set, or a break with the given label.
 */
function hasBreak(s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case "LabeledStmt":
      return hasBreak(s.stmt, label, implicit);
    case "BranchStmt":
      if (s.tok === "break") {
        if (s.label === null) return implicit;
        if (s.label.value === label) return true;
      }
      return false;
    case "BlockStmt":
      return hasBreakList(s.list, label, implicit);
    case "IfStmt":
      return hasBreak(s.then, label, implicit) || (s.else !== null && hasBreak(s.else, label, implicit));
    case "SwitchStmt":
      if (label !== "") for (const c of s.body) if (hasBreakList(c.body, label, false)) return true;
      return false;
    case "SelectStmt":
      if (label !== "") for (const c of s.body) if (hasBreakList(c.body, label, false)) return true;
      return false;
    case "ForStmt":
      return label !== "" && hasBreak(s.body, label, false);
  }
  return false;
}

function hasBreakList(list: ast.Stmt[], label: string, implicit: boolean): boolean {
  for (const s of list) if (hasBreak(s, label, implicit)) return true;
  return false;
}
