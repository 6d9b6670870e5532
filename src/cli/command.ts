// The gots command: `gots build`, `gots run`, `gots version`, `gots help`,
// with the go command's arguments, messages and exit statuses:
//   0  success;
//   1  the program did not compile, or a package could not be loaded
//      (messages as the go command and gc print them);
//   2  bad usage, or an internal error ("gots: internal compiler error: ...";
//      the JS stack only with GOTS_DEBUG=1).
// `gots run` exits with the program's own status.
//
// Everything written is a byte string (see syntax/source.ts) and goes out
// with the latin1 encoding, so Go text reaches the terminal byte for byte.

import { toByteString } from "../syntax/source.js";
import { type CompileStats, compilePackages, DeepNesting, defaultGcFlags } from "./compile.js";
import { BuildContext } from "./constraint.js";
import { libDir, versionLine } from "./env.js";
import { type BuildFlags, parseBuildFlags, UsageError } from "./flags.js";
import { type Frontend, GoCommandError, type LoadedPackage, Loader, PkgKind } from "./loader.js";
import { type Program, runImage, runProgram } from "./run.js";
import { BuildCache, depsOf, depsValid } from "./cache.js";
import { goStdPackages } from "./stdpkgs.js";

export interface CliEnv {
  cwd: string;
  env: NodeJS.ProcessEnv;
  frontend: Frontend;
  /** Writes a byte string to standard output / standard error. */
  stdout(s: string): void;
  stderr(s: string): void;
  /** Runs a compiled program (runProgram unless a test substitutes it). */
  run?: (program: Program, args: string[]) => Promise<number>;
  stats?: CompileStats;
  /** Running on the large-stack thread already (see NeedBigStack): no further retry. */
  bigStack?: boolean;
}

/**
 * Thrown when compiling ran out of JS stack (deeply nested source, which gc
 * compiles on its growable stacks); the entry point then runs the command
 * again on a thread with a larger stack. Nothing has been printed when it is
 * thrown.
 */
export class NeedBigStack extends Error {}

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

const usage = `Gots compiles Go 1.23 programs and runs them on Node.js.

Usage:

	gots <command> [arguments]

The commands are:

	build       compile packages and dependencies
	run         compile and run Go program
	version     print gots version

Use "gots help <command>" for more information about a command.
`;

const buildUsage = "usage: gots build [-o output] [build flags] [packages]\n";
const runUsage = "usage: gots run [build flags] [-exec xprog] package [arguments...]\n";

const helpText: Record<string, string> = {
  build: `${buildUsage}
Build compiles the packages named by the import paths or directories
(default "."), or the .go files named on the command line, along with their
dependencies, and reports compile errors exactly as go build does. It writes
no executable: gots programs run with "gots run".

The build flags:

	-gcflags '[pattern=]arg list'
		arguments for the compiler, for the named packages (or all
		packages with the pattern "all"): -e reports all errors instead
		of the first 10, -lang=go1.N sets the language version, -C drops
		columns from error positions, -m asks for escape analysis
		diagnostics (accepted; not implemented yet). Other compiler
		flags are accepted and ignored.
	-tags tag,list
		additional build tags to consider satisfied.

The other build flags of the go command are accepted and ignored.
`,
  run: `${runUsage}
Run compiles and runs the named main Go package: either .go source files
from a single directory, or a package directory or import path. Arguments
after the files (or the package) become os.Args[1:]. The exit status is the
program's.

The build flags are those of "gots help build".
`,
  version: `usage: gots version

Version prints the gots version, the Go release it follows, and the target.
`,
};

