import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../contract/csv';
import {
  DEFAULT_FILTERS, applyFilters, facets, filtersToParams, isDefault, parseFilters, type Filters
} from '../src/lib/filters';
import { CATEGORIES, QUALIFIERS, SCOPES, UNITS, type Claim } from '../contract/schema';
import { synthClaims } from '../scripts/synth-claims';
import { claimIdOf, isLog, scaleToParams } from '../src/lib/query';

const seed = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).claims;
const all: Filters = { ...DEFAULT_FILTERS, category: 'all', scope: 'all' };
const years = (from: number | null, to: number | null, undated = false) => ({ from, to, undated });

describe('applyFilters on the seed claims', () => {
  it('keeps every claim when nothing is filtered, and only camp_population by default', () => {
    expect(applyFilters(seed, all)).toHaveLength(seed.length);
    const camp = applyFilters(seed, DEFAULT_FILTERS);
    expect(camp.length).toBeGreaterThan(0);
    expect(camp.every((c) => c.category === 'camp_population')).toBe(true);
  });

  it('matches an estimator by the claims’ estimator, one name per person', () => {
    const name = seed.find((c) => c.estimator !== '')?.estimator as string;
    const got = applyFilters(seed, { ...all, estimators: [name] });
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(seed.filter((c) => c.estimator === name));
  });

  it('filters by publication year, inclusive, leaving out undated sources unless they are asked for', () => {
    const got = applyFilters(seed, { ...all, published: years(1990, 1993) });
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((c) => c.source_year !== null && c.source_year >= 1990 && c.source_year <= 1993)).toBe(true);
    expect(got).toHaveLength(seed.filter((c) => c.source_year !== null && c.source_year >= 1990 && c.source_year <= 1993).length);
    const undated = seed.filter((c) => c.source_year === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(applyFilters(seed, { ...all, published: years(1990, 1993, true) })).toHaveLength(got.length + undated.length);
  });

  it('keeps claims about the whole system by default, and any scope on request', () => {
    const [a, b, c] = synthClaims(3) as [Claim, Claim, Claim];
    const claims = [{ ...a, scope: 'system' as const }, { ...b, scope: 'local' as const }, { ...c, scope: 'individual' as const }];
    expect(applyFilters(claims, { ...all, scope: DEFAULT_FILTERS.scope }).map((x) => x.scope)).toEqual(['system']);
    expect(applyFilters(claims, all)).toHaveLength(3);
    expect(facets(claims, all).counts.scope).toEqual(new Map([['system', 1], ['local', 1], ['individual', 1]]));
  });

  it('keeps claims whose subject years overlap the window', () => {
    const got = applyFilters(seed, { ...all, subject: years(1937, 1938) });
    expect(got.length).toBeGreaterThan(0);
    for (const c of got) {
      const from = c.year_from ?? c.year_to;
      const to = c.year_to ?? c.year_from;
      expect(from).not.toBeNull();
      expect(from as number).toBeLessThanOrEqual(1938);
      expect(to as number).toBeGreaterThanOrEqual(1937);
    }
  });

  it('searches quote and counted case-insensitively', () => {
    const got = applyFilters(seed, { ...all, text: 'SHOT' });
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((c) => `${c.quote} ${c.counted}`.toLowerCase().includes('shot'))).toBe(true);
  });

  it('combines filters with AND and can ignore one of them for facet counts', () => {
    const f: Filters = { ...DEFAULT_FILTERS, unit: 'people', qualifier: 'about' };
    const got = applyFilters(seed, f);
    expect(got.every((c) => c.category === 'camp_population' && c.unit === 'people' && c.qualifier === 'about')).toBe(true);
    const ignoringQualifier = applyFilters(seed, f, ['qualifier']);
    expect(ignoringQualifier.length).toBeGreaterThan(got.length);
  });
});

