import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { claimsToUtf8 } from '../../contract/csv';
import { draftsToUtf8 } from '../../contract/csv-drafts';
import { extractFiles, startRunners } from '../io/extract-files';

/**
 * One process of `npm run bench`'s extraction (bench.ts starts it): `--runs` extractions of
 * `--file` on `--threads` threads, from the file to the CSV's bytes, each on threads started
 * afresh, or with `--warm` on threads kept from a first run that is not timed. Prints one line of
 * JSON: the seconds of each run, the claims, and this process's peak RSS in MB.
 */

const { values } = parseArgs({
  options: { file: { type: 'string' }, threads: { type: 'string' }, runs: { type: 'string', default: '1' }, warm: { type: 'boolean', default: false } }
});
const file = values.file!;
const threads = Number(values.threads);
const runners = values.warm ? await startRunners(threads) : undefined;
if (runners) await extractFiles([file], { runners });

const seconds: number[] = [];
let claims = 0;
for (let i = 0; i < Number(values.runs); i++) {
  const t0 = performance.now();
  const r = await extractFiles([file], { threads, runners });
  r.drafts ? draftsToUtf8(r.claims, r.drafts) : claimsToUtf8(r.claims);
  seconds.push((performance.now() - t0) / 1000);
  claims = r.claims.length;
}
await Promise.all((runners ?? []).map((r) => r.close()));
console.log(JSON.stringify({ seconds, claims, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
