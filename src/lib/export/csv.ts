import type { Claim } from '../../../contract/schema';
import { CLAIM_COLUMNS } from '../../../contract/claim-fields';

/**
 * A download's columns: what a reader needs first (the figure, what it counts, whose estimate,
 * when, the quote and its citation), the extractor's bookkeeping (ids, offsets) last. Every
 * column of the contract is there, so the file opens again in the dashboard, which reads columns
 * by name.
 */
const READER_FIRST: (keyof Claim)[] = [
  'text', 'value', 'value_low', 'value_high', 'qualifier', 'unit', 'counted', 'category', 'estimator', 'scope',
  'year_from', 'year_to', 'quantity', 'attributed_to', 'quote', 'citation', 'source_author', 'source_title',
  'source_year', 'source_pages', 'page'
];
export const DOWNLOAD_COLUMNS: (keyof Claim)[] = [...READER_FIRST, ...CLAIM_COLUMNS.filter((c) => !READER_FIRST.includes(c))];

/** Spreadsheets read a UTF-8 file as such only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';

/** The power of ten that a number is a whole multiple of (1000 for 25,000; 0.01 for 1.25). */
function precisionExponent(n: number): number {
  if (n === 0) return Infinity;
  for (let k = Math.floor(Math.log10(Math.abs(n))); k > -12; k--) {
    const q = n / 10 ** k;
    if (Math.abs(q - Math.round(q)) < 1e-9 * Math.max(1, Math.abs(q))) return k;
  }
  return -12;
}

/**
 * A range's plotted value (its midpoint, say) rounded to the precision of its ends: 10–15 plots
 * at 12.5 but is written 13; 1.5–2 million plots at 1.75 million and is written 1.8 million.
 * Both ends are multiples of that step, so the rounded value stays within the range.
 */
export function roundedValue(c: Pick<Claim, 'value' | 'value_low' | 'value_high'>): number {
  if (c.value_low === c.value_high) return c.value;
  const k = Math.min(precisionExponent(c.value_low), precisionExponent(c.value_high));
  if (!Number.isFinite(k)) return c.value;
  const step = 10 ** k;
  return Number((Math.round(c.value / step) * step).toFixed(Math.max(0, -k)));
}

/** The claims as a download: a byte-order mark, the reader's columns first, rounded plotted values. */
export async function downloadCsv(claims: readonly Claim[]): Promise<string> {
  // The CSV writer (papaparse, and zod to check the cells) is loaded on the first download.
  const { claimsToCsv } = await import('../../../contract/csv');
  return BOM + claimsToCsv(claims.map((c) => ({ ...c, value: roundedValue(c) })), DOWNLOAD_COLUMNS);
}