export async function gotsMain(argv: string[], env: CliEnv): Promise<number> {
  try {
    const [cmd, ...args] = argv;
    switch (cmd) {
      case undefined:
        env.stderr(usage);
        return 2;
      case "help":
      case "-h":
      case "-help":
      case "--help":
        if (args.length === 0) {
          env.stdout(usage);
          return 0;
        }
        if (helpText[args[0]] === undefined) {
          env.stderr(`gots help ${toByteString(args[0])}: unknown help topic. Run 'gots help'.\n`);
          return 2;
        }
        env.stdout(helpText[args[0]]);
        return 0;
      case "version":
        env.stdout(versionLine() + "\n");
        return 0;
      case "build":
      case "run":
        return await buildOrRun(cmd, args, env);
      default:
        env.stderr(`gots ${toByteString(cmd)}: unknown command\nRun 'gots help' for usage.\n`);
        return 2;
    }
  } catch (e) {
    if (e instanceof NeedBigStack) throw e;
    if (e instanceof GoCommandError) {
      for (const l of e.lines) env.stderr(l + "\n");
      return 1;
    }
    if (e instanceof UsageError) {
      const cmd = argv[0] === "run" ? runUsage : buildUsage;
      env.stderr(`${toByteString(e.message)}\n${cmd}Run 'gots help ${argv[0]}' for details.\n`);
      return 2;
    }
    env.stderr(`gots: internal compiler error: ${toByteString(e instanceof Error ? e.message : String(e))}\n`);
    if (env.env.GOTS_DEBUG === "1" && e instanceof Error && e.stack) env.stderr(toByteString(e.stack) + "\n");
    return 2;
  }
}

/** The packages named by the arguments: .go files, directories, or import paths. */
function loadRoots(loader: Loader, args: string[]): LoadedPackage[] {
  if (args.some((a) => a.endsWith(".go"))) return [loader.loadFiles(args)];
  return args.map((a) => {
    if (a.includes("...")) throw new GoCommandError([`gots: package patterns ("${toByteString(a)}") are not supported`]);
    const isLocal = a === "." || a === ".." || a.startsWith("./") || a.startsWith("../") || a.startsWith("/");
    return isLocal ? loader.loadDir(a) : loader.loadImportPath(a);
  });
}

