import type { Claim } from '../src/lib/schema';
import { candidatesOf } from './candidates';
import { looksLikeCitation, parseCitation } from './citation';
import { toClaim } from './claims';
import { toPassages } from './passages';
import { exclusionReason } from './refiners/exclusions';
import { segment } from './segment';
import type { Passage } from './types';

/** The extraction pipeline: segment → citation → numbers → context → claims. */

export interface DocumentResult {
  doc: string;
  passages: Passage[];
  claims: Claim[];
}

export function extractDocument(doc: string, text: string): DocumentResult {
  const blocks = segment(text, looksLikeCitation);
  const passages = toPassages(text, blocks, parseCitation);
  const claims = passages.flatMap((passage, i) =>
    candidatesOf(passage, blocks[i]!.body)
      .filter((c) => exclusionReason(c) === null)
      .map((c) => toClaim(doc, c))
  );
  return { doc, passages, claims };
}

