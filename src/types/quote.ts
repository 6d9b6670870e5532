// Go's strconv.Quote for byte strings, as used in messages (struct tags in
// type strings, string constants): printable runes stay, invalid UTF-8
// bytes become \xNN, other runes \uNNNN or \UNNNNNNNN.

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Decodes one UTF-8 rune from byte string s at i: [rune, size], rune -1 if invalid. */
export function decodeRune(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const n = s.length;
  const cont = (k: number) => (i + k < n ? s.charCodeAt(i + k) : 0);
  const isCont = (b: number) => (b & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const b1 = cont(1);
    if (isCont(b1)) return [((b0 & 0x1f) << 6) | (b1 & 0x3f), 2];
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = cont(1);
    const b2 = cont(2);
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    if (b1 >= lo && b1 <= hi && isCont(b2)) return [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), 3];
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = cont(1);
    const b2 = cont(2);
    const b3 = cont(3);
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    if (b1 >= lo && b1 <= hi && isCont(b2) && isCont(b3))
      return [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), 4];
  }
  return [-1, 1];
}

/** Whether rune r is printable by Go's unicode.IsPrint. */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  return printable.test(String.fromCodePoint(r));
}

function hex(v: number, width: number): string {
  return v.toString(16).padStart(width, "0");
}

/** strconv.Quote (or QuoteRune with quote = "'"), on a byte string, returning a byte string. */
export function quoteGo(s: string, quote = '"'): string {
  let out = quote;
  for (let i = 0; i < s.length; ) {
    const [r, size] = decodeRune(s, i);
    if (r < 0) {
      out += "\\x" + hex(s.charCodeAt(i), 2);
      i += size;
      continue;
    }
    const raw = s.slice(i, i + size);
    i += size;
    if (r === quote.charCodeAt(0) || r === 0x5c) {
      out += "\\" + raw;
      continue;
    }
    if (isPrint(r)) {
      out += raw;
      continue;
    }
    switch (r) {
      case 7: out += "\\a"; break;
      case 8: out += "\\b"; break;
      case 12: out += "\\f"; break;
      case 10: out += "\\n"; break;
      case 13: out += "\\r"; break;
      case 9: out += "\\t"; break;
      case 11: out += "\\v"; break;
      default:
        if (r < 0x20 || r === 0x7f) out += "\\x" + hex(r, 2);
        else if (r < 0x10000) out += "\\u" + hex(r, 4);
        else out += "\\U" + hex(r, 8);
    }
  }
  return out + quote;
}
