import { group } from 'd3-array';
import type { Claim } from '../../contract/schema';
import { alignEchoKinds } from './echo-kinds';
import { antecedents } from './ellipsis';
import { featuresOf } from './features';
import { familyOf } from './measure';
import { groupBlock } from './group';
import { inheritPeriods } from './inherit';
import { uniqueKeys } from './key';
import { paragraphsOf } from './paragraph';
import { isQuantity } from './question';
import { restateShares } from './restate';

/**
 * Gives the claims that answer the same question one shared, readable quantity key (GUIDELINES.md,
 * "Quantities"); the rest get ''. Claims are first split into blocks (the measure, count or share,
 * the system or one place), then by years and paragraphs, so no step looks at all pairs of claims.
 * Pure: the same claims in any order get the same keys.
 */
export function assignQuantities(claims: readonly Claim[]): Claim[] {
  const paragraphs = paragraphsOf(claims);
  const families = claims.map(familyOf);
  const elided = antecedents(claims, paragraphs, families);
  const measured = (i: number) => families[i] ?? familyOf(elided.get(i) ?? claims[i]!);
  const features = inheritPeriods(
    alignEchoKinds(restateShares(claims.flatMap((c, i) => featuresOf(c, i, paragraphs[i]!, measured(i), elided.get(i)) ?? [])))
  );
  const blocks = group(features, (f) => f.block);
  const groups = [...blocks.keys()]
    .sort()
    .flatMap((b) => groupBlock(blocks.get(b)!))
    .filter(isQuantity);
  const keyOf = new Map<number, string>();
  uniqueKeys(groups).forEach((key, i) => {
    for (const m of groups[i]!.members) keyOf.set(m.index, key);
  });
  return claims.map((c, i) => ({ ...c, quantity: keyOf.get(i) ?? '' }));
}
