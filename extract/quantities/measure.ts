import type { Category, Unit } from '../../contract/claim-fields';
import type { Claim } from '../../contract/schema';
import { MEASURE_WORDS } from './vocabulary';

/**
 * What kind of measure a claim is, coarser than its category: arrests and discharges are both
 * how many were purged (sources count "arrested or expelled" together), while a stock held in
 * camps, a flow of deaths and executions stay apart. A share never answers a count's question by
 * itself. Claims of different measures never answer one question, so they are grouped apart.
 */

export type UnitKind = 'count' | 'share';

const FAMILY: Record<Category, string | null> = {
  camp_population: 'held',
  arrests: 'purged',
  expulsions: 'purged',
  convictions: 'convicted',
  executions: 'executed',
  deaths: 'died',
  releases: 'released',
  deportations: 'deported',
  sentence_length: null,
  other: null
};

const UNIT_KIND: Partial<Record<Unit, UnitKind>> = { people: 'count', count: 'count', percent: 'share', fraction: 'share' };

export function unitKind(unit: Unit): UnitKind | null {
  return UNIT_KIND[unit] ?? null;
}

/** The measure's family: from the category, or for an uncategorised figure from its own words. */
export function familyOf(claim: Pick<Claim, 'category' | 'counted'>): string | null {
  if (claim.category !== 'other') return FAMILY[claim.category];
  return MEASURE_WORDS.find((m) => m.words.test(claim.counted))?.family ?? null;
}
