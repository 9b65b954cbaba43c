import { InputError } from '../../errors';

/**
 * The document formats a reader takes, by file name, and the size past which a file is refused
 * before it is read: shared by the command line and the dashboard.
 */

export type Format = 'text' | 'html' | 'pdf';

const EXTENSIONS: Record<string, Format> = { txt: 'text', md: 'text', html: 'html', htm: 'html', pdf: 'pdf' };

/** The extensions read as documents, for file pickers and folder listings. */
export const DOCUMENT_EXTENSIONS = Object.keys(EXTENSIONS).map((e) => `.${e}`);

export function formatOf(name: string): Format | null {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return (ext && EXTENSIONS[ext]) || null;
}

/** Larger files are refused: the text, its claims and the page would not fit a tab's memory. */
export const MAX_BYTES = 100 * 1024 * 1024;

/** Refuses a file by its size alone, before any of it is read. */
export function checkSize(name: string, bytes: number): void {
  if (bytes > MAX_BYTES) {
    throw new InputError(`${(bytes / 1024 / 1024).toFixed(0)} MB is over the ${MAX_BYTES / 1024 / 1024} MB limit for one document`, name);
  }
}
