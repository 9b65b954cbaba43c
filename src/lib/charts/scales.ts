import { extent, max, min, rollup } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { byText } from '../format';
import type { Claim } from '../../../contract/schema';

export type ValueScale = ScaleLogarithmic<number, number> | ScaleLinear<number, number>;

/** Claims a log axis can show: zero has no place on it. */
export function plottable(claims: readonly Claim[], log: boolean): Claim[] {
  return log ? claims.filter((c) => c.value_low > 0) : [...claims];
}

/**
 * The value axis spans every claim's low and high ends. A log axis is rounded out to whole powers
 * of ten so its ticks read as orders of magnitude; a linear one starts at zero so bar lengths
 * are comparable.
 */
export function valueScale(claims: readonly Claim[], log: boolean, range: [number, number]): ValueScale {
  const shown = plottable(claims, log);
  const hi = max(shown, (c) => c.value_high) ?? 1;
  if (!log) return scaleLinear().domain([0, hi > 0 ? hi : 1]).range(range).nice();
  const lo = min(shown, (c) => c.value_low) ?? 1;
  const domain: [number, number] = [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
  if (domain[0] === domain[1]) domain[1] *= 10;
  return scaleLog().domain(domain).range(range);
}

/** Ticks at powers of ten, adding 2× and 5× steps when the axis spans few decades. */
export function valueTicks(scale: ValueScale, log: boolean, maxTicks: number): number[] {
  if (!log) return scale.ticks(Math.max(2, maxTicks));
  const [lo, hi] = scale.domain() as [number, number];
  const decades: number[] = [];
  for (let p = Math.round(Math.log10(lo)); 10 ** p <= hi * 1.000001; p++) decades.push(10 ** p);
  const step = Math.ceil(decades.length / Math.max(2, maxTicks));
  const thinned = decades.filter((_, i) => i % step === 0);
  if (decades.length * 3 > maxTicks) return thinned;
  return decades.flatMap((d) => [d, d * 2, d * 5]).filter((t) => t >= lo && t <= hi);
}

/** Subject years on the timeline's x axis, padded by a year so edge marks are not clipped. */
export function yearScale(claims: readonly Claim[], range: [number, number]): ScaleLinear<number, number> {
  const years = claims.flatMap((c) => [c.year_from, c.year_to]).filter((y): y is number => y !== null);
  const [lo, hi] = extent(years);
  return scaleLinear()
    .domain([(lo ?? 1900) - 1, (hi ?? 2000) + 1])
    .range(range);
}

/** A missing year sorts last. */
function yearKey(y: number | null): number {
  return y ?? Infinity;
}

/**
 * Compare's row order: by the years the figure is about, then by when it was published. The key
 * function lives outside: made afresh on every call it cost a cold sort of 1,000 rows 40 ms.
 */
export function compareOrder(a: Claim, b: Claim): number {
  return (
    yearKey(a.year_from ?? a.year_to) - yearKey(b.year_from ?? b.year_to) ||
    yearKey(a.year_to ?? a.year_from) - yearKey(b.year_to ?? b.year_from) ||
    yearKey(a.source_year) - yearKey(b.source_year) ||
    a.start - b.start
  );
}

/** Okabe–Ito colours (yellow left out: too faint on white) for the most frequent estimators. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'];
export const OTHER_COLOUR = '#8c8c8c';

/** The most frequent unit, used when the filtered claims mix units: one axis, one unit. */
export function mainUnit(claims: readonly Claim[]): Claim['unit'] | null {
  const counts = rollup(claims, (cs) => cs.length, (c) => c.unit);
  return [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0] ?? null;
}
