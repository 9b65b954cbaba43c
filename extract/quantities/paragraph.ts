import { group } from 'd3-array';
import type { Claim } from '../../contract/schema';

/**
 * The paragraph each claim stands in, the stretch its neighbours are read in. A claim carries its
 * passage's span and the line of its figure, not its paragraph: in a compilation or an
 * encyclopedia page a paragraph is one line of a passage, while a hard-wrapped news wire or scan
 * runs one paragraph over many lines. A passage is hard-wrapped when the sentence of one of its
 * figures holds a figure written on an earlier line; its paragraphs are then the whole passage
 * (the blank-line block), else each line.
 */

type Placed = Pick<Claim, 'doc' | 'passage_start' | 'line' | 'start' | 'quote' | 'text'>;

const passageOf = (c: Placed) => `${c.doc}\u0000${c.passage_start}`;

/** Where the figure's sentence starts in the document, or its own start when the quote does not hold it. */
function sentenceStart(c: Placed): number {
  const at = c.quote.indexOf(c.text);
  return at === -1 ? c.start : c.start - at;
}

/** Whether a sentence of the passage runs over a line break, by its claims sorted by offset. */
function wrapped(sorted: readonly Placed[]): boolean {
  return sorted.some((c, i) => i > 0 && sorted[i - 1]!.line < c.line && sentenceStart(c) <= sorted[i - 1]!.start);
}

/** The paragraph key of each claim, by its index. */
export function paragraphsOf(claims: readonly Placed[]): string[] {
  const keys = new Array<string>(claims.length);
  for (const indices of group(claims.keys(), (i) => passageOf(claims[i]!)).values()) {
    const sorted = indices.map((i) => claims[i]!).sort((a, b) => a.start - b.start);
    const whole = wrapped(sorted);
    for (const i of indices) keys[i] = whole ? passageOf(claims[i]!) : `${passageOf(claims[i]!)}\u0000${claims[i]!.line}`;
  }
  return keys;
}
