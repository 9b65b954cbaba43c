import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { claimRowsCsv, claimsToCsv, claimsToUtf8, CSV_HEADER, parseClaimsCsv, validateRecords } from '../contract/csv';
import { draftRecords, draftsToUtf8 } from '../contract/csv-drafts';
import { DEFAULT_FILTERS, applyFilters } from '../src/lib/filters';
import fc from 'fast-check';
import { CATEGORIES, CLAIM_COLUMNS, claimCodec, claimSchema, QUALIFIERS, type Claim } from '../contract/schema';
import { synthClaims } from '../scripts/synth-claims';

const seed = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).claims;

/** What a user's spreadsheet or script gets from a downloaded file: papaparse, nothing of ours. */
function readBack(csv: string) {
  const res = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(res.errors).toEqual([]);
  return res;
}

describe('the claim schema', () => {
  it('accepts on its typed side exactly the claims whose cells the codec writes and reads back as they were', () => {
    const [base] = synthClaims(1);
    const year = fc.option(fc.oneof(fc.integer({ min: -2, max: 10_001 }), fc.double()), { nil: null });
    const number = fc.oneof(fc.nat(), fc.double(), fc.constantFrom(-1, 0.5, 1e21, Infinity, NaN));
    const changes = fc.record(
      {
        claim_id: fc.constantFrom('', 'x:1'), text: fc.string({ maxLength: 3 }), line: number, start: number, end: number,
        value_low: number, value_high: number, value: number, year_from: year, source_year: year,
        qualifier: fc.constantFrom(...QUALIFIERS, 'roughly'), category: fc.constantFrom(...CATEGORIES, '')
      },
      { requiredKeys: [] }
    );
    fc.assert(
      fc.property(changes, (change) => {
        const claim = { ...(base as Claim), ...change } as Claim;
        let back: Claim | null = null;
        try {
          back = claimCodec.decode(claimCodec.encode(claim));
        } catch {
          back = null;
        }
        expect(claimSchema.safeParse(claim).success).toBe(back !== null && CLAIM_COLUMNS.every((k) => back![k] === claim[k]));
      }),
      { numRuns: 2000 }
    );
  });
});

