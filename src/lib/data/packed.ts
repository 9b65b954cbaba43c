import { CLAIM_COLUMNS } from '../../../contract/claim-fields';
import type { Claim } from '../../../contract/schema';
import type { ParsedClaims, RowError } from '../../../contract/csv';

/**
 * The built-in dataset as shipped to the browser: claims already decoded and validated by the
 * schema at build time, one array per claim in CLAIM_COLUMNS order. Columns with few distinct
 * values (authors, titles, citations, categories…) hold an index into a list of those values.
 * Reading this is a JSON.parse, several times faster than parsing and validating the CSV again
 * on every page load, and the indices make the file about half as large.
 */
export interface PackedClaims {
  columns: string[];
  /** Per column, its distinct values when the rows hold indices into them, else null. */
  dicts: (unknown[] | null)[];
  rows: unknown[][];
  errors: RowError[];
}

function dictionary(values: unknown[]): unknown[] | null {
  const distinct = new Set(values);
  return distinct.size <= Math.max(64, values.length / 8) && values.some((v) => typeof v === 'string') ? [...distinct] : null;
}

export function packClaims(parsed: ParsedClaims): PackedClaims {
  const dicts = CLAIM_COLUMNS.map((k) => dictionary(parsed.claims.map((c) => c[k])));
  const index = dicts.map((d) => (d ? new Map(d.map((v, i) => [v, i])) : null));
  const rows = parsed.claims.map((c) => CLAIM_COLUMNS.map((k, i) => (index[i] ? index[i].get(c[k]) : c[k])));
  return { columns: [...CLAIM_COLUMNS], dicts, rows, errors: parsed.errors };
}

/**
 * Builds claims with one object literal listing every column, generated from CLAIM_COLUMNS: V8
 * then gives all the claims one shape, which is several times faster to build and to read than
 * objects filled key by key.
 */
function rowReader(dicts: (unknown[] | null)[]): (row: unknown[]) => Claim {
  const fields = CLAIM_COLUMNS.map((k, i) => `${JSON.stringify(k)}: ${dicts[i] ? `d[${i}][r[${i}]]` : `r[${i}]`}`);
  const make = new Function('d', 'r', `return {${fields.join(', ')}};`) as (d: unknown, r: unknown[]) => Claim;
  return (row) => make(dicts, row);
}

export function unpackClaims(packed: PackedClaims): ParsedClaims {
  if (packed.columns.join() !== CLAIM_COLUMNS.join()) throw new Error('the packed claims were built for other columns');
  return { claims: packed.rows.map(rowReader(packed.dicts)), errors: packed.errors };
}
