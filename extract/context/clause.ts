/**
 * The clause of a sentence that holds a figure, for the steps that read what a figure counts or
 * dates from its own clause rather than from the whole sentence. What ends a clause differs by
 * purpose (a semicolon for a period; a bracket or "of whom" for what is counted), so each caller
 * passes its own breaks.
 */

export interface Bounds {
  start: number;
  end: number;
}

/** From the end of the last break before [at, end) to the start of the first break after it. */
export function clauseAround(text: string, at: number, end: number, breaks: RegExp): Bounds {
  const all = breaks.global ? breaks : new RegExp(breaks.source, `${breaks.flags}g`);
  let start = 0;
  let stop = text.length;
  for (const m of text.matchAll(all)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= end) {
      stop = m.index;
      break;
    }
  }
  return { start, end: stop };
}
