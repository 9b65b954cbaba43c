import { group, rollup } from 'd3-array';
import { closeSync, openSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Claim } from '../../../contract/schema';
import { finishCorpus } from '../../corpus';
import { extractDocument } from '../../pipeline';
import { extractFiles, type DocumentSummary, type ExtractOptions, type Extraction } from '../extract-files';
import { formatOf } from './formats';
import { readDocumentFile } from './node';
import { withPages } from './read-document';
import { NotUtf8Error, sampleFault } from './text';

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

/** Bytes of a text file's start that choose its reader: a text in another encoding shows it early. */
const SAMPLE_BYTES = 64 * 1024;

/** A file's first bytes; null when it cannot be read (the chunked path says why). */
function sampleOf(path: string): Uint8Array | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const sample = new Uint8Array(SAMPLE_BYTES);
    return sample.subarray(0, readSync(fd, sample, 0, SAMPLE_BYTES, 0));
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a path goes in chunks: text whose start may be UTF-8 (not UTF-16, binary or Windows-1252). */
function chunkable(path: string): boolean {
  const format = formatOf(path);
  if (format === 'html' || format === 'pdf') return false;
  const sample = sampleOf(path);
  return sample === null || sampleFault(sample) === null;
}

async function extractRead(path: string, warnings: string[]): Promise<{ claims: Claim[]; summary: DocumentSummary }> {
  const t0 = performance.now();
  const doc = await readDocumentFile(path);
  warnings.push(...doc.warnings);
  const { passages, claims } = extractDocument(doc.name, doc.text);
  const categories = rollup(claims, (cs) => cs.length, (c) => c.category);
  const cited = passages.filter((p) => p.citation).length;
  const summary = { path, doc: doc.name, passages: passages.length, cited, claims: claims.length, categories, ms: performance.now() - t0 };
  return { claims: withPages(claims, doc.pages), summary };
}

async function extractRouted(paths: string[], chunked: ReadonlySet<string>, options: ExtractOptions): Promise<PathsExtraction> {
  const plain = paths.filter((p) => chunked.has(p));
  // Text alone keeps the chunked path's live progress and its output exactly.
  if (plain.length === paths.length) return { ...(await extractFiles(paths, options)), warnings: [] };
  const warnings: string[] = [];
  const byPath = new Map<string, { claims: Claim[]; summary: DocumentSummary }>();
  const done = plain.length ? await extractFiles(plain, { ...options, onDocument: undefined }) : { claims: [], documents: [], threads: 1 };
  const groups = group(done.claims, (c) => c.doc);
  done.documents.forEach((summary, i) => byPath.set(plain[i]!, { claims: groups.get(summary.doc) ?? [], summary }));
  for (const path of paths.filter((p) => !chunked.has(p))) byPath.set(path, await extractRead(path, warnings));
  const ordered = paths.map((p) => byPath.get(p)!);
  ordered.forEach((r, i) => options.onDocument?.(r.summary, i));
  return { claims: finishCorpus(ordered.flatMap((r) => r.claims)), documents: ordered.map((r) => r.summary), threads: done.threads, warnings };
}

export async function extractPaths(paths: string[], options: ExtractOptions = {}): Promise<PathsExtraction> {
  const chunked = new Set(paths.filter(chunkable));
  const reported = new Set<number>();
  // A document reported before a retry is not reported again.
  const onDocument = (summary: DocumentSummary, i: number) => {
    if (!reported.has(i)) options.onDocument?.(summary, i);
    reported.add(i);
  };
  for (;;) {
    try {
      return await extractRouted(paths, chunked, { ...options, onDocument });
    } catch (e) {
      // Its start read as UTF-8 and a later part does not: the readers take it whole, as Windows-1252.
      if (!(e instanceof NotUtf8Error && e.file !== undefined && chunked.delete(e.file))) throw e;
    }
  }
}
