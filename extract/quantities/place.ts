import type { Claim } from '../../contract/schema';
import { MONTH } from '../lexicon';
import { clauseOf } from './population';

/**
 * The one place a local figure is about, as a short stem of the proper name in its clause
 * ("Vorkuta", "the Vorkutstroi system" → vorku), so estimates of one camp or city by several
 * sources meet; '' when the clause names none. Names of the people giving the figure are not
 * places.
 */

const STEM = 5;
const NAME = /(?<![.!?]\s)(?<!^)\b\p{Lu}\p{Ll}{3,}/gu;
const IS_MONTH = new RegExp(`^${MONTH}$`);

export function placeOf(claim: Pick<Claim, 'quote' | 'text' | 'estimator' | 'attributed_to' | 'source_author'>): string {
  const people = `${claim.estimator} ${claim.attributed_to} ${claim.source_author}`;
  const clause = clauseOf(claim.quote, claim.text);
  const names = [...clause.matchAll(NAME)].map((m) => m[0]).filter((w) => !IS_MONTH.test(w) && !people.includes(w));
  return names[0]?.slice(0, STEM).toLowerCase() ?? '';
}
