// Parses every .go file under the given directories (default: Go 1.23's
// test/ suite) and reports parsing speed and how our syntax errors compare
// with gc's: files of tests that must compile must have no errors, and
// errorcheck tests' "// ERROR" annotations are checked the way Go's test
// driver (cmd/internal/testdir) checks them. With --oracle, errorcheck
// files are also compiled by the real gc (outputs cached in
// /tmp/gots-gc-oracle.json) and, where gc stops at syntax errors, our output
// must equal gc's line for line.
//
//   node build/test/syntax/parse-corpus.js [--oracle] [--verbose] [dir...]
//
// Under `node --test` this file does nothing (it is a tool, not a test).

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { ErrorList, TooManyErrors } from "../../src/syntax/diag.js";
import { parseFile } from "../../src/syntax/parser.js";
import { FileSet } from "../../src/syntax/source.js";
import { type Msg, errorCheck, noErrorActions, parserStageMessage, testAction, wantedErrors } from "./errorcheck.js";

const GOROOT = "/usr/lib/go-1.23";
const ORACLE_CACHE = "/tmp/gots-gc-oracle.json";

function goFiles(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) goFiles(p, out);
    else if (name.endsWith(".go")) out.push(p);
  }
  return out;
}

function loadOracle(): Record<string, string> {
  if (!existsSync(ORACLE_CACHE)) return {};
  return JSON.parse(readFileSync(ORACLE_CACHE, "utf8")) as Record<string, string>;
}

