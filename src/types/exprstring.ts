// Expressions as written in gc's messages (types2's ExprString, which is
// syntax.String): one line, with function bodies and composite literal
// elements elided as "{…}". The printing itself is the syntax package's
// (printer.ts, gc's printer in ShortForm); this module is the checker's
// entry point to it.

import type { Node } from "../syntax/ast.js";
import { nodeString } from "../syntax/printer.js";

/** x printed as in messages, e.g. "x + y", "f(a, b)", "[]int{…}", "func(x int) {…}". */
export function exprString(x: Node): string {
  return nodeString(x);
}
