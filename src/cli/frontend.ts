// The real front end, wired for the loader: gc-style parser and the type
// checker. Kept apart from loader.ts so that package loading can be tested
// with a stand-in front end.

import { parseFile } from "../syntax/parser.js";
import { checkPackage, unsafePackage } from "../types/index.js";
import type { Frontend } from "./loader.js";

export const goFrontend: Frontend = { parseFile, checkPackage, unsafePackage };
