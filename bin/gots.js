#!/usr/bin/env node
// The `gots` command. Everything lives in the bundle built by `npm install`
// (dist/gots.cjs); this starts it through V8's code cache, so that a run
// does not parse and compile the whole bundle again. The cache is made at
// the end of a run of a program from the build cache (so it holds the code
// that such runs need, not the compiler's) and kept in the build cache's
// directory (see src/cli/cache.ts; none with GOTSCACHE=off). V8 rejects a
// cache made for other source or by another V8, and then compiles as usual.
//
// This file is CommonJS (bin/package.json): an ES module would pay for
// Node's module loader and for ES facades of the built-in modules.
"use strict";

const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { homedir } = require("node:os");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

const bundle = join(__dirname, "..", "dist", "gots.cjs");
const source = readFileSync(bundle, "utf8");

function cacheFile() {
  let dir = process.env.GOTSCACHE ?? "";
  if (dir === "off") return null;
  if (dir === "") {
    const base = process.env.XDG_CACHE_HOME || (homedir() !== "" ? join(homedir(), ".cache") : "");
    if (base === "") return null;
    dir = join(base, "gots");
  }
  const st = statSync(bundle);
  return join(dir, "js", `gots-${st.size}-${Math.floor(st.mtimeMs)}.v8`);
}

const file = cacheFile();
let cachedData;
if (file !== null) {
  try {
    cachedData = readFileSync(file);
  } catch {
    // no code cache yet
  }
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
if (file !== null && (cachedData === undefined || script.cachedDataRejected)) {
  process.once("exit", () => {
    // Only after a run from an executable image (set by src/cli/run.ts).
    if (globalThis.__gotsRanImage !== true) return;
    try {
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, file);
    } catch {
      // the cache only saves time
    }
  });
}
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, bundle, dirname(bundle));
