import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../contract/csv';
import { estimatesOf } from '../contract/quantities';
import { synthClaims } from '../scripts/synth-claims';
import { archivesLine, estimatePeriod, workLabel } from '../src/lib/estimates/estimate-facts';
import { estimateText, figureText, spreadText } from '../src/lib/estimates/figures';
import { estimateMarks, indexQuantities, indexQuantitiesInSlices, matchingRows } from '../src/lib/estimates/quantity-index';
import { estimateAxis } from '../src/lib/estimates/scale';
import { estimatesFirstView, estimatesView, PAGE_ROWS } from '../src/lib/estimates/view';
import { estimatorColours } from '../src/lib/charts/colours';
import { applyFilters, DEFAULT_FILTERS, parseFilters } from '../src/lib/filters';
import type { Claim } from '../contract/schema';
import { FAMINE, fixtureClaims, HELD, SHOT } from './estimates-fixture';

const claimsOf = (key: string) => fixtureClaims.filter((c) => c.quantity === key);

describe('the Estimates list', () => {
  const index = indexQuantities(fixtureClaims);

  it('has one row per quantity, most estimators first, and leaves out claims of no quantity', () => {
    expect(index.rows.map((r) => [r.quantity, r.estimators, r.estimates])).toEqual([
      [FAMINE, 5, 5],
      [SHOT, 2, 2],
      [HELD, 1, 2]
    ]);
  });

  it('shows a quantity when any one of its claims passes the filters, with all its estimates', () => {
    const filtered = applyFilters(fixtureClaims, parseFilters(new URLSearchParams('category=all&estimator=Sato')));
    const rows = matchingRows(index.rows, filtered);
    expect(rows.map((r) => r.quantity)).toEqual([FAMINE, HELD]);
    expect(rows[0]!.estimates).toBe(5);
  });

  it('narrows by the years a figure is about and by publication year', () => {
    const about1950 = applyFilters(fixtureClaims, parseFilters(new URLSearchParams('category=all&year_from=1950&year_to=1955')));
    expect(matchingRows(index.rows, about1950).map((r) => r.quantity)).toEqual([SHOT]);
    const before1980 = applyFilters(fixtureClaims, parseFilters(new URLSearchParams('category=all&pub_to=1980')));
    expect(matchingRows(index.rows, before1980).map((r) => r.quantity)).toEqual([FAMINE]);
  });

  it('draws an echo (one figure quoted in several works) as one mark', () => {
    const marks = estimateMarks(claimsOf(FAMINE));
    expect(marks.filter((m) => m.estimator === 'Ivanova')).toHaveLength(1);
    expect(marks.find((m) => m.estimator === 'Ivanova')!.qualifier).toBe('about');
  });

  it('is the same index when made a slice of quantities at a time, pausing between slices', async () => {
    const claims = synthClaims(5000);
    let pauses = 0;
    const sliced = await indexQuantitiesInSlices(claims, async () => void pauses++, 300);
    expect(sliced).toEqual(indexQuantities(claims));
    expect(pauses).toBe(Math.ceil(sliced.claimsOf.size / 300));
  });

  it('pages its rows: the view holds the count of all matching quantities and draws only the first ones', () => {
    const shown = estimatesView(index, fixtureClaims, 2);
    expect(shown.quantities).toBe(3);
    expect(shown.rows.map((r) => r.marks.length)).toEqual([5, 2]);
  });
});

