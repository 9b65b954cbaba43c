import type { Claim } from '../../contract/schema';
import { QUERY } from './query';

export const SORT_KEYS = [
  'estimator', 'source_author', 'source_year', 'source_pages', 'attributed_to', 'value', 'qualifier', 'unit', 'category', 'scope', 'year_from', 'counted', 'quote'
] as const satisfies readonly (keyof Claim)[];
export type SortKey = (typeof SORT_KEYS)[number];

export interface Sort {
  key: SortKey | null;
  desc: boolean;
}

export function parseSort(params: URLSearchParams): Sort {
  const key = params.get(QUERY.sort);
  return {
    key: (SORT_KEYS as readonly string[]).includes(key ?? '') ? (key as SortKey) : null,
    desc: params.get(QUERY.dir) === 'desc'
  };
}

export function sortToParams(s: Sort, base: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams(base);
  p.delete(QUERY.sort);
  p.delete(QUERY.dir);
  if (s.key) p.set(QUERY.sort, s.key);
  if (s.key && s.desc) p.set(QUERY.dir, 'desc');
  return p;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Sorted copy; empty cells always last, whatever the direction, and ties kept in document order
 * so the order is the same on every load. Without a key: document order.
 */
export function sortClaims(claims: readonly Claim[], s: Sort): Claim[] {
  const out = [...claims];
  const { key } = s;
  if (!key) return out;
  const sign = s.desc ? -1 : 1;
  const empty = (v: unknown) => v === null || v === '';
  return out.sort((a, b) => {
    const va = a[key];
    const vb = b[key];
    if (empty(va) || empty(vb)) return empty(va) === empty(vb) ? 0 : empty(va) ? 1 : -1;
    const d = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return d * sign;
  });
}
