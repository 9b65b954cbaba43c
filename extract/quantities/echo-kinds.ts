import { group } from 'd3-array';
import { blockOf, type Features } from './features';

/**
 * One estimator's same figure of one measure is one estimate however each work words it: when
 * one work says it is a mean over years ("an average of 12 million detainees") and another only
 * "12 million in the camps", the plain one is the same average, so both answer one question. A
 * count the work dates ("8 million at the end of 1938") is a count at that date, whatever another
 * work made of it.
 */
const echoKey = (f: Features) => `${f.family}\u0000${f.where}\u0000${f.estimate}`;

export function alignEchoKinds(features: readonly Features[]): Features[] {
  const named = features.filter((f) => f.claim.estimator.trim() !== '' && (f.kind === 'count' || f.kind === 'rate'));
  const averaged = new Set(
    [...group(named, echoKey)].filter(([, echoes]) => echoes.some((f) => f.kind === 'rate')).map(([key]) => key)
  );
  return features.map((f) =>
    f.kind === 'count' && f.period === null && averaged.has(echoKey(f)) && f.claim.estimator.trim() !== ''
      ? { ...f, kind: 'rate' as const, block: blockOf(f.family, 'rate', f.where) }
      : f
  );
}
