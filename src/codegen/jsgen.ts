// Code generation: each IR function becomes one JS function,
//   function (fp, pc) { let r0, r1, ...; for (;;) switch (pc) { case 0: ... } }
// compiled once with `new Function` (docs/decisions/0001). A hot loop
// without calls runs entirely inside it. A call spills the registers that
// are live after it to the frame, writes the call header and returns the
// callee's code id to the VM loop; when the callee returns, the loop
// re-enters this function at the resume block, which reloads them. Frames
// thus hold everything at every call, which is what lets a goroutine be
// suspended there and its stack be copied.
//
// Return values of the generated function: >= 0 call that code id;
// RET (-1) return to the caller; PREEMPT (-4) stopped at a loop back edge
// because the scheduler asked (see generate).

import type { Func, Rep } from "../ir/ir.js";

export const RET = -1;
export const PREEMPT = -4;
export const HDR = 24;

export interface Compiled {
  fn: (fp: number, pc: number) => number;
  /** Offset from fp of this function's call header (its outgoing area). */
  out: number;
  /** Bytes from fp to the end of the frame including the largest outgoing area. */
  extent: number;
  source: string;
  /** The generated body alone (what an executable image keeps). */
  body: string;
  /** Per resume block: frame offsets of spilled registers holding pointers (the frame map used when stacks move). */
  ptrSpills: Map<number, number[]>;
  /**
   * The Go line of each line of the generated body (undefined: none), to
   * find where a runtime error was raised from the line of its JS stack.
   */
  goLines: number[];
  /** The line V8 gives body line 0 in stack traces (the script's text before it). */
  firstLine: number;
}

/** Lines of the Function text before the generated body (see compile): its stack-trace line of body line 0. */
const BODY_LINE = 5;

const regRe = /\br(\d+)\b/g;

function regsIn(x: string, into: Set<number>): void {
  for (const m of x.matchAll(regRe)) into.add(Number(m[1]));
}

/** Per block: registers live on entry (backward dataflow over the CFG). */
function liveness(fn: Func): Set<number>[] {
  const n = fn.blocks.length;
  const use: Set<number>[] = [];
  const def: Set<number>[] = [];
  const succ: number[][] = [];
  for (const b of fn.blocks) {
    const u = new Set<number>();
    const d = new Set<number>();
    const add = (x: string) => {
      const s = new Set<number>();
      regsIn(x, s);
      for (const r of s) if (!d.has(r)) u.add(r);
    };
    for (const ins of b.instrs) {
      add(ins.x);
      if (ins.op === "set") d.add(ins.dst);
    }
    const t = b.term;
    switch (t.op) {
      case "jump":
        succ.push([t.to]);
        break;
      case "if":
        add(t.cond);
        succ.push([t.then, t.else]);
        break;
      case "call":
        add(t.code);
        add(t.ctx);
        succ.push([t.next]);
        break;
      default:
        succ.push([]);
    }
    use.push(u);
    def.push(d);
  }
  const liveIn: Set<number>[] = use.map((u) => new Set(u));
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = n - 1; i >= 0; i--) {
      const li = liveIn[i];
      for (const s of succ[i]) {
        for (const r of liveIn[s]) {
          if (!def[i].has(r) && !li.has(r)) {
            li.add(r);
            changed = true;
          }
        }
      }
    }
  }
  return liveIn;
}

function zeroOf(rep: Rep): string {
  return rep === "b" ? "false" : "0";
}

function spill(rep: Rep, r: number, off: number): string {
  if (rep === "l" || rep === "u") return `st64(fp + ${off}, r${r});`;
  if (rep === "b") return `f64[(fp + ${off}) >> 3] = r${r} ? 1 : 0;`;
  return `f64[(fp + ${off}) >> 3] = r${r};`;
}

function reload(rep: Rep, r: number, off: number): string {
  if (rep === "l") return `r${r} = ld64(fp + ${off});`;
  if (rep === "u") return `r${r} = ldu64(fp + ${off});`;
  if (rep === "b") return `r${r} = f64[(fp + ${off}) >> 3] !== 0;`;
  return `r${r} = f64[(fp + ${off}) >> 3];`;
}

