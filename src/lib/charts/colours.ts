import { rollup } from 'd3-array';
import type { Claim } from '../../../contract/schema';
import { byText } from '../format';
import { OTHER_COLOUR, PALETTE } from './scales';

/**
 * One colour per estimator, decided over the whole data set (never the filtered claims), so a
 * person keeps the same colour in every view and under every filter: the most frequent
 * estimators get the palette's colours, the rest grey. Ties go by code-unit order: a locale
 * collator would set up ICU on the first filter change.
 */
export function estimatorColours(all: readonly Claim[]): (estimator: string) => string {
  const counts = rollup(all.filter((c) => c.estimator), (cs) => cs.length, (c) => c.estimator);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).slice(0, PALETTE.length);
  const colours = new Map(ranked.map(([name], i) => [name, PALETTE[i]!]));
  return (estimator) => colours.get(estimator) ?? OTHER_COLOUR;
}
