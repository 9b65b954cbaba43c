import type { Atom, NumberKind } from './atoms';
import { SCALE_WORDS } from './words';

/**
 * Turns atoms into number expressions: attaches scale words ("2.3 million"), percent and rate
 * suffixes ("9.7%", "92 per 1000"), "-odd", and joins ranges ("25,000 to 30,000",
 * "between 1 and 2 million", "twenty, forty, or sixty percent").
 */

export interface NumberExpr {
  start: number;
  end: number;
  low: number;
  high: number;
  kind: NumberKind;
  /** Every part written with digits and no suffix: the shape of years, pages and ordinals. */
  bare: boolean;
  /** Written with an approximating suffix ("40-odd"). */
  odd: boolean;
  /** Value of each part before a shared scale: lets "two or 3 million" scale its first part. */
  parts: number;
}

interface Suffix {
  pattern: RegExp;
  apply: (e: NumberExpr, m: RegExpExecArray) => NumberExpr | null;
}

const SUFFIXES: Suffix[] = [
  {
    pattern: /^ (thousand|million|billion)\b(?!s)/i,
    apply: (e, m) => (e.kind === 'count' ? scale(e, SCALE_WORDS[m[1]!.toLowerCase()]!) : null)
  },
  {
    pattern: /^(?: ?%| percent\b| per[ -]cent\b)/i,
    apply: (e) => (e.kind === 'count' ? { ...e, kind: 'percent' } : null)
  },
  {
    pattern: /^ per (1,?000|thousand|100|hundred)\b/i,
    apply: (e, m) => {
      if (e.kind !== 'count') return null;
      const den = /^(1,?000|thousand)$/i.test(m[1]!) ? 1000 : 100;
      return { ...e, kind: 'fraction', low: e.low / den, high: e.high / den };
    }
  },
  {
    pattern: /^-odd\b/i,
    apply: (e) => ({ ...e, odd: true })
  }
];

function scale(e: NumberExpr, factor: number): NumberExpr {
  return { ...e, low: e.low * factor, high: e.high * factor };
}

function fromAtom(a: Atom): NumberExpr {
  return {
    start: a.start, end: a.end, low: a.value, high: a.high ?? a.value, kind: a.kind,
    bare: a.digits, odd: false, parts: 1
  };
}

function withSuffixes(text: string, e: NumberExpr): NumberExpr {
  let cur = e;
  for (const s of SUFFIXES) {
    const m = s.pattern.exec(text.slice(cur.end, cur.end + 16));
    const next = m && s.apply(cur, m);
    if (next) cur = { ...next, end: cur.end + m[0].length, bare: false };
  }
  return cur;
}

/** Separators that make two neighbouring figures one range. */
const RANGE_SEP = /^(?:\s*[-–—]\s*| to | or | and |, (?:or |and )?)$/;

function joinable(text: string, a: NumberExpr, b: NumberExpr, chain: boolean): boolean {
  const sep = text.slice(a.end, b.start);
  if (!RANGE_SEP.test(sep)) return false;
  if (sep === ' and ') return /\bbetween $/i.test(text.slice(Math.max(0, a.start - 8), a.start));
  if (sep.startsWith(',')) return chain;
  return true;
}

/** A list "A, B, or C%" is one expression only when it closes with "or"/"and" and a suffix. */
function commaChainEnd(text: string, exprs: NumberExpr[], i: number): number {
  let j = i;
  while (j + 1 < exprs.length && /^, $/.test(text.slice(exprs[j]!.end, exprs[j + 1]!.start))) j++;
  const last = exprs[j + 1];
  if (j === i || !last || !/^, (?:or|and) $/.test(text.slice(exprs[j]!.end, last.start))) return i;
  return last.bare ? i : j + 1;
}

/** Shares the last part's scale or percent with earlier parts written without one. */
function merge(parts: NumberExpr[]): NumberExpr | null {
  const last = parts[parts.length - 1]!;
  const factor = last.parts > 0 && last.low !== last.parts ? last.low / last.parts : 1;
  const values = parts.map((p, i) =>
    i < parts.length - 1 && p.kind === 'count' && factor > 1 && p.low < 1000 ? p.low * factor : p.low
  );
  const low = Math.min(...values);
  const high = Math.max(...values, last.high);
  if (values[0]! > last.high || parts.some((p) => p.kind !== 'count' && p.kind !== last.kind)) return null;
  return {
    start: parts[0]!.start, end: last.end, low, high, kind: last.kind,
    bare: parts.every((p) => p.bare), odd: parts.some((p) => p.odd), parts: 0
  };
}

export function combine(text: string, atoms: Atom[]): NumberExpr[] {
  const exprs: NumberExpr[] = [];
  for (const a of atoms) {
    // A suffix may have swallowed the next atom ("92 per 1000").
    if (exprs.length && a.start < exprs[exprs.length - 1]!.end) continue;
    exprs.push(withSuffixes(text, fromAtom(a)));
  }
  for (const e of exprs) e.parts = e.kind === 'count' && !e.bare ? unscaledValue(text, e) : e.low;
  const out: NumberExpr[] = [];
  for (let i = 0; i < exprs.length; i++) {
    const chainEnd = commaChainEnd(text, exprs, i);
    if (chainEnd > i) {
      const merged = merge(exprs.slice(i, chainEnd + 1));
      if (merged) {
        out.push(merged);
        i = chainEnd;
        continue;
      }
    }
    const a = exprs[i]!;
    const b = exprs[i + 1];
    const merged = b && joinable(text, a, b, false) ? merge([a, b]) : null;
    if (merged) {
      out.push(merged);
      i++;
    } else out.push(a);
  }
  return out;
}

/** The figure as written before its scale word: 3 for "3 million". */
function unscaledValue(text: string, e: NumberExpr): number {
  const m = /\s(thousand|million|billion)\b/i.exec(text.slice(e.start, e.end));
  return m ? e.low / SCALE_WORDS[m[1]!.toLowerCase()]! : e.low;
}
