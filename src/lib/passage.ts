import type { Claim } from '../../contract/schema';

/**
 * The passage a claim was extracted from, exactly as the extractor cut it from the source
 * document (its `passage_start`–`passage_end` span), split around the figure. Null when the
 * document no longer has the claim's text at its offsets, rather than showing the wrong passage.
 */
export interface Passage {
  before: string;
  number: string;
  after: string;
  /** Offset of `before` in the document. */
  start: number;
}

/** Where a claim's figure and its passage lie in the document: not one `Span` (extract/types.ts) but two, and the figure's text. */
type ClaimOffsets = Pick<Claim, 'start' | 'end' | 'text' | 'passage_start' | 'passage_end'>;

export function passageOf(doc: string, c: ClaimOffsets): Passage | null {
  const inside = c.passage_start <= c.start && c.end <= c.passage_end && c.passage_end <= doc.length;
  if (!inside || doc.slice(c.start, c.end) !== c.text) return null;
  return {
    before: doc.slice(c.passage_start, c.start),
    number: c.text,
    after: doc.slice(c.end, c.passage_end),
    start: c.passage_start
  };
}
