// Range over functions (Go 1.23): what the lowering of a function needs to
// know about its range-over-func loops before it lowers any of them.
//
// gc rewrites each such loop before building its IR
// (cmd/compile/internal/rangefunc): the loop body becomes a closure, the
// "yield" function passed to the iterator, and every statement of the body
// that leaves the body some other way than by falling off its end or by a
// plain break/continue of this loop is turned into "record where to go in
// #next, return false"; after the iterator returns, checks on #next finish
// the jump (a return, a goto, a break or continue of an enclosing loop),
// handing it on through every enclosing range-over-func body. Each loop
// also has a #state variable that catches iterators that misbehave (they
// call yield again after it returned false, after the loop body panicked,
// or after the whole loop ended; or they swallow a panic of the body).
//
// The lowering models the same rewrite, but on the syntax as it is: this
// module walks a function body once (gc's rewriter.inspect and
// computeBranchNext) and records, per loop, which checks must follow the
// iterator's call, and, per branch or return statement inside a body,
// what it turns into. func.ts then lowers each body as a closure and
// consults these records. The state and #next values, and how loops are
// numbered in #next, are gc's, so the same programs fail the same way.

import * as ast from "../syntax/ast.js";
import type { Info } from "../types/check.js";
import { type Obj, Var } from "../types/objects.js";
import { BasicKind, Typ, TypeKind, under } from "../types/types.js";
import { forEachChild } from "./walk.js";

/** The values of a loop's #state (internal/abi's RF_State). */
export const RF = {
  /** The body returned false (it left the loop some way other than by panicking). */
  Done: 0,
  /** The body is not running and may be called. */
  Ready: 1,
  /** The body is running, or it panicked. */
  Panic: 2,
  /** The iterator returned: the loop is over. */
  Exhausted: 3,
  /** Only passed to panicrangestate: the iterator recovered a panic of the body. */
  MissingPanic: 4,
} as const;

/**
 * #next values of a break or continue of an enclosing range-over-func loop:
 * break of the loop at depth d is perLoopStep*d, continue of it one less
 * (gc's perLoopStep).
 */
const perLoopStep = 2;

/** A branch statement that must be finished after some iterator returns: a goto, or a break/continue of an ordinary statement. */
export interface PendingBranch {
  tok: "break" | "continue" | "goto";
  label: string;
  /** The #next value that stands for it. */
  next: number;
}

/** One range-over-func loop. */
export interface RangeLoop {
  node: ast.ForStmt;
  /** 1 for a loop not inside another range-over-func body of the same function. */
  depth: number;
  /** The loop whose body holds this one (null at depth 1). */
  outer: RangeLoop | null;
  /** #stateN: declared where the loop statement runs, captured by the body. */
  state: Var;
  /** Checks after the iterator returns (gc's forLoop.checkRet etc.). */
  checkRet: boolean;
  checkBreak: boolean;
  checkContinue: boolean;
  checkBranch: PendingBranch[];
  /** The body (at any depth) has a return with result values: it writes the function's results. */
  returnsValues: boolean;
  /** The body (at any depth) has a defer statement. */
  defers: boolean;
}

/** What a branch or return statement inside a loop body becomes: set #next (unless null), set the loop's state, return `ret` from the body. */
export interface BodyExit {
  next: number | null;
  ret: boolean;
}

/** The range-over-func loops of one function (declared or literal) and what their bodies do. */
export interface RangeFuncs {
  loops: Map<ast.ForStmt, RangeLoop>;
  /** Branch and return statements that leave a body: what they turn into. */
  exits: Map<ast.BranchStmt | ast.ReturnStmt, BodyExit>;
  /** #next: what to do once the iterator returns (0: nothing; see RangeLoop checks). */
  next: Var;
  /** The function's results, when a body returns values: the body closure assigns them (set by the lowering). */
  results: Var[];
  /** #defers: the token of the function's frame that deferred calls in bodies attach to (deferrangefunc), if some body defers. */
  defers: Var | null;
  /** The function's name, for naming body closures (gc's closureName: NAME-rangeN). */
  name: string;
  /** How many body closures have been named. */
  count: number;
}

