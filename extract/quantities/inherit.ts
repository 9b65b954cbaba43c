import type { Features } from './features';
import { samePeriod, unionOf, type Period } from './period';

/**
 * Undated figures take the period of their passage: a rival figure in the same sentence ("115,922
 * deaths, not 2,000,000") is about the same years as its dated rival, and figures after "In 1934,
 * ..." are about 1934 as long as the passage has not moved on to other years. A figure whose
 * passage gives no one period stays undated rather than joining every question of its measure.
 */

const bucketKey = (f: Features) => `${f.claim.doc}\u0000${f.claim.passage_id}\u0000${f.block}`;
const sentenceKey = (f: Features) => `${f.claim.line}\u0000${f.claim.quote}`;

function bucketsOf(features: readonly Features[]): Features[][] {
  const buckets = new Map<string, Features[]>();
  for (const f of features) {
    const key = bucketKey(f);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(f);
    else buckets.set(key, [f]);
  }
  return [...buckets.values()].map((b) => b.sort((x, y) => x.claim.start - y.claim.start));
}

/** The dated figure of the same sentence nearest to this one. */
function sentencePeriod(f: Features, sentence: readonly Features[]): Period | null {
  let best: Features | null = null;
  for (const other of sentence)
    if (other.period && (!best || Math.abs(other.claim.start - f.claim.start) < Math.abs(best.claim.start - f.claim.start)))
      best = other;
  return best?.period ?? null;
}

/** Periods of one bucket's undated figures, in document order. */
function inheritInBucket(bucket: readonly Features[]): Features[] {
  const sentences = new Map<string, Features[]>();
  for (const f of bucket) {
    const sentence = sentences.get(sentenceKey(f));
    if (sentence) sentence.push(f);
    else sentences.set(sentenceKey(f), [f]);
  }
  let before: Period | null = null;
  let agreed = true;
  return bucket.map((f) => {
    if (f.period) {
      before = before ? unionOf(before, f.period) : f.period;
      agreed &&= samePeriod(before, f.period);
      return f;
    }
    const period = sentencePeriod(f, sentences.get(sentenceKey(f)) ?? []) ?? (agreed ? before : null);
    return period ? { ...f, period } : f;
  });
}

export function inheritPeriods(features: readonly Features[]): Features[] {
  return bucketsOf(features)
    .flatMap(inheritInBucket)
    .sort((a, b) => a.index - b.index);
}
