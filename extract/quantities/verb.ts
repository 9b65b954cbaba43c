import type { Claim } from '../../contract/schema';
import { IRREGULAR_VERB, REPORTING_VERB } from '../lexicon';
import { clauseParts } from './population';

/**
 * What a figure of no toll category measures, read from the verb that governs what it counts:
 * "12 million Africans embarked", "those landed, 11 million", "2 million people left", "the
 * number carried a year". Embarked and landed are two questions about one people, so the verb,
 * not the noun, names the measure. The verb's stem (`embark`, `land`, `leav`), '' when none is
 * near the figure.
 */

/** The irregular pasts of moving and losing people, which measure what a figure counts as -ed verbs do. */
const MOVING = ['left', 'fled', 'sent', 'sold', 'taken', 'driven', 'brought', 'lost'];

/** A past participle or a gerund, or an irregular past of moving. */
const VERB = String.raw`\p{L}{3,}(?:ed|ing)|${MOVING.join('|')}`;

/** Words that make what follows a verb of the sentence, not of what the figure counts: "3 million should be revised". */
const AUXILIARY = '(?:should|would|could|must|may|might|will|shall|be|is|was|are|been|has|have|not|still|now)';

/** "12.5 million Africans embarked", "1.8 million passengers leaving", "2.1 million left". */
const AFTER = new RegExp(String.raw`^\s*(?:(?!${AUXILIARY}\b)[\p{L}-]+ ){0,2}?(?:who |were |had )?(${VERB})\b`, 'iu');

/** "the number landed at", "those who embarked,", "her figure for those landed,": the verb of a "those"/"number" that the figure answers. */
const BEFORE = new RegExp(String.raw`\b(?:those|the number|the total|people|persons)(?: who(?: were| had)?)? (${VERB})\b\W*(?:at |was |were |is |are )?(?:some |about |nearly |over |around )?$`, 'iu');

/** Verbs that tell who gives a figure or how it was found, and words ending like a verb that are none. */
const NOT_A_MEASURE = new RegExp(
  String.raw`^(?:${REPORTING_VERB}|based|published|working|writing|including|according|during|following|remaining|leading|missing|reckoning|imputed|assumed|settled|raised|quoted|rounded|thought)$`,
  'i'
);

const ENDING = /(?:ing|ed|e)$/;

/** A present's stem as its -ing and -ed forms give it: leave → leav, like leaving; bring stays. */
const stemOfPresent = (present: string) => (present.replace(ENDING, '').length >= 3 ? present.replace(ENDING, '') : present);

/** Irregular pasts of moving to the stem of their present: "left" and "leaving" answer one question. */
export const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(MOVING.map((past) => [past, stemOfPresent(IRREGULAR_VERB[past]!)]));

const stemOf = (verb: string) => IRREGULAR[verb] ?? verb.replace(ENDING, '');

/** The words BEFORE cannot match without: most clauses lack them, and this test is cheap. */
const BEFORE_WORD = /those|number|total|people|persons/iu;

const measuring = (verb: string | undefined) => (verb && !NOT_A_MEASURE.test(verb) ? verb : undefined);

/** How far before the figure "those who embarked" may stand. */
const REACH_BEFORE = 50;

export function measureVerb(claim: Pick<Claim, 'quote' | 'text' | 'counted'>): string {
  const { before, after } = clauseParts(claim.quote, claim.text, REACH_BEFORE);
  const verb = measuring(AFTER.exec(after)?.[1]) ?? (BEFORE_WORD.test(before) ? measuring(BEFORE.exec(before)?.[1]) : undefined);
  return verb ? stemOf(verb.toLowerCase()) : '';
}
