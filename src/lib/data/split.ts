import type { Claim } from '../schema';
import type { ParsedClaims, RowError } from '../csv';

/**
 * Splits a CSV into pieces that parse independently, so several workers can share a large file.
 * A newline ends a record exactly when an even number of `"` precede it (RFC 4180 doubles quotes
 * inside quoted fields), so one pass over the text finds safe cut points. Each chunk is the header
 * line followed by whole records.
 */
export function splitCsv(text: string, parts: number): string[] {
  const cuts: number[] = [];
  let header = -1;
  let size = 0;
  let target = Infinity;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === 10 && !quoted) {
      if (header < 0) {
        header = i + 1;
        size = Math.ceil((text.length - header) / Math.max(1, parts));
        target = header + size;
        cuts.push(header);
      } else if (i + 1 >= target) {
        cuts.push(i + 1);
        target = i + 1 + size;
      }
    }
  }
  if (header < 0) return [text];
  const head = text.slice(0, header);
  cuts.push(text.length);
  const chunks: string[] = [];
  for (let k = 1; k < cuts.length; k++) {
    const body = text.slice(cuts[k - 1], cuts[k]);
    if (body.trim() !== '' || chunks.length === 0) chunks.push(head + body);
  }
  return chunks;
}

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
