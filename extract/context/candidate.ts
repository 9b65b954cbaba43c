import type { Category, Qualifier, Unit } from '../../contract/schema';
import type { Line } from '../segment/lines';
import type { NumberExpr } from '../numbers/combine';
import type { Passage, Span } from '../types';

/** One number expression in its context, as it moves through the refiners. */
export interface Candidate {
  expr: NumberExpr;
  /**
   * Where the figure stands: the number of the line it is written on, and the text (and its
   * start) of its paragraph, lines cut mid-sentence joined (find-candidates.ts); most often the
   * line itself.
   */
  line: Line;
  /** The sentence of `line.text` that holds the expression. */
  sentence: Span;
  passage: Passage;
  /** The passage's paragraphs and this one's index among them: where a speaker was named before. */
  context: { lines: readonly Line[]; index: number };
  /** Set when a heading governs the line (a table's "(in thousands)", its year). */
  heading?: string;
  /** The name of a table column the figure stands in ("Births"): what the figure counts. */
  column?: string;
  /**
   * The year written right next to the figure ("3,100 in 1936", "812,000 (1937)", a table row's
   * year cell): it dates this figure even when the sentence names other years.
   */
  ownYear?: number;
}

export interface Enriched {
  unit: Unit;
  qualifier: Qualifier;
  category: Category;
  yearFrom: number | null;
  yearTo: number | null;
  attributedTo: string;
  counted: string;
}

/** The expression as written. */
export const textOf = (c: Candidate) => c.line.text.slice(c.expr.start, c.expr.end);

/** Up to `n` characters of the sentence before the expression. */
export const before = (c: Candidate, n = 60) =>
  c.line.text.slice(Math.max(c.sentence.start, c.expr.start - n), c.expr.start);

/** Up to `n` characters of the sentence after the expression. */
export const after = (c: Candidate, n = 60) =>
  c.line.text.slice(c.expr.end, Math.min(c.sentence.end, c.expr.end + n));

/** Text right before the expression on the whole line, across sentence ends. */
export const lineBefore = (c: Candidate, n = 40) =>
  c.line.text.slice(Math.max(0, c.expr.start - n), c.expr.start);

export const lineAfter = (c: Candidate, n = 40) => c.line.text.slice(c.expr.end, c.expr.end + n);

export const sentenceText = (c: Candidate) => c.line.text.slice(c.sentence.start, c.sentence.end);