/** Builds the JS source of fn's body and the frame layout. */
export function generate(fn: Func): { source: string; out: number; extent: number; ptrSpills: Map<number, number[]>; goLines: number[] } {
  const liveIn = liveness(fn);
  // Loop headers: targets of back edges (a jump to a block not after the
  // jumping one). Each back edge is a safe point, like the rescheduling
  // checks gc's insert_resched_checks pass puts on loop back edges where
  // asynchronous preemption is unavailable: when the scheduler asks
  // (sched.preempt), the function spills what is live at the header and
  // returns PREEMPT to the VM loop, to be resumed later at a resume block
  // of its own that reloads the registers and jumps to the header.
  const headers: number[] = [];
  const back = (from: number, to: number) => {
    if (to <= from && !headers.includes(to)) headers.push(to);
  };
  fn.blocks.forEach((b, i) => {
    if (b.term.op === "jump") back(i, b.term.to);
    else if (b.term.op === "if") {
      back(i, b.term.then);
      back(i, b.term.else);
    }
  });
  const resumeOf = new Map<number, number>(headers.map((h, k) => [h, fn.blocks.length + k]));
  // Spill slots for every register live across some call or back edge.
  const spillOff = new Map<number, number>();
  let off = Math.ceil(fn.localsEnd / 8) * 8;
  const needSlots = (live: Set<number>) => {
    for (const r of live) {
      if (!spillOff.has(r)) {
        spillOff.set(r, off);
        off += 8;
      }
    }
  };
  fn.blocks.forEach((b) => {
    if (b.term.op === "call") needSlots(liveIn[b.term.next]);
  });
  for (const h of headers) needSlots(liveIn[h]);
  const out = off;
  // Frame maps: per resume point, the spill slots holding pointers.
  const ptrSpills = new Map<number, number[]>();
  const mapAt = (resume: number, live: Set<number>) => {
    const offs = [...live].filter((r) => fn.ptrRegs.has(r)).map((r) => spillOff.get(r)!);
    if (offs.length > 0) ptrSpills.set(resume, offs);
  };
  for (const b of fn.blocks) if (b.term.op === "call") mapAt(b.term.next, liveIn[b.term.next]);
  for (const h of headers) mapAt(resumeOf.get(h)!, liveIn[h]);
  const extent = out + HDR + fn.maxCallArgs;
  const outStr = String(out);
  const sub = (x: string) => x.replaceAll("$OUT", outStr);
  const resumes = new Set<number>();
  for (const b of fn.blocks) if (b.term.op === "call") resumes.add(b.term.next);
  const header = (next: number) => `f64[(fp + ${out}) >> 3] = ${fn.id}; f64[(fp + ${out + 8}) >> 3] = ${next};`;
  const spills = (live: Set<number>) => [...live].map((r) => spill(fn.regs[r], r, spillOff.get(r)!)).join(" ");
  // The jump from block i to t: through the safe point if it is a back edge.
  const goto = (i: number, t: number): string => {
    if (t > i) return `pc = ${t}; continue;`;
    return `if (sched.preempt !== 0) { ${spills(liveIn[t])} ${header(resumeOf.get(t)!)} return ${PREEMPT}; } pc = ${t}; continue;`;
  };

  const lines: string[] = [];
  const goLines: number[] = [];
  if (fn.regs.length > 0) lines.push(`let ${fn.regs.map((rep, i) => `r${i} = ${zeroOf(rep)}`).join(", ")};`);
  lines.push("for (;;) switch (pc) {");
  fn.blocks.forEach((b, i) => {
    lines.push(`case ${i}:`);
    if (resumes.has(i)) for (const r of liveIn[i]) lines.push(reload(fn.regs[r], r, spillOff.get(r)!));
    for (const ins of b.instrs) {
      if (ins.line !== undefined) goLines[lines.length] = ins.line;
      if (ins.op === "set") lines.push(`r${ins.dst} = ${sub(ins.x)};`);
      else lines.push(`${sub(ins.x)};`);
    }
    const t = b.term;
    switch (t.op) {
      case "jump":
        if (t.to !== i + 1) lines.push(goto(i, t.to));
        break;
      case "if":
        if (t.else === i + 1) lines.push(`if (${sub(t.cond)}) { ${goto(i, t.then)} }`);
        else if (t.then === i + 1) lines.push(`if (!(${sub(t.cond)})) { ${goto(i, t.else)} }`);
        else lines.push(`if (${sub(t.cond)}) { ${goto(i, t.then)} } ${goto(i, t.else)}`);
        break;
      case "return":
        lines.push("return -1;");
        break;
      case "call": {
        lines.push(spills(liveIn[t.next]));
        lines.push(`${header(t.next)} f64[(fp + ${out + 16}) >> 3] = ${sub(t.ctx)};`);
        lines.push(`return ${sub(t.code)};`);
        break;
      }
      case "unreachable":
        lines.push("return unreachable();");
        break;
    }
  });
  // Resuming after a preemption at a back edge: reload, then enter the header.
  for (const h of headers) {
    lines.push(`case ${resumeOf.get(h)!}:`);
    for (const r of liveIn[h]) lines.push(reload(fn.regs[r], r, spillOff.get(r)!));
    lines.push(`pc = ${h}; continue;`);
  }
  lines.push("default: return unreachable();");
  lines.push("}");
  return { source: lines.join("\n"), out, extent, ptrSpills, goLines };
}

/** Compiles fn against the runtime's helpers (`names` are destructured from `rt`). */
export function compile(fn: Func, rt: Record<string, unknown>, names: string[]): Compiled {
  const { source, out, extent, ptrSpills, goLines } = generate(fn);
  const text = `const { ${names.join(", ")} } = rt;\nreturn function ${safeName(fn.name)}(fp, pc) {\n${source}\n};`;
  let f: (fp: number, pc: number) => number;
  try {
    f = new Function("rt", text)(rt) as (fp: number, pc: number) => number;
  } catch (e) {
    throw new Error(`codegen: ${fn.name}: ${(e as Error).message}\n${text}`);
  }
  return { fn: f, out, extent, source: text, body: source, ptrSpills, goLines, firstLine: BODY_LINE };
}

/** A JS identifier for a Go function's name (for stack traces and dumps). */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_$]/g, "_");
}
