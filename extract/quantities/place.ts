import type { Claim } from '../../contract/schema';
import { MONTH } from '../lexicon';

/**
 * The one place a local figure is about, as a short stem of the proper name nearest to it in its
 * sentence ("Vorkuta", "the Vorkutstroi system" → vorku), so estimates of one camp or city by
 * several sources meet; '' when the sentence names none. The sentence's first word and the names
 * of the people giving the figure are not places.
 */

const STEM = 5;
/** How far from the figure a place name may be; also keeps a run-on "sentence" cheap. */
const REACH = 200;
const NAME = /\b\p{Lu}\p{Ll}{3,}/gu;
const IS_MONTH = new RegExp(`^${MONTH}$`);

export function placeOf(claim: Pick<Claim, 'quote' | 'text' | 'estimator' | 'attributed_to' | 'source_author'>): string {
  const people = `${claim.estimator} ${claim.attributed_to} ${claim.source_author}`;
  const at = Math.max(0, claim.quote.indexOf(claim.text));
  const from = Math.max(0, at - REACH);
  let nearest: { name: string; distance: number } | null = null;
  for (const m of claim.quote.slice(from, at + REACH).matchAll(NAME)) {
    if (from + m.index === 0 || IS_MONTH.test(m[0]) || people.includes(m[0])) continue;
    const distance = Math.abs(from + m.index - at);
    if (!nearest || distance < nearest.distance) nearest = { name: m[0], distance };
  }
  return nearest?.name.slice(0, STEM).toLowerCase() ?? '';
}
