import { samePopulation, type Features } from './features';
import { EPISODE_YEARS, lengthOf, samePeriod, unionOf, type Period } from './period';

/**
 * Claims of one block (one measure of one population) → the questions they answer. Dated claims
 * gather around the years most claims speak of, so that "the end of 1938" and "January 1939"
 * meet before either is drawn into 1937 or 1940. An undated claim joins the question its
 * estimator's same figure answers elsewhere (an echo), else the only question of its block, else
 * the undated rivals of its own passage.
 */

export interface Group {
  members: Features[];
  /** The body of people its members count, once one of them names it. */
  population: string;
  /** The years of the first claim: a group never drifts away from them. */
  seed: Period | null;
  period: Period | null;
}

const fitsYears = (g: Group, p: Period) => g.seed !== null && g.period !== null && samePeriod(g.seed, p) && samePeriod(g.period, p);

/** Figures about people at large meet any question; a named body of people only its own. */
const accepts = (g: Group, f: Features) => samePopulation(g.population, f.population);

function join(g: Group, f: Features): void {
  g.members.push(f);
  g.population ||= f.population;
}

/** How many short-dated claims of the block speak of each year. */
function yearCounts(dated: readonly Features[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { period } of dated)
    if (period && lengthOf(period) <= EPISODE_YEARS)
      for (let y = period.from; y <= period.to; y++) counts.set(y, (counts.get(y) ?? 0) + 1);
  return counts;
}

function densityOf(p: Period, counts: Map<number, number>): number {
  let most = 0;
  for (let y = p.from; y <= p.to; y++) most = Math.max(most, counts.get(y) ?? 0);
  return most;
}

/** Short periods first, the busiest years first among them, then earlier years, then document order. */
function seedOrder(dated: readonly Features[]): Features[] {
  const counts = yearCounts(dated);
  const keyed = dated.map((f) => ({ f, p: f.period!, density: densityOf(f.period!, counts) }));
  keyed.sort(
    (a, b) =>
      lengthOf(a.p) - lengthOf(b.p) ||
      b.density - a.density ||
      a.p.from - b.p.from ||
      a.f.claim.doc.localeCompare(b.f.claim.doc) ||
      a.f.claim.start - b.f.claim.start
  );
  return keyed.map((k) => k.f);
}

/** Groups by the years they cover, so a claim looks only at groups near its own years. */
class YearIndex {
  private readonly byYear = new Map<number, Group[]>();
  private readonly order = new Map<Group, number>();

  add(g: Group, from: number, to: number): void {
    if (!this.order.has(g)) this.order.set(g, this.order.size);
    for (let y = from; y <= to; y++) {
      const groups = this.byYear.get(y);
      if (!groups) this.byYear.set(y, [g]);
      else if (!groups.includes(g)) groups.push(g);
    }
  }

  /** The oldest group whose years and people the claim fits. */
  find(f: Features, p: Period): Group | undefined {
    let best: Group | undefined;
    for (let y = p.from - 1; y <= p.to + 1; y++)
      for (const g of this.byYear.get(y) ?? [])
        if ((!best || this.order.get(g)! < this.order.get(best)!) && fitsYears(g, p) && accepts(g, f)) best = g;
    return best;
  }
}

function groupDated(dated: readonly Features[]): Group[] {
  const index = new YearIndex();
  const groups: Group[] = [];
  for (const f of seedOrder(dated)) {
    const p = f.period!;
    const g = index.find(f, p);
    if (g) {
      join(g, f);
      g.period = unionOf(g.period!, p);
      index.add(g, g.period.from, g.period.to);
    } else {
      const created: Group = { members: [f], population: f.population, seed: p, period: p };
      groups.push(created);
      index.add(created, p.from, p.to);
    }
  }
  return groups;
}

/**
 * A quantity has two claims that are not one figure repeated by one source in one passage: two
 * estimates, or one estimate echoed in another passage.
 */
export function isQuantity(g: Group): boolean {
  const [first, ...rest] = g.members;
  return (
    first !== undefined &&
    rest.some((m) => m.estimate !== first.estimate || passageOf(m) !== passageOf(first))
  );
}

function echoes(groups: readonly Group[]): Map<string, Group> {
  const byEstimate = new Map<string, Group>();
  for (const g of groups)
    for (const m of g.members) if (hasEstimator(m) && !byEstimate.has(m.estimate)) byEstimate.set(m.estimate, g);
  return byEstimate;
}

const hasEstimator = (f: Features) => !f.estimate.startsWith('|');
const passageOf = (f: Features) => `${f.claim.doc}\u0000${f.claim.passage_id}`;
const paragraphOf = (f: Features) => `${passageOf(f)}\u0000${f.claim.line}`;

/**
 * How many figures on either side of a figure in its paragraph speak to it: in a very long
 * paragraph, figures further away are about other things (and looking at all of them would make
 * the work grow with the square of the paragraph).
 */
export const NEIGHBOURS = 8;

