// Checks labels and branch statements in one function body, as gc's parser
// does right after parsing it (cmd/compile/internal/syntax/branches.go):
// misplaced break/continue/fallthrough, bad labeled break/continue targets,
// unused, duplicate and undefined labels, and gotos that jump into blocks or
// over variable declarations. Errors go straight to the error list.

import { type BlockStmt, type BranchStmt, type Expr, type ForStmt, type LabeledStmt, type SelectStmt, type Stmt, type SwitchStmt, Operator } from "./ast.js";
import type { ErrorList } from "./diag.js";
import { nodeString } from "./printer.js";
import type { Pos } from "./source.js";

interface Label {
  parent: Block; // block containing the label declaration
  lstmt: LabeledStmt;
  used: boolean;
}

interface Block {
  parent: Block | null;
  start: Pos;
  lstmt: LabeledStmt | null; // labeled statement of this block, if any
}

interface Targets {
  breaks: ForStmt | SwitchStmt | SelectStmt | null;
  continues: ForStmt | null;
  caseIndex: number; // index of the enclosing switch case, or < 0
}

const invalidTarget = {} as LabeledStmt;

class LabelScope {
  readonly labels = new Map<string, Label>();

  constructor(readonly errors: ErrorList) {}

  err(pos: Pos, msg: string): void {
    this.errors.error(pos, msg);
  }

  declare(b: Block, s: LabeledStmt): Label {
    const name = s.label.value;
    const alt = this.labels.get(name);
    if (alt) {
      this.err(s.label.pos, `label ${name} already defined at ${this.errors.fset.posString(alt.lstmt.label.pos)}`);
      return alt;
    }
    const l: Label = { parent: b, lstmt: s, used: false };
    this.labels.set(name, l);
    return l;
  }

  gotoTarget(b: Block | null, name: string): LabeledStmt | null {
    const l = this.labels.get(name);
    if (l) {
      l.used = true;
      for (; b !== null; b = b.parent) if (l.parent === b) return l.lstmt;
    }
    return null;
  }

