import { BE_HAVE, IRREGULAR_VERB, SIMPLE_PAST_ONLY, VERB_OF_QUANTITY } from '../lexicon';
import { SCALE_WORDS, TENS_WORDS, UNITS_WORDS } from '../numbers/words';

/**
 * A small reader of English noun phrases for the words around a figure, without a tagger: word
 * classes come from closed lists (auxiliaries, pronouns, conjunctions, prepositions), and an open
 * word ending in -ed or a common irregular participle is read as a participle. A part-of-speech
 * tagger (wink-nlp) would place some phrase ends better, but it tags under 1 MB/s here, and the
 * extractor must keep above 5 MB/s even if only the sentences that hold a figure were tagged.
 */

/** Words that end a noun phrase: verbs of being and having, modals, pronouns, conjunctions, adverbs. */
const CLOSER = new Set(
  ('there here is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'he she it they we i you me him us them his her its our their my your this that these those who whom whose which ' +
    'what where when while whereas because although though if unless than as so but or nor and then also still already ' +
    'only even just now never not soon later often thus therefore however yet too very more most less least ' +
    'numbered totaled totalled reached amounted rose fell came stood made received got gave took became remained ' +
    'says said say according respectively higher lower fewer greater larger smaller upward upwards off ago apiece ' +
    'each altogether inclusive behind above below beyond out up down away back through along upon toward towards ' +
    'versus via like refers writes argues claims estimates puts').split(' ')
);

/** Prepositions that qualify what is counted: "prisoners in labor camps", "members of the party". */
const QUALIFYING = new Set(['of', 'in', 'from', 'at', 'to', 'for', 'into', 'under', 'with', 'among', 'within', 'on', 'against', 'across', 'without', 'per']);

/** Determiners and hedges dropped from a phrase's start. */
const LEADING = /^(?:(?:of|the|a|an|no|all|some|those|such|other|its|their|more(?! or)|over|about|nearly|almost|approximately|around|only|at least|up to)(?:\s+|$))+/i;

/** "in 1937", "at the end of 1938", "during the war": time, not part of what is counted. */
const TIME_HEAD =
  /^(?:\d|’\d|'\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|the$|end|beginning|start|middle|course|height|time|period|years?$|months?$|days?$|weeks?$|war$|spring|summer|autumn|fall|winter)/i;
const TIME_FOLLOW =
  /^(?:end|beginning|start|middle|course|height|time|period|years?|months?|days?|weeks?|nights?|morning|evening|eve|war|spring|summer|autumn|fall|winter|first|last|next|same|early|late|mid|mid-[a-z0-9]+)$/i;
const TIME_PREPOSITION = new Set(['in', 'on', 'at', 'during', 'by', 'since', 'until', 'till', 'before', 'after', 'between', 'from', 'throughout', 'over', 'within']);

/** Longer than this, a phrase has run past what is counted. */
export const MAX_WORDS = 10;
/** More words than a phrase and its look-ahead can need. */
const WORDS_READ = 24;

export interface Word {
  text: string;
  /** Punctuation right after the word closes the phrase (",", ";", ".", ")"). */
  closes: boolean;
  /** Punctuation right before it ("(", "[", a dash) means a new phrase began. */
  opens: boolean;
}

const QUOTES = /[“”"‘]|(?<![\p{L}])’|’(?![\p{L}])/gu;
const BREAKS = /\s*[–—]\s*(?!\d)|…|\.\.\./g;
/** A token: opening brackets, the word, closing punctuation. */
const TOKEN = /^([([{;]*)(.*?)([.,;:!?)\]}]*)$/;

/** The last words of a stretch of text, for readers that go back from a figure. */
export const lastWordsOf = (text: string) => wordsOf(text.trim().split(/\s+/).slice(-WORDS_READ).join(' '));

/** Words of a stretch of text, quotes dropped, with the punctuation that bounds phrases. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const raw of text.replace(QUOTES, ' ').replace(BREAKS, ' ; ').split(/\s+/, WORDS_READ)) {
    if (raw === '') continue;
    const [, open = '', word = '', close = ''] = TOKEN.exec(raw) ?? [];
    if (word !== '' || close !== '' || open === ';') words.push({ text: word, opens: open !== '', closes: close !== '' || raw === ';' });
  }
  return words;
}

const lower = (w: Word | undefined) => w?.text.toLowerCase() ?? '';

/** Adverbs in -ly ("probably", "formally") end a phrase; these nouns only look like them. */
const LY_NOUN = /^(?:family|assembly|supply|ally|rally|anomaly|monopoly|belly|jelly|bully|lily|tally)$/;
const isAdverb = (word: string) => /^[a-z]+ly$/.test(word) && !LY_NOUN.test(word);

export const isCloser = (w: Word | undefined) =>
  !w || w.text === '' || CLOSER.has(lower(w)) || VERB_OF_QUANTITY.test(w.text) || isAdverb(w.text) || /^\d/.test(w.text);

export const isParticiple = (w: Word | undefined) =>
  !!w && /^[a-z][a-z-]*$/.test(w.text) && (/[^e]ed$/.test(w.text) || (Object.hasOwn(IRREGULAR_VERB, w.text) && !SIMPLE_PAST_ONLY.has(w.text)));

/** Whether words[i] starts a phrase of time ("in 1937", "at the end of 1938"). */
function isTimePhrase(words: readonly Word[], i: number): boolean {
  if (!TIME_PREPOSITION.has(lower(words[i]))) return false;
  const next = words[i + 1]?.text ?? '';
  if (next.toLowerCase() === 'the') return TIME_FOLLOW.test(words[i + 2]?.text ?? '');
  return TIME_HEAD.test(next) && next.toLowerCase() !== 'the';
}

/** Words that start an object: after them an -ed word was a finite verb ("officers regained their posts"). */
const OBJECT_START = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'them', 'him', 'us', 'me', 'it', 'this', 'these', 'those', 'that']);

