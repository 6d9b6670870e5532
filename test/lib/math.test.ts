// Package math against Go 1.23 on linux/amd64, bit for bit:
//
//   - testdata/lib/math/funcs.go prints every math function's results on a
//     pool of ~900 inputs (specials, subnormals, huge values, values next to
//     multiples of π/4 and to each function's breakpoints, random ones) as
//     IEEE 754 bits, cmplx.go the same for math/cmplx; NAME.out.gz is what
//     Go printed (scripts/gen-math/gen.sh), and `gots run` must print
//     exactly the same;
//   - the FMA native's fast path (error-free transformations with rounding to
//     odd) against its exact BigInt path, on inputs built to hit ties,
//     cancellation and sticky bits.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { fma, fmaExact } from "../../src/lib/natives/math.js";

const root = new URL("../../../", import.meta.url).pathname;
const gots = process.env.GOTS_TEST_BIN ?? join(root, "bin", "gots.js");
const dir = join(root, "testdata", "lib", "math");

for (const name of ["funcs", "cmplx"]) {
  test(`gots run testdata/lib/math/${name}.go prints what Go printed`, () => {
    const want = gunzipSync(readFileSync(join(dir, `${name}.out.gz`))).toString("latin1").split("\n");
    const r = spawnSync(process.execPath, [gots, "run", join(dir, `${name}.go`)], { encoding: "latin1", maxBuffer: 1 << 28 });
    assert.equal(r.stderr, "");
    assert.equal(r.status, 0);
    const got = r.stdout.split("\n");
    // Report differing lines with the inputs they refer to ("x I BITS" or
    // "z I RE IM" lines).
    const inputs = new Map<string, string>();
    for (const l of want) {
      const f = l.split(" ");
      if (f[0] === "x" || f[0] === "z") inputs.set(f[1], f.slice(2).join(" "));
    }
    const bad: string[] = [];
    const counts = new Map<string, number>();
    for (let i = 0; i < Math.max(want.length, got.length); i++) {
      if (want[i] === got[i]) continue;
      const fn = (want[i] ?? got[i] ?? "").split(" ")[0];
      counts.set(fn, (counts.get(fn) ?? 0) + 1);
      if (bad.length < 30) {
        const idx = (want[i] ?? "").split(" ")[1] ?? "";
        bad.push(`line ${i + 1}: want ${JSON.stringify(want[i])}, got ${JSON.stringify(got[i])} (input ${idx}: ${inputs.get(idx)})`);
      }
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const summary = [...counts].map(([n, c]) => `${n} ${c}`).join(", ");
    assert.deepEqual(bad, [], `${total} of ${want.length} lines differ: ${summary}`);
    assert.ok(want.length > 5000);
  });
}

// ---------------------------------------------------------------------------
// The FMA native

const scratch = new Float64Array(1);
const scratchBits = new BigUint64Array(scratch.buffer);
const fromBits = (b: bigint): number => {
  scratchBits[0] = b;
  return scratch[0];
};
const bitsOf = (f: number): bigint => {
  scratch[0] = f;
  return scratchBits[0];
};

let seed = 0x853c49e6748fea9bn;
const rnd = (): bigint => {
  seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
  return seed ^ (seed >> 29n);
};
const rint = (n: number): number => Number(rnd() % BigInt(n));
/** A double with random sign and mantissa and an exponent in [e0, e0+span). */
const rdouble = (e0: number, span: number): number =>
  fromBits((rnd() & 0x800fffffffffffffn) | (BigInt(1023 + e0 + rint(span)) << 52n));

test("fma: fast path agrees with exact arithmetic", () => {
  const bad: string[] = [];
  const check = (x: number, y: number, z: number) => {
    const a = fma(x, y, z);
    const e = fmaExact(x, y, z);
    if (!Object.is(a, e) && bad.length < 10) bad.push(`fma(${x}, ${y}, ${z}) = ${a}, exactly ${e}`);
  };
  for (let i = 0; i < 100000; i++) {
    switch (i % 5) {
      case 0:
        check(rdouble(-100, 200), rdouble(-100, 200), rdouble(-100, 200));
        break;
      case 1: {
        // z cancels x*y up to a few ulps.
        const x = rdouble(-20, 40);
        const y = rdouble(-20, 40);
        check(x, y, fromBits(bitsOf(-(x * y)) + BigInt(rint(5)) - 2n));
        break;
      }
      case 2: {
        // Short mantissas: products of up to 54 bits, exact ties with z.
        const x = (rint(1 << 27) | 1) * 2 ** (rint(20) - 10);
        const y = (rint(1 << 27) | 1) * 2 ** (rint(20) - 10);
        const z = (rint(2) ? 1 : -1) * 2 ** (Math.floor(Math.log2(Math.abs(x * y))) - rint(60)) * (1 + rint(4) / 4);
        check(x, y, z);
        break;
      }
      case 3:
        // z far below x*y: only its sticky bit matters.
        check(rdouble(0, 1), rdouble(0, 1), rdouble(-110, 60));
        break;
      case 4:
        // Near the bounds of the fast path.
        check(rdouble(-460, 20), rdouble(-460, 20), rdouble(-920, 40));
        break;
    }
  }
  assert.deepEqual(bad, []);
});

test("fma: special cases and rounding", () => {
  assert.equal(fma(1 + 2 ** -52, 1 + 2 ** -52, -1), 2 ** -51 + 2 ** -104);
  assert.equal(fma(0.1, 10, -1), 5.551115123125783e-17);
  assert.ok(Object.is(fma(1e-200, -1e-200, 0), -0)); // underflow keeps the exact sign
  assert.ok(Object.is(fma(1, -0, 0), 0));
  assert.ok(Object.is(fma(-1, 0, -0), -0));
  assert.equal(fma(2 ** -1074, 0.5, 0), 0); // tie to even at the bottom
  assert.equal(fmaExact(2 ** -1074, 0.5, 2 ** -1074), 2 ** -1073);
  assert.ok(Object.is(fmaExact(2 ** -1074, 0.5, -(2 ** -1074)), -0));
  assert.equal(fma(1e308, 10, -1e308), Infinity);
  assert.equal(fma(1e308, 10, -Infinity), -Infinity);
  assert.equal(fma(Number.MAX_VALUE, 2, -Number.MAX_VALUE), Number.MAX_VALUE);
  assert.ok(Number.isNaN(fma(0, Infinity, 1)));
  assert.ok(Number.isNaN(fma(Infinity, 1, -Infinity)));
  assert.equal(fma(3, 5, 7), 22);
});