/** gc's output for a file (compiled in its directory, -e, with the test's flags). */
function runGc(file: string, flags: string[]): string | null {
  const gcFlags: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i];
    if (f === "-t" || f === "-goexperiment" || f === "-godebug") i++;
    else if (f.startsWith("-") && f !== "-0" && f !== "-1" && f !== "-s") gcFlags.push(f);
  }
  // Not -o /dev/null: gc removes its output file after errors (as root, /dev/null itself).
  const args = ["tool", "compile", "-p=p", "-e", "-o", "/tmp/gots-gc-oracle.o", ...gcFlags, basename(file)];
  for (let attempt = 0; ; attempt++) {
    try {
      execFileSync(`${GOROOT}/bin/go`, args, { cwd: dirname(file), stdio: ["ignore", "pipe", "pipe"], timeout: 60000 });
      return "";
    } catch (e) {
      const err = e as { status: number | null; stdout?: Buffer; stderr?: Buffer };
      if (err.status === null && attempt < 3) continue; // could not run; try again
      if (err.status === null) return null;
      return (err.stdout?.toString("latin1") ?? "") + (err.stderr?.toString("latin1") ?? "");
    }
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  const useOracle = argv.includes("--oracle");
  const verbose = argv.includes("--verbose");
  const dirs = argv.filter((a) => !a.startsWith("--"));
  if (dirs.length === 0) dirs.push(`${GOROOT}/test`);

  const files: string[] = [];
  for (const d of dirs) goFiles(d, files);
  const oracle = useOracle ? loadOracle() : {};
  let oracleDirty = false;

  let totalLines = 0;
  let totalBytes = 0;
  let parseMs = 0;
  let withErrors = 0;
  let withSyntaxErrors = 0;
  const noErrorFailures: string[] = [];
  let noErrorFiles = 0;
  let ecFiles = 0;
  let ecOurSyntax = 0;
  let ecPass = 0;
  let ecPartialOk = 0;
  let ecPartial = 0;
  const ecFailures: string[] = [];
  let orLaterFiles = 0;
  let orLaterEqual = 0;
  let orSyntaxFiles = 0;
  let orEqual = 0;
  const orFailures: string[] = [];
  let crashes = 0;

  for (const path of files) {
    const bytes = readFileSync(path);
    let lines = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lines++;
    if (bytes.length > 0 && bytes[bytes.length - 1] !== 10) lines++;
    totalLines += lines;
    totalBytes += bytes.length;

    const short = basename(path);
    const fset = new FileSet();
    const sf = fset.addFile(short, bytes);
    const errors = new ErrorList(fset, true);
    const src = bytes.toString("latin1");
    const inDir = /\.dir\//.test(path);
    const { action, args } = testAction(src);
    const opts = { std: args.includes("-std"), compilingRuntime: args.includes("-+") };
    const t0 = performance.now();
    try {
      parseFile(sf, errors, opts);
    } catch (e) {
      if (!(e instanceof TooManyErrors)) {
        crashes++;
        console.log(`CRASH ${path}: ${(e as Error).stack}`);
      }
    }
    parseMs += performance.now() - t0;
    if (errors.count > 0) withErrors++;
    if (errors.syntaxCount > 0) withSyntaxErrors++;

    const isTestFile = path.startsWith(`${GOROOT}/test/`) && !inDir;

    const ourLines = errors.lines();
    if ((isTestFile && noErrorActions.has(action)) || (!path.startsWith(`${GOROOT}/test/`) && !/testdata/.test(path))) {
      noErrorFiles++;
      if (errors.count > 0) noErrorFailures.push(`${path}:\n  ${ourLines.join("\n  ")}`);
      continue;
    }
    if (!isTestFile || (action !== "errorcheck" && action !== "errorcheckwithauto")) continue;

    ecFiles++;
    const msgs: Msg[] = errors.list
      .slice()
      .sort((a, b) => a.pos - b.pos)
      .map((d) => ({ line: fset.position(d.pos).line, text: d.msg }));
    const want = wantedErrors(src, short);
    const hasSyntax = errors.syntaxCount > 0;
    if (hasSyntax) {
      ecOurSyntax++;
      const problems = errorCheck(msgs, want, true);
      if (problems.length === 0) ecPass++;
      else ecFailures.push(`${relative(GOROOT, path)}:\n  ${problems.join("\n  ")}`);
    } else if (msgs.length > 0) {
      // Type checking would run too; our errors must each be expected.
      ecPartial++;
      const problems = errorCheck(msgs, want, false);
      if (problems.length === 0) ecPartialOk++;
      else ecFailures.push(`${relative(GOROOT, path)} (no syntax errors):\n  ${problems.join("\n  ")}`);
    }

    if (useOracle) {
      const key = relative(GOROOT, path);
      let gcOut: string | null | undefined = oracle[key];
      if (gcOut === undefined) {
        gcOut = runGc(path, args);
        if (gcOut === null) {
          orFailures.push(`${key}: could not run gc`);
          continue;
        }
        oracle[key] = gcOut;
        oracleDirty = true;
      }
      const gcLines = gcOut.split("\n").filter((l) => l !== "" && !l.startsWith("#"));
      if (gcLines.some((l) => / syntax error: /.test(l))) {
        orSyntaxFiles++;
        if (gcLines.join("\n") === ourLines.join("\n")) orEqual++;
        else orFailures.push(`${key}:\n  gc:   ${gcLines.join("\n        ")}\n  ours: ${ourLines.join("\n        ")}`);
      } else if (hasSyntax) {
        orFailures.push(`${key}: gc reports no syntax error; ours:\n        ${ourLines.join("\n        ")}`);
      } else {
        // gc went on to type checking: its parser-stage errors must be
        // exactly ours.
        orLaterFiles++;
        const gcParser = gcLines.filter((l) => parserStageMessage.test(l.replace(/^[^ ]* /, "")));
        const missing = gcParser.filter((l) => !ourLines.includes(l));
        const extra = ourLines.filter((l) => !gcLines.includes(l));
        if (missing.length === 0 && extra.length === 0) orLaterEqual++;
        else orFailures.push(`${key}:\n  missing: ${missing.join("\n           ")}\n  extra:   ${extra.join("\n           ")}`);
      }
    }
  }
  if (oracleDirty) writeFileSync(ORACLE_CACHE, JSON.stringify(oracle, null, 1));

  const secs = parseMs / 1000;
  console.log(`files:            ${files.length}`);
  console.log(`lines:            ${totalLines}`);
  console.log(`bytes:            ${totalBytes}`);
  console.log(`parse time:       ${parseMs.toFixed(0)} ms`);
  console.log(`lines/s:          ${Math.round(totalLines / secs)}`);
  console.log(`MB/s:             ${(totalBytes / 1e6 / secs).toFixed(1)}`);
  console.log(`crashes:          ${crashes}`);
  console.log(`files with errors: ${withErrors} (with syntax errors: ${withSyntaxErrors})`);
  console.log(`must-compile files: ${noErrorFiles}, with errors: ${noErrorFailures.length}`);
  console.log(`errorcheck files: ${ecFiles}`);
  console.log(`  with our syntax errors: ${ecOurSyntax}, annotations fully matched: ${ecPass}`);
  console.log(`  with only non-syntax errors of ours: ${ecPartial}, all expected: ${ecPartialOk}`);
  if (useOracle) {
    console.log(`  gc stops at syntax errors: ${orSyntaxFiles}, our output identical: ${orEqual}`);
    console.log(`  gc goes on to type check: ${orLaterFiles}, parser-stage errors identical: ${orLaterEqual}`);
  }
  if (verbose) {
    for (const f of noErrorFailures) console.log(`MUST-COMPILE ${f}`);
    for (const f of ecFailures) console.log(`ERRORCHECK ${f}`);
    for (const f of orFailures) console.log(`ORACLE ${f}`);
  }
}

if (process.env.NODE_TEST_CONTEXT === undefined) main();
