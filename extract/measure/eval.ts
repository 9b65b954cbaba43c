import type { Claim } from '../../contract/schema';
import { InputError } from '../errors';
import type { Span } from '../types';
import { countedAgrees, countedTokenF1 } from './counted-score';
import type { GoldClaim, GoldPassage, GoldSpanItem } from './gold';

/**
 * Scores extracted claims against a hand-labelled gold file, by the rules in GUIDELINES.md
 * ("How extraction is scored"). Pure: the caller reads the files.
 */

export const FIELDS = ['category', 'unit', 'qualifier', 'years', 'attributed_to', 'scope', 'counted', 'source_year'] as const;
export type Field = (typeof FIELDS)[number];

interface LocatedGold {
  pid: string;
  claim: GoldClaim;
  span: Span;
  /** undefined: the gold file does not label it, so it cannot be scored. */
  sourceYear: number | null | undefined;
}

/** What gold says about one line of a labelled passage. */
interface LineGold {
  citation: boolean;
  claims: LocatedGold[];
  excluded: { span: Span; reason: string }[];
  vague: Span[];
}

/** A prediction on a gold passage line. */
interface Scored {
  pred: Claim;
  span: Span;
  line: LineGold;
}

interface Pair {
  pred: Claim;
  gold: LocatedGold;
  exact: boolean;
  jaccard: number;
  valueError: number;
}

export interface FieldScore {
  agree: number;
  n: number;
  accuracy: number | null;
}

/** A figure the report lists, gold's or the extractor's. */
interface ListedFigure {
  line: number;
  text: string;
  value_low: number;
  value_high: number;
  category: string;
}

export interface Miss extends ListedFigure {
  pid: string;
}

export interface FalsePositive extends ListedFigure {
  claim_id: string;
  quote: string;
  /** What gold has at that spot, to tell a wrong value from a non-claim. */
  reason: string;
}

export interface Disagreement {
  pid: string;
  line: number;
  text: string;
  field: Field;
  gold: string;
  predicted: string;
}

/** A prediction whose offsets do not point at its text: usually the wrong source file. */
export interface OffsetMismatch {
  claim_id: string;
  line: number;
  text: string;
  found: string;
}

export interface EvalReport {
  counts: {
    gold: number;
    /** Predictions on lines of gold passages, less those excused by a vague item. */
    scored: number;
    tp: number;
    fp: number;
    fn: number;
    /** Unmatched predictions that overlap a vague item: neither right nor wrong. */
    vague: number;
    /** Predictions on lines no gold passage covers: not scored. */
    outside: number;
  };
  /** null when undefined (nothing to divide by). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  fields: Record<Field, FieldScore>;
  /** Mean token F1 of predicted against gold `counted` over matched pairs (counted-score.ts). */
  countedTokenF1: number | null;
  misses: Miss[];
  falsePositives: FalsePositive[];
  disagreements: Disagreement[];
  offsetMismatches: OffsetMismatch[];
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

class Source {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** Offset of a 1-based line; undefined past the end. */
  start(line: number): number | undefined {
    return this.starts[line - 1];
  }

  lineText(line: number): string | undefined {
    const start = this.start(line);
    if (start === undefined) return undefined;
    return this.text.slice(start, (this.starts[line] ?? this.text.length + 1) - 1);
  }
}

function locate(item: GoldSpanItem, pid: string, source: Source): Span {
  const lineText = source.lineText(item.line) ?? '';
  const occurrence = item.occurrence ?? 1;
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = lineText.indexOf(item.text, at === -1 ? 0 : at + item.text.length);
    if (at === -1)
      throw new InputError(`gold passage ${pid} expects "${item.text}" here (occurrence ${occurrence})`, undefined, item.line);
  }
  return { start: at, end: at + item.text.length };
}

function lineGold(byLine: Map<number, LineGold>, line: number): LineGold {
  let entry = byLine.get(line);
  if (!entry) byLine.set(line, (entry = { citation: false, claims: [], excluded: [], vague: [] }));
  return entry;
}

function indexPassage(p: GoldPassage, source: Source, byLine: Map<number, LineGold>): void {
  for (let l = p.first_line; l <= p.last_line; l++) lineGold(byLine, l);
  if (p.citation_line !== null) lineGold(byLine, p.citation_line).citation = true;
  for (const claim of p.claims)
    lineGold(byLine, claim.line).claims.push({
      pid: p.pid,
      claim,
      span: locate(claim, p.pid, source),
      sourceYear: claim.source_year !== undefined ? claim.source_year : p.source_year
    });
  for (const e of p.excluded)
    lineGold(byLine, e.line).excluded.push({ span: locate(e, p.pid, source), reason: e.reason });
  for (const v of p.vague) lineGold(byLine, v.line).vague.push(locate(v, p.pid, source));
}

