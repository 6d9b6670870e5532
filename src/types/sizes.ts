// Sizes, alignments and field offsets as gc computes them for linux/amd64
// (types2's gcsizes.go): DESIGN decision 2, so that unsafe.Sizeof and
// memory figures match native Go. -1 means "too large".

import { type Type, TypeKind, BasicKind, BasicInfo, Struct, under } from "./types.js";
import type { Var } from "./objects.js";

export const wordSize = 8;
export const maxAlign = 8;
const maxInt64 = 2 ** 63 - 1;

const basicSizes: Partial<Record<BasicKind, number>> = {
  [BasicKind.Bool]: 1,
  [BasicKind.Int8]: 1,
  [BasicKind.Int16]: 2,
  [BasicKind.Int32]: 4,
  [BasicKind.Int64]: 8,
  [BasicKind.Uint8]: 1,
  [BasicKind.Uint16]: 2,
  [BasicKind.Uint32]: 4,
  [BasicKind.Uint64]: 8,
  [BasicKind.Float32]: 4,
  [BasicKind.Float64]: 8,
  [BasicKind.Complex64]: 8,
  [BasicKind.Complex128]: 16,
};

function align(x: number, a: number): number {
  return Math.ceil(x / a) * a;
}

export function alignof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case TypeKind.Array:
      return alignof(u.elem);
    case TypeKind.Struct: {
      let max = 1;
      for (const f of u.fields) max = Math.max(max, alignof(f.type!));
      return max;
    }
    case TypeKind.Slice:
    case TypeKind.Interface:
      return wordSize;
    case TypeKind.Basic:
      if (u.info & BasicInfo.IsString) return wordSize;
      break;
  }
  let a = sizeof(t);
  if (a < 1) return 1;
  if (u.kind === TypeKind.Basic && u.info & BasicInfo.IsComplex) a /= 2;
  return Math.min(a, maxAlign);
}

export function offsetsof(fields: Var[]): number[] {
  const out: number[] = [];
  let offs = 0;
  for (const f of fields) {
    if (offs < 0) {
      out.push(-1);
      continue;
    }
    offs = align(offs, alignof(f.type!));
    out.push(offs);
    const d = sizeof(f.type!);
    offs = d >= 0 && offs + d <= maxInt64 ? offs + d : -1;
  }
  return out;
}

/** Sizes of composite types, computed once each (types are immutable once checked). */
const sizeCache = new WeakMap<Type, number>();

export function sizeof(t: Type): number {
  const u = under(t);
  if (u.kind === TypeKind.Struct || u.kind === TypeKind.Array) {
    let s = sizeCache.get(u);
    if (s === undefined) {
      s = sizeofUncached(u);
      sizeCache.set(u, s);
    }
    return s;
  }
  return sizeofUncached(u);
}

function sizeofUncached(u: Type): number {
  switch (u.kind) {
    case TypeKind.Basic: {
      const s = basicSizes[u.basicKind];
      if (s !== undefined) return s;
      if (u.basicKind === BasicKind.String) return wordSize * 2;
      return wordSize;
    }
    case TypeKind.Array: {
      const n = u.len;
      if (n <= 0) return 0;
      const es = sizeof(u.elem);
      if (es < 0) return -1;
      if (es === 0) return 0;
      if (es > maxInt64 / n) return -1;
      return es * n;
    }
    case TypeKind.Slice:
      return wordSize * 3;
    case TypeKind.Struct:
      return structSize(u);
    case TypeKind.Interface:
      return wordSize * 2;
  }
  return wordSize;
}

function structSize(s: Struct): number {
  const n = s.fields.length;
  if (n === 0) return 0;
  const offs = offsetsof(s.fields)[n - 1];
  let size = sizeof(s.fields[n - 1].type!);
  if (offs < 0 || size < 0) return -1;
  // A final zero-size field gets a byte so that &last does not point past the object.
  if (offs > 0 && size === 0) size = 1;
  const r = align(offs + size, alignof(s));
  return r > maxInt64 ? -1 : r;
}
