import type { Claim } from '../../contract/schema';
import { wordsBefore } from './population';
import { PART_AFTER, PART_BEFORE } from './vocabulary';

/**
 * A figure limited to a part of what its sentence speaks of ("in the workhouses alone, 283,000
 * died", "starvation deaths alone", "4.5 million displaced, of whom 3 million returned") is a part
 * of a total, not a rival of it: it answers the question of that part. Read as the words naming
 * the part (`workhouses`), or `part` when only "of whom" says so; '' for a figure of no part.
 */

/** How far before the figure the words limiting it may stand: "In the workhouses alone, the returns recorded". */
const REACH = 80;

const slug = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, '-');

/** The words every part rule needs, tested first: most figures have none of them. */
const CUE = /\b(?:alone|only|whom|which|these|them)\b/i;

export function partOf(claim: Pick<Claim, 'quote' | 'text' | 'counted'>): string {
  const before = wordsBefore(claim.quote, claim.text, REACH);
  if (!CUE.test(before) && !CUE.test(claim.counted)) return '';
  const named = PART_BEFORE.exec(before) ?? PART_AFTER.exec(claim.counted);
  if (named) return slug(named[1]!);
  return /\bof (?:whom|which|these|them)\s+(?:\S+\s+)?$/i.test(before) ? 'part' : '';
}
