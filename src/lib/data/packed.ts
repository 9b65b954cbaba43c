import { CLAIM_COLUMNS, type Claim } from '../schema';
import type { ParsedClaims, RowError } from '../csv';

/**
 * The built-in dataset as shipped to the browser: claims already decoded and validated by the
 * schema at build time, one array per claim in CLAIM_COLUMNS order, their quotes and citations in
 * a second file (packText). Columns with few distinct
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

/**
 * The long text columns, shipped in a second file read after the first render: they are most of
 * the bytes, and a chart needs none of them.
 */
export const DEFERRED = ['quote', 'citation'] as const;
export type PackedText = Record<(typeof DEFERRED)[number], string[]>;

export function packText(parsed: ParsedClaims): PackedText {
  return { quote: parsed.claims.map((c) => c.quote), citation: parsed.claims.map((c) => c.citation) };
}

/** The claims with the deferred columns left empty; packText holds them. */
export function packClaims(parsed: ParsedClaims): PackedClaims {
  const blank = (c: Claim): Claim => ({ ...c, quote: '', citation: '' });
  const claims = parsed.claims.map(blank);
  const dicts = CLAIM_COLUMNS.map((k) => dictionary(claims.map((c) => c[k])));
  const index = dicts.map((d) => (d ? new Map(d.map((v, i) => [v, i])) : null));
  const rows = claims.map((c) => CLAIM_COLUMNS.map((k, i) => (index[i] ? index[i].get(c[k]) : c[k])));
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

/** The claims without their deferred columns (empty strings until withText fills them). */
export function unpackClaims(packed: PackedClaims): ParsedClaims {
  if (packed.columns.join() !== CLAIM_COLUMNS.join()) throw new Error('the packed claims were built for other columns');
  return { claims: packed.rows.map(rowReader(packed.dicts)), errors: packed.errors };
}

export function withText(claims: readonly Claim[], text: PackedText): Claim[] {
  if (text.quote.length !== claims.length) throw new Error('the claims text does not match the claims');
  return claims.map((c, i) => ({ ...c, quote: text.quote[i] ?? '', citation: text.citation[i] ?? '' }));
}
