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
