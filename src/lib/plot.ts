import { quickselect } from 'd3-array';
import { compareOrder, mainUnit, plottable } from './charts/scales';
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
  /** The colour of each estimator drawn, as `estimatorColours` gives it over the whole data set. */
  colours: Map<string, string>;
}

/** Options of a chart's set: the axis, how many to draw, which claims to keep, their order, and colours. */
export interface PlotOptions {
  log: boolean;
  limit: number;
  keep?: (c: Claim) => boolean;
  order: (a: Claim, b: Claim) => number;
  colourOf: (estimator: string) => string;
}

export function plotSet(
  filtered: readonly Claim[],
  filters: Filters,
  opts: PlotOptions
): PlotSet {
  const unit = filters.unit ?? mainUnit(filtered);
  const inUnit = filtered.filter((c) => c.unit === unit);
  const kept = opts.keep ? inUnit.filter(opts.keep) : inUnit;
  const onAxis = plottable(kept, opts.log);
  // Only the first `limit` are drawn: select them in linear time, then sort just those.
  // @types/d3-array types quickselect's comparator for primitives only; it works on any values.
  const order = opts.order as unknown as Parameters<typeof quickselect>[4];
  if (onAxis.length > opts.limit) quickselect(onAxis, opts.limit, 0, onAxis.length - 1, order);
  const claims = onAxis.slice(0, opts.limit).sort(opts.order);
  return {
    unit,
    claims,
    otherUnits: filtered.length - inUnit.length,
    zeros: kept.length - onAxis.length,
    truncated: Math.max(0, onAxis.length - opts.limit),
    colours: new Map(claims.map((c) => [c.estimator, opts.colourOf(c.estimator)]))
  };
}

/** The Compare view's rows: the filtered claims in one unit, by subject year, at most 1,000. */
export function compareSet(filtered: readonly Claim[], filters: Filters, log: boolean, colourOf: (estimator: string) => string): PlotSet {
  return plotSet(filtered, filters, { log, limit: 1000, order: compareOrder, colourOf });
}
