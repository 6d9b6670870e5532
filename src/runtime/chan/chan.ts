// Channels (runtime/chan.go, select.go), in the arena. A channel is a
// pointer to an hchan: a ring buffer of dataqsiz elements, the send and
// receive indexes, the closed flag and the element type, laid out as Go's
// hchan (the wait queues stay empty until goroutines exist: see below).
//
//   hchan (96 bytes): 0 qcount, 8 dataqsiz, 16 buf, 24 elemsize u16,
//     28 closed u32, 32 elemtype, 40 sendx, 48 recvx, 56 recvq (first,
//     last), 72 sendq (first, last), 88 unused (Go's lock)
//
// Until the scheduler issue, the program has one goroutine: an operation
// that would park it can never be woken, which is Go's deadlock, so
// `block` ends the program with gc's fatal error. The scheduler replaces
// block with gopark and fills the wait queues.

import { GoFatal, GoPanic } from "../../vm/panic.js";
import type { Views } from "../rt.js";
import { fastrand } from "../alg.js";

export const HCHAN_SIZE = 96;
const QCOUNT = 0;
const DATAQSIZ = 8;
const BUF = 16;
const ELEMSIZE = 24;
const CLOSED = 28;
const ELEMTYPE = 32;
const SENDX = 40;
const RECVX = 48;

/** The goroutine would wait forever: with no other goroutine, a deadlock. */
export function block(reason: string): never {
  throw new GoFatal("all goroutines are asleep - deadlock!", [], `goroutine 1 [${reason}]:\nmain.main()`);
}

export class Chans {
  constructor(
    private readonly v: Views,
    private readonly malloc: (size: number, noscan: boolean) => number,
    /** Size and pointer-freedom of an element type, from its descriptor. */
    private readonly elemInfo: (t: number) => { size: number; noscan: boolean },
  ) {}

  /** makechan: t is the channel type's element descriptor. */
  make(elemType: number, size: number): number {
    const { size: es, noscan } = this.elemInfo(elemType);
    if (size < 0 || size * es > 1 << 30) throw GoPanic.runtimeError("makechan: size out of range");
    const c = this.malloc(HCHAN_SIZE, false);
    const u32 = this.v.u32;
    u32[(c + DATAQSIZ) >> 2] = size;
    u32[(c + BUF) >> 2] = size * es === 0 ? c : this.malloc(size * es, noscan);
    this.v.u16[(c + ELEMSIZE) >> 1] = es;
    u32[(c + ELEMTYPE) >> 2] = elemType;
    return c;
  }

  len(c: number): number {
    return c === 0 ? 0 : this.v.u32[(c + QCOUNT) >> 2];
  }

  cap(c: number): number {
    return c === 0 ? 0 : this.v.u32[(c + DATAQSIZ) >> 2];
  }

  /** Whether a send could proceed now (a receiver waiting or room in the buffer), or panics on a closed channel. */
  private canSend(c: number): boolean {
    const u32 = this.v.u32;
    return u32[(c + QCOUNT) >> 2] < u32[(c + DATAQSIZ) >> 2];
  }

  private canRecv(c: number): boolean {
    const u32 = this.v.u32;
    return u32[(c + QCOUNT) >> 2] > 0 || u32[(c + CLOSED) >> 2] !== 0;
  }

  /** chansend: copies the element at ep into the channel; blocks when full. */
  send(c: number, ep: number): void {
    if (c === 0) block("chan send (nil chan)");
    if (this.v.u32[(c + CLOSED) >> 2] !== 0) throw GoPanic.plain("send on closed channel");
    if (!this.canSend(c)) block("chan send");
    this.enqueue(c, ep);
  }

  private enqueue(c: number, ep: number): void {
    const u32 = this.v.u32;
    const es = this.v.u16[(c + ELEMSIZE) >> 1];
    const size = u32[(c + DATAQSIZ) >> 2];
    const x = u32[(c + SENDX) >> 2];
    const buf = u32[(c + BUF) >> 2];
    if (es > 0) this.v.u8.copyWithin(buf + x * es, ep, ep + es);
    u32[(c + SENDX) >> 2] = x + 1 === size ? 0 : x + 1;
    u32[(c + QCOUNT) >> 2]++;
  }

  /** chanrecv: copies an element into ep (zero for a closed, drained channel); returns ok. */
  recv(c: number, ep: number): boolean {
    if (c === 0) block("chan receive (nil chan)");
    if (!this.canRecv(c)) block("chan receive");
    return this.dequeue(c, ep);
  }

  private dequeue(c: number, ep: number): boolean {
    const u32 = this.v.u32;
    const es = this.v.u16[(c + ELEMSIZE) >> 1];
    if (u32[(c + QCOUNT) >> 2] === 0) {
      if (ep !== 0 && es > 0) this.v.u8.fill(0, ep, ep + es);
      return false;
    }
    const size = u32[(c + DATAQSIZ) >> 2];
    const x = u32[(c + RECVX) >> 2];
    const buf = u32[(c + BUF) >> 2];
    if (es > 0) {
      if (ep !== 0) this.v.u8.copyWithin(ep, buf + x * es, buf + x * es + es);
      this.v.u8.fill(0, buf + x * es, buf + x * es + es);
    }
    u32[(c + RECVX) >> 2] = x + 1 === size ? 0 : x + 1;
    u32[(c + QCOUNT) >> 2]--;
    return true;
  }

  close(c: number): void {
    if (c === 0) throw GoPanic.plain("close of nil channel");
    if (this.v.u32[(c + CLOSED) >> 2] !== 0) throw GoPanic.plain("close of closed channel");
    this.v.u32[(c + CLOSED) >> 2] = 1;
  }

  /**
   * selectgo: cases at `cases`, n of them, each 24 bytes (kind: 1 send,
   * 2 receive; channel; element address). Picks uniformly among the ready
   * cases, like selectgo's random poll order; -1 means take the default
   * (when hasDefault), and none ready without one blocks. For a receive,
   * the second result (ok) is returned through recvOK[0].
   */
  select(cases: number, n: number, hasDefault: boolean, recvOK: Float64Array): number {
    const u32 = this.v.u32;
    const ready: number[] = [];
    for (let i = 0; i < n; i++) {
      const k = u32[(cases + 24 * i) >> 2];
      const c = u32[(cases + 24 * i + 8) >> 2];
      if (c === 0) continue;
      if (k === 1) {
        if (u32[(c + CLOSED) >> 2] !== 0 || this.canSend(c)) ready.push(i);
      } else if (this.canRecv(c)) ready.push(i);
    }
    if (ready.length === 0) {
      if (hasDefault) return -1;
      block(n === 0 ? "select (no cases)" : "select");
    }
    const i = ready[fastrand() % ready.length];
    const k = u32[(cases + 24 * i) >> 2];
    const c = u32[(cases + 24 * i + 8) >> 2];
    const ep = u32[(cases + 24 * i + 16) >> 2];
    if (k === 1) this.send(c, ep);
    else recvOK[0] = this.dequeue(c, ep) ? 1 : 0;
    return i;
  }
}
