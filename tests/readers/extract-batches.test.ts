import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../extract/pipeline';
import { extractInBatches } from '../../src/lib/documents/extract-batches';

describe('the browser worker’s extraction in batches', () => {
  it('gives exactly the claims of extractDocument on the seed, repeated so passages recur, and reports each batch', () => {
    const seed = readFileSync('data/sources/real-stalin-series-14-16.txt', 'utf8');
    const text = `${seed}\n${seed}`;
    const reports: [number, number][] = [];
    const claims = extractInBatches('twice.txt', text, null, 97, (done, total) => reports.push([done, total]));
    expect(claims).toEqual(extractDocument('twice.txt', text).claims);
    const total = reports[0]![1];
    expect(reports.map((r) => r[0])).toEqual(Array.from({ length: Math.ceil(total / 97) }, (_, i) => Math.min((i + 1) * 97, total)));
  });

  it('puts each claim on the page its offset falls on', () => {
    const text = 'About 300 boats sailed.\n\nSome 4,500 men went with them.';
    const claims = extractInBatches('p.pdf', text, [0, text.indexOf('Some')], 1, () => undefined);
    expect(claims.map((c) => [c.text, c.page])).toEqual([['300', 1], ['4,500', 2]]);
  });
});
