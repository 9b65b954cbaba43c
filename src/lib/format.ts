import { format } from 'd3-format';
import { periodText, type Years } from '../../contract/period';
import type { Claim } from '../../contract/schema';

/** "Thurston, Robert" → "Thurston"; "Getty, J. Arch and Manning, Roberta" → "Getty and Manning". */
export function shortAuthor(author: string): string {
  const names = author
    .split(/\s+(?:and|&)\s+|;\s*/)
    .map((n) => n.split(',')[0]?.trim() ?? '')
    .filter((n) => n !== '');
  return names.length ? names.join(' and ') : author.trim();
}

/** "Conquest — in Getty and Manning 1993, p. 248"; the attribution only when it is someone else. */
export function claimLabel(c: Claim): string {
  const source = [shortAuthor(c.source_author) || c.doc, c.source_year ?? 'n.d.'].join(' ');
  const page = c.source_pages ? `, p. ${c.source_pages}` : '';
  const attributed = c.attributed_to.trim();
  const differs = attributed !== '' && !shortAuthor(c.source_author).toLowerCase().includes(attributed.toLowerCase());
  return differs ? `${attributed} — in ${source}${page}` : `${source}${page}`;
}

/** Text cut to at most `max` characters, with an ellipsis when cut. */
export function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…` : text;
}

/** What is counted, cut to a length a chart row can hold. */
const COUNTED_CHARS = 60;

/**
 * A chart row's label: whose figure ("Conquest — in Getty and Manning 1993, p. 248"), and the
 * figure as written with what it counts ("8 million political prisoners"), with its category
 * when the chart mixes categories.
 */
export function rowLabel(c: Claim, withCategory: boolean): { source: string; figure: string } {
  const counted = cut(c.counted, COUNTED_CHARS);
  const category = withCategory ? ` [${categoryLabel(c.category)}]` : '';
  return { source: claimLabel(c), figure: `${c.text}${counted ? ` ${counted}` : ''}${category}` };
}

/** "camp_population" → "camp population". */
export function categoryLabel(category: Claim['category']): string {
  return category.replaceAll('_', ' ');
}

/** The years a claim is about, in words ("up to 1921" for a period open at its start). */
export function subjectYearsLabel(c: Years): string {
  return periodText(c.year_from, c.year_to);
}

/**
 * 12,345. d3-format rather than toLocaleString: the first toLocaleString call sets up ICU, which
 * cost a noticeable part of the first render.
 */
export const formatCount = format(',d');

/** "1 estimate", "12 estimates": a count with its noun. */
export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** A count, or an ellipsis while it is not known: the claims are still being read. */
export function formatPendingCount(n: number | null): string {
  return n === null ? '…' : formatCount(n);
}

/** Plain code-unit order, for stable tie-breaks without the cost of a locale collator. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SI = format('.3~s');
const GROUPED = format(',.4~r');

/** Compact figures for axes: 1.2M rather than 1,200,000, but plain below ten thousand. */
export function formatValue(v: number): string {
  return Math.abs(v) >= 10_000 ? SI(v).replace('G', 'B') : GROUPED(v);
}

export const QUALIFIER_LABELS: Record<Claim['qualifier'], string> = {
  exact: 'exact',
  about: 'about',
  at_least: 'at least',
  at_most: 'at most'
};

/**
 * Where the figure as written sits in the quote, for highlighting: the first occurrence, since the
 * CSV gives document offsets but not the quote's own position. Null when the quote lacks it.
 */
export function splitOnNumber(quote: string, text: string): [string, string, string] | null {
  const i = text === '' ? -1 : quote.indexOf(text);
  return i < 0 ? null : [quote.slice(0, i), text, quote.slice(i + text.length)];
}

/** A text's bracketed note marks ("[2]", "[4][5]"): the estimator of a figure in a text that names no author. */
const NOTE_MARKS = /^(?:\[[\p{L}\d]{1,4}\])+$/u;

/**
 * The person or body a claim is the estimate of, wherever it is named on the page or in a file;
 * note marks read as what they are, "note [2]", "notes [4][5]".
 */
export function estimatorName(estimator: string): string {
  const name = estimator.trim();
  if (!name) return 'no one named';
  if (!NOTE_MARKS.test(name)) return name;
  return `${name.split('][').length > 1 ? 'notes' : 'note'} ${name}`;
}
