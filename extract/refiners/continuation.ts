import type { Candidate } from '../context/candidate';
import { sentenceSpans } from '../context/sentences';
import { BE_HAVE, IRREGULAR_VERB_WORD, MODAL } from '../lexicon';

/**
 * A sentence that carries on the account of the one before it rather than telling anything of
 * its own: a verbless fragment ("An average of 855 dead per year.") or a restatement that opens
 * on "This" ("This represents an increase of ..."). Whose figure it is and when it is dated come
 * from the sentence before.
 */

/** Words that make a clause: auxiliaries, copulas and the modals. */
const FINITE = new RegExp(`\\b(?:${[...BE_HAVE, 'do', 'does', 'did', ...MODAL].join('|')})\\b`, 'i');
/** A regular past, participle or gerund: most verbs a fragment lacks (the irregular ones, "petitions came", are the lexicon's). */
const VERB_FORM = /\b\p{L}{3,}(?:ed|ing)\b/iu;
/** Present tenses that give or bound a figure and are seldom nouns: "Estimates of the toll range from …". */
const PRESENT_VERB =
  /\b(?:range|ranges|vary|varies|exceeds?|remains?|reach(?:es)?|includes?|shows?|says?|gives?|seems?|appears?|stands?|suggests?|puts?)\b/i;
/** Fragments are short: a long sentence without those words still has a verb of its own. */
const FRAGMENT_WORDS = 12;
const RESTATES = /^\W*(?:this|that|which) (?:represents|means|amounts to|equals|corresponds to|makes|gives)\b/i;

/** "This represents an increase of …": the sentence restates the figure before it in other terms. */
export const restatesPrevious = (sentence: string) => RESTATES.test(sentence);

/** Longer than this, a sentence has more than a fragment's dozen words: no need to count them. */
const FRAGMENT_CHARS = 160;

export function continuesPrevious(sentence: string): boolean {
  if (restatesPrevious(sentence)) return true;
  if (sentence.length > FRAGMENT_CHARS) return false;
  // Most sentences have a verb: the words are counted only for those that have none.
  if (FINITE.test(sentence) || VERB_FORM.test(sentence) || IRREGULAR_VERB_WORD.test(sentence) || PRESENT_VERB.test(sentence)) return false;
  const words = sentence.match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= FRAGMENT_WORDS;
}

/** How much of the paragraph before a sentence is read for the sentence before it. */
const PREVIOUS_REACH = 600;

/** The sentences before the candidate's in its paragraph, nearest first, whole ones only. */
export function previousSentences(c: Candidate): string[] {
  const from = Math.max(0, c.sentence.start - PREVIOUS_REACH);
  const text = c.line.text.slice(from, c.sentence.start);
  // A window cut mid-paragraph may hold only the end of its first sentence: that one is left out.
  const spans = sentenceSpans(text).filter((s) => s.start > 0 || from === 0);
  return spans.map((s) => text.slice(s.start, s.end)).reverse();
}

/** The sentence before the candidate's in its paragraph, or '' when it opens the paragraph. */
export const previousSentence = (c: Candidate) => previousSentences(c)[0] ?? '';