/** The block's figures in the order of their paragraphs, and the question each sits in so far. */
class Placed {
  private readonly group = new Map<Features, Group>();
  private readonly paragraphs = new Map<string, Features[]>();
  private readonly position = new Map<Features, number>();

  constructor(block: readonly Features[]) {
    for (const f of block) {
      const paragraph = this.paragraphs.get(paragraphOf(f));
      if (paragraph) paragraph.push(f);
      else this.paragraphs.set(paragraphOf(f), [f]);
    }
    for (const paragraph of this.paragraphs.values()) {
      paragraph.sort((a, b) => a.claim.start - b.claim.start);
      paragraph.forEach((f, i) => this.position.set(f, i));
    }
  }

  add(f: Features, g: Group): void {
    this.group.set(f, g);
  }

  /** The placed figures near this one in its paragraph whose question could take it in. */
  private neighbours(f: Features): { before: Features[]; after: Features[] } {
    const paragraph = this.paragraphs.get(paragraphOf(f)) ?? [];
    const at = this.position.get(f) ?? 0;
    const fits = (o: Features) => o !== f && this.group.has(o) && accepts(this.group.get(o)!, f);
    return {
      before: paragraph.slice(Math.max(0, at - NEIGHBOURS), at).filter(fits),
      after: paragraph.slice(at + 1, at + 1 + NEIGHBOURS).filter(fits)
    };
  }

  /** The question of the nearest figure in the same sentence: "115,922 deaths, not 2,000,000". */
  sentenceGroup(f: Features): Group | undefined {
    const { before, after } = this.neighbours(f);
    const best = [...before, ...after]
      .filter((o) => o.claim.quote === f.claim.quote)
      .sort((a, b) => distance(a, f) - distance(b, f))[0];
    return best && this.group.get(best);
  }

  /**
   * The question of the other figures in its paragraph, when they all answer one: those before
   * it, else those after it ("earlier estimates of 25-50% ... in fact 7.7% in 1937").
   */
  paragraphGroup(f: Features): Group | undefined {
    const { before, after } = this.neighbours(f);
    const groups = new Set((before.length ? before : after).map((o) => this.group.get(o)!));
    return groups.size === 1 ? [...groups][0] : undefined;
  }
}

const distance = (a: Features, b: Features) => Math.abs(a.claim.start - b.claim.start);

/** Undated groups of different passages that hold one estimator's same figure are one question. */
function mergeEchoes(groups: readonly Group[]): Group[] {
  const byEstimate = new Map<string, Group>();
  const merged: Group[] = [];
  for (const g of groups) {
    const into = g.members.filter(hasEstimator).map((m) => byEstimate.get(m.estimate)).find((x) => x !== undefined);
    if (into) for (const m of g.members) join(into, m);
    else merged.push(g);
    for (const m of g.members) if (hasEstimator(m) && !byEstimate.has(m.estimate)) byEstimate.set(m.estimate, into ?? g);
  }
  return merged;
}

/** The one question of the block about these people, when there is exactly one. */
function onlyQuestion(f: Features, questions: readonly Group[]): Group | undefined {
  if (!f.population) return undefined;
  const same = questions.filter((g) => g.population === f.population);
  return same.length === 1 ? same[0] : undefined;
}

/**
 * Undated groups about one named body of people, in a block with no dated question about it,
 * are one question: several works giving the officers purged without a year.
 */
function mergeByPopulation(groups: readonly Group[], questions: readonly Group[]): Group[] {
  const dated = new Set(questions.map((q) => q.population));
  const byPopulation = new Map<string, Group>();
  return groups.filter((g) => {
    if (!g.population || dated.has(g.population)) return true;
    const into = byPopulation.get(g.population);
    if (!into) {
      byPopulation.set(g.population, g);
      return true;
    }
    for (const m of g.members) join(into, m);
    return false;
  });
}

function placeUndated(block: readonly Features[], undated: readonly Features[], dated: readonly Group[]): Group[] {
  const byEstimate = echoes(dated);
  const questions = dated.filter(isQuantity);
  const placed = new Placed(block);
  for (const g of dated) for (const m of g.members) placed.add(m, g);
  const own: Group[] = [];
  const ownOfParagraph = new Map<string, Group>();
  for (const f of undated) {
    const paragraphs = ownOfParagraph.get(paragraphOf(f));
    let home =
      byEstimate.get(f.estimate) ??
      placed.sentenceGroup(f) ??
      placed.paragraphGroup(f) ??
      onlyQuestion(f, questions) ??
      (paragraphs && accepts(paragraphs, f) ? paragraphs : undefined);
    if (!home) {
      home = { members: [], population: f.population, seed: null, period: null };
      own.push(home);
      ownOfParagraph.set(paragraphOf(f), home);
    }
    join(home, f);
    placed.add(f, home);
  }
  return mergeByPopulation(mergeEchoes(own), questions);
}

/** The questions of one block's claims; every claim is in exactly one group. */
export function groupBlock(block: readonly Features[]): Group[] {
  const dated = groupDated(block.filter((f) => f.period !== null));
  const undated = placeUndated(block, block.filter((f) => f.period === null), dated);
  return [...dated, ...undated];
}