  enclosingTarget(b: Block | null, name: string): LabeledStmt | null {
    const l = this.labels.get(name);
    if (l) {
      l.used = true;
      for (; b !== null; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt;
      return invalidTarget;
    }
    return null;
  }

  blockBranches(
    parent: Block | null,
    ctxt: Targets,
    lstmt: LabeledStmt | null,
    start: Pos,
    body: readonly Stmt[],
  ): BranchStmt[] {
    const b: Block = { parent, start, lstmt };
    let varPos: Pos = 0;
    let varName: Expr | null = null;
    let fwdGotos: BranchStmt[] = [];
    let badGotos: BranchStmt[] = [];

    const recordVarDecl = (pos: Pos, name: Expr): void => {
      varPos = pos;
      varName = name;
      badGotos = fwdGotos.slice();
    };
    const jumpsOverVarDecl = (fwd: BranchStmt): boolean => varPos !== 0 && badGotos.includes(fwd);
    const innerBlock = (ctxt: Targets, start: Pos, body: readonly Stmt[]): void => {
      for (const g of this.blockBranches(b, ctxt, lstmt, start, body)) fwdGotos.push(g);
    };

    let n = body.length;
    while (n > 0 && body[n - 1].kind === "EmptyStmt") n--;

    for (let stmtIndex = 0; stmtIndex < n; stmtIndex++) {
      let stmt: Stmt = body[stmtIndex];
      lstmt = null;
      for (;;) {
        if (stmt.kind !== "LabeledStmt") break;
        const s = stmt;
        const name = s.label.value;
        if (name !== "_") {
          const l = this.declare(b, s);
          const keep: BranchStmt[] = [];
          for (const fwd of fwdGotos) {
            if (fwd.label!.value === name) {
              l.used = true;
              if (jumpsOverVarDecl(fwd)) {
                this.err(
                  fwd.label!.pos,
                  `goto ${name} jumps over declaration of ${nodeString(varName!)} at ${this.errors.fset.posString(varPos)}`,
                );
              }
            } else {
              keep.push(fwd);
            }
          }
          fwdGotos = keep;
          lstmt = s;
        }
        stmt = s.stmt;
      }

      switch (stmt.kind) {
        case "DeclStmt":
          for (const d of stmt.declList) {
            if (d.kind === "VarDecl") {
              recordVarDecl(d.pos, d.nameList[0]);
              break;
            }
          }
          break;

        case "BranchStmt": {
          const s = stmt;
          if (s.label === null) {
            switch (s.tok) {
              case "break":
                if (ctxt.breaks === null) this.err(s.pos, "break is not in a loop, switch, or select");
                break;
              case "continue":
                if (ctxt.continues === null) this.err(s.pos, "continue is not in a loop");
                break;
              case "fallthrough": {
                let msg = "fallthrough statement out of place";
                const t = ctxt.breaks;
                if (t !== null && t.kind === "SwitchStmt") {
                  if (t.tag !== null && t.tag.kind === "TypeSwitchGuard") {
                    msg = "cannot fallthrough in type switch";
                  } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                    // nested in a block or not the last statement
                  } else if (ctxt.caseIndex + 1 === t.body.length) {
                    msg = "cannot fallthrough final case in switch";
                  } else {
                    break; // fallthrough ok
                  }
                }
                this.err(s.pos, msg);
                break;
              }
            }
            break;
          }
          const name = s.label.value;
          switch (s.tok) {
            case "break": {
              const t = this.enclosingTarget(b, name);
              if (t !== null) {
                const k = t === invalidTarget ? "" : t.stmt.kind;
                if (k !== "SwitchStmt" && k !== "SelectStmt" && k !== "ForStmt") {
                  this.err(s.label.pos, `invalid break label ${name}`);
                }
              } else {
                this.err(s.label.pos, `break label not defined: ${name}`);
              }
              break;
            }
            case "continue": {
              const t = this.enclosingTarget(b, name);
              if (t !== null) {
                if (t === invalidTarget || t.stmt.kind !== "ForStmt") {
                  this.err(s.label.pos, `invalid continue label ${name}`);
                }
              } else {
                this.err(s.label.pos, `continue label not defined: ${name}`);
              }
              break;
            }
            case "goto":
              if (this.gotoTarget(b, name) === null) fwdGotos.push(s);
              break;
          }
          break;
        }

        case "AssignStmt":
          if (stmt.op === Operator.Def) recordVarDecl(stmt.pos, stmt.lhs);
          break;

        case "BlockStmt":
          innerBlock({ breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 }, stmt.pos, stmt.list);
          break;

        case "IfStmt": {
          const inner: Targets = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
          innerBlock(inner, stmt.then.pos, stmt.then.list);
          if (stmt.else !== null) innerBlock(inner, stmt.else.pos, [stmt.else]);
          break;
        }

        case "ForStmt":
          innerBlock({ breaks: stmt, continues: stmt, caseIndex: -1 }, stmt.body.pos, stmt.body.list);
          break;

        case "SwitchStmt": {
          const s = stmt;
          s.body.forEach((cc, i) => {
            innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: i }, cc.pos, cc.body);
          });
          break;
        }

        case "SelectStmt": {
          const s = stmt;
          for (const cc of s.body) innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: -1 }, cc.pos, cc.body);
          break;
        }
      }
    }
    return fwdGotos;
  }
}

/** gc's checkBranches for one function body. */
export function checkBranches(body: BlockStmt, errors: ErrorList): void {
  const ls = new LabelScope(errors);
  const fwdGotos = ls.blockBranches(null, { breaks: null, continues: null, caseIndex: -1 }, null, body.pos, body.list);
  for (const fwd of fwdGotos) {
    const name = fwd.label!.value;
    const l = ls.labels.get(name);
    if (l) {
      l.used = true;
      ls.err(fwd.label!.pos, `goto ${name} jumps into block starting at ${errors.fset.posString(l.parent.start)}`);
    } else {
      ls.err(fwd.label!.pos, `label ${name} not defined`);
    }
  }
  for (const l of ls.labels.values()) {
    if (!l.used) ls.err(l.lstmt.label.pos, `label ${l.lstmt.label.value} defined and not used`);
  }
}
