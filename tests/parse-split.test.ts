import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsToCsv, parseClaimsCsv } from '../contract/csv';
import { packClaims, unpackClaims, type PackedClaims } from '../src/lib/data/packed';
import { byteCuts, mergeChunks, type ChunkResult } from '../src/lib/data/split';
import type { Claim } from '../contract/schema';
import { synthClaims } from '../scripts/synth-claims';

/** The pieces the workers get: the header, then the bytes up to each cut. */
function pieces(text: string, parts: number): string[] {
  const bytes = Buffer.from(text);
  const { header, ends } = byteCuts(bytes, parts);
  const head = bytes.subarray(0, header).toString();
  return ends.map((end, i) => head + bytes.subarray(i ? ends[i - 1] : header, end).toString());
}

describe('cutting a CSV for parallel parsing', () => {
  it('cuts only between records, even inside quoted cells with newlines, commas and non-ASCII', () => {
    const claims = synthClaims(300).map((c, i): Claim => (i % 7 ? c : { ...c, quote: `line one,\n"two"\nthree — ${i} «ё»` }));
    const text = claimsToCsv(claims);
    for (const parts of [1, 2, 3, 4, 9]) {
      const chunks = pieces(text, parts);
      expect(chunks.length).toBeLessThanOrEqual(parts);
      expect(chunks.flatMap((c) => parseClaimsCsv(c).claims)).toEqual(claims);
    }
  });

  it('gives the seed back whole whatever the number of workers', () => {
    const text = readFileSync('data/claims.csv', 'utf8');
    expect(pieces(text, 4).flatMap((c) => parseClaimsCsv(c).claims)).toEqual(parseClaimsCsv(text).claims);
  });

  it('numbers bad rows as in the whole file', () => {
    const good = claimsToCsv(synthClaims(10)).trimEnd().split('\n');
    good[7] = good[7]?.replace(/,(exact|about|at_least|at_most),/, ',nearly,') ?? '';
    // Synthetic quotes have no newlines, so each line after the header is one record.
    const results: ChunkResult[] = pieces(`${good.join('\n')}\n`, 3).map((c) => ({
      ...parseClaimsCsv(c),
      records: c.trimEnd().split('\n').length - 1
    }));
    const merged = mergeChunks(results);
    expect(merged.claims).toHaveLength(9);
    expect(merged.errors).toEqual([{ row: 8, column: 'qualifier', reason: expect.any(String) }]);
  });
});

describe('the packed built-in dataset', () => {
  it('unpacks to exactly the claims the schema decoded, through JSON', () => {
    for (const parsed of [parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')), { claims: synthClaims(2000), errors: [] }]) {
      const packed = JSON.parse(JSON.stringify(packClaims(parsed))) as PackedClaims;
      expect(packed.dicts.some((d) => d !== null)).toBe(true);
      expect(unpackClaims(packed)).toEqual(parsed);
    }
  });
});
