import { scaleBy } from './decimal';
import {
  BIG_SCALE_ALT, FRACTION_WORD_ALT, FRACTION_WORDS, MIXED_CARDINAL, SCALE_WORDS, TENS_WORDS, UNITS_WORDS,
  VULGAR_CLASS, VULGAR_FRACTIONS, WORD_CARDINAL, wordsToNumber
} from './words';

/**
 * Parsers that each propose one form of number in a line of text. They only recognise forms;
 * whether a figure is a claim is the refiners' business.
 */

export type NumberKind = 'count' | 'fraction' | 'percent';

export interface Atom {
  /** Offsets within the scanned text. */
  start: number;
  end: number;
  value: number;
  /** The upper end, for a form that is itself a range ("a year or two"). */
  high?: number;
  kind: NumberKind;
  /** Written with digits (as opposed to words): years, pages and ordinals are digit forms. */
  digits: boolean;
}

interface Parser {
  pattern: RegExp;
  read: (m: RegExpExecArray) => Omit<Atom, 'start' | 'end'> | null;
}

const cardinalOrA = `(?:${WORD_CARDINAL}|a|an|one)`;

/** A cardinal in digits or words, as a term of a ratio ("one in five", "1 in 20", "one in a hundred"). */
const RATIO_TERM = `(?:\\d{1,3}(?:,\\d{3})*(?![\\d.])|${WORD_CARDINAL}|an? (?:hundred|${BIG_SCALE_ALT}))`;

/** Thousands grouped by commas, or by spaces as French and Russian print them ("40 000"). */
const GROUPED = '\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+(?!\\d)';

/**
 * After a year or a grouped figure: its decimals, or a note marker glued to it at a sentence end,
 * which is left out ("in 1937.4 Later", "reached 211,312.19 The"), or nothing more of a number.
 */
const NOTE_AT_END = '\\.\\d+(?:\\s+[A-Z“"]|\\s*$)';
const AFTER_GROUPED = `(?:(?!${NOTE_AT_END})\\.\\d+|(?=${NOTE_AT_END})|(?![,.]?\\d))`;

/**
 * A lookahead for the shape a parser needs, written without the long word alternations: most
 * starts fail it at once, before the full cardinal is tried.
 */
const cheaply = (shape: string) => `(?=${shape})`;
/** A figure in digits or in one word, hyphens and all: ratios and mixed fractions are short. */
const FEW_WORDS = '(?:[\\d,]+|[a-z]+(?:-[a-z]+)?)';

const SCALE_THEN_MORE = new RegExp(`(?:hundred|${BIG_SCALE_ALT})\\W+\\w`, 'i');

function ratioTerm(t: string): number {
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  return wordsToNumber(t.replace(/^an? +/i, 'one '));
}

