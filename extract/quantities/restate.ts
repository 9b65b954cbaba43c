import { blockOf, type Features } from './features';
import { clauseOf, endsClause } from './population';
import { OF_A_POPULATION } from './vocabulary';

/**
 * A share of a whole people ("about .5% of the Soviet population"), or one that names no whole
 * ("if the 100,000 figure is right, this represents .05%"), said in the same sentence as a count
 * of the same measure restates that count, so it answers the count's question. Other shares (of
 * the officer corps, of the prisoners) are questions of their own.
 */

/** "of the Soviet population", not "of the prison population", a share of prisoners (wholeOf). */
const restatesCount = (f: Features) =>
  f.kind === 'share' && f.whole !== 'prisoners' && (OF_A_POPULATION.test(clauseOf(f.claim.quote, f.claim.text)) || endsClause(f.claim.quote, f.claim.text));

/** A paragraph and a measure, at one place or the whole system; the sentence is compared apart. */
const paragraphKey = (f: Features) => `${f.paragraph}\u0000${f.family}\u0000${f.where}`;

export function restateShares(features: readonly Features[]): Features[] {
  const shares = features.filter(restatesCount);
  if (shares.length === 0) return [...features];
  const sentences = new Map<string, Set<string>>();
  for (const f of shares) sentences.set(paragraphKey(f), new Set());
  for (const f of features)
    if (f.kind === 'count') sentences.get(paragraphKey(f))?.add(f.claim.quote);
  const restating = new Set(shares.filter((f) => sentences.get(paragraphKey(f))!.has(f.claim.quote)));
  return features.map((f) => (restating.has(f) ? { ...f, block: blockOf(f.family, 'count', f.where) } : f));
}
