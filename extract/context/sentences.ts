/**
 * Sentence bounds within a line, so that a claim's quote, years and attribution come from the
 * sentence that holds it. A full stop after a known abbreviation or an initial does not end one.
 */
import type { Span } from '../types';

/** A sentence's end, with the note references an encyclopedia puts after it ("deaths.[2][3]", ".[6]:112"). */
const END = /[.!?…]+["”’)\]]*(?:\s?\[\w{1,4}\](?::\s?\d+(?:[-–]\d+)?)?)*\s+(?=["“‘(\[]?[A-Z0-9])/g;
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Capt|Maj|Prof|No|Nos|Vol|pp?|ed|eds|vs|etc|cf|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|i\.e|e\.g|Calif|ltd)|\b[A-Z])\.$/;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    if (m[0].startsWith('.') && ABBREV.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    const end = m.index + m[0].trimEnd().length;
    spans.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

export function spanAt(spans: readonly Span[], pos: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: 0 };
}
