// Helpers for the CLI tests: locating the repository, running bin/gots.js
// as a subprocess, and recognising output shaped like the go command's.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after } from "node:test";
import { fileURLToPath } from "node:url";

/** The repository root (holding package.json and bin/gots.js). */
export function repoRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(d, "package.json")) && existsSync(join(d, "bin", "gots.js"))) return d;
    const up = dirname(d);
    if (up === d) throw new Error("repository root not found");
    d = up;
  }
}

export interface GotsResult {
  status: number | null;
  /** Output as byte strings (latin1), comparable with Go's bytes. */
  stdout: string;
  stderr: string;
}

/** Runs `node bin/gots.js ...args` in `cwd`. */
export function runGots(args: string[], cwd: string, timeoutMs = 60_000): GotsResult {
  const env = { ...process.env };
  delete env.GOTSROOT;
  delete env.GOTS_DEBUG;
  delete env.NODE_TEST_CONTEXT;
  const r = spawnSync(process.execPath, [join(repoRoot(), "bin", "gots.js"), ...args], {
    cwd,
    env,
    encoding: "latin1",
    timeout: timeoutMs,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** A fresh temporary directory, removed when the test file's tests are done. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `gots-${prefix}-`));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A line the go command or gc could print for a failed build: "# pkg",
 * "file:line:col: msg" ("file:line: msg" when the column is past 255, as gc
 * prints it), a tab-indented continuation, a message of the go command
 * itself ("go: ...", "package ... is not a main package", ...).
 */
export function isGoStyleLine(line: string): boolean {
  return /^# \S+$/.test(line) || /^[^\s:][^:]*:\d+(:\d+)?: \S/.test(line) || /^\t\S/.test(line) || /^(go: |package |named files |found packages )/.test(line);
}

/** Signs that a JS exception escaped: a stack frame or Node's internals. */
export function hasJsTrace(s: string): boolean {
  return s.includes("    at ") || s.includes("node:internal") || /\b(TypeError|RangeError|ReferenceError): /.test(s);
}
