/**
 * The passage around a claim, from the source document the claim's offsets point into: the block
 * of text between blank lines that holds the number (the seed's passages are such blocks, their
 * citation line last). Null when the document no longer has the claim's text at its offsets,
 * rather than showing the wrong passage.
 */
export interface Passage {
  before: string;
  number: string;
  after: string;
  /** Offset of `before` in the document. */
  start: number;
}

export function passageAround(doc: string, start: number, end: number, text: string): Passage | null {
  if (start < 0 || end > doc.length || doc.slice(start, end) !== text) return null;
  const blank = /\n[ \t]*\r?\n/g;
  let from = 0;
  let to = doc.length;
  for (let m = blank.exec(doc); m; m = blank.exec(doc)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  // Runs of several blank lines leave line breaks at the block's start.
  while (from < start && /\s/.test(doc[from] ?? '')) from++;
  return { before: doc.slice(from, start), number: doc.slice(start, end), after: doc.slice(end, to).trimEnd(), start: from };
}
