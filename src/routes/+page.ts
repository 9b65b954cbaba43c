import { asset } from '$app/paths';
import type { EstimatesFirstView } from '$lib/estimates/view';
import type { PageLoad } from './$types';

/**
 * The list as it first opens, worked out at build time (data/estimates.json): only the page with
 * no query shows it, so only that page fetches it.
 */
export const load: PageLoad = async ({ fetch, url }) => {
  if (url.search !== '') return { first: null };
  const first = await fetch(asset('/data/estimates.json' as '/'))
    .then((r) => (r.ok ? (r.json() as Promise<EstimatesFirstView>) : null))
    .catch(() => null);
  return { first };
};
