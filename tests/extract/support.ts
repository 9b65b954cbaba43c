import { textOf, type Candidate } from '../../extract/context/candidate';
import { candidatesOf } from '../../extract/context/find-candidates';
import { toClaim } from '../../extract/claims/to-claim';
import { splitLines } from '../../extract/segment/lines';
import { exclusionReason } from '../../extract/refiners/exclusions';
import type { Passage } from '../../extract/types';

/** Runs the number parsers and refiners on a bare text, as one passage with no citation. */

const passage: Passage = {
  id: 'test', section: '', firstLine: 1, lastLine: 1, citationLine: null, start: 0, end: 0, citation: null
};

export function candidates(text: string): Candidate[] {
  return candidatesOf(passage, splitLines(text));
}

export function claims(text: string) {
  return candidates(text).filter((c) => exclusionReason(c) === null).map((c) => toClaim('t.txt', c));
}

/** The one claim whose text is `expr` (fails the test when there is none or several). */
export function claim(text: string, expr: string) {
  const found = claims(text).filter((c) => c.text === expr);
  if (found.length !== 1) throw new Error(`expected one claim "${expr}", got ${JSON.stringify(claims(text).map((c) => c.text))}`);
  return found[0]!;
}

export function reasons(text: string): [string, string | null][] {
  return candidates(text).map((c) => [textOf(c), exclusionReason(c)]);
}
