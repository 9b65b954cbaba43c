import { after, before, textOf, type Candidate } from '../context/candidate';
import { COLLECTIVE_NOUN, COUNT_NOUN, isYear, MEASURE_ADJECTIVE, MEASURE_NOUN, PEOPLE_NOUN, TIME_UNIT } from '../lexicon';
import { BIG_SCALE_ALT, WORD_CARDINAL } from '../numbers/words';
import { isFragment, isObjectOfActiveVerb, phraseEnding, subjectOfQuantityVerb } from './clause-subject';
import { dropLeading, isParticiple, lastNoun, lastWordsOf, MAX_WORDS, readPhrase, readPredicate, wordsOf, type Word } from './noun-phrase';

/**
 * What a figure counts: the noun phrase it leads, with the words that qualify it ("political
 * prisoners in labor camps", "people sentenced to be shot"), or, when the figure stands alone
 * ("the total was 799,455", "officers reinstated (867)"), the phrase it is said of before it.
 * Empty when the sentence names nothing the figure counts, rather than a stretch of words.
 */

/** The words that name a total before its figure: "the number of convicts in the US rose by". */
const TOTAL_OF =
  /\b(?:number|total|count|population|toll|figure|estimate|sum|share|proportion|level|peak|minimum|maximum|average)s?\s+(?:(?:of|for)\s+(?!\d)|(?=[a-z]+ed\s))/gi;
/** Where one clause ends and another begins. */
const CLAUSE = /[,;:()[\]]|\s[–—-]\s|[–—]/;

const show = (words: readonly string[]) => words.join(' ');

/** The phrase a figure leads, and a passive predicate right after it: "people (had been) sentenced for …". */
function phraseFrom(words: readonly Word[]): string {
  const phrase = readPhrase(words);
  // "20% suggested by X": a participle with its agent is what is said of the figure, not what it counts.
  if (isParticiple(words[0]) && words[1]?.text === 'by') return '';
  if (phrase.words.length === 0) return show(readPredicate(words, 0)) || predicateNoun(words);
  const predicate = readPredicate(words, phrase.end);
  // "the number detained was given by X as N": a bare participle with its agent is said of the total.
  const byAgent = predicate.length === 1 && words.findIndex((w, i) => i >= phrase.end && w.text === predicate[0]) + 1;
  if (byAgent && words[byAgent]?.text === 'by') return show(phrase.words);
  return show(phrase.words.length + predicate.length <= MAX_WORDS ? [...phrase.words, ...predicate] : phrase.words);
}

/** "386 were party members": what the figure is said to be, when no participle follows the verb. */
function predicateNoun(words: readonly Word[]): string {
  if (!/^(?:were|are)$/i.test(words[0]?.text ?? '') || words[0]!.closes) return '';
  const phrase = readPhrase(wordsOf(dropLeading(show(words.slice(1).map((w) => w.text))))).words;
  // A plural noun, not an adjective ("were skeptical") or a participle ("were occupied").
  const head = readCoreEnd(phrase);
  return COUNT_NOUN.test(head) || PEOPLE_NOUN.test(head) ? show(phrase) : '';
}

/** The last word before the phrase's first preposition: its head. */
const readCoreEnd = (phrase: readonly string[]) => {
  const preposition = phrase.findIndex((w, i) => i > 0 && /^(?:of|in|from|at|to|for|into|under|with|among|within|on|against)$/i.test(w));
  return phrase[(preposition === -1 ? phrase.length : preposition) - 1] ?? '';
};

/** A figure in words or digits, with "or so" and a scale: "five or so million", "285". */
const WHOLE = `(?:\\d[\\d,.]*|${WORD_CARDINAL})(?:\\s+or\\s+so)?(?:\\s+(?:${BIG_SCALE_ALT}))?`;
/** "161 of the 285 defendants", "0.9 million of the original five million kulaks": a part of what the second figure counts. */
const PART_OF = new RegExp(`^\\s*of\\s+(?:(?:the|these|those|its|their|all)\\s+)?(?:(?!which|whom|whose)[a-z]+\\s+)?${WHOLE}\\s+(?=\\p{L})`, 'iu');

/** "a hundred or even 300 volumes", "two to 3 million kulaks": the second figure's noun is the first's too. */
const PARALLEL = new RegExp(`^\\s*(?:or|to|and)\\s+(?:(?:even|perhaps|possibly|maybe)\\s+)?(?:${WHOLE}\\s+(?:or|to|and)\\s+)?${WHOLE}\\s+(?=\\p{L})`, 'iu');

