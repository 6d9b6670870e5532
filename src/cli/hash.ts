// The build cache's content hash: MurmurHash3 x86_128 (Austin Appleby's
// public-domain function), written here because loading node:crypto costs
// several milliseconds of every `gots run`, a large part of the start-up of
// a program served from the cache. The go command hashes with SHA-256; a
// cache key needs no resistance to deliberate collisions (whoever can write
// the sources can write the cache), only 128 well-mixed bits.

import { fmix } from "../runtime/alg.js";

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}


// Each lane's scrambling of a 32-bit word of input (blocks and tail alike).
const mix1 = (k: number) => Math.imul(rotl(Math.imul(k, C1), 15), C2);
const mix2 = (k: number) => Math.imul(rotl(Math.imul(k, C2), 16), C3);
const mix3 = (k: number) => Math.imul(rotl(Math.imul(k, C3), 17), C4);
const mix4 = (k: number) => Math.imul(rotl(Math.imul(k, C4), 18), C1);

/** MurmurHash3_x86_128 of b: four little-endian uint32 words, as the reference stores them. */
export function murmur128(b: Uint8Array, seed = 0): [number, number, number, number] {
  let h1 = seed | 0;
  let h2 = seed | 0;
  let h3 = seed | 0;
  let h4 = seed | 0;
  const len = b.length;
  const blocks = len - (len % 16);
  const word = (i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  for (let i = 0; i < blocks; i += 16) {
    h1 ^= mix1(word(i));
    h1 = rotl(h1, 19);
    h1 = (h1 + h2) | 0;
    h1 = (Math.imul(h1, 5) + 0x561ccd1b) | 0;
    h2 ^= mix2(word(i + 4));
    h2 = rotl(h2, 17);
    h2 = (h2 + h3) | 0;
    h2 = (Math.imul(h2, 5) + 0x0bcaa747) | 0;
    h3 ^= mix3(word(i + 8));
    h3 = rotl(h3, 15);
    h3 = (h3 + h4) | 0;
    h3 = (Math.imul(h3, 5) + 0x96cd1c35) | 0;
    h4 ^= mix4(word(i + 12));
    h4 = rotl(h4, 13);
    h4 = (h4 + h1) | 0;
    h4 = (Math.imul(h4, 5) + 0x32ac3b17) | 0;
  }
  // The last len % 16 bytes, as little-endian partial words.
  const tail = [0, 0, 0, 0];
  for (let i = blocks; i < len; i++) tail[(i - blocks) >> 2] |= b[i] << (8 * ((i - blocks) & 3));
  const rest = len - blocks;
  if (rest > 12) h4 ^= mix4(tail[3]);
  if (rest > 8) h3 ^= mix3(tail[2]);
  if (rest > 4) h2 ^= mix2(tail[1]);
  if (rest > 0) h1 ^= mix1(tail[0]);
  h1 ^= len;
  h2 ^= len;
  h3 ^= len;
  h4 ^= len;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** The hash of b as 32 hex digits (the bytes in the reference's order). */
export function murmur128Hex(b: Uint8Array): string {
  const out = Buffer.alloc(16);
  murmur128(b).forEach((w, i) => out.writeUInt32LE(w, 4 * i));
  return out.toString("hex");
}
