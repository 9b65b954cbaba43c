import type { Claim } from './schema';

/**
 * A claim's columns and the values its enumerated fields take, without zod. The pages need these
 * to unpack and filter the built-in claims; zod, a third of the home page's JavaScript, is only
 * needed to check a user's file (in the parser's workers) or to write a CSV (loaded on demand).
 * `schema.ts` builds its codec over these, and `tests/csv.test.ts` checks that the codec's
 * columns are exactly CLAIM_COLUMNS.
 */

export const QUALIFIERS = ['exact', 'about', 'at_least', 'at_most'] as const;
export const UNITS = [
  'people', 'years', 'months', 'weeks', 'days', 'hours', 'rubles', 'dollars',
  'percent', 'fraction', 'times', 'km', 'miles', 'count', 'other'
] as const;
export const CATEGORIES = [
  'camp_population', 'arrests', 'convictions', 'executions', 'deaths', 'releases',
  'deportations', 'expulsions', 'sentence_length', 'other'
] as const;

export const SCOPES = ['system', 'local', 'individual'] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
export type Unit = (typeof UNITS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Scope = (typeof SCOPES)[number];

/** The CSV columns, in their required order. */
export const CLAIM_COLUMNS: (keyof Claim)[] = [
  'claim_id', 'doc', 'section', 'passage_id', 'line', 'start', 'end', 'text', 'value_low',
  'value_high', 'value', 'qualifier', 'unit', 'category', 'counted', 'year_from', 'year_to',
  'attributed_to', 'source_author', 'source_title', 'source_year', 'source_pages', 'citation', 'quote',
  'scope', 'estimator', 'quantity', 'passage_start', 'passage_end', 'page'
];