/** Is this statement a range-over-func loop? */
export function isRangeFunc(info: Info, s: ast.Node): s is ast.ForStmt & { init: ast.RangeClause } {
  if (s.kind !== "ForStmt" || s.init?.kind !== "RangeClause") return false;
  const t = info.types.get(s.init.x)?.type;
  return t !== undefined && under(t).kind === TypeKind.Signature;
}

/** Every child statement list and expression of n that belongs to the same function (not function literals). */
function children(n: ast.Node, f: (c: ast.Node) => void): void {
  forEachChild(n, (c) => {
    if (c.kind !== "FuncLit") f(c);
  });
}

/**
 * Analyses the range-over-func loops of the function whose body is given
 * (those inside function literals belong to the literals); null if it has
 * none.
 */
export function analyzeRangeFuncs(info: Info, body: ast.BlockStmt, name: string): RangeFuncs | null {
  let any = false;
  const find = (n: ast.Node): void => {
    if (any) return;
    if (isRangeFunc(info, n)) any = true;
    else children(n, find);
  };
  find(body);
  if (!any) return null;

  const intT = Typ[BasicKind.Int32];
  const rf: RangeFuncs = {
    loops: new Map(),
    exits: new Map(),
    next: new Var(body.pos, null, "#next", intT),
    defers: null,
    results: [],
    name,
    count: 0,
  };

  // Labels: the range-over-func loop whose body each is in (null: the
  // function's own body), and their #next codes, negative (-1 is return),
  // three per label in order of appearance (gc's computeBranchNext).
  const labelLoop = new Map<string, ast.ForStmt | null>();
  const branchNext = new Map<string, number>();
  let used = -1;
  const labels = (n: ast.Node, loop: ast.ForStmt | null): void => {
    if (n.kind === "LabeledStmt") {
      labelLoop.set(n.label.value, loop);
      used -= 3;
      branchNext.set(`break ${n.label.value}`, used);
      branchNext.set(`continue ${n.label.value}`, used + 1);
      branchNext.set(`goto ${n.label.value}`, used + 2);
    }
    if (isRangeFunc(info, n)) labels(n.body, n);
    else children(n, (c) => labels(c, loop));
  };
  labels(body, null);

  // The marking walk (gc's editBranch, editReturn, editDefer), with the
  // statements break and continue may target.
  const forStack: RangeLoop[] = [];
  const breakable: ast.Stmt[] = [];
  const labelled = new Map<string, ast.Stmt>();
  let nstate = 0;

  const branch = (s: ast.BranchStmt): void => {
    if (s.tok === "fallthrough") return;
    const top = forStack.length - 1;
    const label = s.label?.value ?? null;
    let targ: ast.Stmt | null = null;
    if (s.tok !== "goto") {
      if (label !== null) targ = labelled.get(label) ?? null;
      else {
        for (let i = breakable.length - 1; i >= 0 && targ === null; i--) {
          if (s.tok === "break" || breakable[i].kind === "ForStmt") targ = breakable[i];
        }
      }
      // A plain break or continue of a statement inside the body stays as it is.
      if (label === null && targ !== forStack[top].node) return;
    }
    let i = top;
    while (i >= 0 && forStack[i].node !== targ) i--;
    if (s.tok === "goto" || i < 0) {
      // goto, or break/continue of an ordinary statement: leave the bodies
      // up to the one holding the label, then branch there.
      const at = labelLoop.get(label!) ?? null;
      if (at === forStack[top].node) return;
      const next = branchNext.get(`${s.tok} ${label}`)!;
      let j = top;
      while (j >= 0 && forStack[j].node !== at) j--;
      const exitFrom = j + 1;
      forStack[exitFrom].checkBranch.push({ tok: s.tok, label: label!, next });
      for (let k = exitFrom + 1; k <= top; k++) forStack[k].checkRet = true;
      rf.exits.set(s, { next, ret: false });
      return;
    }
    let exitFrom = i + 1;
    if (exitFrom === forStack.length) {
      // break or continue of this very loop: return false or true.
      rf.exits.set(s, { next: null, ret: s.tok === "continue" });
      return;
    }
    // break or continue of an enclosing range-over-func loop.
    if (s.tok === "continue") forStack[exitFrom].checkContinue = true;
    else {
      exitFrom = i;
      forStack[exitFrom].checkBreak = true;
    }
    for (let k = exitFrom + 1; k <= top; k++) forStack[k].checkBreak = true;
    rf.exits.set(s, { next: perLoopStep * (i + 1) - (s.tok === "continue" ? 1 : 0), ret: false });
  };

  const visit = (n: ast.Node): void => {
    switch (n.kind) {
      case "LabeledStmt":
        labelled.set(n.label.value, n.stmt);
        visit(n.stmt);
        return;
      case "ForStmt": {
        if (isRangeFunc(info, n)) {
          const loop: RangeLoop = {
            node: n,
            depth: forStack.length + 1,
            outer: forStack[forStack.length - 1] ?? null,
            state: new Var(n.pos, null, `#state${++nstate}`, intT),
            checkRet: false,
            checkBreak: false,
            checkContinue: false,
            checkBranch: [],
            returnsValues: false,
            defers: false,
          };
          rf.loops.set(n, loop);
          children(n.init, visit);
          forStack.push(loop);
          breakable.push(n);
          visit(n.body);
          breakable.pop();
          forStack.pop();
          return;
        }
        if (n.init) visit(n.init);
        if (n.cond) visit(n.cond);
        if (n.post) visit(n.post);
        breakable.push(n);
        visit(n.body);
        breakable.pop();
        return;
      }
      case "SwitchStmt":
      case "SelectStmt":
        if (n.kind === "SwitchStmt") {
          if (n.init) visit(n.init);
          if (n.tag) visit(n.tag);
        }
        breakable.push(n);
        for (const c of n.body) visit(c);
        breakable.pop();
        return;
      case "BranchStmt":
        if (forStack.length > 0) branch(n);
        return;
      case "ReturnStmt":
        if (forStack.length > 0) {
          for (const l of forStack) {
            l.checkRet = true;
            if (n.results !== null) l.returnsValues = true;
          }
          rf.exits.set(n, { next: -1, ret: false });
        }
        return;
      case "CallStmt":
        if (n.tok === "defer" && forStack.length > 0) {
          rf.defers ??= new Var(n.pos, null, "#defers", Typ[BasicKind.UnsafePointer]);
          for (const l of forStack) l.defers = true;
        }
        children(n, visit);
        return;
    }
    children(n, visit);
  };
  visit(body);
  return rf;
}

