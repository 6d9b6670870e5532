// syscall natives: the system calls package syscall builds on, performed
// with Node's synchronous fs functions, returning Linux errno values (Node's
// errors carry libuv's codes, which on Linux are the negated errno).
//
// Descriptors are gots' own: a table from Go fd numbers to open file
// descriptions, so that dup, pipes, stdio and positioned I/O behave as on
// Linux although Node has neither lseek, dup nor pipe:
//   - 0 reads the process's stdin (blocking; EAGAIN is waited out);
//   - 1 and 2 write through runtime/output.ts (ordered, flushed at exit);
//   - regular files keep their own offset and use pread/pwrite;
//   - directories list their entries with readdir;
//   - pipes are in-memory byte queues (there is one goroutine for now, so a
//     read of an empty pipe whose write end is open is a deadlock).
// Relative paths are resolved against gots' own working directory (Chdir
// changes it; process.chdir is unavailable on worker threads).

import * as fs from "node:fs";
import { constants as osConstants } from "node:os";
import type { Runtime } from "../../runtime/rt.js";
import { flushAll, stderr, stdout, writeOut } from "../../runtime/output.js";
import { GoExit, GoFatal } from "../../vm/panic.js";
import { def, type Args } from "./args.js";

// Linux errno values used directly.
const ENOENT = 2;
const EIO = 5;
const EBADF = 9;
const EAGAIN = 11;
const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;
const EMFILE = 24;
const ESPIPE = 29;
const EPIPE = 32;

const O_ACCMODE = 3;
const O_WRONLY = 1;
const O_APPEND = 0x400;

// d_type values.
const DT_UNKNOWN = 0;
const DT_FIFO = 1;
const DT_CHR = 2;
const DT_DIR = 4;
const DT_BLK = 6;
const DT_REG = 8;
const DT_LNK = 10;
const DT_SOCK = 12;

const S_IFIFO = 0o010000;

/** The errno of an exception thrown by a Node fs call. */
export function errnoOf(e: unknown): number {
  const ne = e as NodeJS.ErrnoException;
  if (typeof ne?.errno === "number" && ne.errno < 0) return -ne.errno;
  if (typeof ne?.code === "string") {
    const n = (osConstants.errno as Record<string, number>)[ne.code];
    if (n !== undefined) return n;
    if (ne.code.startsWith("ERR_")) return EINVAL; // argument validation (NUL in a path, out of range values)
  }
  if (e instanceof TypeError || e instanceof RangeError) return EINVAL;
  return EIO;
}