/** Gold by line; every line of every passage has an entry, so membership decides what is scored. */
function indexGold(gold: readonly GoldPassage[], source: Source): Map<number, LineGold> {
  const byLine = new Map<number, LineGold>();
  for (const p of gold) indexPassage(p, source, byLine);
  for (const entry of byLine.values()) entry.claims.sort((a, b) => a.span.start - b.span.start);
  return byLine;
}

/** How many characters two spans share. */
export const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

const relativeError = (p: number, g: number) => (p === g ? 0 : Math.abs(p - g) / Math.abs(g));

/** Within 0.5% of gold; for a gold 0 only 0 itself. */
const valueAgrees = (p: number, g: number) => Math.abs(p - g) <= 0.005 * Math.abs(g);

function inScope(predicted: readonly Claim[], byLine: Map<number, LineGold>, source: Source): Scored[] {
  return predicted
    .flatMap((pred) => {
      const line = byLine.get(pred.line);
      const lineStart = source.start(pred.line);
      if (!line || lineStart === undefined) return [];
      return [{ pred, line, span: { start: pred.start - lineStart, end: pred.end - lineStart } }];
    })
    .sort((a, b) => a.pred.start - b.pred.start);
}

function candidatePair(pred: Claim, span: Span, gold: LocatedGold): Pair | null {
  const shared = overlap(span, gold.span);
  const g = gold.claim;
  if (shared === 0 || !valueAgrees(pred.value_low, g.value_low) || !valueAgrees(pred.value_high, g.value_high))
    return null;
  const union = Math.max(span.end, gold.span.end) - Math.min(span.start, gold.span.start);
  return {
    pred,
    gold,
    exact: span.start === gold.span.start && span.end === gold.span.end,
    jaccard: shared / union,
    valueError: relativeError(pred.value_low, g.value_low) + relativeError(pred.value_high, g.value_high)
  };
}

/** Best pairs first: exact spans, then the most overlap, then the closest values. */
function byQuality(a: Pair, b: Pair): number {
  return Number(b.exact) - Number(a.exact) || b.jaccard - a.jaccard || a.valueError - b.valueError;
}

/** Greedy one-to-one assignment; ties keep document order, since the sort is stable. */
function assign(scored: readonly Scored[]): Pair[] {
  const candidates = scored.flatMap(({ pred, span, line }) =>
    line.claims.flatMap((g) => candidatePair(pred, span, g) ?? [])
  );
  candidates.sort(byQuality);
  const usedPreds = new Set<Claim>();
  const usedGold = new Set<LocatedGold>();
  return candidates.filter((c) => {
    if (usedPreds.has(c.pred) || usedGold.has(c.gold)) return false;
    usedPreds.add(c.pred);
    usedGold.add(c.gold);
    return true;
  });
}

