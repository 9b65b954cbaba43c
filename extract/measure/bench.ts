import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { claimsToUtf8 } from '../../contract/csv';
import { CLAIM_COLUMNS } from '../../contract/schema';
import { extractFiles, startRunners } from '../io/extract-files';
import type { ChunkRunner } from '../threads/runners';

/**
 * `npm run bench`: throughput and peak memory of extraction on the seed repeated to ≥ 50 MB, from
 * the file to the CSV's bytes, on one thread and on one per core. "cold" runs start their threads
 * afresh, as `npm run extract` does (bundling the worker, starting threads and compiling the
 * extractor's code included); "warm" runs reuse threads that have done one run already.
 */

const SEED = 'data/sources/real-stalin-series-14-16.txt';
const TARGET_BYTES = 50 * 1024 * 1024;
const RUNS = 3;

const seed = readFileSync(SEED, 'utf8');
const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(seed));
const dir = mkdtempSync(join(tmpdir(), 'claimscope-bench-'));
const path = join(dir, 'bench.txt');
writeFileSync(path, Array.from({ length: copies }, () => seed).join('\n'));
const mb = Buffer.byteLength(readFileSync(path)) / 1024 / 1024;

const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

async function measure(label: string, threads: number, runners?: ChunkRunner[]): Promise<void> {
  const seconds: number[] = [];
  let claims = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await extractFiles([path], { threads, runners });
    claimsToUtf8(r.claims, CLAIM_COLUMNS, r.drafts);
    seconds.push((performance.now() - t0) / 1000);
    claims = r.documents[0]!.claims;
  }
  const best = Math.min(...seconds);
  const runs = seconds.map((s) => `${(mb / s).toFixed(1)}`).join(', ');
  console.log(`extract, ${threads} thread(s), ${label}: best ${best.toFixed(2)} s = ${(mb / best).toFixed(1)} MB/s (runs: ${runs} MB/s), ${claims} claims, load ${loadavg()[0]!.toFixed(1)}, peak RSS so far ${peakMb()} MB`);
}

async function measureWarm(threads: number): Promise<void> {
  const runners = await startRunners(threads);
  try {
    await extractFiles([path], { runners });
    await measure('warm', threads, runners);
  } finally {
    await Promise.all(runners.map((r) => r.close()));
  }
}

console.log(`extract: ${mb.toFixed(1)} MB (${copies} copies of the seed), load ${loadavg()[0]!.toFixed(1)} at the start`);
try {
  for (const threads of [1, availableParallelism()]) {
    await measure('cold', threads);
    await measureWarm(threads);
  }
  console.log(`extract: peak RSS ${peakMb()} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
