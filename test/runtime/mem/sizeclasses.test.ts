// Size classes against Go's own tables (read from the installed Go tree when
// present): the class of every request size 1..32768, class sizes, pages per
// span, objects per span, and roundupsize with and without malloc headers.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import {
  classToNPages,
  classToSize,
  maxSmallSize,
  numSizeClasses,
  pageSize,
  roundupsize,
  sizeToClass,
} from "../../../src/runtime/mem/sizeclasses.js";

const goFile = "/usr/lib/go-1.23/src/runtime/sizeclasses.go";
const haveGo = existsSync(goFile);

/** A `var name = [...]T{...}` table of sizeclasses.go, evaluating the ^uint32(0)/n+1 entries of divmagic too. */
function goTable(src: string, name: string): number[] {
  const m = src.match(new RegExp(`var ${name} = \\[[^\\]]*\\]\\w+\\{([^}]*)\\}`));
  assert.ok(m, `table ${name} not found`);
  return m[1].split(",").map((s) => {
    s = s.trim();
    const magic = s.match(/^\^uint32\(0\)\/(\d+) \+ 1$/);
    return magic ? Math.floor(0xffffffff / Number(magic[1])) + 1 : Number(s);
  });
}

test("class of every size 1..32768 is Go's", { skip: !haveGo && "Go sources not installed" }, () => {
  const src = readFileSync(goFile, "utf8");
  const size = goTable(src, "class_to_size");
  const npages = goTable(src, "class_to_allocnpages");
  const class8 = goTable(src, "size_to_class8");
  const class128 = goTable(src, "size_to_class128");
  assert.equal(size.length, numSizeClasses);
  assert.deepEqual([...classToSize], size);
  assert.deepEqual([...classToNPages], npages);
  for (let n = 1; n <= maxSmallSize; n++) {
    // mallocgc's lookup, from Go's tables.
    const want = n <= 1024 - 8 ? class8[Math.ceil(n / 8)] : class128[Math.ceil((n - 1024) / 128)];
    const got = sizeToClass(n);
    if (got !== want) assert.fail(`size ${n}: class ${got}, Go says ${want}`);
  }
});

test("objects per span match the table in sizeclasses.go's header", { skip: !haveGo && "Go sources not installed" }, () => {
  const src = readFileSync(goFile, "utf8");
  // "//     1          8        8192     1024           0     87.50%          8"
  const rows = [...src.matchAll(/^\/\/\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+[\d.]+%\s+\d+$/gm)];
  assert.equal(rows.length, numSizeClasses - 1);
  for (const r of rows) {
    const c = Number(r[1]);
    assert.equal(classToSize[c], Number(r[2]));
    assert.equal(classToNPages[c] * pageSize, Number(r[3]));
    assert.equal(Math.floor((classToNPages[c] * pageSize) / classToSize[c]), Number(r[4]));
  }
});

test("classes are sorted, 8-byte multiples, and each is the smallest fit", () => {
  for (let c = 1; c < numSizeClasses; c++) {
    assert.equal(classToSize[c] % 8, 0);
    if (c > 1) assert.ok(classToSize[c] > classToSize[c - 1]);
    assert.equal(sizeToClass(classToSize[c]), c);
    if (c > 1) assert.equal(sizeToClass(classToSize[c - 1] + 1), c);
  }
});

test("roundupsize adds and removes the malloc header like msize.go", () => {
  assert.equal(roundupsize(0, true), 0);
  assert.equal(roundupsize(1, true), 8);
  assert.equal(roundupsize(24, false), 24);
  assert.equal(roundupsize(512, false), 512);
  // 513 bytes with pointers: 521 with the header, class 576, 568 usable.
  assert.equal(roundupsize(513, false), 568);
  assert.equal(roundupsize(513, true), 576);
  assert.equal(roundupsize(1024, false), 1144);
  assert.equal(roundupsize(32760, false), 32760);
  assert.equal(roundupsize(32761, true), 32768);
  assert.equal(roundupsize(32769, true), 40960);
  assert.equal(roundupsize(32768, true), 32768);
  assert.equal(roundupsize(100000, false), 106496);
});
