import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DOMParser } from 'linkedom';
import { InputError } from '../../errors';
import { checkSize } from './formats';
import type { HtmlParser } from './html';
import { readDocument, type ReadDocument, type ReaderDeps } from './read-document';

/** The readers as Node runs them: linkedom for HTML, pdf.js's legacy build for PDF. */

export const nodeDeps: ReaderDeps = {
  html: new DOMParser() as unknown as HtmlParser,
  pdf: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')).getDocument
};

/** Reads a document file; refuses one over the size limit before reading it. */
export async function readDocumentFile(path: string): Promise<ReadDocument> {
  let bytes: Uint8Array;
  try {
    checkSize(path, statSync(path).size);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, path);
  }
  // Messages name the path as given, as the command line's other messages do; the claims, its name.
  return { ...(await readDocument(path, bytes, nodeDeps)), name: basename(path) };
}
