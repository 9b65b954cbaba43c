import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { claimsToUtf8 } from '../../contract/csv';
import { draftsToUtf8 } from '../../contract/csv-drafts';
import { quantitiesToCsv, summariseQuantities } from '../../contract/quantities';
import type { DocumentSummary } from './extract-files';
import { InputError } from '../errors';
import { writeStamp } from './extraction-stamp';
import { extractPaths } from './readers/extract-paths';
import { formatOf } from './readers/formats';
import { writeAtomic, type WriteOptions } from './write-atomic';

/** `npm run extract -- [FILE...] [--out PATH]`: sources → claims CSV. */

const SOURCES = 'data/sources';
const CLAIMS = 'data/claims.csv';
const USAGE = 'usage: npm run extract -- [FILE or FOLDER...] [--out PATH] [--threads N]';

/** The documents of a folder (.txt, .md, .html, .htm, .pdf), in name order. */
function folderFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => formatOf(f) !== null).sort().map((f) => join(dir, f));
  } catch {
    throw new InputError('cannot read the folder', dir);
  }
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The quantities go beside the claims: claims.csv → quantities.csv, x.csv → x.quantities.csv. */
function quantitiesPath(claimsPath: string): string {
  const name = basename(claimsPath);
  return join(dirname(claimsPath), name === 'claims.csv' ? 'quantities.csv' : `${name.replace(/\.csv$/i, '')}.quantities.csv`);
}

const utf8 = (text: string) => [new TextEncoder().encode(text)];

/**
 * CLAIMSCOPE_FAULT=kill-mid-write kills the process, as a crash or a power cut would, once the
 * output's first part is written: the test that the previous output survives needs a run that
 * dies while writing, which a timer cannot hit reliably.
 */
function faultInjection(): WriteOptions {
  if (process.env.CLAIMSCOPE_FAULT !== 'kill-mid-write') return {};
  return { afterPart: () => process.kill(process.pid, 'SIGKILL') };
}

function summary(r: DocumentSummary): string {
  const cats = [...r.categories].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  return `${r.doc}: ${r.passages} passages, ${r.claims} claims (${cats || 'none'}) in ${r.ms.toFixed(0)} ms`;
}

function warnings(r: DocumentSummary): string[] {
  if (!r.passages) return [`${r.path}: warning: no text found`];
  return r.cited ? [] : [`${r.path}: warning: no citation lines found; source fields are empty`];
}

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, options: { out: { type: 'string' }, threads: { type: 'string' } }
  });
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    throw new InputError(`--threads ${values.threads}: expected a whole number from 1\n${USAGE}`);
  }
  const files = (positionals.length ? positionals : [SOURCES]).flatMap((p) => (isFolder(p) ? folderFiles(p) : [p]));
  if (!files.length) throw new InputError('no documents to extract (.txt, .md, .html, .htm, .pdf)', positionals.join(', ') || SOURCES);
  const out = values.out ?? CLAIMS;
  const started = performance.now();
  const { claims, drafts, documents, threads: used, warnings: read } = await extractPaths(files, {
    threads,
    onDocument: (r, i) => {
      for (const w of warnings(r)) console.error(w);
      if (files.length <= 20) console.log(summary(r));
      else if ((i + 1) % 100 === 0 || i + 1 === files.length) console.error(`… ${i + 1}/${files.length} documents`);
    }
  });
  for (const w of read) console.error(w);
  writeAtomic(out, drafts ? draftsToUtf8(claims, drafts) : claimsToUtf8(claims), faultInjection());
  writeAtomic(quantitiesPath(out), utf8(quantitiesToCsv(summariseQuantities(claims))));
  // Only the project's own extraction is stamped: it is what `npm start` and the tests rely on.
  if (!positionals.length && values.out === undefined) writeStamp('.', [CLAIMS, quantitiesPath(CLAIMS)]);
  console.log(`wrote ${claims.length} claims from ${files.length} document(s) to ${out} in ${(performance.now() - started).toFixed(0)} ms on ${used} thread(s)`);
}

run(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof InputError) console.error(`error: ${e.message}`);
  else if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) console.error(`error: ${e.message}\n${USAGE}`);
  else {
    console.error(e);
    process.exitCode = 1;
    return;
  }
  process.exitCode = 2;
});
