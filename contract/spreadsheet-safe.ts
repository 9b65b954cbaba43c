/**
 * Cells that a spreadsheet would run as a formula get a leading apostrophe (papaparse's
 * escapeFormulae). A leading apostrophe is escaped too, so reading strips exactly one and every
 * string survives write → read unchanged. Kept apart from `csv.ts`, which needs zod, so that the
 * quantities' CSV (imported by the pages and the extraction worker) does not pull zod in.
 */
export const FORMULA_START = /^['=+\-@\t\r]/;
const ESCAPED = /^'['=+\-@\t\r]/;

export function unescapeCell(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
