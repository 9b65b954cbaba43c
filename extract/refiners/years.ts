import type { Category, Unit } from '../../contract/schema';
import { before, perSentence, sentenceText, type Candidate } from '../context/candidate';
import { MONTH } from '../lexicon';

/** The period a figure describes, from the nearest time expression in its sentence. */

export interface Period {
  from: number | null;
  to: number | null;
}

interface Found extends Period {
  start: number;
  end: number;
  /** "by 1939", "as of May 1, 1940": a point that a running total may have reached. */
  asOf?: boolean;
  /** "cabled on June 18, 1937": when a report was made, which ends the time it speaks of. */
  reported?: boolean;
  /** The month (0-11) of a dated point, when the text names one. */
  month?: number;
}

const Y = '(1[6-9]\\d\\d|20\\d\\d)';
/** An optional day and month before a year: "May 1, ", "1 October ". */
const DAY = `(?:(?:${MONTH}\\.? (?:\\d{1,2},? )?|\\d{1,2} ${MONTH}\\.?,? ))?`;
const DECADE_WORDS: Record<string, number> = { twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950 };
const DECADE_PART: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/** Expands a two-digit end year against its start: 1936-38 → 1938. */
function endYear(from: number, to: string): number {
  if (to.length >= 4) return Number(to);
  const base = Math.floor(from / 10 ** to.length) * 10 ** to.length;
  const y = base + Number(to);
  return y >= from ? y : y + 10 ** to.length;
}

const REPORT_VERB = '(?:cabled|wrote|reported|said|stated|declared|announced|told)';
const REPORTED = new RegExp(`\\b${REPORT_VERB},? on ${MONTH}\\.? \\d{1,2},? \\d{4}|${MONTH}\\.? \\d{1,2},? \\d{4},? ${REPORT_VERB}\\b`);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`);

function monthOf(text: string): number | undefined {
  const m = MONTH_WORD.exec(text);
  return m ? MONTHS.indexOf(m[0].slice(0, 3).toLowerCase()) : undefined;
}

type Pattern = [RegExp, (m: RegExpExecArray) => Omit<Found, 'start' | 'end'>];

/** "the late thirties": the one pattern without a year in digits. */
const IN_WORDS: Pattern = [/\bthe (?:(early|mid|late)[- ])?(twenties|thirties|forties|fifties)\b/gi, (m) => {
  const decade = DECADE_WORDS[m[2]!.toLowerCase()]!;
  const [a, b] = m[1] ? DECADE_PART[m[1].toLowerCase()]! : [0, 9];
  return { from: decade + a, to: decade + b };
}];

const PATTERNS: Pattern[] = [
  [new RegExp(`\\b(?:(early|mid|late)[- ]?)?${Y.replace('\\d\\d', '\\d')}0['’]?s\\b`, 'gi'), (m) => {
    const decade = Number(m[2]) * 10;
    const [a, b] = m[1] ? DECADE_PART[m[1].toLowerCase()]! : [0, 9];
    return { from: decade + a, to: decade + b };
  }],
  IN_WORDS,
  [new RegExp(`\\b(?:from|between) ${DAY}${Y} (?:to|and|until|till|through) ${DAY}${Y}\\b`, 'gi'),
    (m) => ({ from: Number(m[1]), to: Number(m[2]) })],
  [new RegExp(`\\b${Y}\\s?[-–/]\\s?(\\d{4}|\\d{2})\\b`, 'g'), (m) => ({ from: Number(m[1]), to: endYear(Number(m[1]), m[2]!) })],
  [new RegExp(`\\b(?:by|at the end of|as of|on) (?:the end of )?${DAY}${Y}\\b`, 'gi'), (m) => ({ from: Number(m[1]), to: Number(m[1]), asOf: /^(?:by|as of)\b/i.test(m[0]) })],
  [new RegExp(`\\b(?:up to|until|till|through) (?:the end of |the start of )?${DAY}${Y}\\b`, 'gi'), (m) => ({ from: null, to: Number(m[1]) })],
  [new RegExp(`\\bbefore ${DAY}${Y}\\b`, 'gi'), (m) => ({ from: null, to: Number(m[1]) - 1 })],
  [new RegExp(`\\bafter ${DAY}${Y}\\b`, 'gi'), (m) => ({ from: Number(m[1]) + 1, to: null })],
  // "After Stalin’s death in 1953": the event's year starts the period.
  [new RegExp(`\\bafter [^,.;]{1,40}? in ${DAY}${Y}\\b`, 'gi'), (m) => ({ from: Number(m[1]), to: null })],
  [new RegExp(`\\bsince ${DAY}${Y}\\b`, 'gi'), (m) => ({ from: Number(m[1]), to: null })],
  [new RegExp(`\\b${Y}\\b(?!['’]?s)`, 'g'), (m) => ({ from: Number(m[1]), to: Number(m[1]) })]
];

