import Papa from 'papaparse';
import { CLAIM_COLUMNS, claimSchema, safeDecodeClaim, type Claim } from './schema';
import { FORMULA_START, unescapeCell } from './spreadsheet-safe';


/**
 * A claim's cells, as the schema's codecs write them: papaparse writes a number as String(value)
 * and null as '', and tests only text cells for formulas. The claim is checked on the schema's
 * typed side, which throws the schema's error for an invalid one.
 */
function cellsOf(claim: Claim, columns: readonly (keyof Claim)[]): (string | number | null)[] {
  claimSchema.parse(claim);
  return columns.map((k) => claim[k]);
}

/**
 * The claims' records, each ending in "\n", without the header: chunks of one file join as is.
 * `columns` reorders them (a reader reads them by name); data/claims.csv keeps the contract's order.
 */
export function claimRowsCsv(claims: readonly Claim[], columns: readonly (keyof Claim)[] = CLAIM_COLUMNS): string {
  if (!claims.length) return '';
  return Papa.unparse(claims.map((c) => cellsOf(c, columns)), { escapeFormulae: FORMULA_START, newline: '\n', quotes: false, header: false }) + '\n';
}

/** The header record; the column names need no quoting. */
export const CSV_HEADER = `${CLAIM_COLUMNS.join(',')}\n`;

export function claimsToCsv(claims: readonly Claim[], columns: readonly (keyof Claim)[] = CLAIM_COLUMNS): string {
  return `${columns.join(',')}\n${claimRowsCsv(claims, columns)}`;
}

/** Records per part of claimsToUtf8: small enough that no large string is ever built. */
const RECORDS_PER_PART = 2000;

/**
 * The bytes of claimsToCsv, in parts that join to exactly them: a large file (50,000 claims) as
 * one string took as much memory again as the claims themselves, twice more to encode it.
 */
export function claimsToUtf8(claims: readonly Claim[], columns: readonly (keyof Claim)[] = CLAIM_COLUMNS): Uint8Array[] {
  const encoder = new TextEncoder();
  const parts = [encoder.encode(`${columns.join(',')}\n`)];
  for (let i = 0; i < claims.length; i += RECORDS_PER_PART) {
    parts.push(encoder.encode(claimRowsCsv(claims.slice(i, i + RECORDS_PER_PART), columns)));
  }
  return parts;
}

export interface RowError {
  /** 1-based line of the record in the CSV file (the header is line 1). */
  row: number;
  column: string;
  reason: string;
}

export interface ParsedClaims {
  claims: Claim[];
  errors: RowError[];
}

function missingColumns(fields: readonly string[] | undefined): string[] {
  const have = new Set(fields ?? []);
  return CLAIM_COLUMNS.filter((c) => !have.has(c));
}

/** Validate parsed records; row numbers count the header as row 1. */
export function validateRecords(records: Record<string, string>[], fields: string[] | undefined): ParsedClaims {
  const missing = missingColumns(fields);
  if (missing.length) {
    return { claims: [], errors: [{ row: 1, column: missing.join(', '), reason: 'missing column' }] };
  }
  const claims: Claim[] = [];
  const errors: RowError[] = [];
  records.forEach((rec, i) => {
    const clean: Record<string, string> = {};
    for (const k of CLAIM_COLUMNS) clean[k] = unescapeCell(rec[k] ?? '');
    const parsed = safeDecodeClaim(clean);
    if (parsed.success) claims.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        errors.push({ row: i + 2, column: String(issue.path[0] ?? ''), reason: issue.message });
  });
  return { claims, errors };
}

/** Parse a whole claims CSV text. Structural CSV errors are reported like validation errors. */
export function parseClaimsCsv(text: string): ParsedClaims {
  const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const parsed = validateRecords(res.data, res.meta.fields);
  const structural = res.errors.map((e) => ({
    row: (e.row ?? 0) + 2,
    column: '',
    reason: e.message
  }));
  return { claims: parsed.claims, errors: [...structural, ...parsed.errors] };
}
