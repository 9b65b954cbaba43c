import type { ParsedClaims } from '../csv';
import { unpackClaims, type PackedClaims } from './packed';
import { mergeChunks, splitCsv, type ChunkResult } from './split';

/** Enough workers to use the machine, few enough that copying results back stays cheap. */
function workerCount(textLength: number): number {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 2);
  const bySize = Math.ceil(textLength / 2_000_000);
  return Math.max(1, Math.min(4, cores, bySize));
}

function parseInWorker(chunk: string): Promise<ChunkResult> {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ChunkResult>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<ChunkResult>) => resolve(e.data);
    worker.onerror = (e) => reject(new Error(e.message || 'the CSV parser failed'));
    worker.postMessage(chunk);
  }).finally(() => worker.terminate());
}

/**
 * Parses and validates a claims CSV from anywhere (a user's file) in web workers, so a large file
 * never freezes the page.
 */
export async function parseCsvInWorkers(text: string): Promise<ParsedClaims> {
  const chunks = splitCsv(text, workerCount(text.length));
  return mergeChunks(await Promise.all(chunks.map(parseInWorker)));
}

/** Fetches the dataset the site was built with, validated at build time. */
export async function loadDefaultClaims(url: string): Promise<ParsedClaims> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: ${res.status} ${res.statusText}`);
  return unpackClaims((await res.json()) as PackedClaims);
}
