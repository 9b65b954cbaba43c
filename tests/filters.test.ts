import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../contract/csv';
import {
  DEFAULT_FILTERS, applyFilters, facets, filtersToParams, isDefault, parseFilters, type Filters
} from '../src/lib/filters';
import { CATEGORIES, QUALIFIERS, UNITS, type Claim } from '../contract/schema';
import { synthClaims } from '../scripts/synth-claims';

const seed = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).claims;
const all: Filters = { ...DEFAULT_FILTERS, category: 'all' };

describe('applyFilters on the seed claims', () => {
  it('keeps every claim when nothing is filtered, and only camp_population by default', () => {
    expect(applyFilters(seed, all)).toHaveLength(seed.length);
    const camp = applyFilters(seed, DEFAULT_FILTERS);
    expect(camp.length).toBeGreaterThan(0);
    expect(camp.every((c) => c.category === 'camp_population')).toBe(true);
  });

  it('matches an author as source author or as the person the figure is attributed to', () => {
    const attributed = seed.find((c) => c.attributed_to !== '' && c.attributed_to !== c.source_author);
    expect(attributed).toBeDefined();
    const name = (attributed as Claim).attributed_to;
    const got = applyFilters(seed, { ...all, authors: [name] });
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((c) => c.source_author === name || c.attributed_to === name)).toBe(true);
    expect(got).toContain(attributed);
    expect(got).toHaveLength(seed.filter((c) => c.source_author === name || c.attributed_to === name).length);
  });

  it('filters by publication year, inclusive, dropping undated sources', () => {
    const got = applyFilters(seed, { ...all, published: { from: 1990, to: 1993 } });
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((c) => c.source_year !== null && c.source_year >= 1990 && c.source_year <= 1993)).toBe(true);
    expect(got).toHaveLength(seed.filter((c) => c.source_year !== null && c.source_year >= 1990 && c.source_year <= 1993).length);
  });

  it('keeps claims whose subject years overlap the window', () => {
    const got = applyFilters(seed, { ...all, subject: { from: 1937, to: 1938 } });
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
    const name = seed.find((c) => c.attributed_to && c.attributed_to !== c.source_author)?.attributed_to ?? '';
    const cases: Filters[] = [
      DEFAULT_FILTERS,
      { ...all, qualifier: 'about', unit: 'people' },
      { ...DEFAULT_FILTERS, authors: [name], text: 'camp', subject: { from: 1930, to: 1950 } }
    ];
    for (const f of cases) {
      const { filtered, counts } = facets(seed, f);
      expect(filtered).toEqual(applyFilters(seed, f));
      for (const key of ['category', 'unit', 'qualifier'] as const) {
        const expected = new Map<string, number>();
        for (const c of applyFilters(seed, f, [key])) expected.set(c[key], (expected.get(c[key]) ?? 0) + 1);
        expect(counts[key]).toEqual(expected);
      }
      const others = applyFilters(seed, f, ['authors']);
      for (const { value, count } of counts.authors)
        expect(count).toBe(others.filter((c) => c.source_author === value || c.attributed_to === value).length);
    }
  });

  it('counts a claim under its author and, once, under someone else it is attributed to', () => {
    const [a, b] = synthClaims(2);
    const claims = [
      { ...(a as Claim), source_author: 'Getty', attributed_to: 'Zemskov', category: 'arrests' as const },
      { ...(b as Claim), source_author: 'Getty', attributed_to: 'Getty', category: 'arrests' as const }
    ];
    expect(facets(claims, all).counts.authors).toEqual([{ value: 'Getty', count: 2 }, { value: 'Zemskov', count: 1 }]);
  });
});

const year = fc.option(fc.integer({ min: 0, max: 9999 }), { nil: null });
const filtersArb: fc.Arbitrary<Filters> = fc.record({
  authors: fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 4 }).map((a) => a.sort()),
  published: fc.record({ from: year, to: year }),
  subject: fc.record({ from: year, to: year }),
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
    const base = new URLSearchParams('sort=value&dir=desc&author=Old');
    const p = filtersToParams({ ...DEFAULT_FILTERS, authors: ['Conquest, Robert'] }, base);
    expect(p.get('sort')).toBe('value');
    expect(p.getAll('author')).toEqual(['Conquest, Robert']);
  });

  it('ignores malformed values instead of failing', () => {
    const f = parseFilters(new URLSearchParams('category=bogus&unit=x&year_from=19x7&qualifier=maybe'));
    expect(f).toEqual(DEFAULT_FILTERS);
  });
});
