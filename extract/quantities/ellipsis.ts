import { group } from 'd3-array';
import type { Claim } from '../../contract/schema';
import { isDifference } from './measure';
import { clauseOf, endsClause, populationOf } from './population';
import { OF_A_POPULATION } from './vocabulary';

/**
 * A figure that names nothing it counts, the clause ending with it ("And Brown 4 million.", "In fact there were between
 * 90,000 and 120,000", "the real figure of 300,000") is a rival or a restatement of the figure
 * just before it in its paragraph, so it measures what that figure measures. Only uncategorised
 * figures of people or things are read so, and only close after a figure of the same unit.
 */

/** How far back (in characters) the figure it answers may be: about two short sentences. */
const REACH = 260;

/** Each claim's measure's family (measure.ts), by its index. */
type Families = readonly (string | null)[];

const measureless = (c: Claim, family: string | null) => c.category === 'other' && family === null && populationOf(c) === '';

const elided = (c: Claim, family: string | null) => measureless(c, family) && endsClause(c.quote, c.text);

/** One figure in one document: "Hollander's 1.5 million" restates the 1.5 million said of excess deaths. */
const figureOf = (c: Claim) => `${c.doc}\u0000${isShare(c) ? 'share' : c.unit === 'count' ? 'people' : c.unit}\u0000${c.value_low}|${c.value_high}`;

/**
 * A figure that names no measure but repeats one the same document gives with its measure ("the
 * relief agencies' 2 million", "Lindqvist's 150,000") restates it; only when the figures it could
 * repeat all measure one thing.
 */
function echoedFigures(claims: readonly Claim[], families: Families): Map<string, Claim> {
  const measured = group(
    [...claims.keys()].filter((i) => families[i] !== null && !isDifference(claims[i]!)),
    (i) => figureOf(claims[i]!)
  );
  const echoed = new Map<string, Claim>();
  for (const [figure, same] of measured) {
    const first = same.reduce((a, b) => (claims[b]!.start < claims[a]!.start ? b : a));
    if (same.every((i) => families[i] === families[first])) echoed.set(figure, claims[first]!);
  }
  return echoed;
}

/** Of one unit, or both shares: "12 per cent ... one in eight". */
const sameKind = (a: Claim, b: Claim) => a.unit === b.unit || (isShare(a) && isShare(b));
const isShare = (c: Claim) => c.unit === 'percent' || c.unit === 'fraction';

/** "one million people, or about .5% of the population": a share of a whole people restating the count before it. */
function restates(c: Claim, count: Claim): boolean {
  return (c.unit === 'percent' || c.unit === 'fraction') && c.quote === count.quote && count.unit === 'people' && OF_A_POPULATION.test(clauseOf(c.quote, c.text));
}

/**
 * Claim index of an elided figure, or of a share restating a count, → the figure before it that
 * it answers. One source's excess over another's ("invented 7 million extra") is no figure to answer.
 */
export function antecedents(claims: readonly Claim[], paragraphOf: readonly string[], families: Families): Map<number, Claim> {
  const found = elidedAntecedents(claims, paragraphOf, families);
  const echoed = echoedFigures(claims, families);
  claims.forEach((c, i) => {
    const echo = found.has(i) || !measureless(c, families[i]!) ? undefined : echoed.get(figureOf(c));
    if (echo) found.set(i, echo);
  });
  return found;
}

function elidedAntecedents(claims: readonly Claim[], paragraphOf: readonly string[], families: Families): Map<number, Claim> {
  const paragraphs = group(claims.keys(), (i) => paragraphOf[i]!);
  const found = new Map<number, Claim>();
  for (const indices of paragraphs.values()) {
    indices.sort((a, b) => claims[a]!.start - claims[b]!.start);
    let last: Claim | null = null;
    for (const i of indices) {
      const c = claims[i]!;
      if (isDifference(c)) continue;
      if (families[i] !== null) last = c;
      else if (last && c.start - last.start <= REACH && ((elided(c, null) && sameKind(last, c)) || restates(c, last))) found.set(i, last);
    }
  }
  return found;
}
