import { z } from 'zod';
import { CATEGORIES, QUALIFIERS, SCOPES, UNITS } from '../../contract/schema';
import { InputError } from '../errors';
import { firstIssue, parseJson } from './gold-json';
import { EXCLUSION_REASONS } from '../refiners/exclusions';

/**
 * A hand-labelled gold file (JSONL, one labelled passage per line) as described in
 * docs/SCHEMA.md. Gold names no document: it is always read together with the source it labels.
 */

const line = z.number().int().positive();
const year = z.number().int().min(0).max(9999).nullable();

/** Where an item sits: `text` as written on `line`, the `occurrence`-th time it appears there. */
const spanItem = z.object({
  line,
  text: z.string().min(1),
  occurrence: z.number().int().positive().optional()
});

export const goldClaimSchema = spanItem.extend({
  value_low: z.number().nonnegative(),
  value_high: z.number().nonnegative(),
  qualifier: z.enum(QUALIFIERS),
  unit: z.enum(UNITS),
  category: z.enum(CATEGORIES),
  year_from: year,
  year_to: year,
  attributed_to: z.string().nullable(),
  counted: z.string(),
  // Optional so that gold labelled before scope existed still reads; only labelled claims are scored.
  scope: z.enum(SCOPES).optional(),
  // No gold file labels this yet; GUIDELINES.md scores it, so a file that does is honoured.
  source_year: year.optional()
});

export const goldPassageSchema = z
  .object({
    pid: z.string().min(1),
    first_line: line,
    last_line: line,
    citation_line: line.nullable(),
    source_year: year.optional(),
    claims: z.array(goldClaimSchema),
    excluded: z.array(spanItem.extend({ reason: z.enum(EXCLUSION_REASONS) })),
    vague: z.array(spanItem)
  })
  .superRefine((p, ctx) => {
    if (p.first_line > p.last_line)
      ctx.addIssue({ code: 'custom', path: ['last_line'], message: 'last_line is before first_line' });
    const outside = (l: number) => l < p.first_line || l > p.last_line;
    if (p.citation_line !== null && outside(p.citation_line))
      ctx.addIssue({ code: 'custom', path: ['citation_line'], message: 'outside the passage' });
    for (const kind of ['claims', 'excluded', 'vague'] as const)
      p[kind].forEach((item, i) => {
        if (outside(item.line))
          ctx.addIssue({ code: 'custom', path: [kind, i, 'line'], message: 'outside the passage' });
      });
  });

export type GoldPassage = z.output<typeof goldPassageSchema>;
export type GoldClaim = GoldPassage['claims'][number];
export type GoldSpanItem = z.output<typeof spanItem>;

function parseGoldLine(raw: string, lineNo: number): GoldPassage {
  const parsed = goldPassageSchema.safeParse(parseJson(raw, lineNo));
  if (parsed.success) return parsed.data;
  throw new InputError(firstIssue(parsed.error, 'invalid passage'), undefined, lineNo);
}

/** Parse a gold JSONL text; blank lines are allowed. Throws InputError at the first bad line. */
export function parseGoldJsonl(text: string): GoldPassage[] {
  const passages: GoldPassage[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() !== '') passages.push(parseGoldLine(raw, i + 1));
  });
  return passages;
}
