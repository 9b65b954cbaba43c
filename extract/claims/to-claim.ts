import type { Claim } from '../../contract/schema';
import { sentenceText, textOf, type Candidate } from '../context/candidate';
import { attributionOf } from '../refiners/attribution';
import { categoryOf } from '../refiners/category';
import { countedOf } from '../refiners/counted';
import { qualifierOf } from '../refiners/qualifier';
import { scopeOf } from '../refiners/scope';
import { unitOf } from '../refiners/unit';
import { periodOf } from '../refiners/years';
import { readSentence, type SentenceReading } from './sentence-reading';

/** Enriches a candidate that survived the exclusions into a full claims-CSV row. */

/** One number to plot: the point value, or the geometric mean of a range's ends. */
export function plotValue(low: number, high: number): number {
  return low === high || low <= 0 ? (low + high) / 2 : Math.sqrt(low * high);
}

/** `sentence`: the reading of the figure's sentence, shared by the sentence's other figures (pipeline.ts). */
export function toClaim(doc: string, c: Candidate, sentence: SentenceReading = readSentence(c)): Claim {
  const unit = unitOf(c);
  const category = categoryOf(c, unit, sentence.cues);
  const period = periodOf(c, category, unit, sentence.periods, sentence.frame);
  const start = c.line.start + c.expr.start;
  const end = c.line.start + c.expr.end;
  const citation = c.passage.citation;
  const { low, high } = c.expr;
  const attributed = attributionOf(c, category, sentence.mentions);
  return {
    claim_id: `${doc.replace(/\.[^.]+$/, '')}:${c.passage.id}:${start - c.passage.start}-${end - c.passage.start}`,
    doc,
    section: c.passage.section,
    passage_id: c.passage.id,
    line: c.line.no,
    start,
    end,
    text: textOf(c),
    value_low: low,
    value_high: high,
    value: plotValue(low, high),
    qualifier: qualifierOf(c),
    unit,
    category,
    counted: countedOf(c),
    year_from: period.from,
    year_to: period.to,
    attributed_to: attributed,
    source_author: citation?.author ?? '',
    source_title: citation?.title ?? '',
    source_year: citation?.year ?? null,
    source_pages: citation?.pages ?? '',
    citation: citation?.text ?? '',
    quote: sentenceText(c).trim(),
    scope: scopeOf(c, unit, category),
    // As written; the corpus step (assignEstimators) gives each person one name across documents.
    estimator: attributed || (citation?.author ?? ''),
    quantity: '',
    passage_start: c.passage.start,
    passage_end: c.passage.end,
    page: null
  };
}