/** Lower case, and without possessive endings or surrounding punctuation: "Conquest’s " = "conquest". */
export function normaliseName(name: string | null): string {
  return (name ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s?(?=[^\p{L}\p{N}]|$)/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const showYears = (from: number | null, to: number | null) =>
  from === null && to === null ? '' : `${from ?? ''}-${to ?? ''}`;

export const showValue = (low: number, high: number) => (low === high ? String(low) : `${low}-${high}`);

interface Comparison {
  gold: string;
  predicted: string;
  same: boolean;
}

const plain = (gold: string, predicted: string): Comparison => ({ gold, predicted, same: gold === predicted });

/** null when gold does not label the field. */
function compareField(field: Field, gold: LocatedGold, p: Claim): Comparison | null {
  const g = gold.claim;
  switch (field) {
    case 'category':
    case 'unit':
    case 'qualifier':
      return plain(g[field], p[field]);
    case 'years':
      return plain(showYears(g.year_from, g.year_to), showYears(p.year_from, p.year_to));
    case 'attributed_to': {
      const name = g.attributed_to ?? '';
      return { gold: name, predicted: p.attributed_to, same: normaliseName(name) === normaliseName(p.attributed_to) };
    }
    case 'scope':
      return g.scope === undefined ? null : plain(g.scope, p.scope);
    case 'counted':
      return { gold: g.counted, predicted: p.counted, same: countedAgrees(g.counted, p.counted) };
    case 'source_year':
      return gold.sourceYear === undefined ? null : plain(String(gold.sourceYear ?? ''), String(p.source_year ?? ''));
  }
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function scoreFields(pairs: readonly Pair[]): Pick<EvalReport, 'fields' | 'disagreements'> {
  const fields = {} as Record<Field, FieldScore>;
  const disagreements: Disagreement[] = [];
  for (const field of FIELDS) {
    const score = { agree: 0, n: 0, accuracy: null as number | null };
    for (const { pred, gold } of pairs) {
      const c = compareField(field, gold, pred);
      if (!c) continue;
      score.n++;
      if (c.same) score.agree++;
      else disagreements.push({ pid: gold.pid, line: gold.claim.line, text: gold.claim.text, field, gold: c.gold, predicted: c.predicted });
    }
    fields[field] = { ...score, accuracy: ratio(score.agree, score.n) };
  }
  disagreements.sort((a, b) => a.line - b.line);
  return { fields, disagreements };
}

function falsePositiveReason(span: Span, line: LineGold, matched: Set<LocatedGold>): string {
  const gold = line.claims.find((g) => overlap(g.span, span) > 0);
  if (gold)
    return matched.has(gold)
      ? `gold "${gold.claim.text}" is already matched`
      : `gold "${gold.claim.text}" is ${showValue(gold.claim.value_low, gold.claim.value_high)}`;
  const excluded = line.excluded.find((e) => overlap(e.span, span) > 0);
  if (excluded) return `not a claim in gold (${excluded.reason})`;
  return line.citation ? 'on the citation line' : 'no gold item here';
}

function falsePositive(pred: Claim, reason: string): FalsePositive {
  const { claim_id, line, text, value_low, value_high, category, quote } = pred;
  return { claim_id, line, text, value_low, value_high, category, quote, reason };
}

/** Unmatched predictions are false positives, unless a vague item excuses them. */
function unmatched(scored: readonly Scored[], pairs: readonly Pair[]) {
  const matchedPreds = new Set(pairs.map((p) => p.pred));
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const falsePositives: FalsePositive[] = [];
  let vague = 0;
  for (const { pred, span, line } of scored) {
    if (matchedPreds.has(pred)) continue;
    if (line.vague.some((v) => overlap(v, span) > 0)) vague++;
    else falsePositives.push(falsePositive(pred, falsePositiveReason(span, line, matchedGold)));
  }
  return { falsePositives, vague };
}

/** Gold claims in document order, with those no prediction matched. */
function missedGold(byLine: Map<number, LineGold>, pairs: readonly Pair[]): { total: number; missed: Miss[] } {
  const matched = new Set(pairs.map((p) => p.gold));
  const all = [...byLine.entries()].sort(([a], [b]) => a - b).flatMap(([, l]) => l.claims);
  const missed = all
    .filter((g) => !matched.has(g))
    .map(({ pid, claim: c }) => ({ pid, line: c.line, text: c.text, value_low: c.value_low, value_high: c.value_high, category: c.category }));
  return { total: all.length, missed };
}

function offsetMismatches(scored: readonly Scored[], source: Source): OffsetMismatch[] {
  return scored
    .map((s) => s.pred)
    .filter((p) => source.text.slice(p.start, p.end) !== p.text)
    .map((p) => ({ claim_id: p.claim_id, line: p.line, text: p.text, found: source.text.slice(p.start, p.end) }));
}

function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Score predicted claims of one document against its gold passages. `sourceText` is the
 * document both were made from: gold spans are found in it and predicted offsets refer to it.
 * Throws InputError (at a source line) when a gold item's text is not on its line.
 */
export function scoreClaims(gold: readonly GoldPassage[], predicted: readonly Claim[], sourceText: string): EvalReport {
  const source = new Source(sourceText);
  const byLine = indexGold(gold, source);
  const scored = inScope(predicted, byLine, source);
  const pairs = assign(scored);
  const { falsePositives, vague } = unmatched(scored, pairs);
  const { total, missed } = missedGold(byLine, pairs);
  const tp = pairs.length;
  const fp = falsePositives.length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, total);
  return {
    counts: { gold: total, scored: tp + fp, tp, fp, fn: missed.length, vague, outside: predicted.length - scored.length },
    precision,
    recall,
    f1: f1(precision, recall),
    ...scoreFields(pairs),
    countedTokenF1: ratio(
      pairs.reduce((sum, { pred, gold }) => sum + countedTokenF1(gold.claim.counted, pred.counted), 0),
      pairs.length
    ),
    misses: missed,
    falsePositives,
    offsetMismatches: offsetMismatches(scored, source)
  };
}
