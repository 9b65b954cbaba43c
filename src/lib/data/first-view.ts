import type { RowError } from '../../../contract/csv';
import { DEFAULT_FILTERS, facets, type Faceted } from '../filters';
import { estimatorColours } from '../charts/colours';
import { compareSet, type PlotSet } from '../plot';
import type { Claim } from '../../../contract/schema';
import { packClaims, unpackClaims, type PackedClaims } from './packed';

/**
 * The home page as it first opens (Compare, default filters, log axis), computed at build time
 * into data/first.json: the page draws it from these few kilobytes while the full claims, 10 MB
 * for the 50,000-claim bench, are still being read. It holds what that view shows, worked out
 * by the same functions the page uses on the full claims.
 */
export interface FirstView {
  /** Claims in the dataset, and how many the default filters keep. */
  total: number;
  matching: number;
  counts: Faceted['counts'];
  plot: PlotSet;
  errors: RowError[];
}

type Entries = [string, number][];

/** FirstView as JSON: maps as entry lists, the plotted claims packed like data/claims.json. */
export interface PackedFirstView {
  total: number;
  matching: number;
  counts: Pick<Faceted['counts'], 'estimators' | 'undated'> & { category: Entries; unit: Entries; qualifier: Entries; scope: Entries };
  plot: Omit<PlotSet, 'claims' | 'colours'> & { claims: PackedClaims; colours: [string, string][] };
}

export function firstView(claims: readonly Claim[], errors: RowError[]): PackedFirstView {
  const { filtered, counts } = facets(claims, DEFAULT_FILTERS);
  const { claims: plotted, colours, ...plot } = compareSet(filtered, DEFAULT_FILTERS, true, estimatorColours(claims));
  return {
    total: claims.length,
    matching: filtered.length,
    counts: { ...counts, category: [...counts.category], unit: [...counts.unit], qualifier: [...counts.qualifier], scope: [...counts.scope] },
    plot: { ...plot, claims: packClaims({ claims: plotted, errors }), colours: [...colours] }
  };
}

export function unpackFirstView(packed: PackedFirstView): FirstView {
  const { counts, plot } = packed;
  const { claims, errors } = unpackClaims(plot.claims);
  return {
    total: packed.total,
    matching: packed.matching,
    counts: { ...counts, category: new Map(counts.category), unit: new Map(counts.unit), qualifier: new Map(counts.qualifier), scope: new Map(counts.scope) },
    plot: { ...plot, claims, colours: new Map(plot.colours) },
    errors
  };
}
