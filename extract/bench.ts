import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { claimsToCsv } from '../src/lib/csv';
import { extractDocument } from './pipeline';

/** `npm run bench`: extraction throughput and peak memory on the seed repeated to ≥ 50 MB. */

const SEED = 'data/sources/real-stalin-series-14-16.txt';
const TARGET_BYTES = 50 * 1024 * 1024;

const seed = readFileSync(SEED, 'utf8');
const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(seed));
const text = Array.from({ length: copies }, () => seed).join('\n');
const mb = Buffer.byteLength(text) / 1024 / 1024;

// One warm-up on the seed alone, so the figure measures steady work, not regex compilation.
extractDocument('warm-up.txt', seed);

const t0 = performance.now();
const { claims, passages } = extractDocument('bench.txt', text);
const csv = claimsToCsv(claims);
const seconds = (performance.now() - t0) / 1000;
const peak = process.resourceUsage().maxRSS / 1024;

console.log(`extract: ${mb.toFixed(1)} MB (${copies} copies of the seed), ${passages.length} passages, ${claims.length} claims, ${(csv.length / 1024 / 1024).toFixed(1)} MB CSV`);
console.log(`extract: ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(1)} MB/s, peak RSS ${peak.toFixed(0)} MB`);
