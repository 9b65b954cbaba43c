import { bisector, group } from 'd3-array';
import type { Features } from './features';
import { VERB_FAMILY } from './measure';
import { placeOf } from './place';
import { accepts, groupOf, isQuantity, join, NEIGHBOURS, paragraphOf, type Group } from './question';

/**
 * Undated claims of one block → questions. An undated figure joins the question its estimator's
 * same figure answers elsewhere (an echo), else that of the nearest figure in its sentence ("X,
 * not Y"), else that of the other figures of its paragraph when they answer one, else the one
 * question of its block about the same named people, else the one question holding the same
 * figure, else the undated rivals of its paragraph.
 */

const hasEstimator = (f: Features) => f.claim.estimator.trim() !== '';

function echoes(groups: readonly Group[]): Map<string, Group> {
  const byEstimate = new Map<string, Group>();
  for (const g of groups)
    for (const m of g.members) if (hasEstimator(m) && !byEstimate.has(m.estimate)) byEstimate.set(m.estimate, g);
  return byEstimate;
}

/** The block's figures in the order of their paragraphs, and the question each sits in so far. */
class Placed {
  private readonly group = new Map<Features, Group>();
  private readonly paragraphs: Map<string, Features[]>;
  private readonly position = new Map<Features, number>();

  constructor(block: readonly Features[]) {
    this.paragraphs = group(block, paragraphOf);
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

const byValue = bisector((x: { value: number }) => x.value);

/** The place of a figure's last significant digit: 10,000 for 320,000. */
function lastPlace(n: number): number {
  let place = 1;
  while (n % (place * 10) === 0) place *= 10;
  return place;
}

const pointValue = (f: Features) => (f.kind === 'count' && f.claim.value_low === f.claim.value_high ? f.claim.value_low : null);

/**
 * Whether `shown` is `precise` rounded as its hedge says: "over 320,000" floors 327,400, "some
 * 12,000" rounds 11,596. A figure of one significant digit (400,000) rounds too much to tell.
 */
function rounds(precise: number, shown: Features): boolean {
  const value = shown.claim.value_low;
  const place = lastPlace(value);
  if (precise === value || !Number.isInteger(value) || place * 10 > value) return false;
  const to = { at_least: Math.floor, at_most: Math.ceil }[shown.claim.qualifier as string] ?? Math.round;
  return to(precise / place) * place === value;
}

/**
 * Dated counts of the block by value, to find the precise figure an undated one rounds: works
 * that retell an archive's count round it ("over 320,000" for 327,400), so it answers the
 * precise one's question. Only when one question holds such figures.
 */
function roundings(dated: readonly Group[]): (f: Features) => Group | undefined {
  const counts = dated
    .flatMap((g) => g.members.map((m) => ({ value: pointValue(m), g })))
    .filter((x): x is { value: number; g: Group } => x.value !== null)
    .sort((a, b) => a.value - b.value);
  return (f) => {
    const value = pointValue(f);
    if (value === null || !Number.isInteger(value)) return undefined;
    const place = lastPlace(value);
    const near = new Set<Group>();
    for (let i = byValue.left(counts, value - place); i < counts.length && counts[i]!.value <= value + place; i++)
      if (rounds(counts[i]!.value, f)) near.add(counts[i]!.g);
    return near.size === 1 ? [...near][0] : undefined;
  };
}

/**
 * The one dated group of the block of shares of the same whole, even a lone figure: a share of the
 * prisoners "varying from year to year" answers what share they were in the one year another work
 * gives. Not for figures of no named measure, whose shares of one people may be of anything.
 */
function onlySharesOf(dated: readonly Group[]): (f: Features) => Group | undefined {
  const byWhole = group(dated.filter(wholeOfGroup), wholeOfGroup);
  return (f) => {
    if (f.kind !== 'share' || !f.whole || f.family === 'other') return undefined;
    const same = byWhole.get(f.whole);
    return same?.length === 1 ? same[0] : undefined;
  };
}

/** The one question of the block about these people, when there is exactly one. */
function onlyQuestion(f: Features, questions: readonly Group[]): Group | undefined {
  if (!f.population) return undefined;
  const same = questions.filter((g) => g.population === f.population);
  return same.length === 1 ? same[0] : undefined;
}

/**
 * For figures measured by their verb, the one question of the block that their own document
 * speaks to, when there is exactly one: a review's undated "landed" figures all answer the one
 * landed question it dates elsewhere. Not for the toll categories (a document's deaths of one
 * year, of a part, of a day are many questions), nor across documents, which may speak of other
 * events, nor for a figure whose sentence names a place ("the Bight of Benin, where 2 million
 * embarked"), which may be that place's.
 */
function onlyQuestionOfDocument(questions: readonly Group[]): (f: Features) => Group | undefined {
  const byDoc = new Map<string, Set<Group>>();
  for (const g of questions) for (const m of g.members) byDoc.set(m.claim.doc, (byDoc.get(m.claim.doc) ?? new Set()).add(g));
  return (f) => {
    if (!f.family.startsWith(VERB_FAMILY) || placeOf(f.claim) !== '') return undefined;
    const same = byDoc.get(f.claim.doc);
    return same?.size === 1 && accepts([...same][0]!, f) ? [...same][0] : undefined;
  };
}

/** Groups with the same key merge into the first of them; a group keyed '' stays as it is. */
function mergeBy(groups: readonly Group[], keyOf: (g: Group) => string): Group[] {
  const first = new Map<string, Group>();
  return groups.filter((g) => {
    const key = keyOf(g);
    const into = key ? first.get(key) : undefined;
    if (!into) {
      if (key) first.set(key, g);
      return true;
    }
    for (const m of g.members) join(into, m);
    return false;
  });
}

/**
 * Undated groups about one named body of people, in a block with no dated question about it,
 * are one question: several works giving the officers purged without a year.
 */
function mergeByPopulation(groups: readonly Group[], questions: readonly Group[]): Group[] {
  const dated = new Set(questions.map((q) => q.population));
  return mergeBy(groups, (g) => (dated.has(g.population) ? '' : g.population));
}

/** The whole all of a group's shares are of, '' when they are of several or none. */
function wholeOfGroup(g: Group): string {
  const whole = g.members[0]?.whole ?? '';
  return g.members.every((m) => m.whole === whole) ? whole : '';
}

/**
 * Undated shares of one whole are one question ("what share of the prisoners were political?"),
 * whichever works give them: without years there is nothing else to tell them apart.
 */
const mergeByWhole = (groups: readonly Group[]) => mergeBy(groups, wholeOfGroup);

/**
 * The year an undated figure was counted by ("reinstated by May 1940"): it tells no period the
 * figure is about, but figures of one measure counted by the same date answer one question.
 */
const countedBy = (f: Features) => (f.claim.year_from === null && f.claim.year_to !== null ? f.claim.year_to : null);

/** A figure and its document: an equal figure in another work may be another event's (a war's 2 million, a famine's). */
const valueOf = (f: Features) => `${f.claim.doc}\u0000${f.claim.value_low}|${f.claim.value_high}`;

/**
 * Groups by the figures they hold, for figures that only one group holds: the same figure of the
 * same measure in one document, its source unnamed or named otherwise where it is quoted, is an
 * echo; of a question first, else, when nothing else places it, of a lone dated figure ("the
 * registers give 137,700 for that year" after a table's row). Across documents only an
 * estimator's own figure is (echoes above).
 */
function byFigure(questions: readonly Group[]): Map<string, Group | null> {
  const holders = new Map<string, Group | null>();
  for (const g of questions)
    for (const m of g.members) {
      const held = holders.get(valueOf(m));
      holders.set(valueOf(m), held === undefined || held === g ? g : null);
    }
  return holders;
}

export function placeUndated(block: readonly Features[], undated: readonly Features[], dated: readonly Group[]): Group[] {
  const byEstimate = echoes(dated);
  const questions = dated.filter(isQuantity);
  const figures = byFigure(questions);
  const datedFigures = byFigure(dated);
  const rounded = roundings(dated);
  const onlyShareOf = onlySharesOf(dated);
  const onlyOfDocument = onlyQuestionOfDocument(questions);
  const placed = new Placed(block);
  for (const g of dated) for (const m of g.members) placed.add(m, g);
  const own: Group[] = [];
  const ownOfParagraph = new Map<string, Group>();
  const ownCountedBy = new Map<number | null, Group>();
  const inDocumentOrder = [...undated].sort((a, b) => a.claim.doc.localeCompare(b.claim.doc) || a.claim.start - b.claim.start);
  for (const f of inDocumentOrder) {
    const rivals = ownOfParagraph.get(paragraphOf(f));
    const sameDate = countedBy(f) === null ? undefined : ownCountedBy.get(countedBy(f));
    let home =
      byEstimate.get(f.estimate) ??
      rounded(f) ??
      placed.sentenceGroup(f) ??
      placed.paragraphGroup(f) ??
      onlyQuestion(f, questions) ??
      onlyShareOf(f) ??
      figures.get(valueOf(f)) ??
      onlyOfDocument(f) ??
      (rivals && accepts(rivals, f) ? rivals : undefined) ??
      (sameDate && accepts(sameDate, f) ? sameDate : undefined) ??
      datedFigures.get(valueOf(f));
    if (!home) {
      home = groupOf(null, f.population, null);
      own.push(home);
      ownOfParagraph.set(paragraphOf(f), home);
    }
    if (home.seed === null && countedBy(f) !== null && !ownCountedBy.has(countedBy(f))) ownCountedBy.set(countedBy(f), home);
    join(home, f);
    placed.add(f, home);
  }
  return mergeByWhole(mergeByPopulation(mergeEchoes(own), questions));
}
