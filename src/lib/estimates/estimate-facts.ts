import { periodText, yearsSpanned } from '../../../contract/period';
import type { Estimate } from '../../../contract/quantities';
import type { Claim } from '../../../contract/schema';
import { shortAuthor } from '../format';

/**
 * When the Soviet archives opened to historians: the quantity page draws a line before the first
 * estimate published from then on, so a reader sees how the figures moved.
 */
export const ARCHIVES_OPENED = 1989;

/** Where the archives line goes among estimates in order of first publication; null if all fall on one side. */
export function archivesLine(estimates: readonly Pick<Estimate, 'first_published'>[]): number | null {
  const i = estimates.findIndex((e) => e.first_published !== null && e.first_published >= ARCHIVES_OPENED);
  const before = estimates.slice(0, Math.max(0, i)).some((e) => e.first_published !== null);
  return i > 0 && before ? i : null;
}

/** The years an estimate is about, over all the works that give it. */
export function estimatePeriod(e: Pick<Estimate, 'claims'>): string {
  const { year_from, year_to } = yearsSpanned(e.claims);
  return periodText(year_from, year_to);
}

/** "Getty and Manning 1993, p. 248": the work that gives a claim, as a reader would cite it. */
export function workLabel(c: Claim): string {
  const who = shortAuthor(c.source_author) || c.doc;
  return `${who} ${c.source_year ?? 'n.d.'}${c.source_pages ? `, p. ${c.source_pages}` : ''}`;
}
