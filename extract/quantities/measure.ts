import type { Category, Unit } from '../../contract/claim-fields';
import type { Claim } from '../../contract/schema';
import { clauseParts, wordsBefore } from './population';
import { measureVerb } from './verb';
import { AVERAGE, CHANGE, DIFFERENCE_AFTER, DIFFERENCE_BEFORE, MEASURE_WORDS, PER_YEAR } from './vocabulary';

/**
 * What kind of measure a claim is, coarser than its category: arrests and discharges are both
 * how many were purged (sources count "arrested or expelled" together), while a stock held in
 * camps, a flow of deaths and executions stay apart. A share never answers a count's question by
 * itself. Claims of different measures never answer one question, so they are grouped apart.
 */

/** A count of a whole, a share of one, a count per year (a rate, not a total), or how much a whole grew or shrank. */
export type UnitKind = 'count' | 'share' | 'rate' | 'change';

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

/** How far before a figure the words saying it is a change may start. */
const CHANGE_REACH = 40;

/** How far before a figure "average" may stand: "the average number of detainees was somewhere between". */
const AVERAGE_REACH = 80;

/**
 * "855,000 dead per year" answers how many died a year, not how many died in all; "an average of
 * 8 million detainees" how many were held in a mean year, not at one date; "the camps swelled by
 * 400,000" how much the camps grew, not how many they held. "Per year" belongs to the figure
 * before it ("a 10% death rate per year, some 12 million"), "average" to the one after it.
 */
export function unitKind(claim: Pick<Claim, 'unit' | 'quote' | 'text' | 'counted'>): UnitKind | null {
  const kind = UNIT_KIND[claim.unit] ?? null;
  if (kind !== 'count') return kind;
  if (CHANGE.test(wordsBefore(claim.quote, claim.text, CHANGE_REACH))) return 'change';
  const { before, after } = clauseParts(claim.quote, claim.text, AVERAGE_REACH);
  return PER_YEAR.test(claim.counted) || PER_YEAR.test(after) || AVERAGE.test(before) ? 'rate' : 'count';
}

/** One source's excess over another's figure ("Brown added 4 million"): it answers no question. */
export function isDifference(claim: Pick<Claim, 'quote' | 'text'>): boolean {
  const at = claim.quote.indexOf(claim.text);
  if (at === -1) return false;
  return DIFFERENCE_BEFORE.test(wordsBefore(claim.quote, claim.text, CHANGE_REACH)) || DIFFERENCE_AFTER.test(claim.quote.slice(at + claim.text.length));
}

/** The family of a figure measured by the verb governing what it counts. */
export const VERB_FAMILY = 'verb:';

/**
 * The measure's family: from the category, or for an uncategorised figure from its own words,
 * else from the verb governing what it counts (`verb:embark`, verb.ts).
 */
export function familyOf(claim: Pick<Claim, 'category' | 'counted' | 'quote' | 'text'>): string | null {
  if (claim.category !== 'other') return FAMILY[claim.category];
  const family = MEASURE_WORDS.find((m) => m.words.test(claim.counted))?.family;
  if (family) return family;
  const verb = measureVerb(claim);
  return verb ? `${VERB_FAMILY}${verb}` : null;
}