/** A word that starts an object, or a figure ("carried 800 convicts"): the -ed word before it was a finite verb. */
const takesObject = (words: readonly Word[], i: number) =>
  OBJECT_START.has(lower(words[i + 1])) || (!words[i]!.closes && /^\d/.test(words[i + 1]?.text ?? ''));

/** "for sanctioning", "in carrying out": a verb's clause, not a qualifier of the noun. */
const isGerund = (w: Word | undefined) => !!w && /^[a-z]{3,}ing$/.test(w.text);

/** Whether punctuation ends the phrase before words[i]. */
const boundary = (words: readonly Word[], i: number) => i >= words.length || !!words[i - 1]?.closes || words[i]!.opens;

/** Open words from `i` until a closer, a preposition or punctuation: the core of a phrase. */
function readCore(words: readonly Word[], i: number, out: string[]): number {
  const from = i;
  while (i < words.length && out.length < MAX_WORDS && !(i > from && boundary(words, i))) {
    const word = lower(words[i]);
    if (isCloser(words[i]) || QUALIFYING.has(word) || TIME_PREPOSITION.has(word)) break;
    if (isParticiple(words[i]) && takesObject(words, i)) break;
    out.push(words[i]!.text);
    i++;
  }
  return i;
}

/** A spelled-out figure: after "and" it starts a second counted thing ("and two newspapers"). */
const isNumberWord = (w: Word | undefined) => {
  const word = lower(w).split('-')[0]!;
  return word in UNITS_WORDS || word in TENS_WORDS || word in SCALE_WORDS;
};

/** An open word that can begin a noun joined by "and" ("Chechens and Ingush"), not a new clause or a second figure. */
const startsNoun = (w: Word | undefined) =>
  !isCloser(w) && !OBJECT_START.has(lower(w)) && !QUALIFYING.has(lower(w)) && !isParticiple(w) && !isGerund(w) && !isNumberWord(w);

/**
 * What qualifies the phrase at words[i]: a noun joined by "and", a preposition's phrase, "to be
 * shot", a participle; null if none.
 */
