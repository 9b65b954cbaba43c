import { byText } from './format';
import { CATEGORIES, QUALIFIERS, SCOPES, UNITS, type Category, type Qualifier, type Scope, type Unit } from '../../contract/claim-fields';
import { QUERY } from './query';
import type { Claim } from '../../contract/schema';

/**
 * The filter state shared by every view. It lives in the URL query string so any view is a
 * shareable link; `filtersToParams` omits defaults so links stay short, and
 * `parseFilters(filtersToParams(f))` gives back `f` for every valid state.
 */

export const DEFAULT_CATEGORY: Category = 'camp_population';
/** Comparisons are made of figures about the whole system; local and individual ones on request. */
export const DEFAULT_SCOPE: Scope = 'system';

export interface YearRange {
  from: number | null;
  to: number | null;
  /** With a bound set, also keep the claims that have no such year rather than hiding them. */
  undated: boolean;
}

export interface Filters {
  /** Whose estimates: the claims' `estimator`, one name per person. */
  estimators: string[];
  published: YearRange;
  subject: YearRange;
  /** `all` is explicit so that an empty URL means the default quantity, camp_population. */
  category: Category | 'all';
  unit: Unit | null;
  qualifier: Qualifier | null;
  scope: Scope | 'all';
  text: string;
}

const NO_YEARS: YearRange = { from: null, to: null, undated: false };

export const DEFAULT_FILTERS: Filters = {
  estimators: [],
  published: NO_YEARS,
  subject: NO_YEARS,
  category: DEFAULT_CATEGORY,
  unit: null,
  qualifier: null,
  scope: DEFAULT_SCOPE,
  text: ''
};

const FILTER_QUERY = [
  QUERY.estimator, QUERY.publishedFrom, QUERY.publishedTo, QUERY.publishedUndated, QUERY.subjectFrom, QUERY.subjectTo,
  QUERY.subjectUndated, QUERY.category, QUERY.unit, QUERY.qualifier, QUERY.scope, QUERY.text
];

/** Query keys owned by the filters; views keep their own keys (sort, scale) alongside. */
export const FILTER_KEYS: readonly string[] = FILTER_QUERY;

/** A year as typed or in the URL: up to four digits, else none. */
export function parseYear(s: string | null): number | null {
  if (s === null || !/^\d{1,4}$/.test(s.trim())) return null;
  return Number(s.trim());
}

function oneOf<T extends string>(allowed: readonly T[], s: string | null): T | null {
  return s !== null && (allowed as readonly string[]).includes(s) ? (s as T) : null;
}

function parseRange(params: URLSearchParams, from: string, to: string, undated: string): YearRange {
  return { from: parseYear(params.get(from)), to: parseYear(params.get(to)), undated: params.get(undated) === 'include' };
}

export function parseFilters(params: URLSearchParams): Filters {
  const category = params.get(QUERY.category);
  const scope = params.get(QUERY.scope);
  return {
    estimators: [...new Set(params.getAll(QUERY.estimator).filter((a) => a !== ''))].sort(),
    published: parseRange(params, QUERY.publishedFrom, QUERY.publishedTo, QUERY.publishedUndated),
    subject: parseRange(params, QUERY.subjectFrom, QUERY.subjectTo, QUERY.subjectUndated),
    category: category === 'all' ? 'all' : (oneOf(CATEGORIES, category) ?? DEFAULT_CATEGORY),
    unit: oneOf(UNITS, params.get(QUERY.unit)),
    qualifier: oneOf(QUALIFIERS, params.get(QUERY.qualifier)),
    scope: scope === 'all' ? 'all' : (oneOf(SCOPES, scope) ?? DEFAULT_SCOPE),
    text: params.get(QUERY.text) ?? ''
  };
}

/**
 * Writes the filters into `base` (a copy), replacing any filter keys already there and keeping
 * the others, so a view's own state survives a filter change.
 */
export function filtersToParams(f: Filters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const k of FILTER_KEYS) p.delete(k);
  for (const a of [...new Set(f.estimators)].sort()) p.append(QUERY.estimator, a);
  const setYear = (key: string, y: number | null) => y !== null && p.set(key, String(y));
  setYear(QUERY.publishedFrom, f.published.from);
  setYear(QUERY.publishedTo, f.published.to);
  if (f.published.undated) p.set(QUERY.publishedUndated, 'include');
  setYear(QUERY.subjectFrom, f.subject.from);
  setYear(QUERY.subjectTo, f.subject.to);
  if (f.subject.undated) p.set(QUERY.subjectUndated, 'include');
  if (f.category !== DEFAULT_CATEGORY) p.set(QUERY.category, f.category);
  if (f.unit) p.set(QUERY.unit, f.unit);
  if (f.qualifier) p.set(QUERY.qualifier, f.qualifier);
  if (f.scope !== DEFAULT_SCOPE) p.set(QUERY.scope, f.scope);
  if (f.text !== '') p.set(QUERY.text, f.text);
  return p;
}

