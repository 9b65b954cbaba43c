import { checkSize } from '../../../extract/io/readers/formats';
import type { HtmlParser } from '../../../extract/io/readers/html';
import { readDocument, type ReadDocument, type ReaderDeps } from '../../../extract/io/readers/read-document';

/**
 * A dropped or picked file → its text, in the page: HTML through the browser's DOMParser (which
 * runs no scripts), PDF through pdf.js with its worker bundled by Vite (the site is offline).
 */

async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs.getDocument;
}

const deps = (): ReaderDeps => ({ html: new DOMParser() as unknown as HtmlParser, pdf: loadPdfJs });

/** Refuses a file over the size limit before reading any of it. */
export async function readFile(file: File): Promise<ReadDocument> {
  checkSize(file.name, file.size);
  return readDocument(file.name, new Uint8Array(await file.arrayBuffer()), deps());
}

/** A built-in source document, fetched, as its reader's text: the text its claims' offsets index. */
export async function readResponse(name: string, response: Response): Promise<string> {
  return (await readDocument(name, new Uint8Array(await response.arrayBuffer()), deps())).text;
}
