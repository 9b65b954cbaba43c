import type { ParsedClaims } from '../../../contract/csv';
import { sampleFault } from '../../../extract/io/readers/text';

/** Why the start of a file cannot be a CSV, or null when it may be one. */
export function notTextReason(sample: Uint8Array): string | null {
  const fault = sampleFault(sample);
  return fault === 'nul' ? 'it is not a text file' : fault === 'not-utf8' ? 'it is not UTF-8 text' : null;
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