describe('CSV download', () => {
  it('the codec has exactly the columns the pages use, in order', () => {
    expect(Object.keys(claimCodec.shape)).toEqual(CLAIM_COLUMNS);
  });

  it('writes the filtered claims with the columns of data/claims.csv, and reads back equal', () => {
    const filtered = applyFilters(seed, { ...DEFAULT_FILTERS, unit: 'people' });
    expect(filtered.length).toBeGreaterThan(0);
    const res = readBack(claimsToCsv(filtered));
    const seedHeader = readFileSync('data/claims.csv', 'utf8').split('\n')[0]?.split(',') ?? [];
    expect(res.meta.fields).toEqual(CLAIM_COLUMNS);
    expect(seedHeader.slice(0, CLAIM_COLUMNS.length)).toEqual(CLAIM_COLUMNS);
    const back = validateRecords(res.data, res.meta.fields);
    expect(back.errors).toEqual([]);
    expect(back.claims).toEqual(filtered);
  });

  it('neutralises cells a spreadsheet would run as formulas, and still reads back exactly', () => {
    const [base] = synthClaims(1);
    const dangerous = ['=HYPERLINK("http://x")', '+1+2', '-3', '@SUM(A1)', '\tTAB', '\rCR', "'quoted"];
    const claims: Claim[] = dangerous.map((quote, i) => ({
      ...(base as Claim), claim_id: `c${i}`, quote, counted: quote, attributed_to: quote
    }));
    const res = readBack(claimsToCsv(claims));
    for (const row of res.data) {
      for (const col of ['quote', 'counted', 'attributed_to']) expect(row[col]?.startsWith("'")).toBe(true);
    }
    expect(validateRecords(res.data, res.meta.fields).claims).toEqual(claims);
  });

  it('writes cells as papaparse does with escaped formulae, in chunks that join into one file, and still rejects a bad claim', () => {
    const [base] = synthClaims(1);
    const cells = ['', ' lead', 'trail ', 'a "quote"', 'a, b', 'two\nlines', 'cr\r', '\uFEFFbom', "'", '=1,"x"', '-', ' '];
    const claims: Claim[] = cells.map((cell, i) => ({ ...(base as Claim), claim_id: `c${i}`, quote: cell, counted: cell, section: cell }));
    const rows = claims.map((c) => CLAIM_COLUMNS.map((k) => (c[k] === null ? '' : String(c[k]))));
    const papa = Papa.unparse({ fields: CLAIM_COLUMNS as string[], data: rows }, { escapeFormulae: /^['=+\-@\t\r]/, newline: '\n', quotes: false });
    expect(claimsToCsv(claims)).toBe(papa + '\n');
    expect(claimsToCsv([])).toBe(`${CLAIM_COLUMNS.join(',')}\n`);
    expect(CSV_HEADER + claimRowsCsv(claims.slice(0, 5)) + claimRowsCsv([]) + claimRowsCsv(claims.slice(5))).toBe(papa + '\n');
    expect(() => claimsToCsv([{ ...(base as Claim), value_low: -1 }])).toThrow();
  });

  it('gives the same file as bytes, in several parts for many claims, and still rejects a bad claim', () => {
    const claims = synthClaims(4500).map((c, i) => (i % 7 ? c : { ...c, quote: `=“quoted”, with\nbreak ${i}` }));
    const parts = claimsToUtf8(claims);
    expect(parts.length).toBeGreaterThan(2);
    expect(Buffer.concat(parts).toString('utf8')).toBe(claimsToCsv(claims));
    expect(Buffer.concat(claimsToUtf8([])).toString('utf8')).toBe(CSV_HEADER);
    expect(() => claimsToUtf8([...claims, { ...claims[0]!, value_low: -1 }])).toThrow();
  });

  it('completes records drafted but for some columns into the same file, checking the late cells too', () => {
    const hostile = ['=SUM(A1)', 'Smith, John', 'two\nlines', ' padded ', '"quoted"', '', 'Müller’s', 'plain'];
    const drafted = synthClaims(4500).map((c, i) => ({ ...c, estimator: '', quantity: '', quote: i % 5 ? c.quote : '+1, “x” — "y"' }));
    const finished = drafted.map((c, i) => ({ ...c, estimator: hostile[i % hostile.length]!, quantity: hostile[(i * 3) % hostile.length]! }));
    const text = (parts: Uint8Array[]) => Buffer.concat(parts).toString('utf8');
    // As the extractor does: one draft per chunk of claims, late columns named in any order.
    const drafts = [draftRecords(drafted.slice(0, 1000), ['quantity', 'estimator']), draftRecords(drafted.slice(1000), ['estimator', 'quantity'])];
    expect(text(draftsToUtf8(finished, drafts))).toBe(claimsToCsv(finished));
    // Late columns first and last leave runs of no cells.
    expect(text(draftsToUtf8(finished, [draftRecords(finished, ['page', 'claim_id'])]))).toBe(claimsToCsv(finished));
    expect(text(draftsToUtf8([], []))).toBe(CSV_HEADER);
    expect(() => draftsToUtf8(finished.slice(1), drafts)).toThrow(/4500 drafted records for 4499 claims/);
    expect(() => draftsToUtf8(finished, drafts, CLAIM_COLUMNS.slice(1))).toThrow(/other columns/);
    expect(() => draftsToUtf8([{ ...finished[0]!, quantity: 7 as unknown as string }], [draftRecords(drafted.slice(0, 1), ['estimator', 'quantity'])])).toThrow();
    expect(() => draftRecords([{ ...drafted[0]!, value_low: -1 }], ['estimator'])).toThrow();
  });
});
