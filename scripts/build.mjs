// Build: bundles the CLI into dist/gots.cjs (one file, so `gots run` starts fast)
// and builds src/ and test/ into build/ (one module per source file, shared
// code in chunks) for the test runner.
// Type checking is separate (`tsc --noEmit`, run by `npm test`).
import { build } from "esbuild";
import { readdirSync, readFileSync, statSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

// The build's identity, for the build cache's keys (src/cli/cache.ts): a
// hash of every source file of gots.
const buildId = (() => {
  const h = createHash("sha256");
  for (const f of tsFiles("src").sort()) {
    h.update(f);
    h.update(readFileSync(f));
  }
  return h.digest("hex").slice(0, 32);
})();
const define = { __GOTS_BUILD_ID__: JSON.stringify(buildId) };

rmSync("build", { recursive: true, force: true });
rmSync("dist", { recursive: true, force: true });
await Promise.all([
  build({
    entryPoints: ["src/cli/main.ts"],
    bundle: true,
    platform: "node",
    // A script rather than a module, so that bin/gots.js can compile it
    // through V8's code cache (vm.Script's cachedData).
    format: "cjs",
    target: "node20",
    outfile: "dist/gots.cjs",
    // Without comments and indentation V8 reads a third less source on
    // every start (names are kept, so JS stack traces still read).
    minifyWhitespace: true,
    define: { ...define, "import.meta.url": "__gotsModuleURL" },
    banner: { js: 'const __gotsModuleURL = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
  }),
  build({
    entryPoints: [...tsFiles("src"), ...tsFiles("test")],
    // Bundled with shared chunks (not file by file) so that const enums are
    // inlined across modules, as in dist/gots.cjs: tests and the suite then
    // measure the same code the command runs.
    bundle: true,
    splitting: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    outdir: "build",
    define,
    outbase: ".",
    logLevel: "warning",
  }),
]);