describe('facets', () => {
  it('counts each option as if that filter alone were changed, in one pass', () => {
    const name = seed.find((c) => c.estimator)?.estimator ?? '';
    const cases: Filters[] = [
      DEFAULT_FILTERS,
      { ...all, qualifier: 'about', unit: 'people' },
      { ...DEFAULT_FILTERS, estimators: [name], text: 'camp', subject: years(1930, 1950) },
      { ...all, published: years(1980, null), subject: years(1937, 1940, true) }
    ];
    for (const f of cases) {
      const { filtered, counts } = facets(seed, f);
      expect(filtered).toEqual(applyFilters(seed, f));
      for (const key of ['category', 'unit', 'qualifier', 'scope'] as const) {
        const expected = new Map<string, number>();
        for (const c of applyFilters(seed, f, [key])) expected.set(c[key], (expected.get(c[key]) ?? 0) + 1);
        expect(counts[key]).toEqual(expected);
      }
      const others = applyFilters(seed, f, ['estimators']);
      for (const { value, count } of counts.estimators) expect(count).toBe(others.filter((c) => c.estimator === value).length);
      expect(counts.undated.subject).toBe(applyFilters(seed, f, ['subject']).filter((c) => c.year_from === null && c.year_to === null).length);
      expect(counts.undated.published).toBe(applyFilters(seed, f, ['published']).filter((c) => c.source_year === null).length);
    }
  });

  it('says how many claims a year bound hides for want of a year', () => {
    const f = { ...all, subject: years(1937, 1938) };
    const hidden = seed.filter((c) => c.year_from === null && c.year_to === null).length;
    expect(hidden).toBeGreaterThan(0);
    expect(facets(seed, f).counts.undated.subject).toBe(hidden);
    expect(applyFilters(seed, { ...f, subject: years(1937, 1938, true) })).toHaveLength(applyFilters(seed, f).length + hidden);
  });

  it('lists each estimator once with the number of their claims', () => {
    const [a, b, c] = synthClaims(3) as [Claim, Claim, Claim];
    const claims = [a, b, c].map((x, i) => ({ ...x, estimator: i < 2 ? 'Getty' : 'Zemskov', category: 'arrests' as const, scope: 'system' as const }));
    expect(facets(claims, all).counts.estimators).toEqual([{ value: 'Getty', count: 2 }, { value: 'Zemskov', count: 1 }]);
  });
});

const year = fc.option(fc.integer({ min: 0, max: 9999 }), { nil: null });
const range = fc.record({ from: year, to: year, undated: fc.boolean() });
const filtersArb: fc.Arbitrary<Filters> = fc.record({
  estimators: fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 4 }).map((a) => a.sort()),
  published: range,
  subject: range,
  scope: fc.constantFrom('all' as const, ...SCOPES),
  category: fc.constantFrom('all' as const, ...CATEGORIES),
  unit: fc.option(fc.constantFrom(...UNITS), { nil: null }),
  qualifier: fc.option(fc.constantFrom(...QUALIFIERS), { nil: null }),
  text: fc.string()
});

describe('URL state', () => {
  it('round-trips every filter state through the query string', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const query = filtersToParams(f).toString();
        expect(parseFilters(new URLSearchParams(query))).toEqual(f);
      })
    );
  });

  it('writes nothing for the defaults, so a bare URL is the default view', () => {
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
    expect(parseFilters(new URLSearchParams())).toEqual(DEFAULT_FILTERS);
    expect(isDefault({ ...DEFAULT_FILTERS, text: 'x' })).toBe(false);
  });

  it('keeps parameters that are not filters, such as the table sort', () => {
    const base = new URLSearchParams('sort=value&dir=desc&scale=linear&estimator=Old');
    const p = filtersToParams({ ...DEFAULT_FILTERS, estimators: ['Conquest'] }, base);
    expect(p.get('sort')).toBe('value');
    expect(p.get('scale')).toBe('linear');
    expect(p.getAll('estimator')).toEqual(['Conquest']);
  });

  it('ignores malformed values instead of failing', () => {
    const f = parseFilters(new URLSearchParams('category=bogus&unit=x&year_from=19x7&qualifier=maybe&scope=world&year_undated=yes'));
    expect(f).toEqual(DEFAULT_FILTERS);
  });
});

describe('view options in the URL', () => {
  it('reads the scale and the claim id from their own keys', () => {
    expect(isLog(new URLSearchParams())).toBe(true);
    expect(isLog(scaleToParams(false, new URLSearchParams('q=x')))).toBe(false);
    expect(scaleToParams(true, new URLSearchParams('scale=linear&q=x')).toString()).toBe('q=x');
    expect(claimIdOf(new URLSearchParams('id=a%3A1&q=x'))).toBe('a:1');
  });
});
