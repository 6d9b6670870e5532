// The parts of Go's test driver (cmd/internal/testdir) that decide what a
// file in Go's test/ directory expects: its action line ("// run",
// "// errorcheck", ...) and its "// ERROR" annotations, and the check of a
// compiler's messages against those annotations.

/** The test action from the file's first non-constraint line (testdir's rule). */
export function testAction(src: string): { action: string; args: string[] } {
  for (const line of src.split("\n")) {
    if (/^\/\/go:build/.test(line) || /^\/\/ \+build/.test(line)) continue;
    const a = line.replace(/^\/\//, "").trim();
    if (a === "") continue;
    const f = a.split(/\s+/);
    return { action: f[0], args: f.slice(1) };
  }
  return { action: "", args: [] };
}

export const noErrorActions = new Set([
  "compile",
  "build",
  "run",
  "buildrun",
  "runoutput",
  "runindir",
  "asmcheck",
]);

export interface Wanted {
  line: number;
  re: RegExp | null;
  reStr: string;
}

/** The "// ERROR" annotations of a file (testdir's wantedErrors). */
export function wantedErrors(src: string, short: string): Wanted[] {
  const out: Wanted[] = [];
  const lines = src.split("\n");
  lines.forEach((line, i) => {
    const lineNum = i + 1;
    if (line.includes("////")) return;
    const m = /\/\/ (?:GC_)?ERROR (.*)/.exec(line);
    if (!m || /\/\/ (?:GC_)?ERRORAUTO /.test(line)) return;
    for (const q of m[1].matchAll(/"([^"]*)"/g)) {
      const rx = q[1].replace(/LINE(([+-])(\d+))?/g, (_s, _a, sign: string | undefined, d: string | undefined) => {
        let n = lineNum;
        if (sign === "+") n += Number(d);
        else if (sign === "-") n -= Number(d);
        return `${short}:${n}`;
      });
      let re: RegExp | null = null;
      try {
        re = new RegExp(rx);
      } catch {
        re = null;
      }
      out.push({ line: lineNum, re, reStr: rx });
    }
  });
  return out;
}

export interface Msg {
  line: number;
  text: string;
}

/** testdir's errorCheck: the problems, or [] if the output matches the annotations. */
export function errorCheck(msgs: Msg[], want: Wanted[], requireAll: boolean): string[] {
  const problems: string[] = [];
  let out = msgs.slice();
  for (const w of want) {
    const onLine = out.filter((m) => m.line === w.line);
    if (onLine.length === 0) {
      if (requireAll) problems.push(`${w.line}: missing error ${JSON.stringify(w.reStr)}`);
      continue;
    }
    out = out.filter((m) => m.line !== w.line);
    let matched = false;
    for (const m of onLine) {
      if (w.re !== null && w.re.test(m.text)) matched = true;
      else out.push(m);
    }
    if (!matched && requireAll) problems.push(`${w.line}: no match for ${JSON.stringify(w.reStr)}`);
  }
  for (const m of out) problems.push(`${m.line}: unmatched error: ${m.text}`);
  return problems;
}


/** Messages that gc's parser (scanner, parser, branch checks, pragma handling) reports, other than syntax errors. */
export const parserStageMessage = new RegExp(
  "^(" +
    [
      "invalid character",
      "identifier cannot begin with digit",
      "invalid NUL character",
      "invalid UTF-8 encoding",
      "invalid BOM in the middle of the file",
      "newline in string",
      "string not terminated",
      "newline in rune literal",
      "rune literal not terminated",
      "empty rune literal",
      "more than one character in rune literal",
      "comment not terminated",
      "unknown escape",
      "invalid digit",
      "'_' must separate",
      "exponent has no digits",
      "\\w+ literal has no digits",
      "invalid radix point",
      "'.' exponent requires",
      "hexadecimal mantissa requires",
      "escape is invalid Unicode",
      "octal escape value",
      "method has no receiver",
      "method has multiple receivers",
      "middle index required",
      "final index required",
      "expression in (go|defer) must not be parenthesized",
      "empty type (parameter|argument) list",
      "interface method must have no type parameters",
      "invalid (line|column) number",
      "label \\S+ (defined and not used|already defined|not defined)",
      "goto \\S+ jumps",
      "break is not in a loop",
      "continue is not in a loop",
      "invalid (break|continue) label",
      "(break|continue) label not defined",
      "fallthrough statement out of place",
      "cannot fallthrough",
      "misplaced (compiler directive|go:embed directive)",
      "usage: //go:",
      "//go:\\S+ (only allowed|is only allowed|is not allowed)",
      "invalid quoted string in //go:embed",
    ].join("|") +
    ")",
);
