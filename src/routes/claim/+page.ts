import { asset } from '$app/paths';
import { claimIdOf } from '$lib/query';
import type { PageLoad } from './$types';

/**
 * The claim's id, and a reader for the source documents its passage comes from: each document is
 * fetched once per visit to the page, however often the claim changes within it.
 */
export const load: PageLoad = ({ url, fetch }) => {
  const docs = new Map<string, Promise<string | null>>();
  const source = (name: string): Promise<string | null> => {
    let doc = docs.get(name);
    if (!doc) {
      doc = fetch(asset(`/data/sources/${encodeURIComponent(name)}` as '/')).then((r) => (r.ok ? r.text() : null), () => null);
      docs.set(name, doc);
    }
    return doc;
  };
  return { id: claimIdOf(url.searchParams), source };
};
