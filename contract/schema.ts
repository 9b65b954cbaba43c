import { z } from 'zod';
import { CATEGORIES, QUALIFIERS, SCOPES, UNITS } from './claim-fields';

/**
 * The one definition of a claim. Each field is a codec between its CSV cell (a string) and its
 * typed value, so the TypeScript type and the validation of both the extractor's output and a
 * user's uploaded file all come from this object. Its columns and enumerations live in
 * `claim-fields.ts`, which the pages import without pulling in zod.
 */

export { CATEGORIES, CLAIM_COLUMNS, QUALIFIERS, SCOPES, UNITS, type Category, type Qualifier, type Scope, type Unit } from './claim-fields';

const NUMBER_CELL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const numberCell = (schema: z.ZodNumber) =>
  z.codec(z.string().trim().regex(NUMBER_CELL, 'expected a number'), schema, {
    decode: (s) => Number(s),
    encode: (n) => String(n)
  });

const intCell = (schema: z.ZodNumber) =>
  z.codec(z.string().trim().regex(/^\d+$/, 'expected a whole number'), schema, {
    decode: (s) => Number(s),
    encode: (n) => String(n)
  });

const optionalIntCell = (digits: string, message: string, schema: z.ZodNumber) =>
  z.codec(z.string().trim().regex(new RegExp(`^(\\d${digits})?$`), message), schema.nullable(), {
    decode: (s) => (s === '' ? null : Number(s)),
    encode: (n) => (n === null ? '' : String(n))
  });

const optionalYearCell = optionalIntCell('{1,4}', 'expected a year or nothing', z.number().int().min(0).max(9999));

const nonEmpty = z.string().min(1, 'must not be empty');
const value = numberCell(z.number().nonnegative().finite());

/** Each column's cell codec, or plain schema where the cell is the value. */
const cells = {
    claim_id: nonEmpty,
    doc: nonEmpty,
    section: z.string(),
    passage_id: nonEmpty,
    line: intCell(z.number().int().positive()),
    start: intCell(z.number().int().nonnegative()),
    end: intCell(z.number().int().positive()),
    text: nonEmpty,
    value_low: value,
    value_high: value,
    value: value,
    qualifier: z.enum(QUALIFIERS),
    unit: z.enum(UNITS),
    category: z.enum(CATEGORIES),
    counted: z.string(),
    year_from: optionalYearCell,
    year_to: optionalYearCell,
    attributed_to: z.string(),
    source_author: z.string(),
    source_title: z.string(),
    source_year: optionalYearCell,
    source_pages: z.string(),
    citation: z.string(),
    quote: z.string(),
    scope: z.enum(SCOPES),
    estimator: z.string(),
    quantity: z.string(),
    passage_start: intCell(z.number().int().nonnegative()),
    passage_end: intCell(z.number().int().nonnegative()),
    /** The PDF page the claim is on; empty for other documents. */
    page: optionalIntCell('+', 'expected a page number or nothing', z.number().int().positive())
  };

/** What no single cell can say: a range runs low to high, a span start to end. */
type Checked = { value_low: number; value_high: number; start: number; end: number; passage_start: number; passage_end: number };
const withClaimChecks = <T extends z.ZodType<Checked>>(schema: T) =>
  schema
    .refine((c) => c.value_low <= c.value_high, { message: 'value_low must not exceed value_high', path: ['value_high'] })
    .refine((c) => c.start < c.end, { message: 'start must be before end', path: ['end'] })
    .refine((c) => c.passage_start <= c.start && c.end <= c.passage_end, {
      message: 'the claim must lie inside its passage',
      path: ['passage_end']
    });

export const claimCodec = withClaimChecks(z.object(cells));

type Cells = typeof cells;
type Typed<S> = S extends z.ZodCodec<z.ZodType, infer Out> ? Out : S;

/**
 * The typed side of every cell, with the same checks: a claim that passes it writes cells that
 * decode back to itself, so the extractor checks its claims here, three times faster than making
 * their cells twice.
 */
export const claimSchema = withClaimChecks(
  z.object(
    Object.fromEntries(
      Object.entries(cells).map(([k, s]) => [k, s instanceof z.ZodCodec ? s.out : s])
    ) as { [K in keyof Cells]: Typed<Cells[K]> }
  )
);

export type Claim = z.output<typeof claimCodec>;
export type ClaimRow = z.input<typeof claimCodec>;

export const safeDecodeClaim = (row: unknown) => claimCodec.safeDecode(row as ClaimRow);
