import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { claimsToCsv } from '../src/lib/csv';
import type { Claim } from '../src/lib/schema';
import { extractDocument, type DocumentResult } from './pipeline';
import { InputError, readSource } from './read-source';
import { writeAtomic } from './write-atomic';

/** `npm run extract -- [FILE...] [--out PATH]`: sources → claims CSV. */

const SOURCES = 'data/sources';
const USAGE = 'usage: npm run extract -- [FILE or FOLDER...] [--out PATH]';

/** The .txt documents of a folder, in name order. */
function folderFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  } catch {
    throw new InputError(`${dir}: cannot read the folder`);
  }
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

function summary(r: DocumentResult, ms: number): string {
  const counts = new Map<string, number>();
  for (const c of r.claims) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
  const cats = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  return `${r.doc}: ${r.passages.length} passages, ${r.claims.length} claims (${cats || 'none'}) in ${ms.toFixed(0)} ms`;
}

function warnings(r: DocumentResult, path: string): string[] {
  const out: string[] = [];
  if (!r.passages.length) out.push(`${path}: warning: no text found`);
  else if (r.passages.every((p) => !p.citation)) out.push(`${path}: warning: no citation lines found; source fields are empty`);
  return out;
}

/** Names the document and line of a claim that fails the schema. */
function validationMessage(e: ZodError, claims: Claim[]): string {
  const bad = claims.find((c) => {
    try {
      claimsToCsv([c]);
      return false;
    } catch {
      return true;
    }
  });
  const where = bad ? `${bad.doc}:${bad.line}: ` : '';
  return `${where}claim fails the schema: ${e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
}

function run(argv: string[]): void {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
  const files = (positionals.length ? positionals : [SOURCES]).flatMap((p) => (isFolder(p) ? folderFiles(p) : [p]));
  if (!files.length) throw new InputError(`${positionals.join(', ') || SOURCES}: no .txt documents to extract`);
  const out = values.out ?? 'data/claims.csv';
  const claims: Claim[] = [];
  const started = performance.now();
  files.forEach((path, i) => {
    const t0 = performance.now();
    const result = extractDocument(basename(path), readSource(path));
    claims.push(...result.claims);
    for (const w of warnings(result, path)) console.error(w);
    if (files.length <= 20) console.log(summary(result, performance.now() - t0));
    else if ((i + 1) % 100 === 0 || i + 1 === files.length) console.error(`… ${i + 1}/${files.length} documents`);
  });
  let csv: string;
  try {
    csv = claimsToCsv(claims);
  } catch (e) {
    if (e instanceof ZodError) throw new InputError(validationMessage(e, claims));
    throw e;
  }
  writeAtomic(out, csv);
  console.log(`wrote ${claims.length} claims from ${files.length} document(s) to ${out} in ${(performance.now() - started).toFixed(0)} ms`);
}

try {
  run(process.argv.slice(2));
} catch (e) {
  if (e instanceof InputError) console.error(`error: ${e.message}`);
  else if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) console.error(`error: ${e.message}\n${USAGE}`);
  else throw e;
  process.exitCode = 2;
}
