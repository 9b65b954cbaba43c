import { samePopulation, type Features } from './features';
import type { YearSpan } from './period';
import { CONTRAST } from './vocabulary';

/** A question being gathered: its members and what they have in common so far. */
export interface Group {
  members: Features[];
  /** The body of people its members count, once one of them names it. */
  population: string;
  /** The years of the first claim: a group never drifts away from them. */
  seed: YearSpan | null;
  period: YearSpan | null;
  /** The lowest and highest of its counts (shares aside), null before the first count. */
  scale: { low: number; high: number } | null;
}

/** A new group with this one figure, or none, of the given years. */
export function groupOf(f: Features | null, population: string, period: YearSpan | null): Group {
  const g: Group = { members: [], population, seed: period, period, scale: null };
  if (f) join(g, f);
  return g;
}

/** Figures about people at large meet any question; a named body of people only its own. */
export const accepts = (g: Group, f: Features) => samePopulation(g.population, f.population);

export function join(g: Group, f: Features): void {
  g.members.push(f);
  g.population ||= f.population;
  if (f.kind === 'share') return;
  const { value_low: low, value_high: high } = f.claim;
  g.scale = g.scale ? { low: Math.min(g.scale.low, low), high: Math.max(g.scale.high, high) } : { low, high };
}

export const passageOf = (f: Features) => `${f.claim.doc}\u0000${f.claim.passage_id}`;

/**
 * Where one source speaks: a quoted passage closed by its citation, or, in a text that cites no
 * source (an encyclopedia page, a wire, whose "passage" may be the whole text), one paragraph.
 */
const sourceSpanOf = (f: Features) => (f.claim.citation ? passageOf(f) : f.paragraph);

/**
 * A quantity has two claims that are not one figure repeated by one source in one passage: two
 * estimators, or one passage and another (an echo, or the same source's figure in another
 * work). Different figures from one source in one passage are parts of a whole or different
 * things ("300 got scholarships, 12,000 were freed"), not rival answers, unless the passage sets
 * them against each other ("20,000 deaths, not 90,000"): then the source reports its rival's figure.
 */
export function isQuantity(g: Group): boolean {
  const [first, ...rest] = g.members;
  const estimator = (f: Features) => f.claim.estimator.trim().toLowerCase();
  // One estimate however often echoed (one source's figure in several of its passages) is no contest.
  if (first === undefined || new Set(g.members.map((m) => m.estimate)).size < 2) return false;
  if (rest.some((m) => estimator(m) !== estimator(first) || sourceSpanOf(m) !== sourceSpanOf(first))) return true;
  const figures = new Set(g.members.map((m) => `${m.claim.value_low}|${m.claim.value_high}`));
  return figures.size > 1 && g.members.some((m) => CONTRAST.test(m.claim.quote));
}

export const paragraphOf = (f: Features) => f.paragraph;

/**
 * How many figures on either side of a figure in its paragraph speak to it: in a very long
 * paragraph, figures further away are about other things (and looking at all of them would make
 * the work grow with the square of the paragraph).
 */
export const NEIGHBOURS = 8;
