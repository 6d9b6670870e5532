// os and os/signal natives.
//
// Signals: with one goroutine and no event loop turns while Go code runs,
// no signal can be delivered to signal_recv yet. Ignoring works (a no-op
// Node listener stops the default action); enabling records the signal but
// leaves its default action, so an interrupt still ends the program, and
// signal_recv, which would wait forever, is a deadlock.

import { constants as osConstants } from "node:os";
import type { Runtime } from "../../runtime/rt.js";
import { GoFatal } from "../../vm/panic.js";
import { def } from "./args.js";

export function registerOs(rt: Runtime): void {
  // runtime_args() []string: the arguments' UTF-8 bytes.
  def(rt, "os.runtime_args", (a) => {
    const args = rt.args.map((s) => Buffer.from(s, "utf8"));
    const n = args.length;
    const { u8, u32 } = rt.v;
    const arr = n === 0 ? 0 : rt.heap.malloc(16 * n, false);
    for (let i = 0; i < n; i++) {
      const b = args[i];
      const q = b.length === 0 ? 0 : rt.heap.malloc(b.length, true);
      u8.set(b, q);
      const h = arr + 16 * i;
      u32[h >> 2] = q;
      u32[(h >> 2) + 1] = 0;
      u32[(h + 8) >> 2] = b.length;
      u32[(h + 12) >> 2] = 0;
    }
    a.results().setSlice(arr, n, n);
  });

  const names = new Map<number, string>();
  for (const [name, num] of Object.entries(osConstants.signals)) if (!names.has(num)) names.set(num, name);
  const ignored = new Set<number>();
  const enabled = new Set<number>();
  const noop = (): void => {};
  const listen = (sig: number, on: boolean): void => {
    const name = names.get(sig);
    if (name === undefined) return;
    try {
      if (on) process.on(name as NodeJS.Signals, noop);
      else process.removeListener(name as NodeJS.Signals, noop);
    } catch {
      // SIGKILL, SIGSTOP and the signals Node reserves cannot be caught.
    }
  };
  def(rt, "os/signal.signal_enable", (a) => {
    const sig = a.u32();
    if (ignored.delete(sig)) listen(sig, false);
    enabled.add(sig);
  });
  def(rt, "os/signal.signal_disable", (a) => {
    const sig = a.u32();
    enabled.delete(sig);
    if (ignored.delete(sig)) listen(sig, false);
  });
  def(rt, "os/signal.signal_ignore", (a) => {
    const sig = a.u32();
    enabled.delete(sig);
    if (!ignored.has(sig)) {
      ignored.add(sig);
      listen(sig, true);
    }
  });
  def(rt, "os/signal.signal_ignored", (a) => {
    const sig = a.u32();
    a.results().setBool(ignored.has(sig));
  });
  def(rt, "os/signal.signal_recv", () => {
    throw new GoFatal("all goroutines are asleep - deadlock!");
  });
}
