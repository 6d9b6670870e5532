// math/rand and math/rand/v2's runtime_rand: 64 random bits per call, drawn
// from the host's cryptographic generator in batches (refilled every 512
// calls), so each process has its own unpredictable sequence.

import type { Runtime } from "../../runtime/rt.js";

export function registerRand(rt: Runtime): void {
  const u32 = rt.v.u32;
  const batch = new Uint32Array(1024);
  let i = batch.length;
  // runtime_rand() uint64: result@0, written as two words.
  const next = (p: number): void => {
    if (i === batch.length) {
      // The global Web Crypto object: node:crypto is loaded only when a program draws random numbers.
      globalThis.crypto.getRandomValues(batch);
      i = 0;
    }
    u32[p >> 2] = batch[i];
    u32[(p >> 2) + 1] = batch[i + 1];
    i += 2;
  };
  rt.natives.set("math/rand.runtime_rand", next);
  rt.natives.set("math/rand/v2.runtime_rand", next);
}
