// The IR: each Go function lowered to basic blocks of simple instructions
// over numbered frame slots (8 bytes each, in the goroutine's stack).
//
// Calls end a basic block (the `call` terminator): that is what lets the VM
// keep Go frames only in the goroutine stack and suspend a goroutine at any
// call, so no Go call ever nests a JS call.
//
// This is the first, thin version: scalar kinds only (integers, floats,
// bools, strings). The VM issue widens it to every Go type.

/** How a value is represented in slots. Strings take two slots (ptr, len). */
export const enum ValKind {
  Int, // any integer type, held as int64 and wrapped to its width after each op
  Float, // float64 (float32 is rounded after each op)
  Bool,
  String,
}

export interface IntType {
  bits: 8 | 16 | 32 | 64;
  signed: boolean;
}

export type Instr =
  | { op: "const"; dst: number; kind: ValKind; value: bigint | number | boolean | string }
  | { op: "copy"; dst: number; src: number; nslots: number }
  | { op: "binary"; dst: number; x: number; y: number; operator: string; kind: ValKind; int: IntType | null; f32: boolean }
  | { op: "unary"; dst: number; x: number; operator: string; kind: ValKind; int: IntType | null }
  /** A runtime-provided function (builtin print, a library native). args: [slot, kind] pairs. */
  | { op: "native"; name: string; args: { slot: number; kind: ValKind; type: string }[]; dst: number };

export type Terminator =
  | { op: "jump"; to: number }
  | { op: "if"; cond: number; then: number; else: number }
  | { op: "return" }
  /** Call fn with its frame starting at slot `base` of the caller's frame (the 3 slots below it are
   * the call header); continue at `next`. */
  | { op: "call"; fn: Func; base: number; next: number };

export interface Block {
  instrs: Instr[];
  term: Terminator;
}

export interface Func {
  /** Full name as in tracebacks, e.g. "main.main". */
  name: string;
  /** Slots taken by parameters then results, at the start of the frame. */
  paramSlots: number;
  resultSlots: number;
  /** Total frame size in slots (params, results, locals, temporaries, outgoing call areas). */
  nslots: number;
  blocks: Block[];
}

export interface Program {
  /** Package initializers in order, then main.main. */
  inits: Func[];
  main: Func;
}

export function slotsOf(kind: ValKind): number {
  return kind === ValKind.String ? 2 : 1;
}
