import type { ParsedClaims } from '../../../contract/csv';

/**
 * Why the start of a file cannot be a CSV, or null when it may be one: a NUL byte, which no text
 * file holds, or bytes that are not UTF-8. A character cut by the end of the sample is not an
 * error: the decoder is told more may follow.
 */
export function notTextReason(sample: Uint8Array): string | null {
  if (sample.includes(0)) return 'it is not a text file';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return null;
  } catch {
    return 'it is not UTF-8 text';
  }
}

/**
 * What makes a parsed file unusable as a whole, or null when it holds claims to show: nothing
 * but a header problem (missing columns), or no rows at all. Rows that merely fail the schema are
 * listed beside the good ones instead.
 */
export function unusableReason(parsed: ParsedClaims): string | null {
  if (parsed.claims.length) return null;
  const header = parsed.errors.find((e) => e.row <= 1 && e.column !== '');
  if (header) return `it is not a claims CSV: it lacks the columns ${header.column}`;
  if (!parsed.errors.length) return 'it holds no claims';
  return null;
}
