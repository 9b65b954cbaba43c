import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STAMP_PATH, whyExtract } from '../../extract/io/extraction-stamp';
import { ensureClaims } from '../../scripts/ensure-claims';

/**
 * `npm start` and the browser tests extract again only when the content of the sources, the
 * extractor or its output changed: checked on a copy of the project with a small document.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const DOC = [
  'During the drought of 1921 the relief committee counted about 40,000 people in the shelters.',
  'Smith, Jane. Relief and Its Limits. Oxford: Example Press, 2004, p. 12.',
  ''
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'claimscope-stamp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the project's code (not its data) with one source document. */
function project(name: string): string {
  const root = join(dir, name);
  for (const part of ['extract', 'contract', 'package.json', 'package-lock.json'])
    cpSync(join(ROOT, part), join(root, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'data/sources'), { recursive: true });
  writeFileSync(join(root, 'data/sources/relief.txt'), DOC);
  return root;
}

const claims = (root: string) => readFileSync(join(root, 'data/claims.csv'), 'utf8');
const mtime = (root: string, rel: string) => statSync(join(root, rel)).mtimeMs;

describe('ensureClaims', () => {
  const root = project('a');

  it('extracts when there is no output, then stamps it', () => {
    expect(whyExtract(root)).toMatch(/missing/);
    expect(ensureClaims(root)).toBe(true);
    expect(claims(root)).toContain('40,000');
    expect(whyExtract(root)).toBeNull();
  });

  it('rewrites nothing when the contents match, however new the sources look', () => {
    const before = [mtime(root, 'data/claims.csv'), mtime(root, STAMP_PATH)];
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(join(root, 'data/sources/relief.txt'), future, future);
    expect(ensureClaims(root)).toBe(false);
    expect([mtime(root, 'data/claims.csv'), mtime(root, STAMP_PATH)]).toEqual(before);
  });

  it('rewrites nothing in a fresh copy of a consistent project', () => {
    const copy = join(dir, 'clone');
    cpSync(root, copy, { recursive: true, verbatimSymlinks: true });
    const before = mtime(copy, 'data/claims.csv');
    expect(ensureClaims(copy)).toBe(false);
    expect(mtime(copy, 'data/claims.csv')).toBe(before);
  });

  it('extracts again when a source changes', () => {
    appendFileSync(join(root, 'data/sources/relief.txt'), 'By 1923 the shelters held some 7,500 people.\nDoe, John. Aftermath. London: Example Books, 2010, p. 3.\n');
    expect(whyExtract(root)).toMatch(/sources or the extractor changed/);
    expect(ensureClaims(root)).toBe(true);
    expect(claims(root)).toContain('7,500');
    expect(whyExtract(root)).toBeNull();
  });

  it('extracts again when the extractor changes, or the output is not what it wrote', () => {
    appendFileSync(join(root, 'extract/pipeline.ts'), '\n// a change to the extractor\n');
    expect(whyExtract(root)).toMatch(/sources or the extractor changed/);
    expect(ensureClaims(root)).toBe(true);
    writeFileSync(join(root, 'data/claims.csv'), claims(root).replace('7,500', '7,600'));
    expect(whyExtract(root)).toBe('data/claims.csv is not what the last extraction wrote');
    expect(ensureClaims(root)).toBe(true);
    expect(claims(root)).toContain('7,500');
  });

  it('ignores code that does not shape the output (scoring, benchmarks)', () => {
    appendFileSync(join(root, 'extract/measure/bench.ts'), '\n// a change to the bench\n');
    expect(whyExtract(root)).toBeNull();
  });
});
