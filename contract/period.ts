import type { Claim } from './schema';

/**
 * The years claims speak of, and their words, for the quantities' labels and every page alike;
 * a module of its own so the pages take it without the quantities' CSV code.
 */

export type Years = Pick<Claim, 'year_from' | 'year_to'>;

/** The first and last year the claims speak of, an open end taken as its other end. */
export function yearsSpanned(claims: readonly Years[]): Years {
  const froms = claims.map((c) => c.year_from ?? c.year_to).filter((y): y is number => y !== null);
  const tos = claims.map((c) => c.year_to ?? c.year_from).filter((y): y is number => y !== null);
  return { year_from: froms.length ? Math.min(...froms) : null, year_to: tos.length ? Math.max(...tos) : null };
}

/** "1937", "1937–1938", "from 1939", "up to 1921", or '' for no years: every period shown in words. */
export function periodText(from: number | null, to: number | null): string {
  if (from === null && to === null) return '';
  if (from === null) return `up to ${to}`;
  if (to === null) return `from ${from}`;
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * A quantity's period as its key writes it (`1937-1938`, `1937`, `by-1940`, `from-1939`,
 * `undated`). The grouping decides the period once, when it forms the question, from the years
 * its figures have and inherit from their text; the label and the year columns read it back from
 * the key (`periodOfKey`), so the three never disagree.
 */
export function periodSlug({ year_from: from, year_to: to }: Years): string {
  if (from === null && to === null) return 'undated';
  if (from === null) return `by-${to}`;
  if (to === null) return `from-${from}`;
  return from === to ? String(from) : `${from}-${to}`;
}

const SLUG = /^(?:(\d+)(?:-(\d+))?|by-(\d+)|from-(\d+))$/;

const yearOf = (digits: string | undefined) => (digits === undefined ? null : Number(digits));

/** The period of a quantity key (`category:period:who…`); no years when its period part is none. */
export function periodOfKey(key: string): Years {
  const m = SLUG.exec(key.split(':')[1] ?? '');
  if (!m) return { year_from: null, year_to: null };
  const [, from, to, by, since] = m;
  if (from !== undefined) return { year_from: yearOf(from), year_to: yearOf(to ?? from) };
  return { year_from: yearOf(since), year_to: yearOf(by) };
}
