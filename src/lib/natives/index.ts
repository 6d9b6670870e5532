// The TypeScript side of the library: natives, the functions that Go code
// in src/lib declares without a body (listed with their contracts in
// ../NATIVES.md), one file per area. Each is called with the address of its
// argument area (see args.ts).

import type { Runtime } from "../../runtime/rt.js";
import { registerMath } from "./math.js";
import { registerRtype } from "./rtype.js";
import { registerReflectCall } from "./reflectcall.js";
import { registerOs } from "./os.js";
import { registerRand } from "./rand.js";
import { registerRuntime } from "./runtime.js";
import { registerStrconv } from "./strconv.js";
import { registerSync } from "./sync.js";
import { registerSyscall } from "./syscall.js";
import { registerTime } from "./time.js";

export function registerNatives(rt: Runtime): void {
  registerMath(rt);
  registerRtype(rt);
  registerReflectCall(rt);
  registerOs(rt);
  registerRand(rt);
  registerRuntime(rt);
  registerStrconv(rt);
  registerSync(rt);
  registerSyscall(rt);
  registerTime(rt);
}
