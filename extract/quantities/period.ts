import type { Claim } from '../../contract/schema';

/**
 * The period a question is about. Claims answer one question when their periods are the same
 * year, or overlap or touch as one short episode (the end of one year and the first days of the
 * next; "1937-38"); a total over a long span answers only a question over about as long a span.
 */

export interface YearSpan {
  from: number;
  to: number;
}

/**
 * How many years one episode may run: "1937-39", "the late 1930s", "discharged in 1937-38 and
 * still out in 1940".
 */
export const EPISODE_YEARS = 4;

/**
 * Two long spans match only when they share at least this share of the longer one: 1934-47 and
 * 1939-53 are "the Stalin years", 1930-39 and 1934-47 two different stretches.
 */
const SPAN_RATIO = 1 / 2;

/**
 * Only a closed period places a figure: "by May 1940" or "after 1938" says when a count was
 * taken or began, not which years it is about (reinstated by 1940 = purged in 1937-38).
 */
export function periodOfClaim(c: Pick<Claim, 'year_from' | 'year_to'>): YearSpan | null {
  return c.year_from === null || c.year_to === null ? null : { from: c.year_from, to: c.year_to };
}

export const lengthOf = (p: YearSpan) => p.to - p.from + 1;

export const unionOf = (a: YearSpan, b: YearSpan): YearSpan => ({ from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) });

/** One episode, or two spans of about one length over about the same years. */
export function samePeriod(a: YearSpan, b: YearSpan): boolean {
  const touch = a.from <= b.to + 1 && b.from <= a.to + 1;
  if (!touch) return false;
  if (lengthOf(unionOf(a, b)) <= EPISODE_YEARS) return true;
  const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from) + 1;
  return overlap >= Math.max(lengthOf(a), lengthOf(b)) * SPAN_RATIO;
}
