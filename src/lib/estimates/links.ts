import { resolve } from '$app/paths';
import { QUERY } from '../query';
import { pageLinker } from '../view.svelte';
import { page } from '$app/state';
import { filtersToParams, parseFilters, type Filters } from '../filters';

/** Links to quantity pages that carry the current filters along, read once per linker. */
export const quantityLinker = () => pageLinker('/quantity', QUERY.quantity);

/** The Estimates list with one category chosen and every other filter as it is. */
export function categoryHref(category: Filters['category']): string {
  const params = filtersToParams({ ...parseFilters(page.url.searchParams), category }, page.url.searchParams);
  const query = params.toString();
  return `${resolve('/')}${query ? `?${query}` : ''}`;
}

/** "How this was made", absolute, for charts that leave the site. */
export function aboutUrl(): string {
  return new URL(resolve('/about'), page.url).href;
}
