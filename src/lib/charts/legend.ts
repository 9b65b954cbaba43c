import { rollup } from 'd3-array';
import type { Claim } from '../../../contract/schema';
import { OTHER_COLOUR } from './scales';
import { estimatorName } from '../format';

export interface LegendItem {
  label: string;
  colour: string;
}

/** The marks' shapes, in words. */
export const SHAPE_KEY = '● exact · ○ about · ━ range · ⟶ at least · ⟵ at most';


/**
 * The legend of a chart whose marks are coloured by estimator: one entry per estimator with a
 * colour of their own, in the chart's order, then one for everyone drawn in grey.
 */
export function legendItems(colours: ReadonlyMap<string, string>): LegendItem[] {
  const named = [...colours].filter(([, c]) => c !== OTHER_COLOUR).map(([name, colour]) => ({ label: estimatorName(name), colour }));
  const others = [...colours.values()].some((c) => c === OTHER_COLOUR);
  return others ? [...named, { label: 'other estimators', colour: OTHER_COLOUR }] : named;
}

/** The documents and the citations behind some claims, the most used citations first. */
export function sourcesOf(claims: readonly Claim[]): string[] {
  const docs = [...new Set(claims.map((c) => c.doc))];
  const cited = rollup(claims.filter((c) => c.citation), (cs) => cs.length, (c) => c.citation);
  const citations = [...cited].sort((a, b) => b[1] - a[1]).map(([citation]) => citation);
  return [`${docs.length === 1 ? 'document' : 'documents'} ${docs.join(', ')}`, ...citations];
}
