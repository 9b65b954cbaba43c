import type { Candidate } from './candidate';
import type { Line } from '../segment/lines';
import { findAtoms } from '../numbers/atoms';
import { combine, type NumberExpr } from '../numbers/combine';
import { scaleBy } from '../numbers/decimal';
import { sentenceSpans, spanAt } from './sentences';
import type { Passage } from '../types';
import { YEAR } from '../lexicon';
import { cellAt, gridAt, inGrid } from './table';

/** Proposes every number expression of a passage's lines, each with its sentence. */


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

/**
 * A news wire or a scanned page breaks lines inside sentences: a line that ends mid-sentence (in
 * a letter, a digit, a comma or a hyphen) runs on into the next non-blank line, unless either is
 * a table row or the next starts a list item.
 */
const MID_SENTENCE_END = /[\p{L}\p{N},\-–]$/u;
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[-•*–])\s/;

function runsOn(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (!next || !next.text.trim() || LIST_ITEM.test(next.text)) return false;
  return MID_SENTENCE_END.test(line.text.trimEnd()) && !isRow(line.text) && !isRow(next.text) &&
    !inGrid(lines, i) && !inGrid(lines, i + 1);
}

/** Lines `first..last` (indices) of one paragraph, as one text with the document's offsets. */
interface Paragraph {
  first: number;
  last: number;
  view: Line;
}

/**
 * The passage's paragraphs: runs of lines joined where a hard break cut a sentence. The break
 * becomes spaces of the same length (one for LF, two for CRLF), so an offset in the paragraph's
 * text plus its start is still the offset in the document.
 */
function paragraphsOf(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    while (runsOn(lines, i)) i++;
    if (i === first) {
      out.push({ first, last: i, view: lines[i]! });
      continue;
    }
    const start = lines[first]!.start;
    let text = lines[first]!.text;
    for (let j = first + 1; j <= i; j++) {
      const gap = lines[j]!.start - start - text.length;
      text += ' '.repeat(gap) + lines[j]!.text;
    }
    out.push({ first, last: i, view: { no: lines[first]!.no, start, text } });
  }
  return out;
}

/** The paragraph as seen from its line `j`: that line's number, the paragraph's text. */
function lineView(p: Paragraph, lines: Line[], j: number): Line {
  return p.first === p.last ? p.view : { no: lines[j]!.no, start: p.view.start, text: p.view.text };
}

/** What the figures of the paragraph's line `j` share: its view, its end, its table's heading and scale. */
function lineContext(p: Paragraph, lines: Line[], j: number) {
  const grid = gridAt(lines, j);
  const heading = grid ? grid.title : tableHeading(lines, j);
  return {
    j, line: lineView(p, lines, j), heading, factor: scaleOf(heading), yearRow: YEAR_ROW.test(lines[j]!.text), grid,
    end: lines[j]!.start - p.view.start + lines[j]!.text.trimEnd().length
  };
}

/** Index of the paragraph's line holding offset `at` of its text. */
function lineAt(p: Paragraph, lines: Line[], at: number): number {
  let j = p.first;
  while (j < p.last && lines[j + 1]!.start - p.view.start <= at) j++;
  return j;
}

export function candidatesOf(passage: Passage, lines: Line[]): Candidate[] {
  const out: Candidate[] = [];
  const paragraphs = paragraphsOf(lines);
  const views = paragraphs.map((p) => p.view);
  paragraphs.forEach((p, index) => {
    const text = p.view.text;
    const exprs = combine(text, findAtoms(text));
    // Most lines hold no number: find that out before splitting sentences or reading tables.
    if (!exprs.length) return;
    const spans = sentenceSpans(text);
    let at: ReturnType<typeof lineContext> | null = null;
    exprs.forEach((found, k) => {
      const j = lineAt(p, lines, found.start);
      if (at?.j !== j) at = lineContext(p, lines, j);
      // A figure that runs over a break keeps its value but ends with its line, so its offsets
      // still slice the document to its text ("5⏎million").
      const expr = found.end > at.end ? { ...found, end: at.end } : found;
      const cell = at.grid && cellAt(at.grid, lines[at.j]!.text, expr.start - (lines[at.j]!.start - p.view.start));
      const yearCell = cell ? cell.isLabel : at.yearRow && YEAR_SHAPED.test(text.slice(expr.start, expr.end)) && k + 1 < exprs.length;
      const scaled = at.factor > 1 && expr.kind === 'count' && !yearCell
        ? { ...expr, low: scaleBy(expr.low, at.factor), high: scaleBy(expr.high, at.factor), bare: false }
        : expr;
      const year = cell ? cell.ownYear : ownYear(text, exprs, k, at.yearRow);
      // Every candidate gets the same fields, so the refiners see objects of one shape.
      out.push({
        expr: scaled, line: at.line, sentence: spanAt(spans, expr.start), passage, heading: cell ? cell.heading : at.heading,
        column: cell?.column, context: { lines: views, index }, ownYear: year
      });
    });
  });
  return out;
}
