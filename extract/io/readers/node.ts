import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { DOMParser } from 'linkedom';
import { cannotRead, readBytes } from '../read-source';
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
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw cannotRead(path, e);
  }
  checkSize(path, size);
  // Messages name the path as given, as the command line's other messages do; the claims, its name.
  return { ...(await readDocument(path, readBytes(path), nodeDeps)), name: basename(path) };
}