/**
 * The variables a loop body closure captures: those it uses that are
 * declared outside it (not package-level), then the loop's hidden ones.
 */
export function bodyCaptures(info: Info, rf: RangeFuncs, loop: RangeLoop, isGlobal: (o: Obj) => boolean): Obj[] {
  const s = loop.node;
  const rc = s.init as ast.RangeClause;
  const inside = bodyDefs(info, s);
  const free: Obj[] = [];
  const seen = new Set<Obj>();
  const add = (o: Obj) => {
    if (!seen.has(o)) {
      seen.add(o);
      free.push(o);
    }
  };
  const names = (n: ast.Node | null) =>
    walkAll(n, (c) => {
      if (c.kind !== "Name") return;
      const o = info.uses.get(c) ?? info.defs.get(c) ?? null;
      if (o === null || !(o instanceof Var) || o.isField || inside.has(o) || isGlobal(o)) return;
      add(o);
    });
  if (!rc.def) names(rc.lhs);
  names(s.body);
  add(rf.next);
  add(loop.state);
  if (loop.returnsValues) rf.results.forEach(add);
  if (loop.defers && rf.defers !== null) add(rf.defers);
  return free;
}

/** The variables a loop body declares, with the range variables of a := loop (the closure's parameters). */
export function bodyDefs(info: Info, s: ast.ForStmt): Set<Obj> {
  const out = new Set<Obj>();
  const rc = s.init as ast.RangeClause;
  const add = (n: ast.Node | null) =>
    walkAll(n, (c) => {
      if (c.kind === "Name") {
        const d = info.defs.get(c);
        if (d) out.add(d);
      }
    });
  if (rc.def) add(rc.lhs);
  add(s.body);
  return out;
}

function walkAll(n: ast.Node | null, f: (n: ast.Node) => void): void {
  if (n === null) return;
  f(n);
  forEachChild(n, (c) => walkAll(c, f));
}