function readQualifier(words: readonly Word[], i: number, out: string[]): number | null {
  const word = lower(words[i]);
  if (isTimePhrase(words, i)) return null;
  if (word === 'to' && lower(words[i + 1]) === 'be' && isParticiple(words[i + 2]) && !boundary(words, i + 2)) {
    out.push('to be', words[i + 2]!.text);
    return i + 3;
  }
  // A word with an object after it ("and drove a further million") is a verb, not a second noun.
  if (word === 'and' && !out.includes(words[i]!.text) && startsNoun(words[i + 1]) && !boundary(words, i + 1) && !OBJECT_START.has(lower(words[i + 2]))) {
    out.push(words[i]!.text);
    return readCore(words, i + 1, out);
  }
  if (QUALIFYING.has(word) && !isCloser(words[i + 1]) && !boundary(words, i + 1) && !isGerund(words[i + 1])) {
    out.push(words[i]!.text);
    return readCore(words, i + 1, out);
  }
  // "reached", "numbered": a verb of the total, not a participle that qualifies the phrase.
  if (isParticiple(words[i]) && !isCloser(words[i]) && out.length > 0 && !takesObject(words, i)) {
    out.push(words[i]!.text);
    return i + 1;
  }
  return null;
}

/**
 * The phrase at the start of `words`: its core, then the participles and prepositional phrases that
 * qualify it ("people sentenced to be shot", "members expelled from the party"), up to a closer,
 * a phrase of time or punctuation.
 */
export function readPhrase(words: readonly Word[]): Phrase {
  const out: string[] = [];
  let i = readCore(words, 0, out);
  while (out.length > 0 && out.length < MAX_WORDS && !boundary(words, i)) {
    const next = readQualifier(words, i, out);
    if (next === null) break;
    i = next;
  }
  return { words: trimEnd(out.slice(0, MAX_WORDS)), end: i };
}

export interface Phrase {
  words: string[];
  /** Index of the first word after the phrase. */
  end: number;
}

/** Words that may open a passive predicate after a noun: an auxiliary, or a relative pronoun. */
const AUXILIARY = new Set<string>([...BE_HAVE, 'will', 'would', 'who', 'that', 'which']);

/**
 * A passive predicate at words[i] ("had been sentenced for ...", "who were expelled from ..."),
 * read as the participle and what qualifies it; empty when there is none.
 */
export function readPredicate(words: readonly Word[], i: number): string[] {
  let at = i;
  while (AUXILIARY.has(lower(words[at])) && !boundary(words, at + 1)) at++;
  if (at === i) return [];
  if (QUALIFYING.has(lower(words[at]))) return readPhraseAfter(words, at);
  if (!isParticiple(words[at])) return [];
  const out = [words[at]!.text];
  return boundary(words, at + 1) ? out : [...out, ...readPhraseAfter(words, at + 1)];
}

/** Qualifiers that follow a participle: "from the party", "to be shot". */
function readPhraseAfter(words: readonly Word[], i: number): string[] {
  const out: string[] = [];
  let at = i;
  while (out.length < MAX_WORDS && at < words.length && !(at > i && boundary(words, at))) {
    const next = readQualifier(words, at, out);
    if (next === null) break;
    at = next;
  }
  return trimEnd(out);
}

/** No dangling preposition or determiner at the end. */
function trimEnd(words: string[]): string[] {
  const out = [...words];
  while (out.length && /^(?:of|in|from|at|to|for|into|under|with|among|within|on|the|a|an|and|or|per|against)$/i.test(out.at(-1)!)) out.pop();
  return out;
}

/** The head noun and up to two words before it that end `words`: "a prison population" → "prison population". */
export function lastNoun(words: readonly Word[]): string[] {
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 3; i--) {
    const w = words[i]!;
    if (isCloser(w) || QUALIFYING.has(lower(w)) || OBJECT_START.has(lower(w)) || (w.closes && out.length > 0)) break;
    out.unshift(w.text);
    if (w.opens) break;
  }
  return out;
}

/** A stretch of text with its leading determiners and "of" dropped. */
export const dropLeading = (text: string) => text.replace(LEADING, '');
