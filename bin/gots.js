#!/usr/bin/env node
// The `gots` command. Everything lives in the bundle built by `npm install`
// (dist/gots.cjs); this starts it through V8's code cache, so that a run
// does not parse and compile the whole bundle again: the cache is made at
// the end of a run that had none (holding the code of every function that
// run compiled) and kept in the build cache's directory (see
// src/cli/cache.ts; none with GOTSCACHE=off). V8 rejects a cache made for
// other source or by another V8, and then compiles as usual.

import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const bundle = fileURLToPath(new URL("../dist/gots.cjs", import.meta.url));
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
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
if (file !== null && (cachedData === undefined || script.cachedDataRejected)) {
  process.once("exit", () => {
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
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
