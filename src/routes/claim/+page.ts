import { asset } from '$app/paths';
import { documents } from '$lib/documents/documents.svelte';
import { readResponse } from '$lib/documents/read-file';
import { claimIdOf } from '$lib/query';
import type { PageLoad } from './$types';

/**
 * The claim's id, and a reader for the source documents its passage comes from: each document is
 * fetched once per visit to the page, however often the claim changes within it, and read by the
 * same readers as the extractor. An opened document's passage comes from the text its reader
 * produced, kept in the page.
 */
export const load: PageLoad = ({ url, fetch }) => {
  const docs = new Map<string, Promise<string | null>>();
  const source = (name: string): Promise<string | null> => {
    const opened = documents.textOf(name);
    if (opened !== undefined) return Promise.resolve(opened);
    let doc = docs.get(name);
    if (!doc) {
      doc = fetch(asset(`/data/sources/${encodeURIComponent(name)}` as '/')).then((r) => (r.ok ? readResponse(name, r) : null), () => null);
      docs.set(name, doc);
    }
    return doc;
  };
  return { id: claimIdOf(url.searchParams), source };
};
