import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareOrder, mainUnit, plottable, OTHER_COLOUR, PALETTE, valueScale, valueTicks, yearScale } from '../src/lib/charts/scales';
import { estimatorColours } from '../src/lib/charts/colours';
import { legendItems } from '../src/lib/charts/legend';
import { dodge } from '../src/lib/charts/dodge';
import { parseClaimsCsv } from '../contract/csv';
import { DEFAULT_FILTERS, applyFilters } from '../src/lib/filters';
import { plotSet } from '../src/lib/plot';
import type { Claim } from '../contract/schema';
import { synthClaims } from '../scripts/synth-claims';

const seed = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).claims;
const camp = applyFilters(seed, { ...DEFAULT_FILTERS, unit: 'people' });

describe('value scale', () => {
  it('on a log axis spans whole decades around every plotted value', () => {
    const x = valueScale(camp, true, [0, 500]);
    const [lo, hi] = x.domain() as [number, number];
    for (const c of plottable(camp, true)) {
      expect(c.value_low).toBeGreaterThanOrEqual(lo);
      expect(c.value_high).toBeLessThanOrEqual(hi);
    }
    expect(Math.log10(lo) % 1).toBe(0);
    expect(Math.log10(hi) % 1).toBe(0);
    expect(x(lo)).toBe(0);
    expect(x(hi)).toBe(500);
    // Equal ratios are equal distances: that is what makes it a log axis.
    expect(x(lo * 100) - x(lo * 10)).toBeCloseTo(x(lo * 10) - x(lo), 6);
  });

  it('leaves zero out of a log axis but not out of a linear one, which starts at zero', () => {
    const [c] = synthClaims(1);
    const zero = { ...(c as Claim), value_low: 0, value: 0 };
    expect(plottable([zero], true)).toEqual([]);
    expect(plottable([zero], false)).toEqual([zero]);
    const x = valueScale(camp, false, [0, 500]);
    expect(x.domain()[0]).toBe(0);
    expect(x.domain()[1]).toBeGreaterThanOrEqual(Math.max(...camp.map((k) => k.value_high)));
  });

  it('puts ticks inside the domain, at most as many as asked on a wide log axis', () => {
    const x = valueScale(camp, true, [0, 800]);
    const ticks = valueTicks(x, true, 5);
    const [lo, hi] = x.domain() as [number, number];
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.every((t) => t >= lo && t <= hi)).toBe(true);
  });
});

describe('timeline and compare layout', () => {
  it('year scale covers every subject year with a year to spare', () => {
    const y = yearScale(camp, [0, 100]);
    const years = camp.flatMap((c) => [c.year_from, c.year_to]).filter((v): v is number => v !== null);
    const [a, b] = y.domain() as [number, number];
    expect(a).toBe(Math.min(...years) - 1);
    expect(b).toBe(Math.max(...years) + 1);
  });

  it('orders compare rows by subject year, then publication year, undated last', () => {
    const rows = [...camp].sort(compareOrder);
    const key = (c: Claim) => [c.year_from ?? c.year_to ?? Infinity, c.source_year ?? Infinity];
    for (let i = 1; i < rows.length; i++) {
      const [y0, p0] = key(rows[i - 1] as Claim) as [number, number];
      const [y1, p1] = key(rows[i] as Claim) as [number, number];
      expect(y0).toBeLessThanOrEqual(y1);
      if (y0 === y1 && (rows[i - 1] as Claim).year_to === (rows[i] as Claim).year_to) expect(p0).toBeLessThanOrEqual(p1);
    }
  });

  it('plots one unit, the most common when none is chosen, and says what it leaves out', () => {
    const filtered = applyFilters(seed, DEFAULT_FILTERS);
    const unit = mainUnit(filtered);
    const set = plotSet(filtered, DEFAULT_FILTERS, { log: true, limit: 10, order: compareOrder, colourOf: estimatorColours(seed) });
    expect(set.unit).toBe(unit);
    expect(set.claims.every((c) => c.unit === unit)).toBe(true);
    expect(set.claims.length + set.otherUnits + set.zeros + set.truncated).toBe(filtered.length);
  });

  it('draws the first claims in row order when there are more than the limit', () => {
    const many = synthClaims(3000);
    const f = { ...DEFAULT_FILTERS, category: 'all' as const };
    const set = plotSet(many, f, { log: true, limit: 50, order: compareOrder, colourOf: estimatorColours(many) });
    const expected = plottable(many.filter((c) => c.unit === set.unit), true).sort(compareOrder).slice(0, 50);
    expect(set.claims).toEqual(expected);
    expect(set.truncated).toBe(plottable(many.filter((c) => c.unit === set.unit), true).length - 50);
  });

  it('colours each estimator the same in every subset of the claims, the most frequent ones distinctly', () => {
    const colourOf = estimatorColours(seed);
    const palette = new Set(PALETTE);
    const estimators = [...new Set(seed.map((c) => c.estimator))];
    const coloured = estimators.filter((e) => colourOf(e) !== OTHER_COLOUR);
    expect(coloured.length).toBe(Math.min(PALETTE.length, estimators.filter((e) => e !== '').length));
    expect(new Set(coloured.map(colourOf)).size).toBe(coloured.length);
    expect(coloured.every((e) => palette.has(colourOf(e)))).toBe(true);
    for (const f of [DEFAULT_FILTERS, { ...DEFAULT_FILTERS, category: 'executions' as const }, { ...DEFAULT_FILTERS, category: 'all' as const, qualifier: 'about' as const }]) {
      const set = plotSet(applyFilters(seed, f), f, { log: true, limit: 1000, order: compareOrder, colourOf });
      for (const c of set.claims) expect(set.colours.get(c.estimator)).toBe(colourOf(c.estimator));
    }
  });

  it('lists the coloured estimators in the legend, then everyone in grey once', () => {
    const items = legendItems(new Map([['Ames', '#0072B2'], ['', OTHER_COLOUR], ['Brun', OTHER_COLOUR]]));
    expect(items).toEqual([{ label: 'Ames', colour: '#0072B2' }, { label: 'other estimators', colour: OTHER_COLOUR }]);
  });
});

describe('dodge', () => {
  it('moves marks at the same place apart and leaves lone marks where they are', () => {
    const offsets = dodge([[100, 50], [100, 50], [100, 50], [300, 50]], 10);
    const xs = offsets.slice(0, 3).map((o) => 100 + o);
    for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) expect(Math.abs((xs[i] as number) - (xs[j] as number))).toBeGreaterThanOrEqual(10);
    expect(offsets[0]).toBe(0);
    expect(offsets[3]).toBe(0);
  });
});
