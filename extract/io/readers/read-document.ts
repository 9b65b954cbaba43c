import type { getDocument as GetDocument } from 'pdfjs-dist';
import type { Claim } from '../../../contract/schema';
import { InputError } from '../../errors';
import { checkSize, formatOf } from './formats';
import { htmlToText, type HtmlParser } from './html';
import { pageAt, pdfToText } from './pdf';
import { decodeText } from './text';

/**
 * A document's bytes → the text the extractor reads, by its format. The parsers differ between
 * the page and Node (DOMParser or linkedom; pdf.js's standard or legacy build) and are handed in;
 * everything else is this one code path.
 */

export interface ReaderDeps {
  html: HtmlParser;
  /** Loaded only when a PDF is read: pdf.js is large. */
  pdf: () => Promise<typeof GetDocument>;
}

export interface ReadDocument {
  name: string;
  text: string;
  /** For a PDF, the offset each page starts at; null otherwise. */
  pages: number[] | null;
  warnings: string[];
}

export async function readDocument(name: string, bytes: Uint8Array, deps: ReaderDeps): Promise<ReadDocument> {
  const format = formatOf(name);
  if (!format) throw new InputError(`not a document this reads (.txt, .md, .html, .htm, .pdf)`, name);
  checkSize(name, bytes.length);
  if (format === 'pdf') return { name, ...(await pdfToText(name, bytes, await deps.pdf())), warnings: [] };
  const { text, warnings } = decodeText(name, bytes);
  return { name, text: format === 'html' ? htmlToText(text, deps.html) : text, pages: null, warnings };
}

/** Each claim with the PDF page its offset falls on. */
export function withPages(claims: readonly Claim[], pages: readonly number[] | null): Claim[] {
  return pages ? claims.map((c) => ({ ...c, page: pageAt(pages, c.start) })) : [...claims];
}
