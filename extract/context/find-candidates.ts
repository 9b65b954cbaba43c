import type { Candidate } from './candidate';
import type { Line } from '../segment/lines';
import { findAtoms } from '../numbers/atoms';
import { combine, type NumberExpr } from '../numbers/combine';
import { scaleBy } from '../numbers/decimal';
import { BIG_SCALE_ALT } from '../numbers/words';
import { sentenceSpans, spanAt } from './sentences';
import type { Passage } from '../types';

/** Proposes every number expression of a passage's lines, each with its sentence. */

const YEAR = '(?:1[6-9]|20)\\d{2}';

/** A table row: a short label then one figure ("United States 2,079"). */
const LABEL_ROW = /^\s*[^\d:]{1,40}?\s[\d][\d,.]*\s*$/;

/** A row of years and figures, one pair or several side by side ("1931 205,000 1941 1,650,000"). */
const YEAR_ROW = new RegExp(`^\\s*(?:${YEAR}[\\s:]+\\d[\\d,.]*\\s*)+$`);

const isRow = (text: string) => LABEL_ROW.test(text) || YEAR_ROW.test(text);

/** "(millions)", "(in thousands)": a table heading's scale for every cell below it. */
const TABLE_SCALE: [RegExp, number][] = [
  [/\((?:in )?(?:thousands|000s)\)/i, 1e3],
  [/\((?:in )?millions\)/i, 1e6]
];

/** A title or a line of column names: short, and no sentence ends in it. */
const TITLE = /^[^.!?]{1,100}$/;

/**
 * The line that a table row's figures answer to: the nearest line above the rows, when it ends
 * in ":" or names the table's scale. Rows of years need neither: their title and column names,
 * the two short lines above them, are read as one heading.
 */
function tableHeading(lines: Line[], i: number): string | undefined {
  if (!isRow(lines[i]!.text)) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const t = lines[j]!.text.trim();
    if (t.endsWith(':') || scaleOf(t) > 1) return t;
    if (t && !isRow(t)) return YEAR_ROW.test(lines[i]!.text) ? titleAbove(lines, j) : undefined;
  }
  return undefined;
}

function titleAbove(lines: Line[], j: number): string | undefined {
  const titles = [lines[j - 1]?.text.trim() ?? '', lines[j]!.text.trim()].filter((t) => TITLE.test(t));
  return TITLE.test(lines[j]!.text.trim()) ? titles.join(' ') : undefined;
}

function scaleOf(heading: string | undefined): number {
  return TABLE_SCALE.find(([re]) => heading && re.test(heading))?.[1] ?? 1;
}

const YEAR_SHAPED = new RegExp(`^${YEAR}$`);
/** Up to three words (a noun and its verb) may stand between: "8,400 head in 1933", "212 ships (1904)". */
const YEAR_AFTER = new RegExp(`^(?: [a-z’'-]+){0,3}?(?:,? in (?:the year )?| ?\\()(${YEAR})\\b(?![-–]\\d)`);

/**
 * The year written right next to a figure, which dates it over the sentence's other years:
 * "from 140,000 in 1933 to 3,100 in 1936", "1,296,000 prisoners (1938)", or a table row's year cell.
 */
function ownYear(text: string, exprs: NumberExpr[], k: number, yearRow: boolean): number | undefined {
  const e = exprs[k]!;
  const prev = exprs[k - 1];
  if (yearRow && prev && YEAR_SHAPED.test(text.slice(prev.start, prev.end))) return prev.low;
  const m = YEAR_AFTER.exec(text.slice(e.end, e.end + 48));
  return m ? Number(m[1]) : undefined;
}

const SCALE_AT_START = new RegExp(`^\\s*(?:${BIG_SCALE_ALT})\\b`, 'i');

/**
 * The line's text, with the scale word that a hard line break moved to the next line ("4 million
 * to 5⏎million") put back after it, so the figure before the break is read whole.
 */
function scanText(lines: Line[], i: number): string {
  const text = lines[i]!.text;
  const next = lines[i + 1]?.text;
  if (!next || !endsWithDigit(text)) return text;
  const scale = SCALE_AT_START.exec(next);
  return scale ? `${text.trimEnd()} ${scale[0].trim()}` : text;
}

/** Looks at the last characters only: a regex anchored at the end would try every position. */
function endsWithDigit(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k >= 0 && text[k]! >= '0' && text[k]! <= '9';
}

/** Expressions of a line, with those reaching into a carried scale word cut back to the line. */
function expressionsOf(lines: Line[], i: number): NumberExpr[] {
  const text = lines[i]!.text;
  const scan = scanText(lines, i);
  const exprs = combine(scan, findAtoms(scan));
  if (scan === text) return exprs;
  const end = text.trimEnd().length;
  return exprs.map((e) => (e.end > end ? { ...e, end } : e));
}

export function candidatesOf(passage: Passage, lines: Line[]): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((line, i) => {
    const exprs = expressionsOf(lines, i);
    // Most lines hold no number: find that out before splitting sentences or reading tables.
    if (!exprs.length) return;
    const spans = sentenceSpans(line.text);
    const heading = tableHeading(lines, i);
    const factor = scaleOf(heading);
    const yearRow = YEAR_ROW.test(line.text);
    exprs.forEach((expr, k) => {
      const yearCell = yearRow && YEAR_SHAPED.test(line.text.slice(expr.start, expr.end)) && k + 1 < exprs.length;
      const scaled = factor > 1 && expr.kind === 'count' && !yearCell
        ? { ...expr, low: scaleBy(expr.low, factor), high: scaleBy(expr.high, factor), bare: false }
        : expr;
      const year = ownYear(line.text, exprs, k, yearRow);
      // Every candidate gets the same fields, so the refiners see objects of one shape.
      out.push({ expr: scaled, line, sentence: spanAt(spans, expr.start), passage, heading, context: { lines, index: i }, ownYear: year });
    });
  });
  return out;
}
