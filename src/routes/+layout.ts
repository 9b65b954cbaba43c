import { browser } from '$app/environment';
import { dataset } from '$lib/data/dataset.svelte';

// The site is plain static files: every page is a prerendered shell that renders in the browser,
// because the filters and the claim id live in the query string.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';

/** Takes over the claims, whose reading starts in the page's first script (src/app.html). */
export function load() {
  if (browser) void dataset.load();
}
