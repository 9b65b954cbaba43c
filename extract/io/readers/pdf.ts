import type { getDocument as GetDocument } from 'pdfjs-dist';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { InputError } from '../../errors';

/**
 * A PDF → its text layer as text, through pdf.js (its legacy build in Node, the standard one with
 * a bundled worker in the page, handed in as `getDocument`). Lines end where pdf.js says a text
 * run ends a line; a gap between lines wider than a line and a half starts a paragraph (a blank
 * line, which is what the extractor's passages are cut on); pages are separated by a blank line,
 * and `pages` holds the offset each page's text starts at.
 */

export interface PdfText {
  text: string;
  /** Offset in `text` where page i + 1 starts. */
  pages: number[];
}

type Item = TextItem | TextMarkedContent;
const isText = (i: Item): i is TextItem => 'str' in i;

/** One page's items → its lines, with a blank line where the vertical gap says a paragraph ends. */
function pageText(items: Item[]): string {
  let out = '';
  let lastY: number | null = null;
  let lineHeight = 0;
  for (const item of items.filter(isText)) {
    const y = item.transform[5]!;
    if (lastY !== null && out.endsWith('\n') && lineHeight && Math.abs(lastY - y) > 1.5 * lineHeight) out += '\n';
    out += item.str;
    if (item.height) lineHeight = item.height;
    lastY = y;
    if (item.hasEOL) out += '\n';
  }
  return out.replace(/[ \t]+\n/g, '\n').trim();
}

/** Why pdf.js refused the file, in the reader's words. */
function refusal(name: string, e: unknown): InputError {
  const kind = e instanceof Error ? e.name : '';
  if (kind === 'PasswordException') return new InputError(`the PDF is encrypted with a password; cannot read it`, name);
  if (kind === 'InvalidPDFException' || kind === 'FormatError' || kind === 'UnknownErrorException') {
    return new InputError(`not a readable PDF (corrupt or truncated)`, name);
  }
  return new InputError(`the PDF could not be read: ${e instanceof Error ? e.message : String(e)}`, name);
}

export async function pdfToText(name: string, bytes: Uint8Array, getDocument: typeof GetDocument): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given, and refuses a Node Buffer: a plain copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw refusal(name, e);
  }
  try {
    const pages: number[] = [];
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const body = pageText((await page.getTextContent()).items);
      page.cleanup();
      if (text && body) text += '\n\n';
      pages.push(text.length);
      text += body;
    }
    if (!text.trim()) throw new InputError(`no text layer: run OCR first`, name);
    return { text, pages };
  } catch (e) {
    throw e instanceof InputError ? e : refusal(name, e);
  } finally {
    await task.destroy();
  }
}

/** The 1-based page the text offset falls on. */
export function pageAt(pages: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
