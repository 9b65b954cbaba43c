import { group } from 'd3-array';
import Papa from 'papaparse';
import type { Category, Unit } from './claim-fields';
import { periodOfKey, type Years } from './period';
import { mostCommon } from './most-common';
import { labelOf } from './quantity-label';
import { FORMULA_START } from './spreadsheet-safe';
import type { Claim } from './schema';

/**
 * What a quantity (one contested question) is made of, worked out from its claims alone, so the
 * extractor's `data/quantities.csv` and the dashboard's views (also over a reader's own documents)
 * say the same thing.
 */

/** One estimator's figure; an echo (the same figure quoted in several works) is one estimate. */
export interface Estimate extends Pick<Claim, 'estimator' | 'value_low' | 'value_high' | 'value'> {
  /** The claims that give it, first published first. */
  claims: Claim[];
  /** Publication year of the earliest work giving it, if any work is dated. */
  first_published: number | null;
}

export interface QuantityRow {
  quantity: string;
  label: string;
  category: Category;
  year_from: number | null;
  year_to: number | null;
  claims: number;
  estimates: number;
  estimators: number;
  /** The quantity's most common unit, the one `lowest` and `highest` are in. */
  unit: Unit;
  /** The lowest and highest estimate in that unit. */
  lowest: number;
  highest: number;
  /** highest / lowest; 1 when the estimates agree, empty when the lowest is zero. */
  spread: number | null;
}

export const QUANTITY_COLUMNS: (keyof QuantityRow)[] = [
  'quantity', 'label', 'category', 'year_from', 'year_to', 'claims', 'estimates', 'estimators', 'unit', 'lowest', 'highest', 'spread'
];

const byPublication = (a: Claim, b: Claim) =>
  (a.source_year ?? Infinity) - (b.source_year ?? Infinity) || a.doc.localeCompare(b.doc) || a.start - b.start;

/** One estimate: one estimator's figure in one unit, however many works quote it (an echo). */
export const estimateKey = (c: Pick<Claim, 'estimator' | 'unit' | 'value_low' | 'value_high'>) =>
  `${c.estimator.trim().toLowerCase()}\u0000${c.unit}\u0000${c.value_low}\u0000${c.value_high}`;

/** A quantity's estimates, ordered by first publication (undated last), then by value. */
export function estimatesOf(claims: readonly Claim[]): Estimate[] {
  return [...group([...claims].sort(byPublication), estimateKey).values()]
    .map((cs) => {
      const first = cs[0]!;
      return {
        estimator: first.estimator,
        value_low: first.value_low,
        value_high: first.value_high,
        value: first.value,
        claims: cs,
        first_published: first.source_year
      };
    })
    .sort((a, b) => (a.first_published ?? Infinity) - (b.first_published ?? Infinity) || a.value - b.value);
}

/**
 * The categories that name what is counted: a figure that leans on its neighbour ("And Brown 12
 * million.") is filed under `other` but counts what the others count. All of them when none does.
 */
export function namedCategories(claims: readonly Pick<Claim, 'category'>[]): Category[] {
  const named = claims.map((c) => c.category).filter((c) => c !== 'other');
  return named.length ? named : claims.map((c) => c.category);
}

/**
 * "People held in the camps, 1938–1939", "Share of white adults who sympathized with the crown":
 * the question the claims answer (quantity-label.ts) and the years their key names.
 */
export function quantityLabel(claims: readonly Claim[], years: Years): string {
  const category = mostCommon(namedCategories(claims)) ?? 'other';
  const shares = claims.length > 0 && claims.every((c) => c.unit === 'percent' || c.unit === 'fraction');
  return labelOf(category, claims.map((c) => c.counted), shares, years);
}

/** The claims of each quantity key, keys in order of first appearance; claims of none left out. */
export function claimsByQuantity(claims: readonly Claim[]): Map<string, Claim[]> {
  return group(claims.filter((c) => c.quantity), (c) => c.quantity);
}

/** One row per quantity key, in order of first appearance. */
export function summariseQuantities(claims: readonly Claim[]): QuantityRow[] {
  return [...claimsByQuantity(claims)].map(([quantity, cs]) => {
    const estimates = estimatesOf(cs);
    // A share that restates a count ("1 million, about .5% of the population") is no bound on it.
    const unit = mostCommon(cs.map((c) => c.unit)) ?? 'people';
    const measured = estimates.filter((e) => e.claims[0]!.unit === unit);
    const lowest = Math.min(...measured.map((e) => e.value_low));
    const highest = Math.max(...measured.map((e) => e.value_high));
    const years = periodOfKey(quantity);
    return {
      quantity,
      label: quantityLabel(cs, years),
      category: mostCommon(namedCategories(cs)) ?? 'other',
      ...years,
      claims: cs.length,
      estimates: estimates.length,
      estimators: new Set(estimates.map((e) => e.estimator.toLowerCase())).size,
      unit,
      lowest,
      highest,
      spread: lowest > 0 ? highest / lowest : null
    };
  });
}

export function quantitiesToCsv(rows: readonly QuantityRow[]): string {
  const cells = rows.map((r) => QUANTITY_COLUMNS.map((k) => r[k]));
  return Papa.unparse({ fields: QUANTITY_COLUMNS, data: cells }, { newline: '\n', escapeFormulae: FORMULA_START }) + '\n';
}
