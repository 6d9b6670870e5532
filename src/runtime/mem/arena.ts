// The arena: one growable SharedArrayBuffer that holds all of a program's Go
// memory (DESIGN decision 1). Addresses are byte offsets into it; address 0
// is never handed out, so it can stand for nil. Typed-array views are
// length-tracking, so they stay valid when the buffer grows.
//
// This first version is a bump allocator with no reuse; the size-class
// allocator (mcache/mcentral/mheap) replaces it with the VM issue.

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
  private top = 8;

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

  /** Allocates n zeroed bytes aligned to 8; returns the address. Throws OutOfMemory past maxBytes. */
  alloc(n: number): number {
    const addr = this.top;
    const end = addr + ((n + 7) & ~7);
    if (end > this.buf.byteLength) this.grow(end);
    this.top = end;
    return addr;
  }

  private grow(need: number): void {
    if (need > this.maxBytes) throw new OutOfMemory();
    let size = this.buf.byteLength;
    while (size < need) size *= 2;
    this.buf.grow(Math.min(size, this.maxBytes));
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

/** Thrown when the arena cannot grow: the runtime turns it into gc's fatal error. */
export class OutOfMemory extends Error {
  constructor() {
    super("runtime: out of memory");
  }
}