/** Runs f, returning 0 or the errno it failed with. */
function sys(f: () => void): number {
  try {
    f();
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

/** Blocks the thread for ms milliseconds. */
const scratch = new Int32Array(new SharedArrayBuffer(4));
export function sleepMs(ms: number): void {
  if (ms > 0) Atomics.wait(scratch, 0, 0, ms);
}

class Pipe {
  chunks: Buffer[] = [];
  readers = 1;
  writers = 1;
}

type Kind = "file" | "dir" | "stream" | "stdout" | "stderr" | "pipe-r" | "pipe-w";

/** An open file description (shared by duplicated descriptors). */
interface Desc {
  kind: Kind;
  /** The host descriptor (-1 for pipes and gots' stdout/stderr). */
  fd: number;
  /** The file offset of a regular file. */
  pos: number;
  append: boolean;
  readable: boolean;
  writable: boolean;
  /** Absolute path (directories, for readdir and fchdir). */
  path: Buffer | null;
  refs: number;
  dir: { names: Buffer[]; types: number[]; i: number; last: number } | null;
  pipe: Pipe | null;
}

function desc(kind: Kind, fd: number, readable: boolean, writable: boolean): Desc {
  return { kind, fd, pos: 0, append: false, readable, writable, path: null, refs: 0, dir: null, pipe: null };
}

function direntType(d: fs.Dirent): number {
  if (d.isFile()) return DT_REG;
  if (d.isDirectory()) return DT_DIR;
  if (d.isSymbolicLink()) return DT_LNK;
  if (d.isFIFO()) return DT_FIFO;
  if (d.isSocket()) return DT_SOCK;
  if (d.isCharacterDevice()) return DT_CHR;
  if (d.isBlockDevice()) return DT_BLK;
  return DT_UNKNOWN;
}

export function registerSyscall(rt: Runtime): void {
  const heap = rt.heap;

  // Descriptor table -----------------------------------------------------
  const table: (Desc | undefined)[] = [];
  const install = (fd: number, d: Desc): number => {
    d.refs++;
    table[fd] = d;
    return fd;
  };
  install(0, desc("stream", 0, true, false));
  install(1, desc("stdout", -1, false, true));
  install(2, desc("stderr", -1, false, true));
  const lowestFree = (): number => {
    let i = 0;
    while (table[i] !== undefined) i++;
    return i;
  };
  const lookup = (fd: number): Desc | undefined => (fd >= 0 && fd < table.length ? table[fd] : undefined);
  const release = (d: Desc): number => {
    if (--d.refs > 0) return 0;
    if (d.pipe !== null) {
      if (d.kind === "pipe-r") d.pipe.readers--;
      else d.pipe.writers--;
    }
    if (d.fd >= 3 && (d.kind === "file" || d.kind === "dir" || d.kind === "stream")) return sys(() => fs.closeSync(d.fd));
    return 0;
  };

  // Paths ------------------------------------------------------------------
  let cwd: Buffer;
  try {
    cwd = Buffer.from(process.cwd(), "utf8");
  } catch {
    cwd = Buffer.from("/"); // the starting directory was removed
  }
  const abs = (p: string): Buffer => {
    const b = Buffer.from(p, "latin1");
    if (b.length > 0 && b[0] === 0x2f) return b;
    return Buffer.concat([cwd, Buffer.from(cwd.length === 1 ? "" : "/"), b]);
  };
  /** Runs f on the absolute form of path p ("" is ENOENT, as for the kernel). */
  const onPath = (p: string, f: (b: Buffer) => void): number => (p === "" ? ENOENT : sys(() => f(abs(p))));

  // Memory helpers --------------------------------------------------------------
  const view = (p: number, n: number): Uint8Array => rt.v.u8.subarray(p, p + n);
  const latin1 = (p: number, n: number): string => (n === 0 ? "" : Buffer.from(rt.v.u8.buffer, p, n).toString("latin1"));
  /** A []string of the given byte strings: the backing array of headers and each string's bytes. */
  const stringSlice = (a: Args, strs: string[]): void => {
    const n = strs.length;
    const arr = n === 0 ? 0 : heap.malloc(16 * n, false);
    const { u8, u32 } = rt.v;
    for (let i = 0; i < n; i++) {
      const s = strs[i];
      const q = s.length === 0 ? 0 : heap.malloc(s.length, true);
      for (let j = 0; j < s.length; j++) u8[q + j] = s.charCodeAt(j);
      const h = arr + 16 * i;
      u32[h >> 2] = q;
      u32[(h >> 2) + 1] = 0;
      u32[(h + 8) >> 2] = s.length;
      u32[(h + 12) >> 2] = 0;
    }
    a.setSlice(arr, n, n);
  };
  const utf8 = (s: string): string => Buffer.from(s, "utf8").toString("latin1");

  // Environment --------------------------------------------------------------
  def(rt, "syscall.runtimeEnvs", (a) => {
    const env: string[] = [];
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env.push(utf8(`${k}=${v}`));
    stringSlice(a.results(), env);
  });

  // Open and close ------------------------------------------------------------
  def(rt, "syscall.sysOpen", (a) => {
    const path = a.str();
    const flags = a.num();
    const perm = a.u32();
    a.results();
    if (path === "") return void a.setInt(-1).setInt(ENOENT);
    let hostFd = -1;
    const e = sys(() => {
      hostFd = fs.openSync(abs(path), flags, perm);
    });
    if (e !== 0) return void a.setInt(-1).setInt(e);
    const acc = flags & O_ACCMODE;
    const d = desc("file", hostFd, acc !== O_WRONLY, acc !== 0);
    d.append = (flags & O_APPEND) !== 0;
    try {
      const st = fs.fstatSync(hostFd);
      if (st.isDirectory()) {
        d.kind = "dir";
        d.path = abs(path);
      } else if (!st.isFile() && !st.isBlockDevice()) d.kind = "stream";
    } catch {
      d.kind = "stream";
    }
    const fd = lowestFree();
    if (fd >= 1 << 20) {
      fs.closeSync(hostFd);
      return void a.setInt(-1).setInt(EMFILE);
    }
    a.setInt(install(fd, d)).setInt(0);
  });

  def(rt, "syscall.sysClose", (a) => {
    const fd = a.num();
    const d = lookup(fd);
    a.results();
    if (d === undefined) return void a.setInt(EBADF);
    table[fd] = undefined;
    a.setInt(release(d));
  });

  // Reading and writing ----------------------------------------------------------
  /** read(2) on a host descriptor at pos (null: the descriptor's own offset), waiting out EAGAIN. */
  const hostRead = (fd: number, p: number, n: number, pos: number | null): [number, number] => {
    for (;;) {
      try {
        return [fs.readSync(fd, rt.v.u8, p, n, pos), 0];
      } catch (e) {
        const en = errnoOf(e);
        if (en === EAGAIN) {
          sleepMs(1);
          continue;
        }
        if ((e as NodeJS.ErrnoException).code === "EOF") return [0, 0];
        return [0, en];
      }
    }
  };
  const hostWrite = (fd: number, p: number, n: number, pos: number | null): [number, number] => {
    let done = 0;
    while (done < n) {
      try {
        done += fs.writeSync(fd, rt.v.u8, p + done, n - done, pos === null ? null : pos + done);
      } catch (e) {
        const en = errnoOf(e);
        if (en === EAGAIN) {
          sleepMs(1);
          continue;
        }
        return [done, en];
      }
    }
    return [done, 0];
  };

  const read = (d: Desc, p: number, n: number): [number, number] => {
    if (!d.readable) return [0, EBADF];
    switch (d.kind) {
      case "dir":
        return [0, EISDIR];
      case "file": {
        const r = hostRead(d.fd, p, n, d.pos);
        d.pos += r[0];
        return r;
      }
      case "pipe-r": {
        const pipe = d.pipe!;
        if (pipe.chunks.length === 0) {
          if (pipe.writers === 0) return [0, 0];
          // Nothing else can run to fill it (one goroutine for now).
          throw new GoFatal("all goroutines are asleep - deadlock!");
        }
        let got = 0;
        while (got < n && pipe.chunks.length > 0) {
          const c = pipe.chunks[0];
          const k = Math.min(c.length, n - got);
          rt.v.u8.set(c.subarray(0, k), p + got);
          got += k;
          if (k === c.length) pipe.chunks.shift();
          else pipe.chunks[0] = c.subarray(k);
        }
        return [got, 0];
      }
      default:
        // Output written so far should be visible before blocking on input (prompts).
        if (d.fd === 0) flushAll();
        return hostRead(d.fd, p, n, null);
    }
  };

  const write = (d: Desc, p: number, n: number): [number, number] => {
    if (!d.writable) return [0, EBADF];
    switch (d.kind) {
      case "stdout":
      case "stderr": {
        const fd = d.kind === "stdout" ? 1 : 2;
        writeOut(fd, latin1(p, n));
        // A closed pipe on stdout or stderr ends a Go program (SIGPIPE, status 128+13 in a shell).
        if ((fd === 1 ? stdout : stderr).broken) throw new GoExit(141);
        return [n, 0];
      }
      case "file": {
        if (d.append) {
          const r = hostWrite(d.fd, p, n, null);
          d.pos = fs.fstatSync(d.fd).size;
          return r;
        }
        const r = hostWrite(d.fd, p, n, d.pos);
        d.pos += r[0];
        return r;
      }
      case "pipe-w": {
        const pipe = d.pipe!;
        if (pipe.readers === 0) return [0, EPIPE];
        pipe.chunks.push(Buffer.from(view(p, n)));
        return [n, 0];
      }
      case "dir":
        return [0, EBADF];
      default:
        return hostWrite(d.fd, p, n, null);
    }
  };

  def(rt, "syscall.sysRead", (a) => {
    const fd = a.num();
    const [p, n] = a.slice();
    const d = lookup(fd);
    a.results();
    if (d === undefined) return void a.setInt(0).setInt(EBADF);
    if (n === 0 && d.kind !== "dir") return void a.setInt(0).setInt(0);
    const [k, e] = read(d, p, n);
    a.setInt(e === 0 ? k : -1).setInt(e);
  });

  def(rt, "syscall.sysWrite", (a) => {
    const fd = a.num();
    const [p, n] = a.slice();
    const d = lookup(fd);
    a.results();
    if (d === undefined) return void a.setInt(0).setInt(EBADF);
    if (n === 0) return void a.setInt(0).setInt(d.writable ? 0 : EBADF);
    const [k, e] = write(d, p, n);
    a.setInt(e === 0 || k > 0 ? k : -1).setInt(k > 0 ? 0 : e);
  });

  def(rt, "syscall.sysPread", (a) => {
    const fd = a.num();
    const [p, n] = a.slice();
    const off = Number(a.int());
    const d = lookup(fd);
    a.results();
    if (d === undefined) return void a.setInt(-1).setInt(EBADF);
    if (d.kind === "dir") return void a.setInt(-1).setInt(EISDIR);
    if (d.kind !== "file") return void a.setInt(-1).setInt(ESPIPE);
    if (!d.readable) return void a.setInt(-1).setInt(EBADF);
    if (off < 0) return void a.setInt(-1).setInt(EINVAL);
    const [k, e] = hostRead(d.fd, p, n, off);
    a.setInt(e === 0 ? k : -1).setInt(e);
  });

  def(rt, "syscall.sysPwrite", (a) => {
    const fd = a.num();
    const [p, n] = a.slice();
    const off = Number(a.int());
    const d = lookup(fd);
    a.results();
    if (d === undefined) return void a.setInt(-1).setInt(EBADF);
    if (d.kind !== "file") return void a.setInt(-1).setInt(ESPIPE);
    if (!d.writable) return void a.setInt(-1).setInt(EBADF);
    if (off < 0) return void a.setInt(-1).setInt(EINVAL);
    const [k, e] = hostWrite(d.fd, p, n, off);
    a.setInt(e === 0 || k > 0 ? k : -1).setInt(k > 0 ? 0 : e);
  });

  def(rt, "syscall.sysSeek", (a) => {
    const fd = a.num();
    const off = Number(a.int());
    const whence = a.num();
    const d = lookup(fd);
    a.results();
    if (d === undefined) return void a.setInt(-1).setInt(EBADF);
    if (d.kind === "dir") {
      // Rewinding a directory restarts its listing.
      if (whence === 0 && off === 0) d.dir = null;
      return void a.setInt(0).setInt(0);
    }
    if (d.kind !== "file") return void a.setInt(-1).setInt(ESPIPE);
    let base: number;
    switch (whence) {
      case 0:
        base = 0;
        break;
      case 1:
        base = d.pos;
        break;
      case 2: {
        let size = 0;
        const e = sys(() => {
          size = fs.fstatSync(d.fd).size;
        });
        if (e !== 0) return void a.setInt(-1).setInt(e);
        base = size;
        break;
      }
      default:
        return void a.setInt(-1).setInt(EINVAL);
    }
    const np = base + off;
    if (np < 0) return void a.setInt(-1).setInt(EINVAL);
    d.pos = np;
    a.setInt(np).setInt(0);
  });

  // Stat ------------------------------------------------------------------------------
  const fillStat = (st: number, s: fs.BigIntStats): void => {
    const i64 = rt.v.i64;
    const u32 = rt.v.u32;
    const w = st >> 3;
    i64[w] = s.dev;
    i64[w + 1] = s.ino;
    i64[w + 2] = s.nlink;
    u32[(st + 24) >> 2] = Number(s.mode);
    u32[(st + 28) >> 2] = Number(s.uid);
    u32[(st + 32) >> 2] = Number(s.gid);
    u32[(st + 36) >> 2] = 0;
    i64[w + 5] = s.rdev;
    i64[w + 6] = s.size;
    i64[w + 7] = s.blksize;
    i64[w + 8] = s.blocks;
    const ts = (at: number, ns: bigint): void => {
      i64[at] = ns / 1000000000n - (ns % 1000000000n < 0n ? 1n : 0n);
      i64[at + 1] = ((ns % 1000000000n) + 1000000000n) % 1000000000n;
    };
    ts(w + 9, s.atimeNs);
    ts(w + 11, s.mtimeNs);
    ts(w + 13, s.ctimeNs);
    i64[w + 15] = 0n;
    i64[w + 16] = 0n;
    i64[w + 17] = 0n;
  };

  def(rt, "syscall.sysStat", (a) => {
    const path = a.str();
    const follow = a.bool();
    const st = a.ptr();
    a.results().setInt(
      onPath(path, (b) => fillStat(st, follow ? fs.statSync(b, { bigint: true }) : fs.lstatSync(b, { bigint: true }))),
    );
  });

  def(rt, "syscall.sysFstat", (a) => {
    const fd = a.num();
    const st = a.ptr();
    const d = lookup(fd);
    a.results();
    if (d === undefined) return void a.setInt(EBADF);
    if (d.pipe !== null) {
      rt.v.u8.fill(0, st, st + 144);
      rt.v.u32[(st + 24) >> 2] = S_IFIFO | 0o600;
      rt.v.u32[(st + 16) >> 2] = 1;
      rt.v.u32[(st + 56) >> 2] = 4096;
      return void a.setInt(0);
    }
    const hostFd = d.kind === "stdout" ? 1 : d.kind === "stderr" ? 2 : d.fd;
    a.setInt(sys(() => fillStat(st, fs.fstatSync(hostFd, { bigint: true }))));
  });

  // Paths --------------------------------------------------------------------------
  def(rt, "syscall.sysMkdir", (a) => {
    const path = a.str();
    const mode = a.u32();
    a.results().setInt(onPath(path, (b) => fs.mkdirSync(b, { mode })));
  });
  def(rt, "syscall.sysRmdir", (a) => {
    const path = a.str();
    a.results().setInt(onPath(path, (b) => fs.rmdirSync(b)));
  });
  def(rt, "syscall.sysUnlink", (a) => {
    const path = a.str();
    a.results().setInt(onPath(path, (b) => fs.unlinkSync(b)));
  });
  def(rt, "syscall.sysRename", (a) => {
    const from = a.str();
    const to = a.str();
    a.results().setInt(from === "" || to === "" ? ENOENT : sys(() => fs.renameSync(abs(from), abs(to))));
  });
  def(rt, "syscall.sysLink", (a) => {
    const from = a.str();
    const to = a.str();
    a.results().setInt(from === "" || to === "" ? ENOENT : sys(() => fs.linkSync(abs(from), abs(to))));
  });
  def(rt, "syscall.sysSymlink", (a) => {
    const target = a.str();
    const path = a.str();
    // The link's contents are the target as given, not resolved.
    a.results().setInt(target === "" || path === "" ? ENOENT : sys(() => fs.symlinkSync(Buffer.from(target, "latin1"), abs(path))));
  });
  def(rt, "syscall.sysReadlink", (a) => {
    const path = a.str();
    const [p, n] = a.slice();
    a.results();
    let target = Buffer.alloc(0);
    const e = onPath(path, (b) => {
      target = fs.readlinkSync(b, { encoding: "buffer" });
    });
    if (e !== 0) return void a.setInt(-1).setInt(e);
    const k = Math.min(n, target.length);
    rt.v.u8.set(target.subarray(0, k), p);
    a.setInt(k).setInt(0);
  });

  const enterDir = (b: Buffer): void => {
    const st = fs.statSync(b);
    if (!st.isDirectory()) {
      const err = new Error("not a directory") as NodeJS.ErrnoException;
      err.errno = -ENOTDIR;
      throw err;
    }
    fs.accessSync(b, fs.constants.X_OK);
    cwd = fs.realpathSync(b, { encoding: "buffer" });
  };
  def(rt, "syscall.sysChdir", (a) => {
    const path = a.str();
    a.results().setInt(onPath(path, enterDir));
  });
  def(rt, "syscall.sysFchdir", (a) => {
    const d = lookup(a.num());
    a.results();
    if (d === undefined) return void a.setInt(EBADF);
    if (d.kind !== "dir" || d.path === null) return void a.setInt(ENOTDIR);
    const path = d.path;
    a.setInt(sys(() => enterDir(path)));
  });
  def(rt, "syscall.sysGetwd", (a) => {
    a.results().setStr(cwd.toString("latin1")).setInt(0);
  });

  def(rt, "syscall.sysChmod", (a) => {
    const path = a.str();
    const mode = a.u32();
    a.results().setInt(onPath(path, (b) => fs.chmodSync(b, mode & 0o7777)));
  });
  /** The host descriptor of d for f* calls on it. */
  const hostOf = (d: Desc | undefined): number => (d === undefined || d.pipe !== null ? -1 : d.kind === "stdout" ? 1 : d.kind === "stderr" ? 2 : d.fd);
  def(rt, "syscall.sysFchmod", (a) => {
    const h = hostOf(lookup(a.num()));
    const mode = a.u32();
    a.results().setInt(h < 0 ? EBADF : sys(() => fs.fchmodSync(h, mode & 0o7777)));
  });
  def(rt, "syscall.sysChown", (a) => {
    const path = a.str();
    const uid = a.num();
    const gid = a.num();
    const follow = a.bool();
    a.results().setInt(onPath(path, (b) => (follow ? fs.chownSync(b, uid, gid) : fs.lchownSync(b, uid, gid))));
  });
  def(rt, "syscall.sysFchown", (a) => {
    const h = hostOf(lookup(a.num()));
    const uid = a.num();
    const gid = a.num();
    a.results().setInt(h < 0 ? EBADF : sys(() => fs.fchownSync(h, uid, gid)));
  });
  def(rt, "syscall.sysTruncate", (a) => {
    const path = a.str();
    const n = Number(a.int());
    a.results().setInt(n < 0 ? EINVAL : onPath(path, (b) => fs.truncateSync(b, n)));
  });
  def(rt, "syscall.sysFtruncate", (a) => {
    const d = lookup(a.num());
    const n = Number(a.int());
    a.results();
    if (d === undefined) return void a.setInt(EBADF);
    if (d.kind !== "file" || !d.writable) return void a.setInt(EINVAL);
    a.setInt(n < 0 ? EINVAL : sys(() => fs.ftruncateSync(d.fd, n)));
  });
  def(rt, "syscall.sysFsync", (a) => {
    const d = lookup(a.num());
    a.results();
    if (d === undefined) return void a.setInt(EBADF);
    if (d.kind === "stdout" || d.kind === "stderr") flushAll();
    if (d.kind !== "file" && d.kind !== "dir") return void a.setInt(EINVAL);
    a.setInt(sys(() => fs.fsyncSync(d.fd)));
  });
  def(rt, "syscall.sysAccess", (a) => {
    const path = a.str();
    const mode = a.u32();
    a.results().setInt(onPath(path, (b) => fs.accessSync(b, mode)));
  });
  def(rt, "syscall.sysUtimesNano", (a) => {
    const path = a.str();
    const at = a.int();
    const mt = a.int();
    a.results().setInt(
      onPath(path, (b) => {
        // UTIME_OMIT (Nsec (1<<30)-2 with Sec 0) keeps that time.
        const omit = 1073741822;
        let atS: number | Date = Number(at) / 1e9;
        let mtS: number | Date = Number(mt) / 1e9;
        if (Number(at) === omit || Number(mt) === omit) {
          const st = fs.statSync(b);
          if (Number(at) === omit) atS = st.atime;
          if (Number(mt) === omit) mtS = st.mtime;
        }
        fs.utimesSync(b, atS, mtS);
      }),
    );
  });

  // Descriptors --------------------------------------------------------------------------
  def(rt, "syscall.sysDup", (a) => {
    const oldfd = a.num();
    const newfd = a.num();
    const d = lookup(oldfd);
    a.results();
    if (d === undefined) return void a.setInt(-1).setInt(EBADF);
    if (newfd < 0) return void a.setInt(install(lowestFree(), d)).setInt(0);
    if (newfd >= 1 << 20) return void a.setInt(-1).setInt(EBADF);
    if (newfd === oldfd) return void a.setInt(newfd).setInt(0);
    const old = table[newfd];
    if (old !== undefined) release(old);
    a.setInt(install(newfd, d)).setInt(0);
  });

  def(rt, "syscall.sysPipe", (a) => {
    const pipe = new Pipe();
    const r = desc("pipe-r", -1, true, false);
    const w = desc("pipe-w", -1, false, true);
    r.pipe = w.pipe = pipe;
    const rfd = install(lowestFree(), r);
    const wfd = install(lowestFree(), w);
    a.results().setInt(rfd).setInt(wfd).setInt(0);
  });

  def(rt, "syscall.sysReadDirEntry", (a) => {
    const d = lookup(a.num());
    a.num(); // room: informational
    a.results();
    const fail = (e: number) => void a.setStr("").setU8(0).setInt(0).setInt(e);
    if (d === undefined) return fail(EBADF);
    if (d.kind !== "dir" || d.path === null) return fail(ENOTDIR);
    if (d.dir === null) {
      const path = d.path;
      let ents: fs.Dirent[] = [];
      const e = sys(() => {
        ents = fs.readdirSync(path, { withFileTypes: true, encoding: "buffer" }) as unknown as fs.Dirent[];
      });
      if (e !== 0) return fail(e);
      d.dir = {
        names: ents.map((x) => x.name as unknown as Buffer),
        types: ents.map(direntType),
        i: 0,
        last: 0,
      };
    }
    const dir = d.dir;
    if (dir.i >= dir.names.length) return void a.setStr("").setU8(0).setInt(0).setInt(0);
    dir.last = dir.i;
    const name = dir.names[dir.i];
    const typ = dir.types[dir.i];
    dir.i++;
    let ino: bigint = 1n;
    try {
      ino = fs.lstatSync(Buffer.concat([d.path, Buffer.from("/"), name]), { bigint: true }).ino;
    } catch {
      // Gone since the listing: keep a non-zero inode so the entry is still reported.
    }
    a.setStr(name.toString("latin1")).setU8(typ).setInt(ino <= 9007199254740991n ? Number(ino) : ino).setInt(0);
  });

  def(rt, "syscall.sysUnreadDirEntry", (a) => {
    const d = lookup(a.num());
    if (d?.dir) d.dir.i = d.dir.last;
  });

  // Process --------------------------------------------------------------------------------
  def(rt, "syscall.sysGetid", (a) => {
    const which = a.num();
    let v: number;
    switch (which) {
      case 0:
        v = process.pid;
        break;
      case 1:
        v = process.ppid;
        break;
      case 2:
        v = process.getuid?.() ?? 0;
        break;
      case 3:
        v = process.geteuid?.() ?? 0;
        break;
      case 4:
        v = process.getgid?.() ?? 0;
        break;
      default:
        v = process.getegid?.() ?? 0;
    }
    a.results().setInt(v);
  });

  def(rt, "syscall.sysExit", (a) => {
    const code = a.num();
    flushAll();
    throw new GoExit(code);
  });

  def(rt, "syscall.sysKill", (a) => {
    const pid = a.num();
    const sig = a.num();
    a.results();
    if (sig < 0 || sig > 64) return void a.setInt(EINVAL);
    if (pid === process.pid && sig !== 0) flushAll();
    a.setInt(sys(() => process.kill(pid, sig)));
  });

  def(rt, "syscall.sysTime", (a) => {
    const ns = wallNanos();
    a.results().setInt(Number(ns / 1000000000n)).setInt(Number(ns % 1000000000n));
  });

}

// Clocks ------------------------------------------------------------------------------------------

// The wall clock is read once, when the program first asks for the time
// (Date's milliseconds), and advanced by the monotonic clock from there;
// reading it at start-up would load perf_hooks into every run.
let hr0 = 0n;
let wall0 = -1n;

/** The wall clock in nanoseconds since the Unix epoch. */
export function wallNanos(): bigint {
  const now = process.hrtime.bigint();
  if (wall0 < 0n) {
    hr0 = now;
    wall0 = BigInt(Date.now()) * 1000000n;
  }
  return wall0 + (now - hr0);
}
