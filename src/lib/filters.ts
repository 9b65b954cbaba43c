import { byText } from './format';
import { CATEGORIES, QUALIFIERS, UNITS, type Category, type Qualifier, type Unit } from '../../contract/claim-fields';
import type { Claim } from '../../contract/schema';

/**
 * The filter state shared by every view. It lives in the URL query string so any view is a
 * shareable link; `filtersToParams` omits defaults so links stay short, and
 * `parseFilters(filtersToParams(f))` gives back `f` for every valid state.
 */

export const DEFAULT_CATEGORY: Category = 'camp_population';

export interface YearRange {
  from: number | null;
  to: number | null;
}

export interface Filters {
  /** Source author or attributed_to names; a claim matches if either is selected. */
  authors: string[];
  published: YearRange;
  subject: YearRange;
  /** `all` is explicit so that an empty URL means the default quantity, camp_population. */
  category: Category | 'all';
  unit: Unit | null;
  qualifier: Qualifier | null;
  text: string;
}

export const DEFAULT_FILTERS: Filters = {
  authors: [],
  published: { from: null, to: null },
  subject: { from: null, to: null },
  category: DEFAULT_CATEGORY,
  unit: null,
  qualifier: null,
  text: ''
};

const KEYS = {
  authors: 'author',
  publishedFrom: 'pub_from',
  publishedTo: 'pub_to',
  subjectFrom: 'year_from',
  subjectTo: 'year_to',
  category: 'category',
  unit: 'unit',
  qualifier: 'qualifier',
  text: 'q'
} as const;

/** Query keys owned by the filters; views may add their own keys (sort, scale) alongside. */
export const FILTER_KEYS: readonly string[] = Object.values(KEYS);

function parseYear(s: string | null): number | null {
  if (s === null || !/^\d{1,4}$/.test(s.trim())) return null;
  return Number(s.trim());
}

function oneOf<T extends string>(allowed: readonly T[], s: string | null): T | null {
  return s !== null && (allowed as readonly string[]).includes(s) ? (s as T) : null;
}

export function parseFilters(params: URLSearchParams): Filters {
  const category = params.get(KEYS.category);
  return {
    authors: [...new Set(params.getAll(KEYS.authors).filter((a) => a !== ''))].sort(),
    published: { from: parseYear(params.get(KEYS.publishedFrom)), to: parseYear(params.get(KEYS.publishedTo)) },
    subject: { from: parseYear(params.get(KEYS.subjectFrom)), to: parseYear(params.get(KEYS.subjectTo)) },
    category: category === 'all' ? 'all' : (oneOf(CATEGORIES, category) ?? DEFAULT_CATEGORY),
    unit: oneOf(UNITS, params.get(KEYS.unit)),
    qualifier: oneOf(QUALIFIERS, params.get(KEYS.qualifier)),
    text: params.get(KEYS.text) ?? ''
  };
}

/**
 * Writes the filters into `base` (a copy), replacing any filter keys already there and keeping
 * the others, so a view's own state survives a filter change.
 */
export function filtersToParams(f: Filters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const k of FILTER_KEYS) p.delete(k);
  for (const a of [...new Set(f.authors)].sort()) p.append(KEYS.authors, a);
  const setYear = (key: string, y: number | null) => y !== null && p.set(key, String(y));
  setYear(KEYS.publishedFrom, f.published.from);
  setYear(KEYS.publishedTo, f.published.to);
  setYear(KEYS.subjectFrom, f.subject.from);
  setYear(KEYS.subjectTo, f.subject.to);
  if (f.category !== DEFAULT_CATEGORY) p.set(KEYS.category, f.category);
  if (f.unit) p.set(KEYS.unit, f.unit);
  if (f.qualifier) p.set(KEYS.qualifier, f.qualifier);
  if (f.text !== '') p.set(KEYS.text, f.text);
  return p;
}

export function isDefault(f: Filters): boolean {
  return filtersToParams(f).size === 0;
}

/** The years a claim is about; a single year_from means that one year. */
export function subjectYears(c: Claim): YearRange {
  return { from: c.year_from ?? c.year_to, to: c.year_to ?? c.year_from };
}

function inRange(y: number | null, r: YearRange): boolean {
  if (r.from === null && r.to === null) return true;
  if (y === null) return false;
  return (r.from === null || y >= r.from) && (r.to === null || y <= r.to);
}