const PARSERS: Parser[] = [
  {
    // "3 hundred and 21", "4 thousand 3 hundred": digits and scale words in one cardinal.
    pattern: new RegExp(`${cheaply(`(?:\\d{1,3}|[a-z]+(?:[- ]+[a-z]+)?) +(?:hundred|${BIG_SCALE_ALT}) +(?:and +)?[\\da-z]`)}(?<![\\w.,])${MIXED_CARDINAL}\\b`, 'giy'),
    read: (m) => {
      // Plain "3 million" is left to the digit parser and its scale suffix.
      const mixed = /\d/.test(m[0]) && /[a-z]/i.test(m[0]) && SCALE_THEN_MORE.test(m[0]);
      const value = mixed ? wordsToNumber(m[0]) : NaN;
      return Number.isFinite(value) ? { value, kind: 'count', digits: false } : null;
    }
  },
  {
    // "one in five", "two out of every three": a share written as a ratio.
    // Not after "or", "to", a dash or "between … and", where the numerator closes a range ("one
    // or two out of 10"); after a clause's "and" it is a share ("and 1 in 5 children").
    pattern: new RegExp(`\\b${cheaply(`${FEW_WORDS} +(?:in|out of) `)}(?<!\\b(?:or|to) |\\bbetween [\\w,.]+ and |[-–])(${RATIO_TERM}) +(?:in|out of)(?: +every)? +(${RATIO_TERM})\\b`, 'giy'),
    read: (m) => {
      const num = ratioTerm(m[1]!);
      const den = ratioTerm(m[2]!);
      // "one in 1937" is a figure and a year.
      return num > 0 && den > num && !/^\d{4}$/.test(m[2]!) ? { value: num / den, kind: 'fraction', digits: false } : null;
    }
  },
  {
    // "a million and a half", "two thousand and a half": half a scale word more.
    pattern: new RegExp(`\\b${cheaply(`[\\w.]+ +(?:${BIG_SCALE_ALT}) +and +a +half\\b`)}(${cardinalOrA}|\\d+(?:\\.\\d+)?) +(${BIG_SCALE_ALT}) +and +a +half\\b`, 'giy'),
    read: (m) => {
      const whole = /^\d/.test(m[1]!) ? Number(m[1]) : /^an?$/i.test(m[1]!) ? 1 : wordsToNumber(m[1]!);
      return Number.isFinite(whole) ? { value: scaleBy(whole + 0.5, wordsToNumber(m[2]!)), kind: 'count', digits: false } : null;
    }
  },
  {
    // "three and a fifth", "2 and a half": a whole and a fraction.
    pattern: new RegExp(`\\b${cheaply(`${FEW_WORDS} +and +(?:a|one) `)}(${WORD_CARDINAL}|\\d+) +and +(?:a|one) +(${FRACTION_WORD_ALT})\\b`, 'giy'),
    read: (m) => {
      const whole = /^\d/.test(m[1]!) ? Number(m[1]) : wordsToNumber(m[1]!);
      return { value: whole + 1 / FRACTION_WORDS[m[2]!.toLowerCase()]!, kind: 'count', digits: false };
    }
  },
  {
    // "3½", "⅔"
    pattern: new RegExp(`${cheaply(`\\d* ?${VULGAR_CLASS}`)}(?<![\\w.,])(?:(\\d+) ?)?(${VULGAR_CLASS})`, 'gy'),
    read: (m) => ({
      value: (m[1] ? Number(m[1]) : 0) + VULGAR_FRACTIONS[m[2]!]!, kind: m[1] ? 'count' : 'fraction', digits: false
    })
  },
  {
    // "5 1/2"
    pattern: /(?<![\w.,/])(\d+) (\d+)\/(\d+)(?![\w/])/gy,
    read: (m) => ({ value: +m[1]! + +m[2]! / +m[3]!, kind: 'count', digits: true })
  },
  {
    // "1/4"
    pattern: /(?<![\w.,/])(\d+)\/(\d+)(?![\w/])/gy,
    read: (m) => (+m[2]! ? { value: +m[1]! / +m[2]!, kind: 'fraction', digits: true } : null)
  },
  {
    // "1,672,438", "40 000", "2.3", ".08". A point and digits right after a word or a closing mark
    // is a note marker when a sentence follows ("were deported.12 Some"), a figure whose space was
    // lost otherwise ("represents.05%").
    pattern: new RegExp(
      `(?<![\\w.,])(?:(?:${GROUPED}|1\\d{3})${AFTER_GROUPED}|\\d+(?:\\.\\d+)?(?![,.]?\\d))|(?<![\\w)\\]"”’'.])\\.\\d+|(?<=[A-Za-z])\\.\\d+(?!\\d|\\s+[A-Z“"]|\\s*$)`,
      'gy'
    ),
    read: (m) => ({ value: Number(m[0].replace(/[,\s\u00A0\u202F\u2009]/g, '')), kind: 'count', digits: true })
  },
  {
    // "half a million", "a quarter of a million", "half million", "quarter million"
    pattern: new RegExp(`\\b(half|a half|quarter|a quarter)(?: +of)?(?: +an?)? +(${BIG_SCALE_ALT})\\b`, 'giy'),
    read: (m) => ({ value: scaleBy(/half/i.test(m[1]!) ? 0.5 : 0.25, wordsToNumber(m[2]!)), kind: 'count', digits: false })
  },
  {
    pattern: /\b(?:half[- ]a[- ]dozen|half-dozen)\b/giy,
    read: () => ({ value: 6, kind: 'count', digits: false })
  },
  {
    pattern: /\b(?:an? )?dozen\b(?!s)/giy,
    read: () => ({ value: 12, kind: 'count', digits: false })
  },
  {
    // "a year or two": a length of time between one and a few units.
    pattern: /\b(?:an? )?(?:year|month|week|day|hour)s? or (two|three|a few)\b/giy,
    read: (m) => ({ value: 1, high: wordsToNumber(m[1]!) || 3, kind: 'count', digits: false })
  },
  {
    pattern: /\ba couple\b/giy,
    read: () => ({ value: 2, kind: 'count', digits: false })
  },
  {
    // "one-third", "nine tenths", "two-thirds"
    pattern: new RegExp(`\\b(${cardinalOrA})[- ](${FRACTION_WORD_ALT})\\b`, 'giy'),
    read: (m) => {
      const den = FRACTION_WORDS[m[2]!.toLowerCase()]!;
      const num = /^an?$/i.test(m[1]!) ? 1 : wordsToNumber(m[1]!);
      return num > 0 && num < den ? { value: num / den, kind: 'fraction', digits: false } : null;
    }
  },
  {
    pattern: /\bhalf\b/giy,
    read: () => ({ value: 0.5, kind: 'fraction', digits: false })
  },
  {
    // "a hundred and fifty", "a thousand two hundred": "a" as the first group's "one".
    pattern: new RegExp(`\\b${cheaply(`an? +(?:hundred|${BIG_SCALE_ALT}) +(?:and +)?[a-z]`)}an? +((?:hundred|${BIG_SCALE_ALT})(?: +and)? +${WORD_CARDINAL})\\b`, 'giy'),
    read: (m) => {
      const value = wordsToNumber(`one ${m[1]!}`);
      return Number.isFinite(value) ? { value, kind: 'count', digits: false } : null;
    }
  },
  {
    // "a million", "an odd million", "an extra thousand"
    pattern: new RegExp(`\\ban? +(?:[“"‘]?(?:odd|extra) +)?(hundred|${BIG_SCALE_ALT})\\b(?!s)`, 'giy'),
    read: (m) => ({ value: wordsToNumber(m[1]!), kind: 'count', digits: false })
  },
  {
    // "twofold", "ten-fold": a multiplier, read as its count (naming it "times" is the unit's
    // business). In digits ("3-fold") it is the combiner's suffix.
    pattern: new RegExp(`(${WORD_CARDINAL})-?fold\\b`, 'giy'),
    read: (m) => {
      const value = wordsToNumber(m[1]!);
      return Number.isFinite(value) ? { value, kind: 'count', digits: false } : null;
    }
  },
  {
    pattern: new RegExp(`\\b${WORD_CARDINAL}\\b(?!-(?:${FRACTION_WORD_ALT})\\b)`, 'giy'),
    read: (m) => {
      const value = wordsToNumber(m[0]);
      return Number.isFinite(value) ? { value, kind: 'count', digits: false } : null;
    }
  }
];

