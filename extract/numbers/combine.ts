import type { Atom, NumberKind } from './atoms';
import { scaleBy, shiftDecimal } from './decimal';
import { BIG_SCALE_ALT, SCALE_WORDS, SHORT_SCALES } from './words';

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
  /** The scale word it carries (1 when none): lets "two or 3 million" scale its first part. */
  factor: number;
}

interface Suffix {
  pattern: RegExp;
  apply: (e: NumberExpr, m: RegExpExecArray) => NumberExpr | null;
}

const SUFFIXES: Suffix[] = [
  {
    // "two thirds of a million"
    pattern: new RegExp(`^ +of +an? +(${BIG_SCALE_ALT})\\b(?!s)`, 'i'),
    apply: (e, m) => (e.kind === 'fraction' ? { ...scale(e, SCALE_WORDS[m[1]!.toLowerCase()]!), kind: 'count' } : null)
  },
  {
    pattern: new RegExp(`^ +(hundred|${BIG_SCALE_ALT})\\b(?!s)`, 'i'),
    apply: (e, m) => (e.kind === 'count' ? scale(e, SCALE_WORDS[m[1]!.toLowerCase()]!) : null)
  },
  {
    // "1.5m", "250K", "2bn", "3.2 mn": a short scale word glued to digits, or "bn"/"mn" after a space.
    pattern: /^(?:([kKmM]|bn|mn|tn)|\s(bn|mn))\b/,
    apply: (e, m) => (e.kind === 'count' && e.bare ? scale(e, SHORT_SCALES[(m[1] ?? m[2])!.toLowerCase()]!) : null)
  },
  {
    // "3 dozen"; "dozens" alone is a vague magnitude, not a figure.
    pattern: /^ +dozen\b(?!s)/i,
    apply: (e) => (e.kind === 'count' ? scale(e, 12) : null)
  },
  {
    pattern: /^(?: ?%| percent\b| per[ -]cent\b| pc\b)/i,
    apply: (e) => (e.kind === 'count' ? { ...e, kind: 'percent' } : null)
  },
  {
    pattern: /^ per (1,?000|thousand|100|hundred)\b/i,
    apply: (e, m) => {
      if (e.kind !== 'count') return null;
      const places = /^(1,?000|thousand)$/i.test(m[1]!) ? -3 : -2;
      return { ...e, kind: 'fraction', low: shiftDecimal(e.low, places), high: shiftDecimal(e.high, places) };
    }
  },
  {
    // "3-fold", "2.5-fold": a multiplier, not a bare figure.
    pattern: /^-fold\b/i,
    apply: (e) => (e.kind === 'count' ? e : null)
  },
  {
    pattern: /^-odd\b/i,
    apply: (e) => ({ ...e, odd: true })
  }
];

function scale(e: NumberExpr, factor: number): NumberExpr {
  return { ...e, low: scaleBy(e.low, factor), high: scaleBy(e.high, factor) };
}

function fromAtom(a: Atom): NumberExpr {
  return {
    start: a.start, end: a.end, low: a.value, high: a.high ?? a.value, kind: a.kind,
    bare: a.digits, odd: false, factor: 1
  };
}

/** Every suffix starts with one of these: a figure followed by anything else has none. */
const SUFFIX_START = /^[ %\-kKmMbt]/;

function withSuffixes(text: string, e: NumberExpr): NumberExpr {
  let cur = e;
  let rest = text.slice(cur.end, cur.end + 16);
  if (!SUFFIX_START.test(rest)) return cur;
  for (const s of SUFFIXES) {
    const m = s.pattern.exec(rest);
    const next = m && s.apply(cur, m);
    if (next) {
      cur = { ...next, end: cur.end + m[0].length, bare: false };
      rest = text.slice(cur.end, cur.end + 16);
    }
  }
  return cur;
}

/** A currency written before each end of a range of sums: "US$3 billion to $4.5bn". */
const CURRENCY = '(?:(?:US|A|C)?[$£€¥]|Rs\\.? )';
const CURRENCY_AT_END = new RegExp(`${CURRENCY}$`);

/** Separators that make two neighbouring figures one range. */
const RANGE_SEP = new RegExp(`^(?:\\s*[-–—~]\\s*| to | through | or | and |, (?:or |and )?)${CURRENCY}?$`);

/** "fell from X to Y", "passing from X to Y": a change between two figures, not a range. */
const CHANGE_FROM = new RegExp(`\\b(?:rose|risen|rising|rises?|f[ae]ll(?:s|en|ing)?|gr[eo]w|increas|decreas|declin|dropp|climb|jump|pass|went|gone|going|reduc|cut|rais|shr[ai]nk|swell|soar|plummet|chang|mov|doubl|tripl|halv)\\w*\\b[^.;:]{0,30}\\bfrom ${CURRENCY}?$`, 'i');
const BETWEEN = new RegExp(`\\bbetween ${CURRENCY}?$`, 'i');

const yearShaped = (text: string, e: NumberExpr) => e.bare && /^1\d{3}$/.test(text.slice(e.start, e.end));

function joinable(text: string, a: NumberExpr, b: NumberExpr, chain: boolean): boolean {
  const written = text.slice(a.end, b.start);
  if (!RANGE_SEP.test(written)) return false;
  const sep = written.replace(CURRENCY_AT_END, '');
  // "in 1933 to 3,100": a year next to a figure of another shape belongs to the figure before.
  if (yearShaped(text, a) !== yearShaped(text, b)) return false;
  if (sep === ' to ' && CHANGE_FROM.test(text.slice(Math.max(0, a.start - 50), a.start))) return false;
  if (sep === ' and ') return BETWEEN.test(text.slice(Math.max(0, a.start - 12), a.start));
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
  const values = parts.map((p, i) =>
    i < parts.length - 1 && p.kind === 'count' && p.factor === 1 && last.factor > 1 && p.low < 1000 ? scaleBy(p.low, last.factor) : p.low
  );
  const low = Math.min(...values);
  const high = Math.max(...values, last.high);
  if (values[0]! > last.high || parts.some((p) => p.kind !== 'count' && p.kind !== last.kind)) return null;
  return {
    start: parts[0]!.start, end: last.end, low, high, kind: last.kind,
    bare: parts.every((p) => p.bare), odd: parts.some((p) => p.odd), factor: last.factor
  };
}

export function combine(text: string, atoms: Atom[]): NumberExpr[] {
  const exprs: NumberExpr[] = [];
  for (const a of atoms) {
    // A suffix may have swallowed the next atom ("92 per 1000").
    if (exprs.length && a.start < exprs[exprs.length - 1]!.end) continue;
    exprs.push(withSuffixes(text, fromAtom(a)));
  }
  for (const e of exprs) e.factor = e.kind === 'count' && !e.bare ? scaleWordIn(text, e) : 1;
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

const SCALE_WORD = new RegExp(`[\\s-](${BIG_SCALE_ALT})\\b|\\d\\s?(${Object.keys(SHORT_SCALES).join('|')})\\b`, 'i');

/** The factor of the scale word written in the expression: 1e6 for "3 million", "two million" or "3m". */
function scaleWordIn(text: string, e: NumberExpr): number {
  const m = SCALE_WORD.exec(text.slice(e.start, e.end));
  if (!m) return 1;
  return m[1] ? SCALE_WORDS[m[1].toLowerCase()]! : SHORT_SCALES[m[2]!.toLowerCase()]!;
}
