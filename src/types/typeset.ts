// Interface type sets (types2's typeset.go and termlist.go): the full method
// set of an interface with embedded interfaces merged, and, for constraint
// interfaces, the set of types it permits. Computed once per interface and
// cached on it.

import { type Type, type TypeSet, TypeKind, Interface, Term, under, unalias } from "./types.js";
import type { Func } from "./objects.js";

/** Reports an error during type-set computation: (pos, message). */
export type TypeSetReporter = (pos: number, msg: string) => void;

const computing = new Set<Interface>();

export function typeSetOf(iface: Interface, report?: TypeSetReporter): TypeSet {
  if (iface.tset !== null) return iface.tset;
  if (computing.has(iface)) {
    // An invalid cycle through embedded interfaces (reported by the checker).
    return { methods: [], terms: null, comparable: false };
  }
  computing.add(iface);
  try {
    const ts = compute(iface, report);
    iface.tset = ts;
    return ts;
  } finally {
    computing.delete(iface);
  }
}

function compute(iface: Interface, report?: TypeSetReporter): TypeSet {
  const byId = new Map<string, Func>();
  const methods: Func[] = [];
  const add = (m: Func, pos: number, explicit: boolean) => {
    const id = m.id();
    const other = byId.get(id);
    if (other === undefined) {
      byId.set(id, m);
      methods.push(m);
      return;
    }
    if (explicit) {
      report?.(m.pos, `duplicate method ${m.name}`);
      return;
    }
    // Embedded methods with the same name must have identical signatures; the
    // checker verifies that (it needs identical(), which would be circular here).
    void pos;
  };
  for (const m of iface.methods) add(m, m.pos, true);

  let terms: Term[] | null = null;
  let comparable = false;
  for (let i = 0; i < iface.embeddeds.length; i++) {
    const e = iface.embeddeds[i];
    const pos = iface.embedPos[i] ?? 0;
    const u = unalias(e);
    let eterms: Term[] | null;
    if (u.kind === TypeKind.Union) {
      eterms = unionTerms(u.terms);
    } else {
      const uu = under(u);
      if (uu.kind === TypeKind.Interface) {
        const ets = typeSetOf(uu, report);
        for (const m of ets.methods) add(m, pos, false);
        if (ets.comparable) comparable = true;
        eterms = ets.terms;
      } else if (uu.kind === TypeKind.Basic && uu.basicKind === 0) {
        continue; // invalid embedded type: already reported
      } else {
        eterms = [new Term(false, e)];
      }
    }
    terms = intersectTerms(terms, eterms);
  }
  methods.sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
  return { methods, terms, comparable };
}

/** The terms of a union with embedded interfaces' terms expanded. */
function unionTerms(ts: Term[]): Term[] | null {
  const out: Term[] = [];
  for (const t of ts) {
    const u = under(t.type);
    if (u.kind === TypeKind.Interface) {
      // An interface term (with or without ~, the latter an error reported
      // elsewhere) contributes its type set (types2's computeUnionTypeSet).
      const sub = typeSetOf(u).terms;
      if (sub === null) return null; // includes all types
      out.push(...sub);
    } else if (u.kind === TypeKind.Basic && u.basicKind === 0) {
      continue; // invalid term: already reported
    } else if (t.tilde && unalias(t.type) !== u) {
      continue; // ~T for a named T denotes no type (go.dev/issue/52779)
    } else {
      out.push(t);
    }
  }
  return out;
}

/** Whether type t is in the set denoted by term. */
export function termIncludes(term: Term, t: Type, identical: (a: Type, b: Type) => boolean): boolean {
  if (term.tilde) return identical(under(term.type), under(t));
  return identical(term.type, t);
}

function intersectTerms(a: Term[] | null, b: Term[] | null): Term[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const out: Term[] = [];
  for (const x of a) {
    for (const y of b) {
      const r = intersectTerm(x, y);
      if (r !== null) out.push(r);
    }
  }
  return out;
}

function sameType(a: Type, b: Type): boolean {
  // Structural identity would need predicates.ts (cycle); underlying-type
  // objects of predeclared and named types are canonical, which covers the
  // constraint terms that occur in practice.
  return unalias(a) === unalias(b) || (under(a).kind === TypeKind.Basic && under(a) === under(b) && a === b);
}

function intersectTerm(x: Term, y: Term): Term | null {
  if (x.tilde && y.tilde) return under(x.type) === under(y.type) ? x : null;
  if (x.tilde) return under(y.type) === under(x.type) ? y : null;
  if (y.tilde) return under(x.type) === under(y.type) ? x : null;
  return sameType(x.type, y.type) ? x : null;
}
