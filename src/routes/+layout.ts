import { browser } from '$app/environment';
import { asset } from '$app/paths';
import { dataset } from '$lib/data/dataset.svelte';

// The site is plain static files: every page is a prerendered shell that renders in the browser,
// because the filters and the claim id live in the query string.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';

/** Starts reading the claims before the first render, so the two overlap. */
export function load() {
  if (browser) void dataset.load(asset('/data/claims.json'));
}
