import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsToCsv, parseClaimsCsv } from '../src/lib/csv';
import { mergeChunks, splitCsv, type ChunkResult } from '../src/lib/data/split';
import type { Claim } from '../src/lib/schema';
import { synthClaims } from '../scripts/synth-claims';

describe('splitting a CSV for parallel parsing', () => {
  it('cuts only between records, even inside quoted cells with newlines and commas', () => {
    const claims = synthClaims(300).map((c, i): Claim => (i % 7 ? c : { ...c, quote: `line one,\n"two"\nthree ${i}` }));
    const text = claimsToCsv(claims);
    for (const parts of [1, 2, 3, 4, 9]) {
      const chunks = splitCsv(text, parts);
      expect(chunks.length).toBeLessThanOrEqual(parts);
      const merged = chunks.flatMap((c) => parseClaimsCsv(c).claims);
      expect(merged).toEqual(claims);
    }
  });

  it('gives the seed back whole whatever the number of workers', () => {
    const text = readFileSync('data/claims.csv', 'utf8');
    const whole = parseClaimsCsv(text);
    const chunks = splitCsv(text, 4);
    expect(chunks.flatMap((c) => parseClaimsCsv(c).claims)).toEqual(whole.claims);
  });

  it('numbers bad rows as in the whole file', () => {
    const good = claimsToCsv(synthClaims(10)).trimEnd().split('\n');
    good[7] = good[7]?.replace(/,(exact|about|at_least|at_most),/, ',nearly,') ?? '';
    const chunks = splitCsv(`${good.join('\n')}\n`, 3);
    // Synthetic quotes have no newlines, so each line after the header is one record.
    const results: ChunkResult[] = chunks.map((c) => ({ ...parseClaimsCsv(c), records: c.trimEnd().split('\n').length - 1 }));
    const merged = mergeChunks(results);
    expect(merged.claims).toHaveLength(9);
    expect(merged.errors).toEqual([{ row: 8, column: 'qualifier', reason: expect.any(String) }]);
  });
});