/** os.Args[0]'s base name: the first file's name for files, else the last import path element. */
function programName(root: LoadedPackage): string {
  if (root.kind === PkgKind.Files) return root.fileNames[0].replace(/^.*[\\/]/, "").replace(/\.go$/, "");
  return root.path === "command-line-arguments" ? root.dir.replace(/^.*[\\/]/, "") : root.path.replace(/^.*\//, "");
}

async function buildOrRun(cmd: "build" | "run", args: string[], env: CliEnv): Promise<number> {
  const { flags, rest } = parseBuildFlags(cmd, args);
  let pkgArgs = rest;
  let progArgs: string[] = [];
  if (cmd === "run") {
    if (rest.length === 0) throw new GoCommandError(["go: no go files listed"]);
    let n = 0;
    while (n < rest.length && rest[n].endsWith(".go")) n++;
    if (n === 0) n = 1;
    pkgArgs = rest.slice(0, n);
    progArgs = rest.slice(n);
  } else if (pkgArgs.length === 0) {
    pkgArgs = ["."];
  }

  const lib = libDir();
  const newLoader = () =>
    new Loader({ cwd: env.cwd, libDir: lib, context: new BuildContext(undefined, undefined, flags.tags) });
  // One loader per root package, as the go command builds each named package.
  // Errors are printed once every package is compiled, so that a retry on a
  // larger stack (NeedBigStack) never repeats output.
  const roots = pkgArgs.some((a) => a.endsWith(".go")) ? [pkgArgs] : pkgArgs.map((a) => [a]);
  const output: string[] = [];
  let status = 0;
  // An unchanged program runs from the build cache's executable image
  // (GOTS_CACHE_TRACE=1 tells on stderr whether it did).
  // Not with -m: its diagnostics are printed by compiling.
  const cache = cmd === "run" && env.run === undefined && flags.gcflags.m === 0 ? BuildCache.open(env.env) : null;
  const settings = [flags.tags.join(","), JSON.stringify(flags.gcflags), String(flags.gcflagsAll), lib ?? ""];
  const trace = env.env.GOTS_CACHE_TRACE === "1" ? (s: string) => env.stderr(`gots: build cache: ${s}\n`) : () => {};
  const fromCache = (key: string, root: LoadedPackage, progArgs: string[]): number | null => {
    const e = cache!.get(key);
    const code = e !== null && depsValid(e.deps) ? runImage(e.image, programName(root), progArgs, () => trace("hit")) : null;
    if (code === null) trace("miss");
    else if (code !== 0) env.stderr(`exit status ${code}\n`);
    return code;
  };
  for (const group of roots) {
    const loader = newLoader();
    let root: LoadedPackage;
    let order: LoadedPackage[];
    let key = "";
    let quick = false;
    try {
      [root] = loadRoots(loader, group);
      if (cache !== null) {
        quick = importsOnlyStd(root, loader);
        if (quick) {
          key = BuildCache.key([root], ["std-only", ...settings]);
          const code = fromCache(key, root, progArgs);
          if (code !== null) return code;
        }
      }
      order = loader.walk(root);
      if (cmd === "run" && root.name !== "main") throw new GoCommandError([`package ${root.path} is not a main package`]);
      if (cmd === "run" && !order.some((p) => p.path === "runtime")) {
        // Every Go program links the runtime: its error types are the values of runtime errors.
        const extra = loader.walk(loader.loadImportPath("runtime")).filter((p) => !order.includes(p));
        order = [...extra, ...order];
      }
    } catch (e) {
      if (!(e instanceof GoCommandError)) throw e;
      output.push(...e.lines);
      status = 1;
      continue;
    }
    if (cache !== null && !quick) {
      key = BuildCache.key(order, settings);
      const code = fromCache(key, root, progArgs);
      if (code !== null) return code;
    }
    if (!compile(order, loader, flags, env, output, cmd === "run")) {
      status = 1;
      continue;
    }
    if (cmd === "run") {
      const program: Program = {
        fset: loader.fset,
        packages: order,
        main: root,
        name: programName(root),
        gcflags: flags.gcflags,
        saveImage:
          cache === null
            ? null
            : (img) => {
                cache.put(key, { deps: quick ? depsOf(order.filter((p) => p !== root)) : [], image: img });
                trace("saved");
              },
      };
      const code = await (env.run ?? runProgram)(program, progArgs);
      // Like go run: a program that failed is followed by its exit status.
      if (code !== 0 && env.run === undefined) env.stderr(`exit status ${code}\n`);
      return code;
    }
  }
  for (const l of output) env.stderr(l + "\n");
  return status;
}

/**
 * Whether root imports only standard library packages that gots provides
 * (not shadowed by the main module), so that its cache key can leave out
 * the library's sources (see cache.ts).
 */
function importsOnlyStd(root: LoadedPackage, loader: Loader): boolean {
  if (root.loadError !== null || root.sources.length === 0) return false;
  const mod = loader.module;
  return root.importSpecs.every(
    (s) => goStdPackages.has(s.path) && !/(^|\/)internal(\/|$)/.test(s.path) && (mod === null || mod.path === "" || (s.path !== mod.path && !s.path.startsWith(mod.path + "/"))),
  );
}

/** Compiles in build order, adding gc's errors to `output`; false if anything failed. */
function compile(order: LoadedPackage[], loader: Loader, flags: BuildFlags, env: CliEnv, output: string[], forRun: boolean): boolean {
  try {
    const res = compilePackages(order, env.frontend, loader.fset, {
      goCommand: true,
      rootFlags: flags.gcflags,
      depFlags: flags.gcflagsAll ? flags.gcflags : defaultGcFlags(),
      stats: env.stats,
      deepNestingThrows: env.bigStack !== true,
      // Running needs the library's function bodies; building checks only its API.
      checkLibraryBodies: forRun,
    });
    output.push(...res.output);
    return res.ok;
  } catch (e) {
    if (e instanceof DeepNesting || (isStackOverflow(e) && env.bigStack !== true)) throw new NeedBigStack("compiling needs a larger stack");
    throw e;
  }
}
