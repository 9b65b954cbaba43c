import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../../contract/csv';
import { nodeDeps } from '../../extract/io/readers/node';
import { readDocument } from '../../extract/io/readers/read-document';
import { extractPaths } from '../../extract/io/readers/extract-paths';
import { HTML_PAGE, makePdf, PDF_PAGES } from './make-documents';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'claimscope-readers-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return bytes;
}

const PROSE = 'In 1790 the county counted about 41,000 head of cattle, the surveyor wrote.\n';

describe('the command line reads every format through the readers', () => {
  it('gives claims whose offsets slice the reader’s text, and PDF pages', async () => {
    const pdf = file('towns.pdf', await makePdf(PDF_PAGES));
    const html = file('mills.html', HTML_PAGE);
    const txt = file('cattle.txt', PROSE);
    const wide = file('cattle-16.txt', utf16le(PROSE));
    const { claims, documents } = await extractPaths([pdf, html, txt, wide]);
    expect(documents.map((d) => [d.doc, d.claims])).toEqual([['towns.pdf', 2], ['mills.html', 2], ['cattle.txt', 1], ['cattle-16.txt', 1]]);
    for (const path of [pdf, html]) {
      const doc = await readDocument(path, readFileSync(path), nodeDeps);
      for (const c of claims.filter((k) => path.endsWith(k.doc))) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(claims.filter((c) => c.doc === 'towns.pdf').map((c) => [c.text, c.page])).toEqual([['3,400', 1], ['12,000', 2]]);
    expect(claims.filter((c) => c.doc === 'mills.html').map((c) => c.text)).toEqual(['8,500', '600']);
    expect(claims.filter((c) => c.doc.startsWith('cattle')).map((c) => [c.text, c.start, c.page])).toEqual([['41,000', PROSE.indexOf('41,000'), null], ['41,000', PROSE.indexOf('41,000'), null]]);
  });

  it('lists them in a folder, writes the page column, and names the file a reader refuses', async () => {
    file('towns.pdf', await makePdf(PDF_PAGES));
    const out = join(dir, 'out.csv');
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'extract/io/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(run(dir, '--out', out).status).toBe(0);
    const { claims, errors } = parseClaimsCsv(readFileSync(out, 'utf8'));
    expect(errors).toEqual([]);
    expect(claims.filter((c) => c.page !== null).map((c) => [c.doc, c.page])).toEqual([['towns.pdf', 1], ['towns.pdf', 2]]);
    const scan = file('scan.pdf', await makePdf([[]]));
    const r = run(scan, '--out', join(dir, 'scan.csv'));
    expect([r.status, r.stderr.trim()]).toEqual([2, `error: ${scan}: no text layer: run OCR first`]);
  });
});

describe('the command line chooses the reader of a text by its start', () => {
  const long = PROSE.repeat(1000); // past the start it reads to choose
  const latin = (text: string, byte: number, rest: string) => new Uint8Array([...Buffer.from(text), byte, ...Buffer.from(rest)]);

  it('reads a text whose bytes stop being UTF-8 late as Windows-1252, reporting each document once', async () => {
    const ok = file('plain.txt', PROSE);
    const late = file('late.txt', latin(`${long}At the caf`, 0xe9, ' they sold 300 loaves.\n'));
    const seen: string[] = [];
    const { claims, warnings } = await extractPaths([ok, late], { onDocument: (d) => seen.push(d.doc) });
    expect(seen).toEqual(['plain.txt', 'late.txt']);
    expect(warnings).toEqual([`${late}: warning: not UTF-8; read as Windows-1252`]);
    const read = claims.filter((c) => c.doc === 'late.txt');
    expect(read).toHaveLength(1001);
    expect(read.at(-1)!.text).toBe('300');
  });

  it('names the line of a NUL byte far into a text', async () => {
    const nul = file('late-nul.txt', latin(long, 0, 'x\n'));
    await expect(extractPaths([nul])).rejects.toThrow(`${nul}:1001: binary file (NUL byte), not a text document`);
  });
});
