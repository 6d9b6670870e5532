// The arena: one growable SharedArrayBuffer that holds all of a program's Go
// memory (DESIGN decision 1). Addresses are byte offsets into it; address 0
// is never handed out, so it can stand for nil. The public typed-array views
// are length-tracking, so they stay valid when the buffer grows.
//
// The arena only hands out address space; the Go heap (heap.ts) organises it.
// Two ways in, both never freed, both returning memory that was never used
// (a growing SharedArrayBuffer is zero-filled):
//   - sysAlloc: aligned runs taken off the top, like Go's sysAlloc/sysMap
//     getting memory from the OS. The page heap grows through it.
//   - alloc: small runtime-internal data (span descriptors, bitmaps, string
//     constants, ...), carved out of chunks, like Go's persistentalloc.
//
// Speed note: on Node 20 every access through a length-tracking view of a
// growable SharedArrayBuffer costs ~20 ns (V8 does not inline the length
// check), against ~1 ns for a fixed-length view of the same buffer. Hot
// code should therefore read memory through fixed-length views and rebuild
// them when the buffer grows: `onGrow` tells it when (the heap does this).

/** The allocation state of an arena (see Arena.allocState). */
export interface ArenaState {
  top: number;
  chunk: number;
  chunkEnd: number;
}

export class Arena {
  readonly buf: SharedArrayBuffer;
  readonly u8: Uint8Array;
  readonly i8: Int8Array;
  readonly u16: Uint16Array;
  readonly i16: Int16Array;
  readonly u32: Uint32Array;
  readonly i32: Int32Array;
  readonly f32: Float32Array;
  readonly i64: BigInt64Array;
  readonly f64: Float64Array;
  readonly dv: DataView;
  /** First address never handed out: everything below is in use by someone. */
  private top = 8;
  /** The persistentalloc chunk being carved, [chunk, chunkEnd). */
  private chunk = 0;
  private chunkEnd = 0;
  private readonly growHooks: (() => void)[] = [];

  constructor(initialBytes = 1 << 20, readonly maxBytes = 1 << 30) {
    this.buf = new SharedArrayBuffer(initialBytes, { maxByteLength: maxBytes });
    this.u8 = new Uint8Array(this.buf);
    this.i8 = new Int8Array(this.buf);
    this.u16 = new Uint16Array(this.buf);
    this.i16 = new Int16Array(this.buf);
    this.u32 = new Uint32Array(this.buf);
    this.i32 = new Int32Array(this.buf);
    this.f32 = new Float32Array(this.buf);
    this.i64 = new BigInt64Array(this.buf);
    this.f64 = new Float64Array(this.buf);
    this.dv = new DataView(this.buf);
  }

  /** Bytes of address space handed out so far (what MemStats calls Sys). */
  get sys(): number {
    return this.top;
  }

  /** Calls fn after every growth of the buffer (to rebuild fixed-length views). */
  onGrow(fn: () => void): void {
    this.growHooks.push(fn);
  }

  /**
   * Like sysAlloc: n fresh zeroed bytes at an address aligned to align (a
   * power of two), or OutOfMemory when the buffer cannot grow that far.
   */
  sysAlloc(n: number, align: number): number {
    const addr = Math.ceil(this.top / align) * align;
    const end = addr + n;
    if (!(end <= this.maxBytes)) throw new OutOfMemory();
    if (end > this.buf.byteLength) this.grow(end);
    this.top = end;
    return addr;
  }

  /**
   * Like persistentalloc: n zeroed bytes aligned to 8, for runtime data that
   * is never freed. Small requests share 64 KiB chunks so that they do not
   * break up the heap's page runs; big ones get their own run.
   */
  alloc(n: number): number {
    n = (n + 7) & ~7;
    if (n > persistentChunk / 4) return this.sysAlloc(n, 8);
    if (this.chunk === 0 || this.chunk + n > this.chunkEnd) {
      this.chunk = this.sysAlloc(persistentChunk, 8);
      this.chunkEnd = this.chunk + persistentChunk;
    }
    const addr = this.chunk;
    this.chunk += n;
    return addr;
  }

  /** Where allocation stands: what an executable image records with the arena's bytes. */
  allocState(): ArenaState {
    return { top: this.top, chunk: this.chunk, chunkEnd: this.chunkEnd };
  }

  /**
   * Puts back the bytes [0, st.top) and the allocation state of an arena
   * saved by allocState (an executable image's static data and descriptors).
   */
  restore(st: ArenaState, bytes: Uint8Array): void {
    if (st.top > this.buf.byteLength) this.grow(st.top);
    this.u8.set(bytes, 0);
    this.top = st.top;
    this.chunk = st.chunk;
    this.chunkEnd = st.chunkEnd;
  }

  /** Grows the buffer to hold at least need bytes, doubling so that growth stays rare. */
  private grow(need: number): void {
    let size = Math.max(this.buf.byteLength, 1 << 16);
    while (size < need) size *= 2;
    this.buf.grow(Math.min(size, this.maxBytes));
    for (const fn of this.growHooks) fn();
  }

  /** Copies a byte string into fresh memory; returns its address. */
  allocBytes(s: string): number {
    const addr = this.alloc(s.length);
    for (let i = 0; i < s.length; i++) this.u8[addr + i] = s.charCodeAt(i);
    return addr;
  }

  /** Reads len bytes at addr as a byte string. */
  readBytes(addr: number, len: number): string {
    return Buffer.from(this.buf, addr, len).toString("latin1");
  }
}

/** Size of the chunks persistent allocations are carved from (Go uses 256 KiB; our metadata is smaller). */
const persistentChunk = 64 << 10;

/** Thrown when the arena cannot grow: the runtime turns it into gc's fatal error. */
export class OutOfMemory extends Error {
  /** Lines gc prints before the fatal error, e.g. "runtime: out of memory: cannot allocate ...". */
  readonly preamble: string[];
  constructor(preamble: string[] = []) {
    super("runtime: out of memory");
    this.preamble = preamble;
  }
}