/** Every other pattern needs a year's first digits, which most sentences lack. */
const YEAR_DIGITS = /(?:1[6-9]|20)\d/;

/** Every time expression in `text`; longer, earlier patterns win over the bare years inside them. */
export function findPeriods(text: string): Found[] {
  const found: Found[] = [];
  for (const [re, read] of YEAR_DIGITS.test(text) ? PATTERNS : [IN_WORDS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const reported = REPORTED.test(text.slice(Math.max(0, start - 30), end + 20));
      found.push({ ...read(m), start, end, reported, month: monthOf(m[0]) });
    }
  }
  return found;
}

const NONE: Period = { from: null, to: null };

function nearest(periods: Found[], at: number, end: number): Found | null {
  let best: Found | null = null;
  let bestDistance = Infinity;
  for (const f of periods) {
    if (f.start < end && at < f.end) continue;
    const distance = f.start >= end ? f.start - end : at - f.end;
    if (distance < bestDistance) {
      best = f;
      bestDistance = distance;
    }
  }
  return best;
}

const period = (f: Found | null | undefined): Period => (f ? { from: f.from, to: f.to } : NONE);

const sentencePeriods = perSentence(findPeriods);

const DURATIONS: Unit[] = ['years', 'months', 'weeks', 'days', 'hours'];
const FLOWS: Category[] = ['arrests', 'convictions', 'executions', 'deaths', 'releases', 'deportations', 'expulsions'];

/**
 * "Arrested on Aug. 14, 1936, he was held for nine months": a length of time that runs from a
 * dated event ends in the year the length reaches.
 */
function startsSpan(c: Candidate, f: Found, unit: Unit): Period | null {
  if (f.from === null || f.from !== f.to || f.month === undefined || f.end > c.expr.start - c.sentence.start) return null;
  if (!/\bfor (?:about |nearly |almost |some )?$/i.test(before(c, 20))) return null;
  const months = unit === 'months' ? c.expr.high : unit === 'years' ? c.expr.high * 12 : null;
  return months === null ? null : { from: f.from, to: f.from + Math.floor((f.month + months) / 12) };
}

/**
 * The period of a figure. A count of events "by 1939" or "as of May 1, 1940" is a running total
 * up to then; a stock or a rate at that date is that year's.
 */
export function periodOf(c: Candidate, category: Category, unit: Unit): Period {
  const at = c.expr.start - c.sentence.start;
  const end = c.expr.end - c.sentence.start;
  const text = sentenceText(c);
  // A figure that announces a colon ("two frames are available: ... 1936-37") is not dated by it.
  const periods = sentencePeriods(c).filter((f) => f.start < end || !text.slice(end, f.start).includes(':'));
  const inSentence = nearest(periods, at, end);
  if (inSentence?.asOf && unit === 'people' && FLOWS.includes(category)) return { from: null, to: inSentence.to };
  if (inSentence?.reported && DURATIONS.includes(unit)) return { from: null, to: inSentence.to };
  const span = inSentence && startsSpan(c, inSentence, unit);
  if (span) return span;
  if (inSentence) return period(inSentence);
  if (c.heading) return period(findPeriods(c.heading)[0]);
  return NONE;
}
