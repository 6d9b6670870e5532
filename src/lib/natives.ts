// The TypeScript side of the library: natives that Go code in src/lib
// declares without a body, and the builtins print and println.
//
// fmt.Println and fmt.Print are natives only in this first slice of the VM,
// for operands of basic types; once the VM runs fmt's Go source they go.

import type { Native, NativeArg } from "../codegen/compile.js";
import { ValKind } from "../ir/ir.js";
import { writeOut } from "../runtime/output.js";
import { formatRuntimeFloat } from "../runtime/print.js";
import { formatFloatShortestG } from "../runtime/ftoa.js";

function runtimePrint(a: NativeArg): string {
  switch (a.kind) {
    case ValKind.Float:
      return formatRuntimeFloat(a.value as number);
    case ValKind.Bool:
      return a.value ? "true" : "false";
    default:
      return String(a.type.startsWith("uint") || a.type === "uintptr" ? BigInt.asUintN(64, a.value as bigint) : a.value);
  }
}

function fmtV(a: NativeArg): string {
  switch (a.kind) {
    case ValKind.Float:
      return formatFloatShortestG(a.value as number, a.type === "float32" ? 32 : 64);
    case ValKind.Bool:
      return a.value ? "true" : "false";
    case ValKind.String:
      return a.value as string;
    default:
      return String(a.type.startsWith("uint") || a.type === "uintptr" ? BigInt.asUintN(64, a.value as bigint) : a.value);
  }
}

export function natives(): Map<string, Native> {
  return new Map<string, Native>([
    ["print", (args) => writeOut(2, args.map(runtimePrint).join(""))],
    ["println", (args) => writeOut(2, args.map(runtimePrint).join(" ") + "\n")],
    ["fmt.Println", (args) => writeOut(1, args.map(fmtV).join(" ") + "\n")],
    [
      "fmt.Print",
      // Print adds spaces between operands when neither is a string.
      (args) =>
        writeOut(
          1,
          args.map((a, i) => (i > 0 && a.kind !== ValKind.String && args[i - 1].kind !== ValKind.String ? " " : "") + fmtV(a)).join(""),
        ),
    ],
  ]);
}
