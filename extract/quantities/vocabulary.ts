import { HELD_NOUNS, SOURCE_NOUN, TIME_UNIT } from '../lexicon';

/**
 * Words that tell one counted population from another. Rival estimates of one question name the
 * same people in different words ("political prisoners", "detainees", "the convict population"),
 * so only bodies of people that a question is specifically about get a name here; everyone else
 * is people at large and may meet any of them.
 */

/**
 * Bodies of people, tried in order: the police before the army, as "security officers" are police.
 * Only nouns for people count: "NKVD archives" or "a military historian" name no one counted.
 */
export const POPULATIONS: readonly { name: string; words: RegExp }[] = [
  {
    name: 'police',
    words: /\b(?:(?:nkvd|ogpu|gpu|cheka|police|security) (?:officers?|officials|employees|executives|men|personnel|chiefs|cadres)|chekists?|policem[ae]n)\b/i
  },
  {
    name: 'military',
    words: /\b(?:officers?|officer corps|(?:red )?army|air force|navy|commanders?|command staff|generals?|marshals?|admirals?|soldiers|troops|servicemen|military (?:leadership|leaders|personnel|men|cadres))\b/i
  },
  { name: 'party', words: /\b(?:party|communists?|central committee|delegates)\b/i },
  { name: 'peasants', words: /\b(?:kulaks?|peasants?|peasant households)\b/i },
  { name: 'women', words: /\b(?:women|mothers)\b/i },
  { name: 'children', words: /\b(?:children|orphans)\b/i },
  { name: 'clergy', words: /\b(?:priests|clergy|clergymen|monks|nuns)\b/i }
];

/**
 * The many words for people held, which rival figures use interchangeably ("political
 * prisoners", "detainees", "zeks", "the prison population"). Not a body of people above: a
 * question about prisoners takes figures about people at large, and dated figures of one year
 * meet whatever they call the prisoners.
 */
const HELD = String.raw`(?:political )?(?:${HELD_NOUNS})|(?:prison|camp|gulag|convict|inmate|detainee) population`;

/** What a share is a share of: a named body of people, or the prisoners. */
export const WHOLES: readonly { name: string; words: RegExp }[] = [
  ...POPULATIONS,
  { name: 'prisoners', words: new RegExp(String.raw`\b(?:${HELD})\b`, 'i') }
];

/**
 * What a figure filed under no category counts, read from its own few words: categories are
 * guessed from verbs that can sit far from the figure, while "detainees" or "deaths" right after
 * it say what it measures.
 */
export const MEASURE_WORDS: readonly { family: string; words: RegExp }[] = [
  { family: 'executed', words: /\b(?:executed|executions?|shot)\b/i },
  { family: 'died', words: /\b(?:deaths?|dead|died|perished)\b/i },
  { family: 'held', words: new RegExp(String.raw`\b(?:${HELD}|detained|in (?:the )?(?:camps|gulag|prisons?))\b`, 'i') }
];

/**
 * Words that end the stretch of a sentence that speaks of one figure. Square brackets are not
 * among them: they hold an editor's words that belong to the sentence ("[the military leadership]").
 */
export const CLAUSE_END = /[;:()]|\.\s|,\s(?:and|but|while|whereas|of whom|of which)\s/g;

/**
 * Words before a figure that make it a mean over a period, not a count at one date or in all:
 * "an average of", "the average number of", "Annually, ... estimated".
 */
export const AVERAGE = /\b(?:average|on average|annual(?:ly)?|yearly)\b/i;

/**
 * Words around a figure that make it one source's excess over another's ("to the 150,000, Brown
 * added 4 million", "invented 7 million extra!"): a difference between estimates, no estimate.
 */
export const DIFFERENCE_BEFORE = /\b(?:add(?:s|ed)|invent(?:s|ed)|inflated (?:it |them |the figures? )?by|exaggerated (?:it |them |the figures? )?by)\W*$/i;
export const DIFFERENCE_AFTER = /^\s*(?:extra|too many)\s*(?:[!.,;:)]|$)/i;

/** "of the Soviet population", "of its population": a share of a whole people, which may restate a count of it. */
export const OF_A_POPULATION = /\bof (?:the |its |their |a )?(?:[\p{L}’'-]+ ){0,2}population\b/iu;

/** Words after a figure that make a count a yearly rate. */
export const PER_YEAR = /\b(?:per (?:year|annum)|a year|each year|every year|yearly|annually|annual(?: average)?)\b/i;

/** Words just before a figure that make it a change in a whole: "swelled by", "an increase of". */
export const CHANGE = /\b(?:(?:increased|swelled|grew|rose|fell|dropped|declined|decreased|shrank) by|(?:an? )?(?:increase|decrease|rise|fall|drop|growth|decline) of)(?: (?:some|about|around|nearly|almost|over|more than))?\s*$/i;

/** Words by which a text sets one figure against another: "20,000, not 90,000", "in fact", "estimates range from", ", while the ministry gave", "against the earlier figure"; a note mark may stand after the comma ("2 million,[5] while"). */
export const CONTRAST = /,(?:\s*\[[^\]]{1,12}\])*\s*(?:not|while|whereas)\b|\b(?:in fact|in reality|in truth|actually|rather than|instead of|as against|against the (?:earlier |previous |usual |often[- ]quoted )?(?:figure|estimate|claim)s?|compared (?:with|to))\b|\bestimates?\b[^.;]{0,40}\brang(?:e|es|ed|ing) from\b/i;

/** Words just before a figure that make it a ratio between figures, not a count: "multiplied by a factor of 16". */
export const MULTIPLIER = /\b(?:factor of(?: between| about| some)?|multiplied by)\s*$/i;

/** A possessive before a record: "the clergy's burial lists", "the army's own figures" name who wrote the figure down. */
export const RECORD_OWNER = new RegExp(
  String.raw`\b[\p{L}-]+['’]s?(?= (?:[\p{L}-]+ )?(?:${SOURCE_NOUN}|lists|registers?|ledgers|returns|books|counts?|estimates?|tally|tallies)\b)`,
  'giu'
);

/**
 * Words limiting a figure to one part of a whole: "in the workhouses alone", "among the refugees
 * only" before it, "starvation deaths alone" in what it counts. A time is no part ("in 1847
 * alone", "that year alone" restate the period).
 */
const PART_NOUN = String.raw`(?!(?:the |that |this |those )?${TIME_UNIT}\b)((?:[\p{L}-]+ )?[\p{L}-]+)`;
export const PART_BEFORE = new RegExp(String.raw`\b(?:in|at|among|from) (?:the |those |these )?${PART_NOUN} (?:alone|only)\b`, 'iu');
export const PART_AFTER = new RegExp(String.raw`^([\p{L}-]+) [\p{L}-]+ alone\b`, 'iu');

/** Words before a figure that make it the baseline a toll is measured against, not a toll: "against a normal year of", "before the war". */
export const BASELINE = /\b(?:(?:a|an|the) (?:normal|ordinary|usual|typical|average) year(?:'s| of)?|in normal (?:years|times)|before the (?:famine|war|crisis|epidemic|genocide))\b[^.;]*$/i;
