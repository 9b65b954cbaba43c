import type { Features } from './features';
import { groupOf, join, type Group } from './question';
import { EPISODE_YEARS, lengthOf, samePeriod, unionOf, type YearSpan } from './period';

/**
 * Dated claims of one block → questions. Claims gather around the years most claims speak of, so
 * that "the end of 1938" and "January 1939" meet before either is drawn into 1937 or 1940, and a
 * group never drifts from the years it started with. Years alone would put prisoners freed in
 * 1939 with officers reinstated in 1939, so dated claims gather only with the same people; an
 * undated one is tied to a named body by its sentence or paragraph instead (undated.ts).
 */

/**
 * Rival counts of one question can differ two hundredfold (a polemic's 2 million camp deaths
 * against an apologist's 10,000); a gap of several hundredfold (one camp's 15,000 against the
 * Gulag's 8 million) is a part against a whole or another question.
 */
const WIDEST_GAP = 250;

/** A count so far below or above the group's counts that it cannot be a rival of them all. */
function fitsScale(g: Group, f: Features): boolean {
  if (f.kind === 'share' || g.scale === null) return true;
  return f.claim.value_high * WIDEST_GAP >= g.scale.high && f.claim.value_low <= g.scale.low * WIDEST_GAP;
}

const contains = (outer: YearSpan, inner: YearSpan) => outer.from <= inner.from && inner.to <= outer.to;

/**
 * Near the first claim's years, or spanning them ("1936-40" for a group begun with 1937) without
 * being a far longer era (1918-53 is not "the Stalin years" of 1934-47), and like the group's
 * years so far.
 */
const fitsYears = (g: Group, f: Features, p: YearSpan) =>
  g.seed !== null &&
  g.period !== null &&
  (samePeriod(g.seed, p) || spans(p, g.seed)) &&
  samePeriod(g.period, p) &&
  (f.family === STOCK || f.kind !== 'count' || comparableTotals(g.seed, p));

/** A stock is counted at a date, so its years place the count; everything else is a flow summed over its years. */
const STOCK = 'held';

/**
 * A flow's total over one year is a part of its total over three or more ("400,000 died in 1847"
 * against "300,000 in 1846-1849"), and the totals of two different years are a series, a yearly
 * table's rows, not rivals: totals answer one question only over spans of about one length.
 */
function comparableTotals(a: YearSpan, b: YearSpan): boolean {
  if (lengthOf(a) === 1 && lengthOf(b) === 1) return a.from === b.from;
  return 3 * Math.min(lengthOf(a), lengthOf(b)) > Math.max(lengthOf(a), lengthOf(b));
}

const spans = (outer: YearSpan, inner: YearSpan) =>
  contains(outer, inner) && lengthOf(outer) <= Math.max(EPISODE_YEARS + 1, 2 * lengthOf(inner));

/** How many short-dated claims of the block speak of each year. */
function yearCounts(dated: readonly Features[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { period } of dated)
    if (period && lengthOf(period) <= EPISODE_YEARS)
      for (let y = period.from; y <= period.to; y++) counts.set(y, (counts.get(y) ?? 0) + 1);
  return counts;
}

function densityOf(p: YearSpan, counts: Map<number, number>): number {
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

  /** The oldest group of the same people whose years the claim fits. */
  find(f: Features, p: YearSpan): Group | undefined {
    let best: Group | undefined;
    for (let y = p.from - 1; y <= p.to + 1; y++)
      for (const g of this.byYear.get(y) ?? [])
        if ((!best || this.order.get(g)! < this.order.get(best)!) && fitsYears(g, f, p) && g.population === f.population && fitsScale(g, f)) best = g;
    return best;
  }
}

export function groupDated(dated: readonly Features[]): Group[] {
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
      const created = groupOf(f, f.population, p);
      groups.push(created);
      index.add(created, p.from, p.to);
    }
  }
  return groups;
}
