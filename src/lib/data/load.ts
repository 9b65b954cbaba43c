import type { ParsedClaims } from '../../../contract/csv';
import type { Claim } from '../../../contract/schema';
import { unpackFirstView, type FirstView } from './first-view';
import { unpackClaims, type PackedClaims } from './packed';
import { mergeChunks, type ChunkResult, type WorkerMessage, type WorkerRequest } from './split';

/** Enough workers to use the machine, few enough that copying results back stays cheap. */
function workerCount(bytes: number): number {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 2);
  const bySize = Math.ceil(bytes / 2_000_000);
  return Math.max(1, Math.min(4, cores, bySize));
}

/** Sends one request to a fresh worker; `onclaims` receives claim batches as they arrive. */
function ask(req: WorkerRequest, onclaims: (claims: Claim[]) => void = () => {}): Promise<WorkerMessage> {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<WorkerMessage>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      if (e.data.kind === 'claims') onclaims(e.data.claims);
      else resolve(e.data);
    };
    worker.onerror = (e) => reject(new Error(e.message || 'the CSV parser failed'));
    worker.postMessage(req);
  }).finally(() => worker.terminate());
}

async function parsePiece(header: Blob, body: Blob): Promise<ChunkResult> {
  const claims: Claim[] = [];
  const done = await ask({ kind: 'parse', header, body }, (batch) => {
    for (const c of batch) claims.push(c);
  });
  if (done.kind !== 'done') throw new Error('the CSV parser answered out of turn');
  return { claims, errors: done.errors, records: done.records };
}

/**
 * Parses and validates a user's claims CSV in web workers: one finds where the file can be cut
 * between records, then several parse the pieces. The main thread only slices the file (free for
 * a Blob) and gathers the claims, so a 50 MB file does not freeze the page.
 */
export async function parseCsvFile(file: Blob): Promise<ParsedClaims> {
  const cuts = await ask({ kind: 'cut', file, parts: workerCount(file.size) });
  if (cuts.kind !== 'cuts') throw new Error('the CSV parser answered out of turn');
  const header = file.slice(0, cuts.header);
  const starts = [cuts.header, ...cuts.ends.slice(0, -1)];
  return mergeChunks(await Promise.all(cuts.ends.map((end, i) => parsePiece(header, file.slice(starts[i], end)))));
}

/**
 * The dataset the site was built with, validated at build time: it is read in a worker that the
 * page's first script starts (src/app.html), so it arrives without holding up the app.
 */
export async function loadDefaultClaims(): Promise<ParsedClaims> {
  const read = await window.__claims;
  if (!read) throw new Error('the page did not start reading the claims');
  if ('error' in read) throw new Error(`could not load data/claims.json: ${read.error}`);
  const packed = JSON.parse(new TextDecoder().decode(read.bytes)) as PackedClaims;
  // Parsing and unpacking each hold the page's thread 0.1-0.3 s for the 50,000 bench claims;
  // between the two, a click or a frame can get through.
  await new Promise((resolve) => setTimeout(resolve));
  return unpackClaims(packed);
}

/** The home page's first view, when the page's first script fetched it (src/app.html). */
export async function loadFirstView(): Promise<FirstView | null> {
  const packed = await window.__firstView;
  return packed ? unpackFirstView(packed) : null;
}
