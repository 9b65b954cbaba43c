import { blockOf, type Features } from './features';
import { clauseOf } from './population';

/**
 * A share of a whole people ("about .5% of the Soviet population") said in the same sentence as
 * a count of the same measure restates that count, so it answers the count's question. Other
 * shares (of the officer corps, of the prisoners) are questions of their own.
 */

/** "of the Soviet population", not "of the prison population" (a share of prisoners). */
const OF_A_POPULATION = /\bof (?:the |its |their |a )?(?!(?:prison|camp|gulag|convict|inmate|detainee)s?\b)(?:[\p{L}’'-]+ ){0,2}population\b/iu;

/** A sentence and a measure, at one place or the whole system. */
const sentenceKey = (f: Features) => `${f.claim.doc}\u0000${f.claim.line}\u0000${f.claim.quote}\u0000${f.family}\u0000${f.where}`;

export function restateShares(features: readonly Features[]): Features[] {
  const counted = new Set(features.filter((f) => f.kind === 'count').map(sentenceKey));
  return features.map((f) => {
    if (f.kind !== 'share' || !counted.has(sentenceKey(f))) return f;
    return OF_A_POPULATION.test(clauseOf(f.claim.quote, f.claim.text)) ? { ...f, block: blockOf(f.family, 'count', f.where) } : f;
  });
}
