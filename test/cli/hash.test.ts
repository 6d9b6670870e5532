// The build cache's hash (src/cli/hash.ts) against the reference
// MurmurHash3_x86_128: SMHasher's verification value hashes keys of every
// length 0..255 with varying seeds, so it covers every tail length and the
// finalization, not just one input.

import assert from "node:assert/strict";
import { test } from "node:test";
import { murmur128, murmur128Hex } from "../../src/cli/hash.js";

test("MurmurHash3_x86_128 matches SMHasher's verification value", () => {
  const key = new Uint8Array(256);
  const hashes = Buffer.alloc(16 * 256);
  for (let i = 0; i < 256; i++) {
    key[i] = i;
    murmur128(key.subarray(0, i), 256 - i).forEach((w, j) => hashes.writeUInt32LE(w, 16 * i + 4 * j));
  }
  const final = murmur128(hashes, 0);
  assert.equal(final[0], 0xb3ece62a);
});

test("murmur128Hex of the empty input with seed 0 is all zero; one changed byte changes it", () => {
  assert.equal(murmur128Hex(new Uint8Array(0)), "0".repeat(32));
  const a = Buffer.from("package main\nfunc main() {}\n");
  const b = Buffer.from(a);
  b[5] ^= 1;
  assert.notEqual(murmur128Hex(a), murmur128Hex(b));
});