/** A claim matches a subject-year window when the years it is about overlap the window. */
function overlaps(c: Claim, r: YearRange): boolean {
  if (r.from === null && r.to === null) return true;
  const s = subjectYears(c);
  if (s.from === null || s.to === null) return false;
  return (r.to === null || s.from <= r.to) && (r.from === null || s.to >= r.from);
}

type Predicate = (c: Claim) => boolean;

function predicates(f: Filters): Partial<Record<keyof Filters, Predicate>> {
  const authors = new Set(f.authors);
  const needle = f.text.trim().toLowerCase();
  const noYears = (r: YearRange) => r.from === null && r.to === null;
  // Only the filters in use, so the default view tests one thing per claim.
  return {
    authors: authors.size ? (c) => authors.has(c.source_author) || authors.has(c.attributed_to) : undefined,
    published: noYears(f.published) ? undefined : (c) => inRange(c.source_year, f.published),
    subject: noYears(f.subject) ? undefined : (c) => overlaps(c, f.subject),
    category: f.category === 'all' ? undefined : (c) => c.category === f.category,
    unit: f.unit === null ? undefined : (c) => c.unit === f.unit,
    qualifier: f.qualifier === null ? undefined : (c) => c.qualifier === f.qualifier,
    text: needle === '' ? undefined : (c) => c.quote.toLowerCase().includes(needle) || c.counted.toLowerCase().includes(needle)
  };
}

function activePredicates(f: Filters, ignore: readonly (keyof Filters)[] = []): [keyof Filters, Predicate][] {
  return (Object.entries(predicates(f)) as [keyof Filters, Predicate | undefined][]).filter(
    (e): e is [keyof Filters, Predicate] => e[1] !== undefined && !ignore.includes(e[0])
  );
}

/** The claims matching every filter except those named in `ignore`. */
export function applyFilters(claims: readonly Claim[], f: Filters, ignore: (keyof Filters)[] = []): Claim[] {
  const active = activePredicates(f, ignore).map(([, p]) => p);
  return claims.filter((c) => active.every((p) => p(c)));
}

/** Filters whose options the filter panel lists with counts. */
const FACETS = ['authors', 'category', 'unit', 'qualifier'] as const;
type Facet = (typeof FACETS)[number];

export interface Faceted {
  filtered: Claim[];
  /** Per facet, how many claims each option would give with the other filters as they are. */
  counts: { authors: Count<string>[]; category: Map<string, number>; unit: Map<string, number>; qualifier: Map<string, number> };
}

/**
 * The filtered claims and every facet's counts in one pass: a claim counts towards a facet's
 * options when it passes all the other filters, i.e. fails at most that facet's own.
 */
export function facets(claims: readonly Claim[], f: Filters): Faceted {
  const active = activePredicates(f);
  // This loop runs over every claim on each filter change, so it avoids per-claim allocation and
  // lookups: the tests and the facet each one belongs to are plain arrays indexed alike.
  const tests = active.map(([, p]) => p);
  const facetOf = active.map(([k]) => ((FACETS as readonly string[]).includes(k) ? (k as Facet) : null));
  const filtered: Claim[] = [];
  const names = new Map<string, number>();
  const maps = { category: new Map<string, number>(), unit: new Map<string, number>(), qualifier: new Map<string, number>() };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const countAuthors = (c: Claim) => {
    if (c.source_author) bump(names, c.source_author);
    if (c.attributed_to && c.attributed_to !== c.source_author) bump(names, c.attributed_to);
  };
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as Claim;
    let failed = -1;
    let failures = 0;
    for (let j = 0; j < tests.length; j++) {
      if ((tests[j] as Predicate)(c)) continue;
      failed = j;
      if (++failures > 1) break;
    }
    if (failures === 0) {
      filtered.push(c);
      countAuthors(c);
      bump(maps.category, c.category);
      bump(maps.unit, c.unit);
      bump(maps.qualifier, c.qualifier);
    } else if (failures === 1) {
      const facet = facetOf[failed];
      if (facet === 'authors') countAuthors(c);
      else if (facet) bump(maps[facet], c[facet]);
    }
  }
  const authors = [...names].map(([value, count]) => ({ value, count })).sort(byCountThenValue);
  return { filtered, counts: { authors, ...maps } };
}

export interface Count<T> {
  value: T;
  count: number;
}

function byCountThenValue<T>(a: Count<T>, b: Count<T>): number {
  return b.count - a.count || byText(String(a.value), String(b.value));
}
