import { del, get, set } from 'idb-keyval';
import type { Claim } from '../../../contract/schema';

/**
 * A reader's opened documents, kept in this browser's IndexedDB so they survive a reload: the text
 * each reader produced (the claim page reads passages from it) and its claims before the corpus
 * step, which runs again over whatever they join.
 */

export interface OpenedDocument {
  name: string;
  text: string;
  pages: number[] | null;
  claims: Claim[];
}

export type Mode = 'join' | 'replace';

export interface Saved {
  documents: OpenedDocument[];
  mode: Mode;
}

const KEY = 'claimscope-documents';

export async function loadSaved(): Promise<Saved | null> {
  try {
    return (await get<Saved>(KEY)) ?? null;
  } catch {
    return null; // storage refused (private window, quota): the page works without it
  }
}

export async function save(saved: Saved): Promise<void> {
  await set(KEY, saved);
}

export async function forgetSaved(): Promise<void> {
  await del(KEY);
}
