import { quickselect } from 'd3-array';
import { compareOrder, mainUnit, plottable, sourceColours } from './charts/scales';
import type { Filters } from './filters';
import type { Claim } from '../../contract/schema';

/**
 * What a chart view draws from the filtered claims: one unit (the chosen one, else the most
 * common), only claims the axis can show, and at most `limit` of them, so the page stays fast;
 * the counts of what was left out are kept so the page can say so.
 */
export interface PlotSet {
  unit: Claim['unit'] | null;
  claims: Claim[];
  otherUnits: number;
  zeros: number;
  truncated: number;
  colours: Map<string, string>;
}

export function plotSet(
  filtered: readonly Claim[],
  filters: Filters,
  opts: { log: boolean; limit: number; keep?: (c: Claim) => boolean; order: (a: Claim, b: Claim) => number }
): PlotSet {
  const unit = filters.unit ?? mainUnit(filtered);
  const inUnit = filtered.filter((c) => c.unit === unit);
  const kept = opts.keep ? inUnit.filter(opts.keep) : inUnit;
  const onAxis = plottable(kept, opts.log);
  // Only the first `limit` are drawn: select them in linear time, then sort just those.
  // @types/d3-array types quickselect's comparator for primitives only; it works on any values.
  const order = opts.order as unknown as Parameters<typeof quickselect>[4];
  if (onAxis.length > opts.limit) quickselect(onAxis, opts.limit, 0, onAxis.length - 1, order);
  return {
    unit,
    claims: onAxis.slice(0, opts.limit).sort(opts.order),
    otherUnits: filtered.length - inUnit.length,
    zeros: kept.length - onAxis.length,
    truncated: Math.max(0, onAxis.length - opts.limit),
    colours: sourceColours(onAxis)
  };
}

/** The Compare view's rows: the filtered claims in one unit, by subject year, at most 1,000. */
export function compareSet(filtered: readonly Claim[], filters: Filters, log: boolean): PlotSet {
  return plotSet(filtered, filters, { log, limit: 1000, order: compareOrder });
}
