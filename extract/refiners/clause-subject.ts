import { BE_HAVE, MEASURE_ADJECTIVE, MEASURE_NOUN, PLURAL_REPORTING_VERB, REPORTING_VERB, VERB_OF_QUANTITY } from '../lexicon';
import { isCloser, isParticiple, type Word } from './noun-phrase';

/**
 * What the clause right before a figure makes of it, read from the clause's words: the figure
 * completes a verb of quantity ("the Gulag population reached an early peak of N": that subject
 * is what it counts), or it is the object of an active verb ("Smith added N": the subject is the
 * agent, not what is counted).
 */

const REPORTING = new RegExp(`^(?:${REPORTING_VERB}|${PLURAL_REPORTING_VERB})$`, 'i');

/** Words between a verb of quantity and its figure: "reached an early peak of", "was somewhere between". */
const LINKING = new Set(
  ('a an the of to at by from between about around some over under below above nearly almost approximately roughly ' +
    'only just somewhere perhaps probably at least most more than less fewer no not up down as much many high low').split(' ')
);

const lower = (w: Word) => w.text.toLowerCase();

/** A verb of quantity after "to": "the corps to number 80,000", "losses to reach 2 million". */
const INFINITIVE = /^(?:number|total|reach|exceed|equal|amount|average)$/i;

/** Words a clause with no verb or noun of its own is made of: "from 2,000 in 1933 to", "up to 5 years". */
const FRAGMENT_WORD = /^(?:\d.*|in|during|by|since|until|and|or|per|cent|percent|etc|i\.e|e\.g|respectively|years?|months?|weeks?|days?)$/i;

/**
 * Whether a clause is only the rest of the sentence's figures ("from 222,227 in 1933 to"): the
 * figure then completes the clause before it.
 */
export const isFragment = (words: readonly Word[]) => words.every((w) => w.text === '' || FRAGMENT_WORD.test(w.text) || LINKING.has(lower(w)));

const links = (w: Word) => LINKING.has(lower(w)) || /^(?:\d.*|and|or)$/i.test(w.text) || MEASURE_NOUN.test(w.text) || MEASURE_ADJECTIVE.test(w.text) || /^[a-z]+ly$/.test(w.text);

const AUXILIARY = new RegExp(`^(?:${BE_HAVE.join('|')})$`, 'i');

/** "were" in "were reinstated": part of a passive predicate, which a subject may end with. */
const passive = (words: readonly Word[], i: number) => AUXILIARY.test(words[i]!.text) && (isParticiple(words[i + 1]) || AUXILIARY.test(words[i + 1]?.text ?? ''));

const opens = (words: readonly Word[], i: number) =>
  words[i]!.closes || (isCloser(words[i]) && !passive(words, i)) || REPORTING.test(words[i]!.text);

/**
 * Where the phrase that ends at words[end] begins: after a clause opener, a reporting verb or
 * punctuation; null when another figure stands right before it (the phrase is that figure's).
 */
function phraseStart(words: readonly Word[], end: number): number | null {
  let start = end;
  while (start > 0 && !opens(words, start - 1)) start--;
  return /^\d/.test(words[start - 1]?.text ?? '') ? null : start;
}

/** The phrase that ends a clause, read back to where it begins: "more engineers were reinstated". */
export function phraseEnding(words: readonly Word[]): Word[] {
  const start = phraseStart(words, words.length);
  return start === null ? [] : words.slice(start);
}

/**
 * The subject of the verb of quantity that the figure completes, as words; null when the clause
 * has no such verb, or when something named stands between the verb and the figure.
 */
export function subjectOfQuantityVerb(words: readonly Word[]): Word[] | null {
  const verb = words.findLastIndex((w, i) => VERB_OF_QUANTITY.test(w.text) || (INFINITIVE.test(w.text) && lower(words[i - 1] ?? w) === 'to'));
  if (verb < 0 || !words.slice(verb + 1).every(links)) return null;
  // "estimated the corps to number N": the subject ends before "to".
  const end = INFINITIVE.test(words[verb]!.text) ? verb - 1 : verb;
  const start = phraseStart(words, end);
  return start === null ? null : words.slice(start, end);
}

const HEDGE = /^(?:about|some|over|nearly|almost|around|approximately|roughly|only|another|an|a|extra|further|more|than|at|least|just)$/i;

/**
 * Whether the figure is the object of an active verb ("Smith added 4 million", "the famine
 * killed some 3 million"): the verb ends the clause, hedges aside, with no auxiliary making it passive.
 */
export function isObjectOfActiveVerb(words: readonly Word[]): boolean {
  let at = words.length - 1;
  while (at > 0 && HEDGE.test(words[at]!.text)) at--;
  const verb = words[at];
  if (!verb || at === 0 || VERB_OF_QUANTITY.test(verb.text) || AUXILIARY.test(words[at - 1]!.text)) return false;
  return isParticiple(verb) || REPORTING.test(verb.text);
}
