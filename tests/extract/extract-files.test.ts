import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeCitation } from '../../extract/citation/citation';
import { planChunks } from '../../extract/threads/plan-chunks';
import { extractFiles, type Extraction } from '../../extract/io/extract-files';
import { CORPUS_COLUMNS, extractCorpus, finishCorpus } from '../../extract/corpus';
import { extractDocument } from '../../extract/pipeline';
import { headingOf } from '../../extract/segment/blocks';
import { claimsToCsv } from '../../contract/csv';
import { draftsToUtf8 } from '../../contract/csv-drafts';
import { CLAIM_COLUMNS } from '../../contract/schema';
import { InputError } from '../../extract/errors';
import { fromThreadError, toThreadError } from '../../extract/threads/runners';

const SEED = new URL('../../data/sources/real-stalin-series-14-16.txt', import.meta.url).pathname;
const seed = readFileSync(SEED, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'claimscope-files-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** The file `npm run extract` writes: records drafted on the threads, completed after the corpus step. */
const csvOf = (r: Extraction) => {
  const written = Buffer.concat(draftsToUtf8(r.claims, r.drafts!)).toString('utf8');
  expect(written).toBe(claimsToCsv(r.claims));
  return written;
};
/** What reading each document whole, on this thread, gives. */
const whole = (docs: [string, string][]) => claimsToCsv(extractCorpus(docs.map(([name, text]) => ({ name, text }))));

describe('cutting a document into chunks', () => {
  it('cuts the seed only right after a citation line that closes a passage, covering every byte', () => {
    const ranges = planChunks(SEED, 40_000);
    expect(ranges.length).toBeGreaterThan(10);
    expect(ranges[0]!.start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(Buffer.byteLength(seed));
    const bytes = readFileSync(SEED);
    for (const [i, r] of ranges.slice(0, -1).entries()) {
      expect(r.end).toBe(ranges[i + 1]!.start);
      const before = bytes.subarray(0, r.end).toString('utf8').split('\n').slice(0, -1);
      const closing = before.at(-1)!;
      const body = before.slice(0, -1).reverse().find((l) => l.trim())!;
      expect(looksLikeCitation(closing)).toBe(true);
      expect(headingOf(body) === null && !looksLikeCitation(body)).toBe(true);
    }
  });

  it('leaves plain prose, which has no citation line to cut after, whole', () => {
    const prose = file('prose.txt', 'In 1937 about 3000 prisoners were freed, and 12,000 more.\n'.repeat(5000));
    expect(planChunks(prose, 10_000)).toEqual([{ start: 0, end: readFileSync(prose).length }]);
  });
});

describe('extracting files in chunks, on worker threads', () => {
  it('gives the seed twice over (repeated passages, sections across chunks) byte for byte as read whole', async () => {
    const twice = file('twice.txt', `${seed}\n${seed}`);
    const other = file('other.txt', 'Some 12,000 were freed.\nSmith, John. A Book. London: Press, 1990, p. 5\n');
    const seen: string[] = [];
    const r = await extractFiles([twice, other], { threads: 2, chunkBytes: 100_000, onDocument: (d) => seen.push(d.doc) });
    expect(csvOf(r)).toBe(whole([['twice.txt', `${seed}\n${seed}`], ['other.txt', readFileSync(other, 'utf8')]]));
    expect(seen).toEqual(['twice.txt', 'other.txt']);
    const one = extractDocument('twice.txt', `${seed}\n${seed}`);
    expect(r.documents[0]).toMatchObject({ passages: one.passages.length, claims: one.claims.length });
    expect(r.documents[0]!.cited).toBe(one.passages.filter((p) => p.citation).length);
  });

  it('names the file and line of invalid UTF-8 in a later chunk, as reading it whole does', async () => {
    const text = Buffer.concat([Buffer.from(seed), Buffer.from([0xff]), Buffer.from(seed)]);
    const bad = file('bad.txt', text);
    const line = seed.split('\n').length;
    await expect(extractFiles([bad], { threads: 2, chunkBytes: 100_000 })).rejects.toThrow(`bad.txt:${line}: invalid UTF-8 at byte ${Buffer.byteLength(seed)}`);
  });

  it('gives any document, read in chunks, exactly what reading it whole gives', async () => {
    const lines = fc.constantFrom(
      'In 1938 some 1,672,438 people were in the camps, about 3000 more than in 1937.',
      'Smith, John. A Book. London: Press, 1990, p. 5',
      'Jones, Ann. Another Book. New York: Knopf, c1986, p. 12-14.',
      'The “Real Stalin” Series. Part Two: Camps.',
      'Part Three: Trials.',
      '',
      '   ',
      '1. Of these, 12,000 were released and two or 3 million were said to have died.',
      'Conquest estimated 8 million at the end of 1938\r',
      'a\rb 20,000 shot',
      'Über 𝄞 — 5,000 were shot in 1937; ﻿ 700 more were freed.'
    );
    const eols = fc.constantFrom('\n', '\r\n', '\n\n');
    const docs = fc.array(fc.tuple(lines, eols).map(([l, e]) => l + e), { minLength: 1, maxLength: 120 });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(docs, fc.integer({ min: 40, max: 2000 }), async (parts, chunkBytes) => {
        const text = parts.join('');
        const name = `doc-${n++}.txt`;
        const r = await extractFiles([file(name, text)], { threads: 1, chunkBytes });
        expect(csvOf(r)).toBe(whole([[name, text]]));
      }),
      { numRuns: 150 }
    );
  });
});

describe('the corpus step', () => {
  it('fills only its own columns, so records drafted before it need only those', () => {
    const read = extractDocument('seed.txt', seed).claims;
    const finished = finishCorpus(read);
    const others = CLAIM_COLUMNS.filter((k) => !(CORPUS_COLUMNS as readonly string[]).includes(k));
    expect(finished.map((c) => others.map((k) => c[k]))).toEqual(read.map((c) => others.map((k) => c[k])));
    expect(finished.some((c, i) => c.quantity !== read[i]!.quantity)).toBe(true);
  });
});

describe('errors from a worker thread', () => {
  it('come back as the same InputError, with its file and line, after the copy a message makes', () => {
    const sent = structuredClone(toThreadError(new InputError('the row has no end', 'rows.txt', 12)));
    const back = fromThreadError(sent);
    expect(back).toBeInstanceOf(InputError);
    expect(back).toMatchObject({ message: 'rows.txt:12: the row has no end', reason: 'the row has no end', file: 'rows.txt', line: 12 });
  });

  it('come back as a bug, with the worker’s stack, when they are not about the input', () => {
    const back = fromThreadError(structuredClone(toThreadError(new RangeError('index past the end'))));
    expect(back).not.toBeInstanceOf(InputError);
    expect(back.message).toMatch(/^extraction worker failed: RangeError: index past the end/);
  });
});