const TIME_UNITS = ['year', 'month', 'week', 'day', 'hour'];

/** Words that can follow "a" or "an" in a number: "a dozen", "an odd million", "a third". */
const AFTER_A = ['quarter', 'dozen', 'couple', 'odd', 'extra', ...Object.keys(SCALE_WORDS), ...TIME_UNITS, ...Object.keys(FRACTION_WORDS)];

/**
 * Where a number can start: a digit, or a word that some parser begins with. Only these places
 * are tried, which keeps the scan fast; a digit inside a word ("ZIS-150") is never a start, and
 * neither is one right after a digit, letter, point or comma, where every digit parser's
 * lookbehind fails (the second digit of "1938" is no number of its own). "a", "an" and the units
 * of time are starts only before the words their parsers need: the articles alone are some 2% of
 * all words.
 */
const START_SOURCES = [
  '(?<![\\w.,]|[A-Za-z]-)[0-9]',
  '(?<![0-9])\\.[0-9]',
  `\\b(?:${[...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS), 'half', 'quarter', 'dozen'].join('|')})(?:\\b|(?=fold\\b))`,
  `\\b(?:${TIME_UNITS.join('|')})(?= or )`,
  `\\ban?(?=[- ][“"‘]?(?:${AFTER_A.join('|')}))`
];
const STARTS = new RegExp(START_SOURCES.join('|'), 'gi');

/**
 * The same with vulgar fractions ("⅔"), for the few lines that hold one: a class of such
 * characters among the alternatives halves the speed of the scan.
 */
const STARTS_WITH_VULGAR = new RegExp([...START_SOURCES, VULGAR_CLASS].join('|'), 'gi');
const HAS_VULGAR = new RegExp(VULGAR_CLASS);

/** Every number atom in `text`, left to right, without overlaps (the first parser wins). */
export function findAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  const starts = HAS_VULGAR.test(text) ? STARTS_WITH_VULGAR : STARTS;
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const atom = atomAt(text, m.index);
    if (atom) {
      atoms.push(atom);
      starts.lastIndex = atom.end;
    }
  }
  return atoms;
}

/** Fields copied one by one: spreading reads of several shapes is V8's slow generic clone. */
function atom(read: Omit<Atom, 'start' | 'end'>, start: number, end: number): Atom {
  return { start, end, value: read.value, high: read.high, kind: read.kind, digits: read.digits };
}

function atomAt(text: string, at: number): Atom | null {
  for (const p of PARSERS) {
    p.pattern.lastIndex = at;
    const m = p.pattern.exec(text);
    if (!m) continue;
    const read = p.read(m);
    if (read) return atom(read, at, at + m[0].length);
  }
  return null;
}
