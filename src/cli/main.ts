// Entry point of the gots command (bundled into dist/gots.cjs, started by
// bin/gots.js). Runs gotsMain with the real front end and sets the exit
// status. If compiling runs out of JS stack (very deeply nested source,
// which gc handles with its growable stacks), the same command is run again
// on a worker thread with a 1 GB stack.

import { createRequire } from "node:module";
import { gotsMain, NeedBigStack, type CliEnv } from "./command.js";
import { goFrontend } from "./frontend.js";

// The streams are touched only when the command prints through them (a
// program's own output goes through runtime/output.ts): making
// process.stdout loads node:stream, which a run from the build cache does
// not otherwise need.
const write = (which: "stdout" | "stderr") => (s: string) => {
  const stream = process[which];
  if (stream.listenerCount("error") === 0) {
    // A closed pipe (`gots run x | head`) ends the command quietly, with
    // the status a shell shows for a Go program killed by SIGPIPE.
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(141);
      throw e;
    });
  }
  stream.write(Buffer.from(s, "latin1"));
};

function cliEnv(bigStack: boolean): CliEnv {
  return {
    bigStack,
    cwd: process.cwd(),
    env: process.env,
    frontend: goFrontend,
    stdout: write("stdout"),
    stderr: write("stderr"),
  };
}

/** The first argument of the large-stack thread's command line (see runOnBigStack). */
const bigStackMarker = "--gots-big-stack-thread";

async function runOnBigStack(argv: string[]): Promise<number> {
  // Loaded only here: most runs never need it, and loading costs start-up time.
  const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const w = new Worker(new URL(import.meta.url), {
    argv: [bigStackMarker, ...argv],
    resourceLimits: { stackSizeMb: 1024 },
  });
  return new Promise((resolve) => w.on("exit", resolve));
}

async function main(): Promise<void> {
  const bigStack = process.argv[2] === bigStackMarker;
  const argv = process.argv.slice(bigStack ? 3 : 2);
  let code: number;
  try {
    code = await gotsMain(argv, cliEnv(bigStack));
  } catch (e) {
    if (!(e instanceof NeedBigStack) || bigStack) throw e;
    code = await runOnBigStack(argv);
  }
  process.exitCode = code;
}

main().catch((e: unknown) => {
  process.stderr.write(`gots: internal compiler error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.GOTS_DEBUG === "1" && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
});
