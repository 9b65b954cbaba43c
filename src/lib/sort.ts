import type { Claim } from '../../contract/schema';

export type SortKey = 'source_author' | 'source_year' | 'source_pages' | 'attributed_to' | 'value' | 'qualifier' | 'unit' | 'category' | 'year_from' | 'counted' | 'quote';
export const SORT_KEYS: readonly SortKey[] = ['source_author', 'source_year', 'source_pages', 'attributed_to', 'value', 'qualifier', 'unit', 'category', 'year_from', 'counted', 'quote'];

export interface Sort {
  key: SortKey | null;
  desc: boolean;
}

export function parseSort(params: URLSearchParams): Sort {
  const key = params.get('sort');
  return {
    key: SORT_KEYS.includes(key as SortKey) ? (key as SortKey) : null,
    desc: params.get('dir') === 'desc'
  };
}

export function sortToParams(s: Sort, base: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams(base);
  p.delete('sort');
  p.delete('dir');
  if (s.key) p.set('sort', s.key);
  if (s.key && s.desc) p.set('dir', 'desc');
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