function phraseAfter(c: Candidate): string {
  // An opening quote starts the phrase too, and an editor's word in brackets ("2.3 million
  // [detainees] in camps") reads as the author's.
  const text = after(c, 100)
    .replace(/^-(?=\p{L})/u, ' ')
    .replace(/^\s*\[([^\]]{1,40})\]/u, ' $1')
    .replace(/^\s*[“"‘`]/u, ' ');
  if (!/^\s*\p{L}/u.test(text)) return '';
  return phraseFrom(wordsOf(dropLeading(text.replace(PART_OF, ' ').replace(PARALLEL, ' ').trim())));
}

/**
 * The sentence before the figure as whole words: a window cut mid-word loses its first piece, an
 * aside in parentheses is dropped, an editor's bracketed words read as the author's.
 */
function textBefore(c: Candidate): string {
  const n = 160;
  const text = before(c, n);
  const whole = text.length < n ? text : text.replace(/^\S*\s/, '');
  return whole.replace(/\([^()]*\)/g, ' ').replace(/[[\]`]/g, ' ');
}

/** "a population of N", "an army of N": the body the figure measures; null when no noun comes before "of". */
function measuredBefore(text: string): string | null {
  const of = /\sof\s*(?:(?:over|about|some|nearly|around|almost|approximately|roughly|up to|at least|more than|less than|fewer than|between)\s*)?$/.exec(text);
  if (!of) return null;
  const noun = lastNoun(lastWordsOf(text.slice(0, of.index)));
  return noun.length > 0 ? show(noun) : null;
}

/** "the number of X …": X, from the nearest such total that names something. */
function totalBefore(text: string): string {
  for (const total of [...text.matchAll(TOTAL_OF)].reverse()) {
    const found = named(phraseFrom(wordsOf(dropLeading(text.slice(total.index + total[0].length)))));
    if (found) return found;
  }
  return '';
}

/**
 * "there remained 2 million": the figure is brought in by its own clause, so an earlier clause's
 * subject is not what it counts.
 */
const EXISTENTIAL = /\bthere\s+(?:[a-z]+\s+){1,2}(?:(?:about|some|over|nearly|around|almost|only|perhaps)\s+)?$/i;

const clausesBack = (text: string) => text.split(CLAUSE).reverse();

/** Words read as a phrase from their start: "the number of X" → "number of X". */
const phraseOf = (words: readonly Word[]) => phraseFrom(wordsOf(dropLeading(show(words.map((w) => w.text)))));

/**
 * The subject of the verb of quantity that a clause ends with ("the camps' population reached a
 * peak of"); when an aside stands between ("Total deaths, all causes counted, were N"), the
 * sentence's opening phrase.
 */
function subjectOfVerb(clause: string, sentenceStart: string): string {
  const subject = subjectOfQuantityVerb(lastWordsOf(clause));
  if (subject === null) return '';
  if (subject.length === 0) return named(phraseFrom(wordsOf(dropLeading(sentenceStart.trim()))));
  return totalBefore(`${show(subject.map((w) => w.text))} `) || named(phraseOf(subject));
}

const subjectOfOwnClause = (text: string) => {
  const clauses = clausesBack(text);
  return subjectOfVerb(clauses[0]!, clauses.at(-1)!);
};

/** A passive or participial phrase ending the clause right before the figure: "more engineers were reinstated (867)". */
function participialBefore(clause: string): string {
  const words = phraseEnding(lastWordsOf(clause));
  return words.some(isParticiple) ? named(phraseOf(words)) : '';
}

/** "Of the adult workers 15%", "Of the 134 delegates elected, 98": the whole a figure is part of. */
const PARTITIVE = /^of\s+(?:(?:the|these|those|all|its|their)\s+)?(?:\d[\d,.]*\s+)?(?=\p{L})/iu;

/** What the clause right before the figure names: a participial phrase, not a whole (partOf reads that). */
function clauseRightBefore(clause: string): string {
  return PARTITIVE.test(clause.trim()) ? '' : participialBefore(clause.trim());
}

/**
 * The clause a figure completes when its own is a fragment ("X fell five-fold, from 2,000 in 1933
 * to 40"): what that clause's verb of quantity is said of, else its opening phrase.
 */
function subjectOfGoverning(clause: string, sentenceStart: string): string {
  return subjectOfVerb(clause, sentenceStart) || named(phraseFrom(wordsOf(dropLeading(clause.trim()))));
}

/**
 * What the figure's own clause says it counts: the subject of its verb of quantity, nothing when
 * it is an active verb's object, else a participial phrase right before it. A figure in a
 * fragment clause ("from N to", "up to 5 years:") counts what the clause it completes names.
 */
function subjectBefore(text: string): string {
  if (EXISTENTIAL.test(text)) return '';
  const clauses = clausesBack(text);
  const ownWords = lastWordsOf(clauses[0]!);
  if (isObjectOfActiveVerb(ownWords)) return '';
  if (subjectOfQuantityVerb(ownWords)) return subjectOfOwnClause(text);
  const governing = clauses.findIndex((clause) => !isFragment(lastWordsOf(clause)));
  if (governing === -1) return '';
  const opensClause = clauses.slice(0, governing).every((clause) => clause.trim() === '');
  return opensClause ? clauseRightBefore(clauses[governing]!) : subjectOfGoverning(clauses[governing]!, clauses.at(-1)!);
}

/** "Smith’s figures", "the Red Army’s losses": a possessor is whose the thing is, not the thing. */
const POSSESSOR = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?(?:\s+|$)/u;

/** A phrase names something when a word of it is more than a measure, a qualifier of one or a possessor. */
function named(phrase: string): string {
  const rest = phrase.replace(POSSESSOR, '');
  const words = rest.split(' ');
  const isMeasure = (w: string) => MEASURE_NOUN.test(w) || MEASURE_ADJECTIVE.test(w) || /^(?:of|and|or|so|the|a|an)$/i.test(w);
  // A lone gerund ("leaving") is what the clause does, not what it counts.
  return words.every(isMeasure) || /^[a-z]+ing$/.test(rest) ? '' : rest;
}

/** "the horror of N", "Smith's figures of N": a noun that is no body or sum leaves the figure to its clause. */
function fromMeasured(measured: string, text: string): string | null {
  const head = measured.split(' ').at(-1)!;
  if (COLLECTIVE_NOUN.test(head)) return named(measured) || null;
  return totalBefore(text) || subjectOfOwnClause(text);
}

/** "140 of them from the capital", "a third of whom": the figure counts part of what an earlier figure does. */
const OF_ANAPHOR = /^\s*of\s+(?:them|whom|which|these|those(?!\s+(?:who|that|which)\b))\b/i;

/** An earlier figure in digits, with its scale, that a noun follows: "332 leading executives", "1.5 million kulaks". */
const EARLIER_FIGURE = new RegExp(`(?:^|\\s)(\\d(?:[\\d,.]*\\d)?)(?:\\s+(?:${BIG_SCALE_ALT}))?\\s+(?=\\p{L})`, 'gu');

/** What the nearest earlier figure of the sentence counts ("332 executives …, 140 of them"); no year counts. */
function antecedent(text: string): string {
  for (const figure of [...text.matchAll(EARLIER_FIGURE)].reverse()) {
    if (isYear(Number(figure[1]))) continue;
    const found = named(show(readPhrase(wordsOf(dropLeading(text.slice(figure.index + figure[0].length)))).words));
    if (found) return found;
  }
  return '';
}

/** A table row's figure: the heading's phrase for people or things counted ("Countries with the most people in prison"). */
function fromHeading(heading: string | undefined): string {
  const words = wordsOf(heading ?? '');
  const at = words.findIndex((w, i) => i > 0 && PEOPLE_NOUN.test(w.text));
  return at === -1 ? '' : named(show(readPhrase(words.slice(at)).words));
}

/** "leaders, of whom 11,034 discharged …": the part is named by the whole's noun. */
const AFTER_ANAPHOR = /\bof\s+(?:whom|them|which|these)\s+(?:(?:about|some|nearly|almost|only|over)\s+)?$/i;

export function countedOf(c: Candidate): string {
  if (c.column) return c.column;
  // "140 of them from the capital": what follows names the part, else the earlier figure's noun does.
  const anaphor = OF_ANAPHOR.exec(after(c, 100));
  if (anaphor) return named(show(readPhrase(wordsOf(after(c, 100).slice(anaphor[0].length).trim())).words)) || antecedent(textBefore(c));
  const ahead = named(phraseAfter(c));
  if (ahead && !isParticiple(wordsOf(ahead)[0])) return ahead;
  // "of whom 11,034 discharged …", "Of the 800 convicts, 25 percent died": the whole names what a verb alone does not.
  const text = textBefore(c);
  if (AFTER_ANAPHOR.test(text)) {
    const whole = antecedent(text);
    if (whole) return ahead ? `${whole} ${ahead}` : whole;
  }
  return partOf(text) || ahead || countedBefore(text) || fromHeading(c.heading) || borrowed(c, text);
}

/** The whole named by the clause right before the figure: "Of the 800 convicts landed, 25 percent". */
function partOf(text: string): string {
  const [own = '', previous = ''] = clausesBack(text);
  const clause = (own.trim() === '' ? previous : own).trim();
  return PARTITIVE.test(clause) ? named(phraseFrom(wordsOf(clause.replace(PARTITIVE, '')))) : '';
}

/**
 * "The fleet had 13,000 sailors and lost 4,700", "To the 150,000 settlers he added 850,000": a
 * figure that names nothing counts what the sentence's earlier figure does, unless it is a share
 * or a figure of another kind (a time).
 */
function borrowed(c: Candidate, text: string): string {
  if (SHARE.test(textOf(c)) || SHARE_AFTER.test(after(c, 12)) || EXISTENTIAL.test(text) || measuredBefore(text) !== null) return '';
  const found = antecedent(text);
  return TIME_WORD_START.test(found) ? '' : found;
}

const SHARE = /%|per\s?cent|percent|\bper\b|\//i;
const SHARE_AFTER = /^\s*(?:%|per\s?cent|percent|per\b)/i;
const TIME_WORD_START = new RegExp(`^${TIME_UNIT}\\b`, 'i');

/** What the text before a figure says it counts: a body it measures, a total's of-complement, a subject. */
function countedBefore(text: string): string {
  const measured = measuredBefore(text);
  const viaMeasure = measured === null ? null : fromMeasured(measured, text);
  if (viaMeasure !== null) return viaMeasure;
  return totalBefore(text) || named(subjectBefore(text));
}
