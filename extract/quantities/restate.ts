import { blockOf, type Features } from './features';
import { clauseOf } from './population';

/**
 * A share of a whole people ("about .5% of the Soviet population") said in the same sentence as
 * a count of the same measure restates that count, so it answers the count's question. Other
 * shares (of the officer corps, of the prisoners) are questions of their own.
 */

const OF_A_POPULATION = /\bof (?:the |its |their |a )?(?:[\p{L}-]+ ){0,2}population\b/iu;

const sentenceKey = (f: Features) => `${f.claim.doc}\u0000${f.claim.line}\u0000${f.claim.quote}`;
export function restateShares(features: readonly Features[]): Features[] {
  const counted = new Set(features.filter((f) => f.kind === 'count').map((f) => `${sentenceKey(f)}\u0000${f.family}`));
  return features.map((f) => {
    if (f.kind !== 'share' || !counted.has(`${sentenceKey(f)}\u0000${f.family}`)) return f;
    return OF_A_POPULATION.test(clauseOf(f.claim.quote, f.claim.text)) ? { ...f, block: blockOf(f.family, 'count') } : f;
  });
}
