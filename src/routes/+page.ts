import { asset } from '$app/paths';
import type { EstimatesFirstView } from '$lib/estimates/view';
import type { PageLoad } from './$types';

/**
 * The list as it first opens, worked out at build time (data/estimates.json). Only a page opened
 * with no query shows it, and only once: the query is read untracked, so a filter change does not
 * run this again (and going back to no filters does not fetch the file again).
 */
export const load: PageLoad = async ({ fetch, url, untrack }) => {
  if (untrack(() => url.search) !== '') return { first: null };
  const first = await fetch(asset('/data/estimates.json' as '/'))
    .then((r) => (r.ok ? (r.json() as Promise<EstimatesFirstView>) : null))
    .catch(() => null);
  return { first };
};
