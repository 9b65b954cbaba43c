import type { Claim } from '../../contract/schema';
import { familyOf } from './measure';
import { populationOf } from './population';

/**
 * A figure that names nothing it counts ("And Brown 4 million.", "In fact there were between
 * 90,000 and 120,000", "the real figure of 300,000") is a rival or a restatement of the figure
 * just before it in its paragraph, so it measures what that figure measures. Only uncategorised
 * figures of people or things are read so, and only close after a figure of the same unit.
 */

/** How far back (in characters) the figure it answers may be: about two short sentences. */
const REACH = 260;

const paragraphOf = (c: Claim) => `${c.doc}\u0000${c.line}`;

const elided = (c: Claim) => c.category === 'other' && familyOf(c) === null && populationOf(c) === '';

/** Claim index of an elided figure → the figure before it that it answers. */
export function antecedents(claims: readonly Claim[]): Map<number, Claim> {
  const paragraphs = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const p = paragraphs.get(paragraphOf(c));
    if (p) p.push(i);
    else paragraphs.set(paragraphOf(c), [i]);
  });
  const found = new Map<number, Claim>();
  for (const indices of paragraphs.values()) {
    indices.sort((a, b) => claims[a]!.start - claims[b]!.start);
    let last: Claim | null = null;
    for (const i of indices) {
      const c = claims[i]!;
      if (familyOf(c) !== null) last = c;
      else if (last && elided(c) && last.unit === c.unit && c.start - last.start <= REACH) found.set(i, last);
    }
  }
  return found;
}
