import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Claim } from '../../../contract/schema';
import { finishCorpus } from '../../corpus';
import { extractDocument } from '../../pipeline';
import { extractFiles, type DocumentSummary, type ExtractOptions, type Extraction } from '../extract-files';
import { formatOf } from './formats';
import { readDocumentFile } from './node';
import { withPages } from './read-document';

/**
 * The command line's documents of every format → their claims, finished as one corpus. UTF-8
 * text keeps the chunked, threaded path of `extract-files.ts`; HTML, PDF, UTF-16 text and text
 * that is not UTF-8 (read as Windows-1252, with a warning) go through the readers the dashboard
 * uses, then the same `extractDocument`.
 */

export interface PathsExtraction extends Extraction {
  /** The readers' warnings (a text read as Windows-1252, ...), naming the file. */
  warnings: string[];
}

function startsWithUtf16Mark(path: string): boolean {
  const head = new Uint8Array(2);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, head, 0, 2, 0);
  } catch {
    return false; // the chunked path reports why the file cannot be read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

/** False only for a file that can be read and is not UTF-8; the chunked path reports the rest. */
function utf8OrUnreadable(path: string): boolean {
  try {
    return isUtf8(readFileSync(path));
  } catch {
    return true;
  }
}

const chunked = (path: string) =>
  formatOf(path) !== 'html' && formatOf(path) !== 'pdf' && !startsWithUtf16Mark(path) && utf8OrUnreadable(path);

async function extractRead(path: string, warnings: string[]): Promise<{ claims: Claim[]; summary: DocumentSummary }> {
  const t0 = performance.now();
  const doc = await readDocumentFile(path);
  warnings.push(...doc.warnings);
  const { passages, claims } = extractDocument(doc.name, doc.text);
  const categories = new Map<string, number>();
  for (const c of claims) categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
  const cited = passages.filter((p) => p.citation).length;
  const summary = { path, doc: doc.name, passages: passages.length, cited, claims: claims.length, categories, ms: performance.now() - t0 };
  return { claims: withPages(claims, doc.pages), summary };
}

function groupByDoc(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) (groups.get(c.doc) ?? groups.set(c.doc, []).get(c.doc)!).push(c);
  return groups;
}

export async function extractPaths(paths: string[], options: ExtractOptions = {}): Promise<PathsExtraction> {
  const plain = paths.filter(chunked);
  // Text alone keeps the chunked path's live progress and its output exactly.
  if (plain.length === paths.length) return { ...(await extractFiles(paths, options)), warnings: [] };
  const warnings: string[] = [];
  const byPath = new Map<string, { claims: Claim[]; summary: DocumentSummary }>();
  const done = plain.length ? await extractFiles(plain, { ...options, onDocument: undefined }) : { claims: [], documents: [], threads: 1 };
  const groups = groupByDoc(done.claims);
  done.documents.forEach((summary, i) => byPath.set(plain[i]!, { claims: groups.get(summary.doc) ?? [], summary }));
  for (const path of paths.filter((p) => !chunked(p))) byPath.set(path, await extractRead(path, warnings));
  const ordered = paths.map((p) => byPath.get(p)!);
  ordered.forEach((r, i) => options.onDocument?.(r.summary, i));
  return { claims: finishCorpus(ordered.flatMap((r) => r.claims)), documents: ordered.map((r) => r.summary), threads: done.threads, warnings };
}
