import type { Unit } from '../../contract/schema';
import { after, before, textOf, type Candidate } from '../context/candidate';
import { COUNT_NOUN, DURATION_UNITS, OTHER_MEASURE, PEOPLE_NOUN, SOURCE_NOUN, TIME_WORD, YEAR } from '../lexicon';

/** What the figure measures, read from the words that follow it (or a currency sign before). */

const UNIT_WORDS: [RegExp, Unit][] = [
  ...DURATION_UNITS.map((u): [RegExp, Unit] => [new RegExp(`^${u.slice(0, -1)}s?$`, 'i'), u]),
  [/^(?:minutes?|seconds?)$/i, 'other'],
  [/^(?:rubles?|roubles?)$/i, 'rubles'], [/^dollars?$/i, 'dollars'],
  [/^(?:km|kilomet(?:er|re)s?)$/i, 'km'], [/^miles?$/i, 'miles'], [OTHER_MEASURE, 'other']
];

/** Adjectives and the like that may stand between a figure and its noun. */
const FILLER = /^(?:death|more|other|full|whole|long|leading|former|ordinary|political|of|the|his|their|its|our|these|those|such|new|old|prominent|eminent|senior|top|additional|extra|Soviet|Red|Army|NKVD|party|Party|army|state|security|NKVD’s|active|innocent|ousted|dismissed|[a-z]+-[a-z]+|[a-z]+(?:ed|al|ic|ive|ous|an|ish|ful|less|ary|ist))$/;

