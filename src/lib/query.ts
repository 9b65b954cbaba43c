/**
 * Every query-string key the dashboard reads or writes, and the small view options kept beside
 * the filters (scale, sort, claim id): no view reads the URL through a literal of its own.
 */
export const QUERY = {
  estimator: 'estimator',
  publishedFrom: 'pub_from',
  publishedTo: 'pub_to',
  publishedUndated: 'pub_undated',
  subjectFrom: 'year_from',
  subjectTo: 'year_to',
  subjectUndated: 'year_undated',
  category: 'category',
  unit: 'unit',
  qualifier: 'qualifier',
  scope: 'scope',
  text: 'q',
  scale: 'scale',
  sort: 'sort',
  dir: 'dir',
  claim: 'id',
  quantity: 'key'
} as const;

/** A log value axis unless the URL asks for a linear one. */
export function isLog(params: URLSearchParams): boolean {
  return params.get(QUERY.scale) !== 'linear';
}

export function scaleToParams(log: boolean, base: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams(base);
  if (log) p.delete(QUERY.scale);
  else p.set(QUERY.scale, 'linear');
  return p;
}

export function claimIdOf(params: URLSearchParams): string {
  return params.get(QUERY.claim) ?? '';
}
