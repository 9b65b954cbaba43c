import { after, before, type Candidate } from '../context/candidate';
import { dropLeading, isParticiple, lastNoun, MAX_WORDS, readPhrase, readPredicate, wordsOf, type Word } from './noun-phrase';

/**
 * What a figure counts: the noun phrase it leads, with the words that qualify it ("political
 * prisoners in labor camps", "people sentenced to be shot"), or, when the figure stands alone
 * ("the total was 799,455", "officers reinstated (867)"), the phrase it is said of before it.
 * Empty when the sentence names nothing the figure counts, rather than a stretch of words.
 */

/** The words that name a total before its figure: "the number of convicts in the US rose by". */
const TOTAL_OF = /\b(?:number|total|count|population|toll|figure|estimate|sum|share|proportion)s?\s+(?:of|for)\s+(?!\d)/gi;
/** Where one clause ends and another begins. */
const CLAUSE = /[,;:()[\]]|\s[–—-]\s|[–—]/;

const show = (words: readonly string[]) => words.join(' ');

/** The phrase a figure leads, and a passive predicate right after it: "people (had been) sentenced for …". */
function phraseFrom(words: readonly Word[]): string {
  const phrase = readPhrase(words);
  // "20% suggested by X": a participle with its agent is what is said of the figure, not what it counts.
  if (isParticiple(words[0]) && words[1]?.text === 'by') return '';
  if (phrase.words.length === 0) return show(readPredicate(words, 0));
  const predicate = readPredicate(words, phrase.end);
  return show(phrase.words.length + predicate.length <= MAX_WORDS ? [...phrase.words, ...predicate] : phrase.words);
}

function phraseAfter(c: Candidate): string {
  // An opening quote starts the phrase too, and an editor's word in brackets ("2.3 million
  // [detainees] in camps") reads as the author's.
  const text = after(c, 100)
    .replace(/^-(?=\p{L})/u, ' ')
    .replace(/^\s*\[([^\]]{1,40})\]/u, ' $1')
    .replace(/^\s*[“"‘]/u, ' ');
  if (!/^\s*\p{L}/u.test(text)) return '';
  return phraseFrom(wordsOf(dropLeading(text.replace(PART_OF, ' ').trim())));
}

/** "161 of the 285 defendants": the figure counts a part of what the second one counts. */
const PART_OF = /^\s*of\s+(?:the|these|those|its|their|all)?\s*\d[\d,.]*\s+(?=\p{L})/u;

/** "a population of N", "an army of N": the noun the figure measures. */
function measuredBefore(text: string): string {
  const of = /\sof\s*$/.exec(text);
  return of ? show(lastNoun(wordsOf(text.slice(0, of.index)))) : '';
}

/** "the number of X …": X. */
function totalBefore(text: string): string {
  const last = [...text.matchAll(TOTAL_OF)].at(-1);
  if (!last) return '';
  return phraseFrom(wordsOf(dropLeading(text.slice(last.index + last[0].length))));
}

/**
 * "there remained 2 million": the figure is brought in by its own clause, so an earlier clause's
 * subject is not what it counts.
 */
const EXISTENTIAL = /\bthere\s+(?:[a-z]+\s+){1,2}(?:(?:about|some|over|nearly|around|almost|only|perhaps)\s+)?$/i;

/** The nearest clause before the figure that names something. */
function subjectBefore(text: string): string {
  if (EXISTENTIAL.test(text)) return '';
  const clauses = text.split(CLAUSE).reverse();
  for (const [at, clause] of clauses.entries()) {
    const found = phraseFrom(wordsOf(dropLeading(clause.trim())));
    if (found) return at === 0 ? withoutVerbOfFigure(found, clause) : found;
  }
  return '';
}

/**
 * "mortality on board averaged 12 percent": an active participle right before the figure is the
 * verb that takes it, not a word qualifying the phrase ("were reinstated 867" is passive, kept).
 */
function withoutVerbOfFigure(found: string, clause: string): string {
  const words = wordsOf(clause.trim());
  const last = words.at(-1);
  if (!isParticiple(last) || AUXILIARY_BEFORE.test(clause) || !found.endsWith(` ${last!.text}`)) return found;
  return found.slice(0, -last!.text.length - 1);
}

const AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+\S+\s*$/i;

export function countedOf(c: Candidate): string {
  if (c.column) return c.column;
  const ahead = phraseAfter(c);
  if (ahead) return ahead;
  const text = before(c, 160);
  return measuredBefore(text) || totalBefore(text) || subjectBefore(text);
}