const WORD = /[A-Za-z][A-Za-z’'-]*|[,.;:!?()–—]/g;

function wordsAfter(c: Candidate, n: number): string[] {
  return (after(c, 80).replace(/^-/, ' ').match(WORD) ?? []).slice(0, n);
}

/**
 * "dischargees", "historians", "anarchists": nouns of people by their ending (-ees, -ians, -ists),
 * long enough not to be "lists".
 */
const PERSON_ENDING = /^[a-z]{3,}(?:ees|ians|ists)$/i;

function unitWord(w: string): Unit | null {
  const bare = w.replace(/[’']s?$/, '');
  for (const [re, unit] of UNIT_WORDS) if (re.test(bare)) return unit;
  if (PEOPLE_NOUN.test(bare) || PERSON_ENDING.test(bare)) return 'people';
  return null;
}

/**
 * Words that end the figure's noun phrase. An article or "per" starts a rate's "a year", "per
 * day": what the figure counts stands before it ("88,000 a year" are people), and a time word after
 * an article is a span, not the figure's unit ("returned within a year").
 */
const PHRASE_END = /^(?:[,.;:!?()–—]|or|and|to|from|in|at|on|by|for|was|were|had|is|are|who|which|that|with|than|an?|per|each|every)$/i;
/** Common verbs that follow a figure standing alone: "these three became", "2416 won". */
const VERB_AFTER = /^(?:became|become|remained|won|got|made|took|gave|went|came|did|died|fell|rose|lost|held|left|saw|found|said|told|could|would|should|will|may|might|must|can|do|does|have|has|be|been)$/i;

/**
 * The unit named by the noun after the figure. Adjectives, and singular words that modify the
 * noun ("two Moscow prisons", "1,000 gold rubles", "38 labor camp clusters"), are read past; a
 * capitalised plural is a people ("8000 Loyalists"); an unknown plural counts things.
 */
export function nounUnit(c: Candidate): Unit | null {
  const words = wordsAfter(c, 6);
  for (const [i, w] of words.slice(0, 5).entries()) {
    const unit = unitWord(w);
    if (unit) return unit;
    if (PHRASE_END.test(w) || VERB_AFTER.test(w)) return null;
    if (/^\p{Lu}[\p{Ll}’'-]+s$/u.test(w)) return words[i + 1] === 'of' ? 'count' : 'people';
    if (COUNT_NOUN.test(w) && !FILLER.test(w)) return 'count';
  }
  return null;
}

/** "1000 of those fellows", "a 25-man cell", "twice that: 40 men": people by the words around. */
const OF_PEOPLE = /^ of (?:those|them|whom|us|these)\b/i;
const MANNED = /^-(?:man|men|person|strong)\b/i;
/** "two or three times at a meeting", "five times a year": "times" that count occasions, not a multiplier. */
const OCCASIONS = /^ times (?:at|in|a|an|per|each|every|during|on|when|before|after|since|that|this|last)\b/i;
/** "the ten-year sentence to five or six", "7 hours ... to 10": a bare figure in a span of time. */
const TIME_BEFORE = new RegExp(`[\\d\\w][- ](${TIME_WORD})s?\\b[^.;:]{0,50}\\b(?:to|or|and)$`, 'i');
/** "ten, no, fifteen years": the unit a correction gives. */
const TIME_AFTER = new RegExp(`^,? (?:no|or|to|perhaps|maybe|even)\\b,? [\\w-]+ (${TIME_WORD})s?\\b`, 'i');

/**
 * "the 2 million of the relief agencies", "the 15 million of the older books": a definite figure
 * owned by a source, whose noun ("books") is not what the figure counts.
 */
const OF_SOURCE = new RegExp(`^ of (?:the |their |its )?(?:[a-z]+ ){0,2}(?:${SOURCE_NOUN})\\b`, 'i');
const sourcesFigure = (c: Candidate) => /\bthe\s$/i.test(before(c, 5)) && OF_SOURCE.test(after(c, 60));

/** The unit of an elliptic figure, from a time unit named just before or after it. */
function elidedUnit(c: Candidate): Unit | null {
  const word = TIME_BEFORE.exec(before(c, 70).trimEnd())?.[1] ?? TIME_AFTER.exec(after(c, 40))?.[1];
  return word ? unitWord(word) : null;
}

/** "Of the 1,200 villages emptied, only 30 were resettled": the whole a part is counted out of. */
const PART_OF_WHOLE = new RegExp(
  `\\bof (?:the |these |those |its |their |all (?:the )?)?(?!${YEAR}\\b)\\d[\\d,.]*(?: (?:hundred|thousand|million))? ([A-Za-z][\\w’'-]*)[^.;:]*$`, 'i'
);

/** The unit of a figure with no noun, from the whole its sentence counts it out of. */
function wholeUnit(c: Candidate): Unit | null {
  const noun = PART_OF_WHOLE.exec(before(c, 80))?.[1];
  if (!noun) return null;
  return unitWord(noun) ?? (COUNT_NOUN.test(noun) && !FILLER.test(noun) ? 'count' : null);
}

export function unitOf(c: Candidate): Unit {
  if (c.expr.kind === 'percent') return 'percent';
  if (c.expr.kind === 'fraction') return 'fraction';
  if (/\$\s?$/.test(before(c, 2))) return 'dollars';
  if (/(?:[£€¥₹]|\bRs\.?)\s?$/.test(before(c, 4))) return 'other';
  if (/fold$/i.test(textOf(c))) return 'times';
  const inner = /\b(year|month|week|day|hour)s? or\b/i.exec(textOf(c));
  if (inner) return unitWord(inner[1]!)!;
  if (/^half[- ]a[- ]dozen|^half-dozen|dozen/i.test(textOf(c)) && nounUnit(c) === null) return 'count';
  if (OF_PEOPLE.test(after(c, 12)) || MANNED.test(after(c, 8))) return 'people';
  // A fraction of a time is no occasion: "4.5 times in the capital" multiplies.
  if (/^ times\b/i.test(after(c, 7))) return OCCASIONS.test(after(c, 20)) && Number.isInteger(c.expr.low) ? 'count' : 'times';
  const noun = (sourcesFigure(c) ? null : nounUnit(c)) ?? elidedUnit(c) ?? wholeUnit(c);
  if (noun) return noun;
  // A hyphenated noun makes a compound adjective of a thing: "four-room", "forty-three-page".
  if (/^-[a-z]+\b/i.test(after(c, 20))) return 'count';
  // With no noun of its own, a figure almost always refers back to people already named.
  return 'people';
}
