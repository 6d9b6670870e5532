// The elements of composite literals, as both code generation (func.ts)
// and static initialization (staticinit.ts) walk them: a struct literal's
// values by field index, an array or slice literal's by element index
// (keys are constant indexes; an element without one follows the previous).

import type * as ast from "../syntax/ast.js";
import type { Info } from "../types/check.js";
import * as constant from "../types/constant.js";
import type { Struct } from "../types/types.js";

/** The struct literal e's values with the index of the field each sets. */
export function structElems(u: Struct, e: ast.CompositeLit): { field: number; value: ast.Expr }[] {
  return e.elemList.map((el, i) => {
    if (el.kind !== "KeyValueExpr") return { field: i, value: el };
    const name = (el.key as ast.Name).value;
    return { field: u.fields.findIndex((f) => f.name === name), value: el.value };
  });
}

/** The array or slice literal e's values with their indexes. */
export function indexedElems(info: Info, e: ast.CompositeLit): { index: number; value: ast.Expr }[] {
  let idx = 0;
  return e.elemList.map((el) => {
    let value = el;
    if (el.kind === "KeyValueExpr") {
      idx = Number(constant.int64Val(constant.toInt(info.types.get(el.key)!.value!))[0]);
      value = el.value;
    }
    return { index: idx++, value };
  });
}

/** A slice literal's length: its highest index + 1. */
export function literalLength(info: Info, e: ast.CompositeLit): number {
  return indexedElems(info, e).reduce((n, x) => Math.max(n, x.index + 1), 0);
}
