// Output is never lost: a program that writes 100 MB to a pipe, then to
// stderr, then exits with a status, delivers every byte in order and the
// status (the runtime flushes before exiting; src/runtime/output.ts).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../../", import.meta.url).pathname;

const program = `package main

import "os"

func main() {
	chunk := make([]byte, 1<<16)
	for i := range chunk {
		chunk[i] = 'a' + byte(i%26)
	}
	chunk[len(chunk)-1] = '\\n'
	const total = 100_000_000
	for n := 0; n < total; n += len(chunk) {
		c := chunk
		if total-n < len(c) {
			c = c[:total-n]
		}
		os.Stdout.Write(c)
	}
	os.Stderr.WriteString("done\\n")
	os.Exit(3)
}
`;

test("100 MB of stdout through a pipe arrives whole, then stderr and the exit status", async () => {
  const dir = mkdtempSync(join(tmpdir(), "gots-output-"));
  try {
    writeFileSync(join(dir, "big.go"), program);
    const want = createHash("sha256");
    const chunk = Buffer.alloc(1 << 16);
    for (let i = 0; i < chunk.length; i++) chunk[i] = 97 + (i % 26);
    chunk[chunk.length - 1] = 10;
    for (let n = 0; n < 100_000_000; n += chunk.length) want.update(chunk.subarray(0, Math.min(chunk.length, 100_000_000 - n)));
    const child = spawn(process.execPath, [join(root, "bin", "gots.js"), "run", "big.go"], { cwd: dir, env: { ...process.env, GOTSCACHE: "off" } });
    const got = createHash("sha256");
    let size = 0;
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => {
      size += b.length;
      got.update(b);
    });
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("latin1")));
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    assert.equal(size, 100_000_000);
    assert.equal(got.digest("hex"), want.digest("hex"));
    assert.equal(stderr, "done\nexit status 3\n");
    assert.equal(status, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
