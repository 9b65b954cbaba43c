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

/**
 * From the end of the last break before [at, end) to the start of the first break after it.
 * `breaks` is a /g pattern made once by the caller, not copied here on every call (matchAll
 * leaves its lastIndex alone).
 */
export function clauseAround(text: string, at: number, end: number, breaks: RegExp): Bounds {
  if (!breaks.global) throw new Error(`clauseAround needs a /g pattern: ${breaks}`);
  let start = 0;
  let stop = text.length;
  for (const m of text.matchAll(breaks)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= end) {
      stop = m.index;
      break;
    }
  }
  return { start, end: stop };
}
