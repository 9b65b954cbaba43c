import { clear, get, getMany, set } from 'idb-keyval';
import type { Claim } from '../../../contract/schema';

/**
 * A reader's opened documents, kept in this browser's IndexedDB so they survive a reload: the text
 * each reader produced (the claim page reads passages from it) and its claims before the corpus
 * step, which runs again over whatever they join. The worker stores each document as it extracts
 * it, so copying megabytes into the database never holds the page's thread; the page stores which
 * documents are open and how they are shown.
 */

export interface OpenedDocument {
  name: string;
  text: string;
  pages: number[] | null;
  claims: Claim[];
}

export type Mode = 'join' | 'replace';

interface Index {
  names: string[];
  mode: Mode;
}

const INDEX = 'claimscope-documents';
const keyOf = (name: string) => `claimscope-document:${name}`;

export function saveDocument(doc: OpenedDocument): Promise<void> {
  return set(keyOf(doc.name), doc);
}

export function saveIndex(names: string[], mode: Mode): Promise<void> {
  return set(INDEX, { names, mode } satisfies Index);
}

export async function loadSaved(): Promise<{ documents: OpenedDocument[]; mode: Mode } | null> {
  try {
    const index = await get<Index>(INDEX);
    if (!index) return null;
    const documents = (await getMany<OpenedDocument | undefined>(index.names.map(keyOf))).filter((d) => d !== undefined);
    return { documents, mode: index.mode };
  } catch {
    return null; // storage refused (private window, quota): the page works without it
  }
}

export function forgetSaved(): Promise<void> {
  return clear();
}
