import type { Unit } from '../../contract/schema';
import { after, before, textOf, type Candidate } from '../context/candidate';
import { COUNT_NOUN, PEOPLE_NOUN } from '../lexicon';

/** What the figure measures, read from the words that follow it (or a currency sign before). */

const UNIT_WORDS: [RegExp, Unit][] = [
  [/^years?$/i, 'years'], [/^months?$/i, 'months'], [/^weeks?$/i, 'weeks'],
  [/^days?$/i, 'days'], [/^hours?$/i, 'hours'],
  [/^(?:rubles?|roubles?)$/i, 'rubles'], [/^dollars?$/i, 'dollars'],
  [/^(?:km|kilomet(?:er|re)s?)$/i, 'km'], [/^miles?$/i, 'miles'], [/^times$/i, 'times']
];

/** Adjectives and the like that may stand between a figure and its noun. */
const FILLER = /^(?:death|more|other|full|whole|long|leading|former|ordinary|political|of|the|his|their|its|our|these|those|such|new|old|prominent|eminent|senior|top|additional|extra|Soviet|Red|Army|NKVD|party|Party|army|state|security|NKVD’s|active|innocent|ousted|dismissed|[a-z]+-[a-z]+|[a-z]+(?:ed|al|ic|ive|ous|an|ish|ful|less|ary|ist))$/;

const WORD = /[A-Za-z][A-Za-z’'-]*|[,.;:!?()–—]/g;

function wordsAfter(c: Candidate, n: number): string[] {
  return (after(c, 80).replace(/^-/, ' ').match(WORD) ?? []).slice(0, n);
}

/** "dischargees", "evacuees", "appointees": the -ee nouns name people something was done to. */
const PERSON_ENDING = /^[a-z]{3,}ees$/i;

function unitWord(w: string): Unit | null {
  const bare = w.replace(/[’']s?$/, '');
  for (const [re, unit] of UNIT_WORDS) if (re.test(bare)) return unit;
  if (PEOPLE_NOUN.test(bare) || PERSON_ENDING.test(bare)) return 'people';
  return null;
}

/** The unit named by the first noun after the figure, looking past a few adjectives. */
export function nounUnit(c: Candidate): Unit | null {
  const words = wordsAfter(c, 5);
  for (const [i, w] of words.entries()) {
    const unit = unitWord(w);
    if (unit) return unit;
    if (/^[,.;:!?()–—]$/.test(w) || /^(?:or|and|to|from|in|at|on|by|for|was|were|had|is|are|who|which|that)$/i.test(w)) return null;
    if (i === 0 && COUNT_NOUN.test(w) && !FILLER.test(w)) return 'count';
    if (!FILLER.test(w)) return COUNT_NOUN.test(w) ? 'count' : null;
  }
  return null;
}

export function unitOf(c: Candidate): Unit {
  if (c.expr.kind === 'percent') return 'percent';
  if (c.expr.kind === 'fraction') return 'fraction';
  if (/\$\s?$/.test(before(c, 2))) return 'dollars';
  const inner = /\b(year|month|week|day|hour)s? or\b/i.exec(textOf(c));
  if (inner) return unitWord(inner[1]!)!;
  if (/^half[- ]a[- ]dozen|^half-dozen|dozen/i.test(textOf(c)) && nounUnit(c) === null) return 'count';
  const noun = nounUnit(c);
  if (noun) return noun;
  // A hyphenated noun makes a compound adjective of a thing: "four-room", "forty-three-page".
  if (/^-[a-z]+\b/i.test(after(c, 20))) return 'count';
  // With no noun of its own, a figure almost always refers back to people already named.
  return 'people';
}
