import { group } from 'd3-array';
import type { Claim } from '../../contract/schema';
import { lineStarts, overlap } from './eval';
import { InputError } from '../errors';
import type { GoldMember, QuantitiesGold } from './quantities-gold';

/**
 * Scores the grouping of claims into quantities against a gold file of questions: B-cubed
 * precision and recall over the gold members (predicted groups seen only through gold members; a
 * member with no quantity, or no claim, stands alone), and how many questions some predicted
 * quantity answers with F1 ≥ 0.5. Pure: the caller reads the files.
 */

export const FOUND_F1 = 0.5;

export interface MemberResult {
  line: number;
  text: string;
  /** The matched claim's quantity key, '' when it has none, null when no claim was extracted there. */
  quantity: string | null;
}

export interface QuestionResult {
  id: string;
  description: string;
  members: MemberResult[];
  /** The predicted quantity that best answers it, and how well (F1 over gold members). */
  best: string | null;
  f1: number;
  found: boolean;
}

export interface QuantitiesReport {
  members: number;
  /** Gold members no extracted claim matches: each counts as its own group. */
  unmatched: number;
  precision: number;
  recall: number;
  f1: number;
  found: number;
  questions: QuestionResult[];
  /** Predicted quantities over the whole document, and `individual` claims placed in one (should be none). */
  quantities: number;
  individualInQuantities: number;
}

interface Located {
  question: string;
  member: GoldMember;
  start: number;
  end: number;
}

function locate(member: GoldMember, question: string, source: string, starts: readonly number[]): Located {
  const lineStart = starts[member.line - 1];
  if (lineStart === undefined) throw new InputError(`question ${question}: the source has no line ${member.line}`, undefined, member.line);
  const lineEnd = source.indexOf('\n', lineStart);
  const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
  let at = -1;
  for (let k = 0; k < (member.occurrence ?? 1); k++) {
    at = line.indexOf(member.text, at + 1);
    if (at === -1)
      throw new InputError(`question ${question} expects "${member.text}" here (occurrence ${member.occurrence ?? 1})`, undefined, member.line);
  }
  return { question, member, start: lineStart + at, end: lineStart + at + member.text.length };
}

/** Each gold member's claim: on its line, overlapping it most; a claim serves one member. */
function matchClaims(located: readonly Located[], claims: readonly Claim[]): (Claim | null)[] {
  const byLine = group(claims, (c) => c.line);
  const used = new Set<Claim>();
  return located.map((g) => {
    const best = (byLine.get(g.member.line) ?? [])
      .filter((c) => !used.has(c) && overlap(c, g) > 0)
      .sort((a, b) => overlap(b, g) - overlap(a, g))[0];
    if (!best) return null;
    used.add(best);
    return best;
  });
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** B-cubed over gold members: `predicted[i]` is member i's quantity ('' or null: alone). */
export function bCubed(gold: readonly string[], predicted: readonly (string | null)[]): { precision: number; recall: number } {
  const same = (i: number, j: number) => i === j || (!!predicted[i] && predicted[i] === predicted[j]);
  const precisions: number[] = [];
  const recalls: number[] = [];
  gold.forEach((g, i) => {
    const inPredicted = gold.map((_, j) => j).filter((j) => same(i, j));
    const both = inPredicted.filter((j) => gold[j] === g).length;
    precisions.push(both / inPredicted.length);
    recalls.push(both / gold.filter((o) => o === g).length);
  });
  return { precision: mean(precisions), recall: mean(recalls) };
}

function bestQuantity(question: string, gold: readonly string[], predicted: readonly (string | null)[]) {
  const size = gold.filter((g) => g === question).length;
  let best: string | null = null;
  let bestF1 = 0;
  for (const key of new Set(predicted.filter((p, i): p is string => !!p && gold[i] === question))) {
    const inKey = predicted.filter((p) => p === key).length;
    const both = predicted.filter((p, i) => p === key && gold[i] === question).length;
    const f1 = (2 * both) / (size + inKey);
    if (f1 > bestF1 || (f1 === bestF1 && best !== null && key < best)) [best, bestF1] = [key, f1];
  }
  return { best, f1: bestF1 };
}

/** Score the claims of the document `gold` labels; `source` is its text. */
export function scoreQuantities(gold: QuantitiesGold, claims: readonly Claim[], source: string): QuantitiesReport {
  const starts = lineStarts(source);
  const located = gold.questions.flatMap((q) => q.members.map((m) => locate(m, q.id, source, starts)));
  const matched = matchClaims(located, claims);
  const goldOf = located.map((l) => l.question);
  const predicted = matched.map((c) => (c ? c.quantity : null));
  const { precision, recall } = bCubed(goldOf, predicted);
  const questions = gold.questions.map((q) => {
    const { best, f1 } = bestQuantity(q.id, goldOf, predicted);
    const members = located.flatMap((l, i) =>
      l.question === q.id ? [{ line: l.member.line, text: l.member.text, quantity: predicted[i] ?? null }] : []
    );
    return { id: q.id, description: q.description, members, best, f1, found: f1 >= FOUND_F1 };
  });
  return {
    members: located.length,
    unmatched: matched.filter((c) => c === null).length,
    precision,
    recall,
    f1: harmonic(precision, recall),
    found: questions.filter((q) => q.found).length,
    questions,
    quantities: new Set(claims.map((c) => c.quantity).filter(Boolean)).size,
    individualInQuantities: claims.filter((c) => c.quantity && c.scope === 'individual').length
  };
}
