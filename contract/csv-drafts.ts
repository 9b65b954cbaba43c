import Papa from 'papaparse';
import { CLAIM_COLUMNS, claimSchema, type Claim } from './schema';
import { FORMULA_START } from './spreadsheet-safe';

/**
 * The claims CSV written in two steps, for the extractor: each record drafted where its claim is
 * made (on a worker thread, in parallel with the others) but for the columns a later step fills
 * (the corpus step's estimator and quantity, once every document is read), then completed.
 * Papaparse writes each cell alone, so a record drafted and completed is byte for byte the
 * record claimsToCsv writes whole.
 */

const UNPARSE = { escapeFormulae: FORMULA_START, newline: '\n', quotes: false, header: false } as const;

type Columns = readonly (keyof Claim)[];

/** Records drafted but for their `late` cells, as UTF-8: one block of bytes crosses between threads, not a string per record. */
export interface Drafts {
  columns: Columns;
  /** In column order. */
  late: Columns;
  /** Each record's runs of cells around the late ones, one after another, as written. */
  bytes: Uint8Array;
  /** Where each run ends in `bytes`, record by record: late.length + 1 runs a record, a run of no columns empty. */
  ends: Uint32Array;
}

/** The columns between the late ones: late.length + 1 runs, some perhaps of no columns. */
function runsAround(columns: Columns, late: Columns): Columns[] {
  const runs: (keyof Claim)[][] = [[]];
  for (const k of columns) {
    if (late.includes(k)) runs.push([]);
    else runs.at(-1)!.push(k);
  }
  return runs;
}

/** Drafts the claims' records but for the `late` columns, checking each claim against the schema. */
export function draftRecords(claims: readonly Claim[], late: Columns, columns: Columns = CLAIM_COLUMNS): Drafts {
  const ordered = columns.filter((k) => late.includes(k));
  const runs = runsAround(columns, ordered);
  const texts = claims.flatMap((c) => {
    claimSchema.parse(c);
    return runs.map((run) => (run.length ? Papa.unparse([run.map((k) => c[k])], UNPARSE) : ''));
  });
  const encoder = new TextEncoder();
  const bytes = new Uint8Array(texts.reduce((n, t) => n + t.length * 3, 0));
  const ends = new Uint32Array(texts.length);
  let at = 0;
  texts.forEach((text, i) => {
    at += encoder.encodeInto(text, bytes.subarray(at)).written;
    ends[i] = at;
  });
  return { columns, late: ordered, bytes: bytes.slice(0, at), ends };
}

/** The late cells of each claim, written and checked by their columns' schemas; each distinct value once. */
function lateCells(claims: readonly Claim[], late: Columns): Uint8Array[][] {
  const encoder = new TextEncoder();
  const written = new Map<unknown, Uint8Array>();
  return claims.map((c) =>
    late.map((k) => {
      const value = claimSchema.shape[k].parse(c[k]);
      if (!written.has(value)) written.set(value, encoder.encode(Papa.unparse([[value]], UNPARSE)));
      return written.get(value)!;
    })
  );
}

const COMMA = 0x2c;
const LF = 0x0a;

/** One draft's records completed with their claims' late cells. */
function completed(d: Drafts, claims: readonly Claim[]): Uint8Array {
  const runs = runsAround(d.columns, d.late).map((run) => run.length > 0);
  const cells = lateCells(claims, d.late);
  // Between a record's pieces a comma, after the last a line break: as many bytes as pieces.
  const separators = runs.filter(Boolean).length + d.late.length;
  const size = d.bytes.length + cells.reduce((n, row) => n + row.reduce((m, cell) => m + cell.length, 0), 0) + claims.length * separators;
  const out = new Uint8Array(size);
  let at = 0;
  cells.forEach((row, i) => {
    const pieces: Uint8Array[] = [];
    runs.forEach((present, r) => {
      const k = i * runs.length + r;
      if (present) pieces.push(d.bytes.subarray(k ? d.ends[k - 1]! : 0, d.ends[k]!));
      if (r < d.late.length) pieces.push(row[r]!);
    });
    pieces.forEach((piece, j) => {
      if (j) out[at++] = COMMA;
      out.set(piece, at);
      at += piece.length;
    });
    out[at++] = LF;
  });
  return out;
}

/**
 * The claims CSV's bytes (the header, then a part per draft) from the drafts of the claims'
 * records, in order, completed with their late cells.
 */
export function draftsToUtf8(claims: readonly Claim[], drafts: readonly Drafts[], columns: Columns = CLAIM_COLUMNS): Uint8Array[] {
  const parts: Uint8Array[] = [new TextEncoder().encode(`${columns.join(',')}\n`)];
  let first = 0;
  for (const d of drafts) {
    if (d.columns.join() !== columns.join()) throw new Error('drafts written for other columns');
    const records = d.ends.length / (d.late.length + 1);
    parts.push(completed(d, claims.slice(first, first + records)));
    first += records;
  }
  if (first !== claims.length) throw new Error(`${first} drafted records for ${claims.length} claims`);
  return parts;
}
