import type { Claim } from '../contract/schema';
import { candidatesOf } from './context/find-candidates';
import { looksLikeCitation, parseCitation } from './citation/citation';
import { toClaim } from './claims/to-claim';
import { readSentence, type SentenceReading } from './claims/sentence-reading';
import type { Candidate } from './context/candidate';
import { splitLines } from './segment/lines';
import { passageKey, toPassages } from './segment/passages';
import { exclusionReason } from './refiners/exclusions';
import { segment, type Block } from './segment/blocks';
import type { Passage } from './types';

/**
 * The extraction pipeline: segment → citation → numbers → context → claims.
 *
 * It runs in two steps so that a large document can be read in chunks on several threads: the
 * first needs nothing but the chunk's text; the second needs what the chunks before it hand on
 * (the section in force and the passages already seen), which the first step of each chunk gives.
 */

export interface DocumentResult {
  doc: string;
  passages: Passage[];
  claims: Claim[];
}

export interface Segmented {
  blocks: Block[];
  /** passageKey of each block. */
  keys: string[];
  /** Lines in the text, and the section in force at its end. */
  lines: number;
  section: string;
}

/** What the text before a chunk hands on to it; empty for a document's start. */
export interface Inherited {
  section: string;
  /** Passages already seen in the document, by passageKey. */
  seen: Map<string, number>;
}

export function segmentText(text: string): Segmented {
  const lines = splitLines(text);
  const { blocks, section } = segment(lines, looksLikeCitation);
  return { blocks, keys: blocks.map((b) => passageKey(text, b)), lines: lines.length, section };
}

export function extractSegmented(doc: string, text: string, seg: Segmented, inherited: Inherited): DocumentResult {
  const blocks = inherited.section ? seg.blocks.map((b) => (b.section ? b : { ...b, section: inherited.section })) : seg.blocks;
  const passages = toPassages(text, blocks, seg.keys, inherited.seen, parseCitation);
  const claims = passages.flatMap((passage, i) => claimsOf(doc, candidatesOf(passage, blocks[i]!.body).filter((c) => exclusionReason(c) === null)));
  return { doc, passages, claims };
}

/** Claims of candidates in text order: those of one sentence share its reading. */
export function claimsOf(doc: string, candidates: readonly Candidate[]): Claim[] {
  let reading: { line: number; start: number; sentence: SentenceReading } | null = null;
  return candidates.map((c) => {
    if (reading?.line !== c.line.start || reading.start !== c.sentence.start) {
      reading = { line: c.line.start, start: c.sentence.start, sentence: readSentence(c) };
    }
    return toClaim(doc, c, reading.sentence);
  });
}

export function extractDocument(doc: string, text: string): DocumentResult {
  return extractSegmented(doc, text, segmentText(text), { section: '', seen: new Map() });
}
