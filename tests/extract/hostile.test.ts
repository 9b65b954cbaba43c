import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAtoms } from '../../extract/numbers/atoms';
import { combine } from '../../extract/numbers/combine';
import { extractDocument } from '../../extract/pipeline';
import { parseClaimsCsv } from '../../contract/csv';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'claimscope-hostile-'));
const cli = ['--import', 'tsx', 'extract/io/cli.ts'];
const run = (...args: string[]) => spawnSync(process.execPath, [...cli, ...args], { cwd: ROOT, encoding: 'utf8' });
const PASSAGE = 'Some 12,000 were freed and about 3000 were held in 1937.\nSmith, John. A Book. London: Press, 1990, p. 5\n\n';

describe('hostile input to the extractor', () => {
  it('accepts an empty file, writing only the header and saying so', () => {
    const src = join(dir, 'empty.txt');
    writeFileSync(src, '');
    const out = join(dir, 'empty.csv');
    const r = run(src, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: warning: no text found/);
    expect(parseClaimsCsv(readFileSync(out, 'utf8'))).toEqual({ claims: [], errors: [] });
  });

  it('handles a single 5 MB line, offsets intact', () => {
    const line = 'In 1937 about 3000 prisoners were freed, and 12,000 more. '.repeat(90_000);
    const { claims } = extractDocument('long.txt', line);
    expect(claims.length).toBe(180_000);
    for (const c of claims.slice(-50)) expect(line.slice(c.start, c.end)).toBe(c.text);
  });

  it('extracts a folder of 1,000 small documents, with progress', () => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 1000; i++) writeFileSync(join(folder, `doc-${String(i).padStart(4, '0')}.txt`), PASSAGE);
    const out = join(dir, 'many.csv');
    const r = run(folder, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/1000\/1000 documents/);
    const { claims, errors } = parseClaimsCsv(readFileSync(out, 'utf8'));
    expect(errors).toEqual([]);
    expect(claims.length).toBe(2000);
    expect(new Set(claims.map((c) => c.doc)).size).toBe(1000);
  });

  it('leaves the previous output intact when the run dies while writing it', async () => {
    const src = join(dir, 'twice.txt');
    writeFileSync(src, PASSAGE.repeat(2));
    const out = join(dir, 'kept.csv');
    writeFileSync(out, 'previous contents\n');
    const child = spawn(process.execPath, [...cli, src, '--out', out], {
      cwd: ROOT, stdio: 'ignore', env: { ...process.env, CLAIMSCOPE_FAULT: 'kill-mid-write' }
    });
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    expect([code, signal]).toEqual([null, 'SIGKILL']);
    expect(readFileSync(out, 'utf8')).toBe('previous contents\n');
  });
});

describe('pipeline properties', () => {
  const FRAGMENTS = ['Some 12,000 were freed', 'in 1937-38', 'about 3000 prisoners', '\uFEFF', '\r\n', '\r', '\n', '\n\n',
    'two or 3 million', '“Twelve!”', 'p. 124', 'Smith, John. A Book. London: Press, 1990, p. 5', '5 1/2 months', '.05%', ', ', '. '];

  it('gives every claim offsets that slice the document to its text, whatever the document', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const doc = parts.join('');
        for (const c of extractDocument('p.txt', doc).claims) {
          expect(doc.slice(c.start, c.end)).toBe(c.text);
          expect(c.value_low).toBeLessThanOrEqual(c.value_high);
        }
      }),
      { numRuns: 500 }
    );
  });

  it('keeps a citation with no year: its author and pages, an empty year', () => {
    const { claims } = extractDocument('n.txt', 'Some 12,000 were freed.\nSmith, John. A Book Without a Date. London: Press, p. 5\n');
    expect(claims.map((c) => [c.text, c.source_author, c.source_year, c.source_pages])).toEqual([['12,000', 'Smith, John', null, '5']]);
  });
});

describe('number parser properties', () => {
  const parse = (s: string) => combine(s, findAtoms(s));

  it('never throws, keeps low ≤ high, and every span lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 ,.-–%/abcdefghijklmnopqrstuvwxyz'.split('')), maxLength: 60 }), (s) => {
        for (const e of parse(s)) {
          expect(e.low).toBeLessThanOrEqual(e.high);
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(s.length);
          expect(e.end).toBeGreaterThan(e.start);
        }
      }),
      { numRuns: 2000 }
    );
  });

  it('reads back whole numbers written with thousands separators, decimals and percents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom('', '%', ' percent'), (n, suffix) => {
        const written = n.toLocaleString('en-US') + suffix;
        const [e] = parse(`some ${written} of them`);
        expect(e!.low).toBe(n);
        expect(e!.kind).toBe(suffix ? 'percent' : 'count');
      }),
      { numRuns: 500 }
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 99 }), (a, b) => {
        const [e] = parse(`about ${a}.${b} million`);
        expect(e!.low).toBeCloseTo(Number(`${a}.${b}`) * 1e6, 3);
      }),
      { numRuns: 300 }
    );
  });
});
