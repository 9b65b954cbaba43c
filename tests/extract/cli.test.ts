import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../../contract/csv';

const ROOT = new URL('../..', import.meta.url).pathname;

function extract(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'extract/io/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'claimscope-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run extract', () => {
  it('writes the claims of chosen files to --out and reports per document', () => {
    const src = file('one.txt', 'Some 12,000 were freed and 59,000 had their sentences reduced.\nSmith, John. A Book. London: Press, 1990, p. 5\n');
    const out = join(dir, 'out.csv');
    const r = extract(src, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/one\.txt: 1 passages, 2 claims \(releases 2\)/);
    const { claims, errors } = parseClaimsCsv(readFileSync(out, 'utf8'));
    expect(errors).toEqual([]);
    expect(claims.map((c) => [c.text, c.category, c.source_year])).toEqual([['12,000', 'releases', 1990], ['59,000', 'releases', 1990]]);
  });

  it('writes the same bytes on worker threads (--threads) as on this one', () => {
    const seed = readFileSync(join(ROOT, 'data/sources/real-stalin-series-14-16.txt'), 'utf8');
    const src = file('four.txt', [seed, seed, seed, seed].join('\n'));
    const [one, two] = [join(dir, 'one-thread.csv'), join(dir, 'two-threads.csv')];
    expect(extract(src, '--out', one, '--threads', '1').out).toMatch(/on 1 thread\(s\)/);
    expect(extract(src, '--out', two, '--threads', '2').out).toMatch(/on 2 thread\(s\)/);
    expect(readFileSync(two, 'utf8')).toBe(readFileSync(one, 'utf8'));
    expect(extract(src, '--out', two, '--threads', '0')).toMatchObject({ code: 2, err: expect.stringMatching(/--threads 0: expected a whole number/) });
  });

  it('warns when a document has no citation lines, and still extracts', () => {
    const r = extract(file('prose.txt', 'About 3000 prisoners were there.\n'), '--out', join(dir, 'prose.csv'));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/prose\.txt: warning: no citation lines found/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /nope\.txt: cannot read: no such file/],
    ['a binary file', () => file('bin.txt', new Uint8Array([0x41, 0x0a, 0x42, 0x00, 0x43])), /bin\.txt:2: binary file/]
  ])('stops on %s with a message naming it, writing nothing', (_, make, message) => {
    const out = join(dir, 'never.csv');
    const r = extract(make(), '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(() => readFileSync(out)).toThrow();
  });

  it('reads a text that is not UTF-8 as Windows-1252, with a warning naming it', () => {
    // 0x93 and 0x94 are Windows-1252's curly double quotes; as UTF-8 they are invalid.
    const path = file('old.txt', Buffer.concat([Buffer.from('The clerk wrote '), Buffer.from([0x93]), Buffer.from('about 4,000 were freed'), Buffer.from([0x94]), Buffer.from('.\n')]));
    const out = join(dir, 'old.csv');
    const r = extract(path, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/old\.txt: warning: not UTF-8; read as Windows-1252/);
    const { claims } = parseClaimsCsv(readFileSync(out, 'utf8'));
    expect(claims.map((c) => [c.text, c.value, c.quote])).toEqual([['4,000', 4000, 'The clerk wrote \u201cabout 4,000 were freed\u201d.']]);
  });
});
