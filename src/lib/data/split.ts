import type { Claim } from '../../../contract/schema';
import type { ParsedClaims, RowError } from '../../../contract/csv';

/**
 * Where a CSV file can be cut into pieces that parse independently, so several workers can share
 * a large file. A newline ends a record exactly when an even number of `"` precede it (RFC 4180
 * doubles quotes inside quoted fields). Works on bytes, so the file need not be decoded first:
 * `"` and newline are single bytes in UTF-8 and never part of another character. Returns the
 * header's end and the ends of the pieces, as byte offsets.
 */
export function byteCuts(bytes: Uint8Array, parts: number): { header: number; ends: number[] } {
  let header = -1;
  let size = 0;
  let target = Infinity;
  let quoted = false;
  const ends: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 34) quoted = !quoted;
    else if (b === 10 && !quoted) {
      if (header < 0) {
        header = i + 1;
        size = Math.ceil((bytes.length - header) / Math.max(1, parts));
        target = header + size;
      } else if (i + 1 >= target && i + 1 < bytes.length) {
        ends.push(i + 1);
        target = i + 1 + size;
      }
    }
  }
  if (header < 0) return { header: bytes.length, ends: [] };
  ends.push(bytes.length);
  return { header, ends };
}

/** What a parser worker sends: its claims in batches, then its errors and record count. */
export type WorkerMessage =
  | { kind: 'claims'; claims: Claim[] }
  | { kind: 'done'; errors: RowError[]; records: number }
  | { kind: 'cuts'; header: number; ends: number[] };

/** What a parser worker is asked: to parse a CSV piece (header first), or to find the cuts. */
export type WorkerRequest =
  | { kind: 'parse'; header: Blob; body: Blob }
  | { kind: 'cut'; file: Blob; parts: number };

/** One chunk's result: row numbers are relative to the chunk (its first record is row 2). */
export interface ChunkResult extends ParsedClaims {
  records: number;
}

/** Joins chunk results in order, renumbering rows as if the file had been parsed whole. */
export function mergeChunks(results: readonly ChunkResult[]): ParsedClaims {
  const claims: Claim[] = [];
  const errors: RowError[] = [];
  let offset = 0;
  for (const r of results) {
    for (const c of r.claims) claims.push(c);
    // A header problem (row 1) is reported by every chunk; keep the first.
    for (const e of r.errors)
      if (e.row > 1) errors.push({ ...e, row: e.row + offset });
      else if (offset === 0) errors.push(e);
    offset += r.records;
  }
  return { claims, errors };
}
