import { claimsByQuantity, estimatesOf, summariseQuantities, type Estimate, type QuantityRow } from '../../../contract/quantities';
import type { Claim } from '../../../contract/schema';
import { byText } from '../format';

/** Every quantity of a data set, most contested first, and the claims that make each one. */
export interface QuantityIndex {
  rows: QuantityRow[];
  claimsOf: Map<string, Claim[]>;
}

/** Most estimators first, then most estimates, most claims, and the label for a stable order. */
export function contestedFirst(a: QuantityRow, b: QuantityRow): number {
  return b.estimators - a.estimators || b.estimates - a.estimates || b.claims - a.claims || byText(a.label, b.label) || byText(a.quantity, b.quantity);
}


export function indexQuantities(claims: readonly Claim[]): QuantityIndex {
  return { rows: summariseQuantities(claims).sort(contestedFirst), claimsOf: claimsByQuantity(claims) };
}

/**
 * The same index, summarised a few thousand quantities at a time with a `pause` between, so a
 * user's 150,000 claims do not hold the page's thread for a second. A quantity's row depends on
 * its own claims only, so summarising its claims apart gives the same row.
 */
export async function indexQuantitiesInSlices(claims: readonly Claim[], pause: () => Promise<void>, slice = 2000): Promise<QuantityIndex> {
  const claimsOf = claimsByQuantity(claims);
  const groups = [...claimsOf.values()];
  const rows: QuantityRow[] = [];
  for (let i = 0; i < groups.length; i += slice) {
    for (const row of summariseQuantities(groups.slice(i, i + slice).flat())) rows.push(row);
    await pause();
  }
  return { rows: rows.sort(contestedFirst), claimsOf };
}

/** The quantities with at least one of the claims the filters let through, in the index's order. */
export function matchingRows(rows: readonly QuantityRow[], filtered: readonly Claim[]): QuantityRow[] {
  const keys = new Set<string>();
  for (const c of filtered) if (c.quantity) keys.add(c.quantity);
  return rows.filter((r) => keys.has(r.quantity));
}

/** What a strip or a chart draws of one estimate: its ends, its hedge and whose it is. */
export type EstimateMark = Pick<Estimate, 'estimator' | 'value_low' | 'value_high' | 'value'> & Pick<Claim, 'qualifier' | 'unit'>;

/** A quantity's row on the home page: its summary and one mark per estimate. */
export interface EstimatesRow extends QuantityRow {
  marks: EstimateMark[];
}

/** An estimate's hedge and unit are those of the work that first gave it. */
export function markOf(e: Estimate): EstimateMark {
  const first = e.claims[0]!;
  return { estimator: e.estimator, value_low: e.value_low, value_high: e.value_high, value: e.value, qualifier: first.qualifier, unit: first.unit };
}

export function estimateMarks(claims: readonly Claim[]): EstimateMark[] {
  return estimatesOf(claims).map(markOf);
}

export function estimatesRows(rows: readonly QuantityRow[], claimsOf: ReadonlyMap<string, readonly Claim[]>): EstimatesRow[] {
  return rows.map((r) => ({ ...r, marks: estimateMarks(claimsOf.get(r.quantity) ?? []) }));
}