describe('the first view built with the site (data/estimates.json)', () => {
  const seed = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).claims;
  const cases: [string, Claim[]][] = [
    ['the seed', seed],
    ['5,000 synthetic claims, more quantities than a page', synthClaims(5000)],
    ['the fixture', fixtureClaims]
  ];

  it.each(cases)('read back from JSON, is what the page works out from the claims: %s', (_, claims) => {
    const shipped = JSON.parse(JSON.stringify(estimatesFirstView(claims)));
    const live = estimatesView(indexQuantities(claims), applyFilters(claims, DEFAULT_FILTERS), PAGE_ROWS);
    const colourOf = estimatorColours(claims);
    expect({ quantities: shipped.quantities, rows: shipped.rows }).toEqual(live);
    for (const [estimator, colour] of shipped.colours) expect(colour).toBe(colourOf(estimator));
    expect(new Set(shipped.colours.map(([e]: [string]) => e))).toEqual(new Set(live.rows.flatMap((r) => r.marks.map((m) => m.estimator))));
  });

  it('holds no more rows than a page', () => {
    const first = estimatesFirstView(synthClaims(5000));
    expect(first.quantities).toBeGreaterThan(PAGE_ROWS);
    expect(first.rows).toHaveLength(PAGE_ROWS);
  });
});

describe('figures as the views print them', () => {
  it('writes a round figure with its scale word and a precise one in full', () => {
    expect(figureText(8e6, 'people')).toBe('8 million');
    expect(figureText(1672438, 'people')).toBe('1,672,438');
    expect(figureText(1.5e9, 'rubles')).toBe('1.5 billion rubles');
    expect(figureText(700000, 'people')).toBe('700,000');
    expect(figureText(12.5, 'percent')).toBe('12.5%');
  });

  it('marks the qualifier and lets a range share its scale word', () => {
    expect(estimateText({ value_low: 8e6, value_high: 8e6, qualifier: 'about', unit: 'people' })).toBe('~8 million');
    expect(estimateText({ value_low: 1.5e6, value_high: 2e6, qualifier: 'exact', unit: 'people' })).toBe('1.5–2 million');
    expect(estimateText({ value_low: 2e6, value_high: 2e6, qualifier: 'at_least', unit: 'people' })).toBe('≥2 million');
    expect(estimateText({ value_low: 500000, value_high: 1.5e6, qualifier: 'at_most', unit: 'people' })).toBe('≤500,000–1,500,000');
  });

  it('gives the spread as a multiple', () => {
    expect(spreadText(4.78)).toBe('×4.78');
    expect(spreadText(1.0333)).toBe('×1.03');
    expect(spreadText(25.4)).toBe('×25');
    expect(spreadText(null)).toBe('');
  });
});

describe('a quantity page', () => {
  const estimates = estimatesOf(claimsOf(FAMINE));

  it('draws the archives line before the first estimate published from 1989, when some came before', () => {
    expect(estimates.map((e) => e.first_published)).toEqual([1975, 1985, 1992, 1994, null]);
    expect(archivesLine(estimates)).toBe(2);
    expect(archivesLine(estimates.slice(2))).toBeNull();
    expect(archivesLine([{ first_published: null }, { first_published: 1995 }])).toBeNull();
  });

  it('lists under an echo every work that gives it, and its period over all of them', () => {
    const echo = estimates.find((e) => e.estimator === 'Ivanova')!;
    expect(echo.claims.map(workLabel)).toEqual(['Ivanova 1975, p. 10', 'Brandt 1992, p. 11', 'Okafor 1994, p. 15']);
    expect(estimatePeriod(echo)).toBe('1921–1922');
  });

  it('puts estimates on a log axis when all are above zero, with ticks inside it', () => {
    const axis = estimateAxis(1672438, 8e6, [100, 500], 5);
    expect(axis.log).toBe(true);
    expect(axis.x(1672438)).toBeGreaterThan(100);
    expect(axis.x(8e6)).toBeLessThan(500);
    expect(axis.x(2e6) - axis.x(1e6)).toBeCloseTo(axis.x(4e6) - axis.x(2e6));
    for (const t of axis.ticks) expect(axis.x(t)).toBeGreaterThanOrEqual(100);
    expect(axis.ticks.length).toBeGreaterThan(0);
  });

  it('falls back to a linear axis from zero when an estimate is zero', () => {
    const axis = estimateAxis(0, 40, [0, 100]);
    expect(axis.log).toBe(false);
    expect(axis.x(0)).toBe(0);
  });
});
