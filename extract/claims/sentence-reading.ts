import { mentionsIn, type Mention } from '../refiners/attribution';
import { cuesIn, type CueMatch } from '../refiners/category';
import { sentenceText, type Candidate } from '../context/candidate';
import { findPeriods, frameAround, type Found, type Period } from '../refiners/years';

/**
 * What the refiners read from a figure's whole sentence, whichever of its figures they enrich:
 * the sources it names, the cues of what happened, its time expressions and the time frame its
 * paragraph sets. A sentence with a figure
 * holds about one and a half, so each is read at most once per sentence, and only when asked
 * for (a figure with a year of its own never asks for the periods).
 */
export interface SentenceReading {
  mentions: () => readonly Mention[];
  cues: () => readonly CueMatch[];
  periods: () => readonly Found[];
  /** The period the sentence's paragraph gives it (years.ts, frameAround). */
  frame: () => Period | null;
}

/** The value of `read`, worked out on the first call. */
function once<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: read() }).v;
}

/** The reading of the sentence `c` stands in, for every figure of that sentence. */
export function readSentence(c: Candidate): SentenceReading {
  const text = sentenceText(c);
  return {
    mentions: once(() => mentionsIn(text)), cues: once(() => cuesIn(text)), periods: once(() => findPeriods(text)), frame: once(() => frameAround(c))
  };
}
