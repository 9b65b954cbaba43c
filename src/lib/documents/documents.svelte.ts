import type { Claim } from '../../../contract/schema';
import { dataset } from '../data/dataset.svelte';
import { Cancelled, Extractor } from './extractor';
import { forgetSaved, loadSaved, saveIndex, type Mode, type OpenedDocument } from './store';

/**
 * A reader's own documents: read in the page, extracted in a worker, shown joined with the
 * built-in claims or instead of them, kept in IndexedDB across reloads (store.ts). A file that cannot be
 * read gets its own message; the claims on screen stay as they were.
 */

export interface FileStatus {
  name: string;
  state: 'waiting' | 'reading' | 'extracting' | 'done' | 'failed' | 'cancelled';
  /** Passages extracted, of all, while extracting. */
  done: number;
  total: number;
  message: string;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

class Documents {
  documents = $state.raw<OpenedDocument[]>([]);
  files = $state<FileStatus[]>([]);
  mode = $state<Mode>('join');
  busy = $derived(this.files.some((f) => f.state === 'waiting' || f.state === 'reading' || f.state === 'extracting'));
  #extractor = new Extractor();
  #cancelled = false;
  #restored = false;

  /** The text a reader produced for an opened document, for the claim page's passage. */
  textOf(name: string): string | undefined {
    return this.documents.find((d) => d.name === name)?.text;
  }

  async restore(): Promise<void> {
    if (this.#restored) return;
    this.#restored = true;
    const saved = await loadSaved();
    if (!saved?.documents.length) return;
    this.documents = saved.documents;
    this.mode = saved.mode;
    await this.#show();
  }

  async open(files: File[]): Promise<void> {
    if (this.busy || !files.length) return;
    this.#cancelled = false;
    this.files = files.map((f) => ({ name: f.name, state: 'waiting', done: 0, total: 0, message: '' }));
    const opened: OpenedDocument[] = [];
    for (const [i, file] of files.entries()) {
      const doc = await this.#openOne(file, this.files[i]!);
      if (doc) opened.push(doc);
    }
    if (!opened.length) return;
    const names = new Set(opened.map((d) => d.name));
    this.documents = [...this.documents.filter((d) => !names.has(d.name)), ...opened];
    await this.#show();
  }

  async #openOne(file: File, status: FileStatus): Promise<OpenedDocument | null> {
    if (this.#cancelled) return this.#fail(status, 'cancelled', 'Cancelled.');
    try {
      status.state = 'reading';
      // The readers load with the first document, not with the page.
      const { readFile } = await import('./read-file');
      const { name, text, pages, warnings } = await readFile(file);
      if (!text.trim()) return this.#fail(status, 'failed', `${name}: no text found (the file is empty, or holds only markup or scripts)`);
      if (this.#cancelled) return this.#fail(status, 'cancelled', 'Cancelled.');
      status.state = 'extracting';
      const claims = await this.#extractor.extract(name, text, pages, (done, total) => Object.assign(status, { done, total }));
      Object.assign(status, { state: 'done', message: [`${claims.length} claims`, ...warnings].join('; ') });
      return { name, text, pages, claims };
    } catch (e) {
      return e instanceof Cancelled ? this.#fail(status, 'cancelled', 'Cancelled.') : this.#fail(status, 'failed', message(e));
    }
  }

  #fail(status: FileStatus, state: 'failed' | 'cancelled', why: string): null {
    Object.assign(status, { state, message: why });
    return null;
  }

  cancel(): void {
    this.#cancelled = true;
    this.#extractor.cancel();
  }

  async setMode(mode: Mode): Promise<void> {
    this.mode = mode;
    if (this.documents.length) await this.#show();
  }

  async forget(): Promise<void> {
    this.documents = [];
    this.files = [];
    await forgetSaved();
    dataset.useBuiltIn();
  }

  /** Shows the opened documents' claims, finished as one corpus with what they join, and keeps them. */
  async #show(): Promise<void> {
    // Waited for in either mode, so the built-in claims' own loading never replaces these.
    const builtIn = await dataset.builtInClaims();
    const names = new Set(this.documents.map((d) => d.name));
    // A document opened again under a built-in document's name takes its place.
    const base = this.mode === 'join' ? builtIn.filter((c) => !names.has(c.doc)) : [];
    let claims: Claim[];
    try {
      claims = await this.#extractor.finish([...base, ...this.documents.flatMap((d) => d.claims)]);
    } catch (e) {
      if (!(e instanceof Cancelled)) this.files = [...this.files, { name: 'all documents', state: 'failed', done: 0, total: 0, message: message(e) }];
      return;
    }
    const label = [...names].join(', ') + (this.mode === 'join' ? ' with the built-in claims' : '');
    dataset.showDocuments(claims, label);
    await saveIndex([...names], this.mode).catch(() => undefined);
  }
}

export const documents = new Documents();
