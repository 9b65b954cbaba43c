import type { Claim } from '../../../contract/schema';
import { estimatorColours } from '../charts/colours';
import { applyFilters, DEFAULT_FILTERS } from '../filters';
import { estimatesRows, indexQuantities, matchingRows, type EstimatesRow, type QuantityIndex } from './quantity-index';

/** Rows the home page draws at first; more come a page at a time. */
export const PAGE_ROWS = 30;

/** What the Estimates list shows: how many quantities match, and the first `limit` of them drawn. */
export interface EstimatesView {
  quantities: number;
  rows: EstimatesRow[];
}

export function estimatesView(index: QuantityIndex, filtered: readonly Claim[], limit: number): EstimatesView {
  const rows = matchingRows(index.rows, filtered);
  return { quantities: rows.length, rows: estimatesRows(rows.slice(0, limit), index.claimsOf) };
}

/**
 * The home page as it first opens (default filters, built-in claims), worked out at build time
 * into data/estimates.json by the page's own functions, so the list is drawn before the claims
 * are read; with the colours of the estimators it shows, which depend on all the claims.
 */
export interface EstimatesFirstView extends EstimatesView {
  colours: [string, string][];
}

export function estimatesFirstView(claims: readonly Claim[]): EstimatesFirstView {
  const shown = estimatesView(indexQuantities(claims), applyFilters(claims, DEFAULT_FILTERS), PAGE_ROWS);
  const colourOf = estimatorColours(claims);
  const estimators = new Set(shown.rows.flatMap((r) => r.marks.map((m) => m.estimator)));
  return { ...shown, colours: [...estimators].map((e) => [e, colourOf(e)]) };
}
