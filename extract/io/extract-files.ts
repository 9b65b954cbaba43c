import { rollup, sum } from 'd3-array';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Drafts } from '../../contract/csv-drafts';
import type { Claim } from '../../contract/schema';
import { finishCorpus } from '../corpus';
import { NotText, type ChunkBase, type ChunkDone, type ChunkHead, type ChunkTask } from '../threads/read-chunk';
import { planChunks } from '../threads/plan-chunks';
import { InputError } from '../errors';
import { readBytes } from './read-source';
import { utf8Error } from './readers/text';
import { inProcess, type ChunkRunner } from '../threads/runners';
import { onWorker, workerScript } from '../threads/workers';

/**
 * Source files → their claims, with estimators and quantities worked out over all of them. Large
 * inputs are cut into chunks (threads/plan-chunks.ts) and read on worker threads; a chunk's second
 * step waits only for the first step of the chunk before it.
 */

export interface DocumentSummary {
  path: string;
  doc: string;
  passages: number;
  /** Passages closed by a citation line. */
  cited: number;
  claims: number;
  categories: Map<string, number>;
  ms: number;
}

export interface Extraction {
  /** In document order, checked against the schema. */
  claims: Claim[];
  /** The claims' CSV records, in order, drafted on the threads that read them (draftsToUtf8); none when some were read otherwise. */
  drafts?: Drafts[];
  documents: DocumentSummary[];
  /** Threads the chunks were read on. */
  threads: number;
}

export interface ExtractOptions {
  /** Threads to read on; by default one per core once the input is large enough to gain. */
  threads?: number;
  /** Runners to use instead, kept open afterwards: a long-lived caller's warm threads. */
  runners?: ChunkRunner[];
  chunkBytes?: number;
  /** Called for each document, in order, as soon as it and those before it are done. */
  onDocument?: (summary: DocumentSummary, index: number) => void;
}

/**
 * Below this, starting worker threads costs more than they save: each new thread spends about a
 * second compiling the extractor's code before it runs at full speed (on this 2-core machine, 16
 * MB took longer on two new threads than on one, 50 MB less; see the bench).
 */
const PARALLEL_FROM = 32 * 1024 * 1024;
const CHUNK_BYTES = 2 * 1024 * 1024;

interface Planned {
  doc: number;
  first: boolean;
  task: ChunkTask;
}

function plan(paths: string[], chunkBytes: number): Planned[] {
  return paths.flatMap((path, doc) =>
    planChunks(path, chunkBytes).map((range, k) => ({ doc, first: k === 0, task: { path, doc: basename(path), range } }))
  );
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => undefined); // rejections are seen through whoever awaits it
  return { promise, resolve, reject };
}

/** Where each document stands after the chunks whose bases were handed out so far. */
interface DocState {
  line: number;
  char: number;
  section: string;
  seen: Map<string, number>;
}

/** The bases of the chunks, in order, from the heads of the chunks before them. */
function basesOf(planned: Planned[], heads: Promise<ChunkHead>[]): (i: number) => Promise<ChunkBase> {
  const bases: Promise<ChunkBase>[] = [];
  const states: DocState[] = [];
  const compute = async (i: number): Promise<ChunkBase> => {
    const { doc, first } = planned[i]!;
    if (first) states[doc] = { line: 0, char: 0, section: '', seen: new Map() };
    else await baseOf(i - 1);
    const head = await heads[i]!;
    const st = states[doc]!;
    const seen = [...new Set(head.keys)].filter((k) => st.seen.has(k)).map((k): [string, number] => [k, st.seen.get(k)!]);
    const base = { line: st.line, char: st.char, section: st.section, seen };
    st.line += head.lines;
    st.char += head.chars;
    st.section = head.section || st.section;
    for (const k of head.keys) st.seen.set(k, (st.seen.get(k) ?? 0) + 1);
    return base;
  };
  const baseOf = (i: number) => (bases[i] ??= compute(i));
  return baseOf;
}

function summarize(path: string, dones: ChunkDone[], ms: number): DocumentSummary {
  const categories = rollup(dones.flatMap((d) => d.categories), (counts) => sum(counts, ([, n]) => n), ([k]) => k);
  const claims = sum(categories.values());
  return { path, doc: basename(path), passages: sum(dones, (d) => d.passages), cited: sum(dones, (d) => d.cited), claims, categories, ms };
}

/** Runners for `threads` threads: this one, or as many worker threads. */
export async function startRunners(threads: number): Promise<ChunkRunner[]> {
  if (threads <= 1) return [inProcess()];
  const script = await workerScript();
  return Array.from({ length: threads }, () => onWorker(script));
}

function threadsFor(planned: Planned[], options: ExtractOptions): number {
  const bytes = planned.reduce((a, p) => a + p.task.range.end - p.task.range.start, 0);
  const wanted = options.threads ?? (bytes >= PARALLEL_FROM ? availableParallelism() : 1);
  return Math.max(1, Math.min(wanted, planned.length));
}

/** Summarises each document, in order, once all its chunks are done. */
function reporter(paths: string[], planned: Planned[], dones: ChunkDone[], options: ExtractOptions) {
  const started: number[] = [];
  const documents: DocumentSummary[] = [];
  const chunksOf = paths.map((): number[] => []);
  planned.forEach((p, i) => chunksOf[p.doc]!.push(i));
  return {
    documents,
    start: (doc: number) => (started[doc] ??= performance.now()),
    report: () => {
      for (let d = documents.length; d < paths.length && chunksOf[d]!.every((i) => dones[i]); d = documents.length) {
        documents.push(summarize(paths[d]!, chunksOf[d]!.map((i) => dones[i]!), performance.now() - started[d]!));
        options.onDocument?.(documents[d]!, d);
      }
    }
  };
}

/** A chunk that is not UTF-8 text: read its whole file again for the message naming the line. */
function notText(e: NotText): never {
  throw utf8Error(e.message, readBytes(e.message)) ?? new InputError('the file changed while it was read', e.message);
}

export async function extractFiles(paths: string[], options: ExtractOptions = {}): Promise<Extraction> {
  const planned = plan(paths, options.chunkBytes ?? CHUNK_BYTES);
  const heads = planned.map(() => deferred<ChunkHead>());
  const baseOf = basesOf(planned, heads.map((h) => h.promise));
  const dones: ChunkDone[] = [];
  const progress = reporter(paths, planned, dones, options);
  let next = 0;
  const drive = async (runner: ChunkRunner) => {
    for (let i = next++; i < planned.length; i = next++) {
      progress.start(planned[i]!.doc);
      const head = runner.open(planned[i]!.task);
      head.then(heads[i]!.resolve, heads[i]!.reject);
      await head;
      dones[i] = await runner.finish(await baseOf(i));
      progress.report();
    }
  };
  const pool = options.runners ?? (await startRunners(threadsFor(planned, options)));
  try {
    await Promise.all(pool.map(drive));
  } catch (e) {
    throw e instanceof NotText ? notText(e) : e;
  } finally {
    if (!options.runners) await Promise.all(pool.map((r) => r.close()));
  }
  const drafts = dones.map((d) => d.drafts);
  return { claims: finishCorpus(dones.flatMap((d) => d.claims)), drafts, documents: progress.documents, threads: pool.length };
}
