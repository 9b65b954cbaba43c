import type { Features } from './features';
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
  /** The years of the first claim: a group never drifts away from them. */
  seed: Period | null;
  period: Period | null;
}

const fits = (g: Group, p: Period) => g.seed !== null && g.period !== null && samePeriod(g.seed, p) && samePeriod(g.period, p);

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

  /** The oldest group whose years the period fits. */
  find(p: Period): Group | undefined {
    const near = new Set<Group>();
    for (let y = p.from - 1; y <= p.to + 1; y++) for (const g of this.byYear.get(y) ?? []) near.add(g);
    return [...near].filter((g) => fits(g, p)).sort((a, b) => this.order.get(a)! - this.order.get(b)!)[0];
  }
}

function groupDated(dated: readonly Features[]): Group[] {
  const index = new YearIndex();
  const groups: Group[] = [];
  for (const f of seedOrder(dated)) {
    const p = f.period!;
    const g = index.find(p);
    if (g) {
      g.members.push(f);
      g.period = unionOf(g.period!, p);
      index.add(g, g.period.from, g.period.to);
    } else {
      const created: Group = { members: [f], seed: p, period: p };
      groups.push(created);
      index.add(created, p.from, p.to);
    }
  }
  return groups;
}

function echoes(groups: readonly Group[]): Map<string, Group> {
  const byEstimate = new Map<string, Group>();
  for (const g of groups)
    for (const m of g.members) if (!m.estimate.startsWith('|') && !byEstimate.has(m.estimate)) byEstimate.set(m.estimate, g);
  return byEstimate;
}

/**
 * A quantity has two claims that are not one figure repeated by one source in one passage: two
 * estimates, or one estimate echoed in another passage.
 */
export function isQuantity(g: Group): boolean {
  const [first, ...rest] = g.members;
  return first !== undefined && rest.some((m) => m.estimate !== first.estimate || m.claim.passage_id !== first.claim.passage_id || m.claim.doc !== first.claim.doc);
}

function placeUndated(undated: readonly Features[], dated: readonly Group[]): Group[] {
  const byEstimate = echoes(dated);
  const questions = dated.filter(isQuantity);
  const only = questions.length === 1 ? questions[0] : undefined;
  const byPassage = new Map<string, Group>();
  for (const f of undated) {
    const home = byEstimate.get(f.estimate) ?? only;
    if (home) {
      home.members.push(f);
      continue;
    }
    const passage = `${f.claim.doc}\u0000${f.claim.passage_id}`;
    const group = byPassage.get(passage);
    if (group) group.members.push(f);
    else byPassage.set(passage, { members: [f], seed: null, period: null });
  }
  return [...byPassage.values()];
}

/** The questions of one block's claims; every claim is in exactly one group. */
export function groupBlock(block: readonly Features[]): Group[] {
  const dated = groupDated(block.filter((f) => f.period !== null));
  const undated = placeUndated(block.filter((f) => f.period === null), dated);
  return [...dated, ...undated];
}
