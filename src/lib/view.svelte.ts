import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { dataset } from './data/dataset.svelte';
import { DEFAULT_FILTERS, facets, filtersToParams, parseFilters, type Filters } from './filters';
import { QUERY, isLog, scaleToParams } from './query';

/**
 * The views drawn from the build's first views with no query: Compare's from data/first.json
 * (src/lib/data/first-view.ts), Estimates' from data/estimates.json; their counts are the same.
 */
const FIRST_VIEW_ROUTES = new Set(['/', '/compare']);

/**
 * The filters as read from the current URL and the claims they select. Changing a filter is a
 * navigation, so back/forward and copied links restore the same view.
 */
class View {
  filters = $derived(parseFilters(page.url.searchParams));
  /** A log value axis unless the URL asks for a linear one. */
  log = $derived(isLog(page.url.searchParams));
  faceted = $derived(facets(dataset.claims, this.filters));
  filtered = $derived(this.faceted.filtered);
  /**
   * The first view as it opens (no query, the built-in claims) is drawn from its first view,
   * worked out at build time from the same claims by the same functions: it is there before the
   * claims are read, and they need not be filtered until a filter changes.
   */
  preview = $derived(dataset.fileName === null && FIRST_VIEW_ROUTES.has(page.route.id ?? '') && page.url.search === '' ? dataset.preview : null);
  counts = $derived(this.preview?.counts ?? this.faceted.counts);
  /** Claims matching, and in all: null while the claims are read for any other view. */
  matching = $derived(this.preview ? this.preview.matching : dataset.status === 'ready' ? this.filtered.length : null);
  total = $derived(this.preview ? this.preview.total : dataset.status === 'ready' ? dataset.claims.length : null);

  /** Pushes a history entry unless `replace`: typing in a search box should not flood history. */
  setFilters(f: Filters, replace = false): Promise<void> {
    return this.setParams(filtersToParams(f, page.url.searchParams), replace);
  }

  setLog(log: boolean): Promise<void> {
    return this.setParams(scaleToParams(log, page.url.searchParams));
  }

  clear(): Promise<void> {
    return this.setParams(filtersToParams(DEFAULT_FILTERS, page.url.searchParams));
  }

  setParams(params: URLSearchParams, replace = false): Promise<void> {
    const query = params.toString();
    return goto(`${page.url.pathname}${query ? `?${query}` : ''}`, {
      keepFocus: true,
      noScroll: true,
      replaceState: replace
    });
  }
}

export const view = new View();

export type ViewPath = '/' | '/compare' | '/timeline' | '/table' | '/claim' | '/about';

/** Where the site's name in the header leads. */
export const HOME: ViewPath = '/';

/** A link to another view that carries the current filters along. */
export function viewHref(path: ViewPath, extra: Record<string, string> = {}): string {
  const params = filtersToParams(parseFilters(page.url.searchParams));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const query = params.toString();
  return `${resolve(path)}${query ? `?${query}` : ''}`;
}

/** Links to claims that carry the current filters along; the filters are read once per linker. */
/** Links to one claim's or one quantity's page that carry the current filters along, read once. */
export function pageLinker(path: '/claim' | '/quantity', key: string): (id: string) => string {
  const params = filtersToParams(parseFilters(page.url.searchParams));
  const prefix = `${resolve(path)}?${params.size ? `${params}&` : ''}${key}=`;
  return (id) => prefix + encodeURIComponent(id);
}

export const claimLinker = () => pageLinker('/claim', QUERY.claim);

export function claimHref(id: string): string {
  return claimLinker()(id);
}
