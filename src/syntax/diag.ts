// Compile diagnostics, collected and printed the way gc does
// (cmd/compile/internal/base/print.go):
//   - a syntax error on the same line as the previous syntax error is dropped;
//   - another error identical to the previous one on the same line is dropped;
//   - at the 10th error, unless -e was given, the errors so far are printed
//     sorted by position followed by "<pos>: too many errors", and
//     compilation stops;
//   - at the end, errors are printed sorted by position (stable), with exact
//     duplicate lines removed.

import type { FileSet, Pos } from "./source.js";

export interface Diagnostic {
  pos: Pos;
  msg: string;
}

/** Thrown to stop compilation once the error limit is reached. */
export class TooManyErrors extends Error {
  constructor(readonly pos: Pos) {
    super("too many errors");
  }
}

export class ErrorList {
  readonly list: Diagnostic[] = [];
  count = 0;
  syntaxCount = 0;
  private lastSyntax: Pos = -1;
  private lastOther: Pos = -1;
  private lastMsg = "";

  constructor(
    readonly fset: FileSet,
    /** gc's -e flag: report all errors instead of stopping after 10. */
    readonly allErrors = false,
  ) {}

  /** gc's sameline: the same line of the file under the same //line directive. */
  private sameLine(a: Pos, b: Pos): boolean {
    if (a < 0 || b < 0) return false;
    const f = this.fset.file(a);
    if (!f || f !== this.fset.file(b)) return false;
    return f.rawPosition(a).line === f.rawPosition(b).line && f.lineBaseAt(a) === f.lineBaseAt(b);
  }

  /** Reports an error; throws TooManyErrors at the limit. */
  error(pos: Pos, msg: string): void {
    if (msg.startsWith("syntax error")) {
      this.syntaxCount++;
      if (this.sameLine(this.lastSyntax, pos)) return;
      this.lastSyntax = pos;
    } else {
      if (this.sameLine(this.lastOther, pos) && this.lastMsg === msg) return;
      this.lastOther = pos;
      this.lastMsg = msg;
    }
    this.list.push({ pos, msg });
    this.count++;
    if (this.count >= 10 && !this.allErrors) throw new TooManyErrors(pos);
  }

  /** The formatted lines, sorted by position with duplicates removed. */
  lines(): string[] {
    const sorted = this.list
      .map((d, i) => ({ d, i }))
      .sort((a, b) => a.d.pos - b.d.pos || a.i - b.i)
      .map(({ d }) => (d.pos > 0 ? `${this.fset.format(d.pos)}: ${d.msg}` : d.msg));
    const out: string[] = [];
    for (const l of sorted) if (out.length === 0 || out[out.length - 1] !== l) out.push(l);
    return out;
  }
}
