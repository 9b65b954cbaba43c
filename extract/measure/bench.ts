import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run bench`: throughput and peak memory of extraction on the seed repeated to ≥ 50 MB, from
 * the file to the CSV's bytes, on one thread and on one per core. A "cold" run is a fresh
 * process, as `npm run extract` is (bundling the worker, starting threads and compiling the
 * extractor's code included; not Node's own start); "warm" runs reuse threads that have done one
 * run already. Each configuration runs in processes of its own, so its peak RSS is its own.
 */

const SEED = 'data/sources/real-stalin-series-14-16.txt';
const TARGET_BYTES = 50 * 1024 * 1024;
const RUNS = 3;
const RUN = new URL('./bench-run.ts', import.meta.url).pathname;

interface Runs {
  seconds: number[];
  claims: number;
  rssMb: number;
}

const seed = readFileSync(SEED, 'utf8');
const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(seed));
const dir = mkdtempSync(join(tmpdir(), 'claimscope-bench-'));
const path = join(dir, 'bench.txt');
writeFileSync(path, Array.from({ length: copies }, () => seed).join('\n'));
const mb = statSync(path).size / 1024 / 1024;

/** One process of bench-run.ts, under the loader this one runs under (tsx). */
function runProcess(threads: number, warm: boolean, runs: number): Runs {
  const args = [...process.execArgv, RUN, '--file', path, '--threads', String(threads), '--runs', String(runs), ...(warm ? ['--warm'] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Runs;
}

function report(label: string, threads: number, results: Runs[]): number {
  const seconds = results.flatMap((r) => r.seconds);
  const best = Math.min(...seconds);
  const rss = Math.max(...results.map((r) => r.rssMb));
  const runs = seconds.map((s) => (mb / s).toFixed(1)).join(', ');
  console.log(`extract, ${threads} thread(s), ${label}: best ${best.toFixed(2)} s = ${(mb / best).toFixed(1)} MB/s (runs: ${runs} MB/s), ${results[0]!.claims} claims, peak RSS ${rss} MB, load ${loadavg()[0]!.toFixed(1)}`);
  return rss;
}

console.log(`extract: ${mb.toFixed(1)} MB (${copies} copies of the seed), load ${loadavg()[0]!.toFixed(1)} at the start`);
try {
  const peaks: number[] = [];
  for (const threads of [1, availableParallelism()]) {
    peaks.push(report('cold', threads, Array.from({ length: RUNS }, () => runProcess(threads, false, 1))));
    peaks.push(report('warm', threads, [runProcess(threads, true, RUNS)]));
  }
  console.log(`extract: peak RSS ${Math.max(...peaks)} MB (of one process)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
