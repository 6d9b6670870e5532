// The IR: each Go function lowered to basic blocks over virtual registers.
//
// The VM compiles each function to one JS function (docs/decisions/0001),
// so the IR is shaped for that target: an instruction's operand is a JS
// expression over registers (written `r<N>`, the only identifiers of that
// form in generated code), frame memory (`fp`) and the runtime's helpers.
// Registers become JS locals; the code generator finds which are live
// across each call and spills them to the frame, so the goroutine can be
// suspended there and its stack copied.
//
// Calls end a basic block (the `call` terminator): that is what lets the VM
// keep Go frames only in the goroutine stack, so no Go call nests a JS call.
//
// Frame layout of a function at fp (all offsets in bytes):
//   [0, argSize)               parameters then results, in gc's ABI0 stack
//                              layout (written by the caller)
//   [argSize, localsEnd)       memory-resident locals (arrays, structs)
//   [localsEnd, spillEnd)      register spill slots (the code generator's)
//   [out, out + 24)            the header of a call made by this function:
//                              caller code id, resume block, closure context
//   [out + 24, ...)            the callee's arguments (its frame starts here)
// `$OUT` in an operand stands for `out`, known once spills are laid out.

/**
 * How a register's value is held in JS: "n" a number, "l" a signed and "u"
 * an unsigned 64-bit integer (number or BigInt; the two differ in how a
 * spilled value is read back), "b" a boolean.
 */
export type Rep = "n" | "l" | "u" | "b";

export type Instr =
  /** rDst = x */
  | { op: "set"; dst: number; x: string; line?: number }
  /** Evaluate x for its effects (stores, checks, runtime calls). */
  | { op: "exec"; x: string; line?: number };
// An instruction's line (when known) is the source line of the Go code it
// comes from: a runtime error it raises is reported at that line.

export type Terminator =
  | { op: "jump"; to: number }
  | { op: "if"; cond: string; then: number; else: number }
  | { op: "return" }
  /**
   * Call: the arguments are already stored at fp + $OUT + 24. `code` is a
   * JS expression giving the callee's code id; `ctx` its closure context
   * (0 for plain functions). Execution resumes at block `next`.
   */
  | { op: "call"; code: string; ctx: string; next: number }
  /** Unreachable end of a block (after a panic). */
  | { op: "unreachable" };

export interface Block {
  instrs: Instr[];
  term: Terminator;
}

export interface Func {
  /** Full name as in tracebacks, e.g. "main.main", "main.(*T).M", "main.main.func1". */
  name: string;
  /** Index in the program's function table: the code id. */
  id: number;
  /** Bytes of parameters and results at the start of the frame. */
  argSize: number;
  /** End of memory-resident locals (bytes from fp). */
  localsEnd: number;
  /** Largest argument area of any call this function makes. */
  maxCallArgs: number;
  regs: Rep[];
  blocks: Block[];
  /** Registers that hold pointers (for frame maps). */
  ptrRegs: Set<number>;
  /** A native implementation (bodiless library function): name in the natives table. */
  native: string | null;
  /** Block that runs the frame's deferred calls and returns (-1: no defer statements); where a recovered panic resumes. */
  exitPc: number;
  /** A compiler-made wrapper (deferred call adapters): recover looks through it to the deferred function. */
  wrapper: boolean;
  /** The source file of the function ("" for compiler-made ones), as runtime.Caller reports it. */
  file: string;
  /**
   * Line numbers by pc offset (the pc table): a call's resume block b + 1,
   * or a native call site's offset (see abi.funcPC), for runtime.Caller.
   */
  lines: Map<number, number>;
  /** Files of pc offsets whose file is not `file` (after //line directives). */
  files?: Map<number, string>;
}

export interface Program {
  funcs: Func[];
  /** Code id of the function that runs package initialization and then main.main. */
  entry: number;
  /** Static data to place in the arena before running: string bytes, globals. */
  dataSize: number;
}
