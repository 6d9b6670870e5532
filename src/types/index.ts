// The type checker's entry point: importing this module loads every part
// of the Checker (each file adds its methods to the class) and exposes
// checkPackage, which checks one package's files.

import "./universe.js";
import "./resolver.js";
import "./decl.js";
import "./typexpr.js";
import "./initorder.js";
import "./stmt.js";
import "./return.js";
import "./expr.js";
import "./call.js";
import "./builtins.js";
import "./index_expr.js";
import "./conversions.js";
import "./assignments.js";
import "./literals.js";
import "./implements.js";
import "./infer.js";
import "./mono.js";

export { checkPackage } from "./package.js";
export type { CheckConfig, Info, TypeAndValue, Selection, Initializer } from "./check.js";
export { Universe, unsafePackage } from "./universe.js";