export function isDefault(f: Filters): boolean {
  return filtersToParams(f).size === 0;
}

/** The years a claim is about; a single year_from means that one year. */
export function subjectYears(c: Claim): { from: number | null; to: number | null } {
  return { from: c.year_from ?? c.year_to, to: c.year_to ?? c.year_from };
}

const bounded = (r: YearRange) => r.from !== null || r.to !== null;
const hasSubjectYears = (c: Claim) => c.year_from !== null || c.year_to !== null;
const hasPublicationYear = (c: Claim) => c.source_year !== null;

function inRange(y: number, r: YearRange): boolean {
  return (r.from === null || y >= r.from) && (r.to === null || y <= r.to);
}

/** A claim matches a subject-year window when the years it is about overlap the window. */
function overlaps(c: Claim, r: YearRange): boolean {
  const s = subjectYears(c);
  return (r.to === null || (s.from as number) <= r.to) && (r.from === null || (s.to as number) >= r.from);
}

type Predicate = (c: Claim) => boolean;

function predicates(f: Filters): Partial<Record<keyof Filters, Predicate>> {
  const estimators = new Set(f.estimators);
  const needle = f.text.trim().toLowerCase();
  const { published: pub, subject: sub } = f;
  // Only the filters in use, so the default view tests few things per claim.
  return {
    estimators: estimators.size ? (c) => estimators.has(c.estimator) : undefined,
    published: bounded(pub) ? (c) => (c.source_year === null ? pub.undated : inRange(c.source_year, pub)) : undefined,
    subject: bounded(sub) ? (c) => (hasSubjectYears(c) ? overlaps(c, sub) : sub.undated) : undefined,
    category: f.category === 'all' ? undefined : (c) => c.category === f.category,
    unit: f.unit === null ? undefined : (c) => c.unit === f.unit,
    qualifier: f.qualifier === null ? undefined : (c) => c.qualifier === f.qualifier,
    scope: f.scope === 'all' ? undefined : (c) => c.scope === f.scope,
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

export interface Faceted {
  filtered: Claim[];
  /** Per facet, how many claims each option would give with the other filters as they are. */
  counts: {
    estimators: Count<string>[];
    category: Map<string, number>;
    unit: Map<string, number>;
    qualifier: Map<string, number>;
    scope: Map<string, number>;
    /**
     * Claims without a subject year, or without a publication year, that the other filters let
     * through: what a year bound hides unless its claims without a year are included.
     */
    undated: { subject: number; published: number };
  };
}

/**
 * The filtered claims and every facet's counts in one pass: a claim counts towards a facet's
 * options when it passes all the other filters, i.e. fails at most that facet's own.
 */
export function facets(claims: readonly Claim[], f: Filters): Faceted {
  const active = activePredicates(f);
  // This loop runs over every claim on each filter change, so it avoids per-claim allocation and
  // lookups: the tests and the filter each one belongs to are plain arrays indexed alike.
  const tests = active.map(([, p]) => p);
  const keys = active.map(([k]) => k);
  const filtered: Claim[] = [];
  const names = new Map<string, number>();
  const maps = { category: new Map<string, number>(), unit: new Map<string, number>(), qualifier: new Map<string, number>(), scope: new Map<string, number>() };
  const undated = { subject: 0, published: 0 };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  // Each field spelled out rather than looped over by key: property reads by a variable key made
  // this loop three times slower.
  const countAll = (c: Claim) => {
    bump(names, c.estimator);
    bump(maps.category, c.category);
    bump(maps.unit, c.unit);
    bump(maps.qualifier, c.qualifier);
    bump(maps.scope, c.scope);
    if (!hasSubjectYears(c)) undated.subject++;
    if (!hasPublicationYear(c)) undated.published++;
  };
  const countOne = (key: keyof Filters, c: Claim) => {
    switch (key) {
      case 'estimators': return void bump(names, c.estimator);
      case 'subject': return void (undated.subject += hasSubjectYears(c) ? 0 : 1);
      case 'published': return void (undated.published += hasPublicationYear(c) ? 0 : 1);
      case 'category': return void bump(maps.category, c.category);
      case 'unit': return void bump(maps.unit, c.unit);
      case 'qualifier': return void bump(maps.qualifier, c.qualifier);
      case 'scope': return void bump(maps.scope, c.scope);
    }
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
      countAll(c);
    } else if (failures === 1) countOne(keys[failed] as keyof Filters, c);
  }
  const estimators = [...names].map(([value, count]) => ({ value, count })).sort(byCountThenValue);
  return { filtered, counts: { estimators, ...maps, undated } };
}

export interface Count<T> {
  value: T;
  count: number;
}

function byCountThenValue<T>(a: Count<T>, b: Count<T>): number {
  return b.count - a.count || byText(String(a.value), String(b.value));
}
