import type { Category } from './claim-fields';
import { mostCommon } from './most-common';
import { periodText, type Years } from './period';

/**
 * A quantity's label: a noun phrase for the question its claims answer, "People held in the
 * camps, 1938–1939", "Share of the officer corps expelled or purged, 1937–1938", "Africans who
 * embarked, 1501–1866". Built from the claims' category, the people their `counted` names and
 * what those people did, and the period; the category's own words when `counted` names only a
 * measure ("deaths", "population", "total") or nothing.
 */

/** What a category's figures count, and what befell the people a share of them is taken of. */
const CATEGORY_WORDS: Record<Category, { count: string; did: string }> = {
  camp_population: { count: 'People held in the camps', did: 'held in the camps' },
  arrests: { count: 'People arrested', did: 'arrested' },
  convictions: { count: 'People convicted', did: 'convicted' },
  executions: { count: 'People executed', did: 'executed' },
  deaths: { count: 'Deaths', did: 'who died' },
  releases: { count: 'People released', did: 'released' },
  deportations: { count: 'People deported', did: 'deported' },
  expulsions: { count: 'People expelled or purged', did: 'expelled or purged' },
  sentence_length: { count: 'Length of sentences', did: 'sentenced' },
  other: { count: 'Number of people', did: '' }
};

/** Words that name a measure or a figure, not a body of people: "deaths", "the total", "population". */
const MEASURE_NOUN =
  /^(?:deaths?|dead|population|cases|executions?|arrests?|sentences?|rates?|figures?|totals?|numbers?|people|persons|individuals|million|thousand|hundred|years?|data|files|lists|registers|records|books|works|sources|estimates|accounts|studies|reports|agencies)$/i;

/** The last word of a body of people: a plural ("officers", "men", "children") or a collective. */
const PEOPLE_WORD = /(?:s|men|children|folk)$/i;

/** Bodies of people named in the singular: a share of *the* officer corps. */
const COLLECTIVE = /^(?:corps|leadership|military|army|navy|party|personnel|staff|population|clergy|peasantry|intelligentsia|command)$/i;

/** A past tense or participle saying what the counted people did or underwent. */
const PAST = /^(?:\p{L}{2,}ed|left|fled|sent|sold|taken|driven|brought|lost|held|shot|killed|died|slain|born|kept|gone|put)$/iu;

/** Words that end the people named: a gerund, a preposition (but "of": "members of the Party"), a relative, a verb. */
const NOUN_END = /^(?:\p{L}{3,}ing|in|into|at|from|for|to|on|by|with|during|under|over|across|through|abroad|away|out|off|back|who|which|that|per|and|or|as|is|are|was|were|had|have|die|perish)$/iu;

/** What makes a past form passive or perfect, kept with it: "officers were shot" → who were shot. */
const AUXILIARY = /^(?:were|was|are|is|had|have|been)$/i;

/** At most this many words of what they did: "sympathized with the crown", not the rest of the sentence. */
const DID_WORDS = 5;

export interface Counted {
  /** The people counted ("white adults"), '' when the phrase names none. */
  who: string;
  /** What they did ("sympathized with the crown"), '' when it says nothing. */
  did: string;
}

/** The word that names the people: "members" of "members of the Party", "corps" of "officer corps". */
const headOf = (who: string) => who.split(/\s+of\s+/)[0]!.split(' ').at(-1) ?? '';

/** "white adults sympathized with the crown" → white adults / sympathized with the crown. */
export function readCounted(counted: string): Counted {
  const words = counted.split(/[\s,;]+/u).filter(Boolean);
  // A past form before a plain word describes it ("repressed individuals"); else it says what they did.
  const verb = words.findIndex((w, i) => PAST.test(w) && (i === words.length - 1 || NOUN_END.test(words[i + 1]!) || PAST.test(words[i + 1]!)));
  const end = words.findIndex((w, i) => i === verb || NOUN_END.test(w));
  const nounWords = words.slice(0, end === -1 ? words.length : end);
  const last = headOf(nounWords.join(' '));
  const people = PEOPLE_WORD.test(last) || COLLECTIVE.test(last);
  const who = people && !MEASURE_NOUN.test(last) ? nounWords.join(' ') : '';
  const from = verb > 0 && AUXILIARY.test(words[verb - 1]!) ? verb - 1 : verb;
  const did = verb === -1 ? '' : words.slice(from, verb + DID_WORDS).join(' ');
  return { who, did };
}

/** "officer corps" → "the officer corps"; "officers" stays. */
const withArticle = (who: string) => (COLLECTIVE.test(headOf(who)) && !/^the\b/i.test(who) ? `the ${who}` : who);

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Share of X who did", "Share of X held in the camps", "Share of people who died". */
function shareLabel(category: Category, { who, did }: Counted): string {
  const of = withArticle(who || 'people');
  if (category !== 'other') return `Share of ${of} ${CATEGORY_WORDS[category].did}`;
  return did ? `Share of ${of} who ${did}` : `Share of ${of}`;
}

/** "Africans who embarked", "People who landed", "Number of members of the Party", "Size of the officer corps". */
function countLabel(category: Category, { who, did }: Counted): string {
  if (category !== 'other') return CATEGORY_WORDS[category].count;
  if (did) return `${upperFirst(who || 'people')} who ${did}`;
  if (!who) return CATEGORY_WORDS.other.count;
  return withArticle(who) === who ? `Number of ${who}` : `Size of ${withArticle(who)}`;
}

/**
 * The label of a quantity of this category, whose claims count these phrases, over these years;
 * `share` when all its figures are shares.
 */
export function labelOf(category: Category, counted: readonly string[], share: boolean, years: Years): string {
  const read = counted.map(readCounted);
  // One phrase's people and deed together, so a label never pairs one claim's people with another's deed.
  const said = read.filter((r) => r.who || r.did);
  const [who = '', did = ''] = mostCommon(said.map((r) => `${r.who}\u0000${r.did}`))?.split('\u0000') ?? [];
  // A toll category says what befell them itself: only the people are wanted, whoever's deed comes with them.
  const people = category === 'other' ? who : (mostCommon(read.map((r) => r.who).filter(Boolean)) ?? '');
  const phrase = share ? shareLabel(category, { who: people, did }) : countLabel(category, { who: people, did });
  const period = periodText(years.year_from, years.year_to);
  return period ? `${phrase}, ${period}` : phrase;
}
