import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareOrder, mainUnit, plottable, sourceColours, PALETTE, valueScale, valueTicks, yearScale } from '../src/lib/charts/scales';
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
    const set = plotSet(filtered, DEFAULT_FILTERS, { log: true, limit: 10, order: compareOrder });
    expect(set.unit).toBe(unit);
    expect(set.claims.every((c) => c.unit === unit)).toBe(true);
    expect(set.claims.length + set.otherUnits + set.zeros + set.truncated).toBe(filtered.length);
  });

  it('draws the first claims in row order when there are more than the limit', () => {
    const many = synthClaims(3000);
    const f = { ...DEFAULT_FILTERS, category: 'all' as const };
    const set = plotSet(many, f, { log: true, limit: 50, order: compareOrder });
    const expected = plottable(many.filter((c) => c.unit === set.unit), true).sort(compareOrder).slice(0, 50);
    expect(set.claims).toEqual(expected);
    expect(set.truncated).toBe(plottable(many.filter((c) => c.unit === set.unit), true).length - 50);
  });

  it('gives the most frequent sources distinct palette colours', () => {
    const colours = sourceColours(seed);
    expect(colours.size).toBe(Math.min(PALETTE.length, new Set(seed.map((c) => c.source_author)).size));
    expect(new Set(colours.values()).size).toBe(colours.size);
  });
});
