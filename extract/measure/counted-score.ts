/**
 * How well a predicted `counted` phrase names what a gold phrase names. Gold phrases are written
 * by hand and often paraphrase ("share of X", "years Y spent in exile"), so a predicted phrase
 * cannot be expected to equal them word for word. Two measures, both documented in
 * GUIDELINES.md ("How extraction is scored"):
 * - agreement: the gold phrase's head noun, lemmatised crudely, is one of the predicted words;
 * - token F1: overlap of the two phrases' content words, lemmatised the same way.
 */

/** Words that carry no content of their own: determiners, prepositions, conjunctions, auxiliaries. */
const FUNCTION_WORDS = new Set(
  ('a an the of in on at to for from by with into under among within against per as and or but nor ' +
    'this that these those who whom whose which what their his her its our my your all some any each ' +
    'was were is are be been being had has have who than not no').split(' ')
);

/** After these a gold phrase's head is not yet reached: "share of X" names X. */
const MEASURE_OF = new Set(['number', 'total', 'share', 'proportion', 'percentage', 'size', 'level', 'count']);

/** Words that end the head's noun group in a gold phrase: prepositions and relatives. */
const AFTER_HEAD = new Set(
  ('of in on at to for from by with into under among within against per as during since before after ' +
    'who whom whose which that than where when').split(' ')
);

const LEADING = new Set(['a', 'an', 'the', 'those', 'these', 'all', 'some', 'their', 'his', 'her', 'its']);

/** Plurals and possessives a counted phrase varies in; not a stemmer, only what "crudely" promises. */
const IRREGULAR: Record<string, string> = { men: 'man', women: 'woman', people: 'person', persons: 'person', children: 'child' };

export function lemma(word: string): string {
  const w = word.normalize('NFKC').toLowerCase().replace(/['’]s?$/u, '');
  if (w in IRREGULAR) return IRREGULAR[w]!;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && /[^su]s$/.test(w) && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

interface Token {
  word: string;
  /** Capitalised as written: a name after a noun starts a clause ("years Smith spent abroad"). */
  capital: boolean;
  /** Punctuation before it ("(", ",") starts another phrase. */
  afterBreak: boolean;
}

function tokens(phrase: string): Token[] {
  const out: Token[] = [];
  for (const m of phrase.matchAll(/([(,;:“”"]*)\s*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/gu))
    out.push({ word: m[2]!.toLowerCase(), capital: /^\p{Lu}/u.test(m[2]!), afterBreak: /[(,;:]/.test(m[1]!) });
  return out;
}

/** A participle, gerund or -ly adverb after the head: "officers arrested", "staff suddenly taken". */
const isVerbal = (word: string) =>
  /[^e]ed$|ing$|ly$/.test(word) || /^(?:shot|sent|held|taken|kept|hung|given|lost|freed|found|heard|made|let|put|done|seen|told)$/.test(word);

/** Words that look like adjectives, which a name may follow inside the phrase ("eminent Soviet workers"). */
const isModifier = (word: string) => isVerbal(word) || /(?:al|ic|ent|ant|ive|ous|ern|ful|ar|ary|former)$/.test(word);

/** A word that opens a clause after the head: "years the court gave him", "things every prisoner does". */
const CLAUSE_OPENER = new Set(['the', 'a', 'an', 'every', 'one', 'no', 'nobody', 'he', 'she', 'they', 'we', 'it', 'is', 'are', 'was', 'were', 'had', 'has', 'have', 'can', 'could', 'would', 'will']);

/** Whether the phrase's noun group ends between `word` and `next`. */
function endsBefore(word: Token, next: Token): boolean {
  if (next.afterBreak || AFTER_HEAD.has(next.word) || CLAUSE_OPENER.has(next.word)) return true;
  if (isVerbal(next.word) && !isVerbal(word.word)) return true;
  return next.capital && !word.capital && !isModifier(word.word);
}

/** The head noun of a hand-written gold phrase: the last word of its first noun group. */
export function goldHead(phrase: string): string {
  const words = tokens(phrase);
  let i = 0;
  while (i < words.length - 1 && LEADING.has(words[i]!.word)) i++;
  if (MEASURE_OF.has(words[i]?.word ?? '') && words[i + 1]?.word === 'of') i += 2;
  while (i < words.length - 1 && LEADING.has(words[i]!.word)) i++;
  while (i + 1 < words.length && !endsBefore(words[i]!, words[i + 1]!)) i++;
  // "maximum number detained in the camps": the number of the detained.
  if (MEASURE_OF.has(words[i]?.word ?? '') && isVerbal(words[i + 1]?.word ?? '')) i++;
  return words[i] ? lemma(words[i]!.word) : '';
}

const contentLemmas = (phrase: string) =>
  new Set(tokens(phrase).map((t) => t.word).filter((w) => !FUNCTION_WORDS.has(w)).map(lemma));

/** Whether the predicted phrase names the gold phrase's head. */
export function countedAgrees(gold: string, predicted: string): boolean {
  const head = goldHead(gold);
  return head !== '' && tokens(predicted).some((t) => lemma(t.word) === head);
}

/** F1 of the two phrases' content lemmas; 1 when both are empty. */
export function countedTokenF1(gold: string, predicted: string): number {
  const g = contentLemmas(gold);
  const p = contentLemmas(predicted);
  if (g.size === 0 && p.size === 0) return 1;
  const shared = [...p].filter((w) => g.has(w)).length;
  return shared === 0 ? 0 : (2 * shared) / (g.size + p.size);
}
