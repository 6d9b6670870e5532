// Program output: stdout and stderr as Go's os.Stdout and os.Stderr see
// them. Writes are buffered per stream but flushed in program order: a
// write to one stream first flushes the other, so a terminal or a pipe
// sees the interleaving the program produced. Everything is flushed before
// exit, on panic and on fatal error.

import { writeSync } from "node:fs";

const limit = 1 << 16;

class Stream {
  private chunks: string[] = [];
  private size = 0;
  /** Set when a write failed with EPIPE: the reader is gone (Go would die of SIGPIPE). */
  broken = false;
  constructor(readonly fd: number) {}

  write(bytes: string): void {
    this.chunks.push(bytes);
    this.size += bytes.length;
    if (this.size >= limit) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    const buf = Buffer.from(this.chunks.join(""), "latin1");
    this.chunks = [];
    this.size = 0;
    let off = 0;
    while (off < buf.length) {
      try {
        off += writeSync(this.fd, buf, off, buf.length - off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((e as NodeJS.ErrnoException).code === "EPIPE") {
          this.broken = true;
          return;
        }
        throw e;
      }
    }
  }
}

export const stdout = new Stream(1);
export const stderr = new Stream(2);

/** Writes a byte string to fd 1 or 2, keeping the order between the two. */
export function writeOut(fd: 1 | 2, bytes: string): void {
  if (fd === 1) {
    stderr.flush();
    stdout.write(bytes);
  } else {
    stdout.flush();
    stderr.write(bytes);
  }
}

export function flushAll(): void {
  stdout.flush();
  stderr.flush();
}
