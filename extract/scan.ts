/**
 * Every match of a /g pattern, without paying for the copy of the pattern that matchAll makes on
 * each call when the text holds no match: most patterns match few of the sentences they are run
 * on. The copy without /g is made once, with the pattern; neither is ever used through its
 * lastIndex.
 */

export interface Scan {
  all: RegExp;
  once: RegExp;
}

export function scan(pattern: RegExp): Scan {
  if (!pattern.global) throw new Error(`scan needs a /g pattern: ${pattern}`);
  return { all: pattern, once: new RegExp(pattern.source, pattern.flags.replace('g', '')) };
}

const NONE: readonly RegExpMatchArray[] = [];

export function matchesIn(text: string, s: Scan): Iterable<RegExpMatchArray> {
  return s.once.test(text) ? text.matchAll(s.all) : NONE;
}
