import { MONTH } from '../lexicon';

/**
 * Whether capitalised words name a person, body or publication, and the part to report: the
 * surname of a person ("Robert Conquest" → "Conquest"), a body as written ("NKVD"). A capital
 * is also what opens a sentence, so words of the closed classes (articles, pronouns,
 * prepositions, conjunctions, auxiliaries), adverbs in -ly, -ing forms, months, titles and
 * adjectives of nationality are never taken for a name.
 */

const CLOSED_CLASS = new Set(
  ('a an the this that these those it its he she they we i you his her their our my your him them us me ' +
    'in on at by of for from to into onto with without within about after before during since until over under ' +
    'between among through across against upon per via and but or nor yet so if when then there here thus hence ' +
    'while although though because as unless whereas besides however moreover nevertheless still also only even ' +
    'not no all some many most each both such other another one two three what which who whose whom ' +
    'is was were are be been being has had have do did does let may might can could will would shall should must ' +
    'altogether total official actual new old mr mrs ms dr prof general comrade sir st ' +
    'earlier later former latter previous recent first last').split(' ')
);
const MONTH_WORD = new RegExp(`^${MONTH}$`);
/**
 * "Deaths", "Victims": what a table's column or a heading counts, capitalised there, is no one;
 * nor is "People thought …", a sentence opened by people in general.
 */
const COUNTED = /^(?:deaths|births|dead|victims|losses|casualties|arrests|executions|prisoners|refugees|emigrants|totals?|years?|people|persons|others|everyone|everybody|nobody|someone)$/i;
/** "Approximately", "Having", "Russian", "Japanese", "Polish": forms that are not names. */
const NOT_A_NAME_FORM = /^(?:[A-Z][a-z]+(?:ly|ing)|[A-Z][a-z]+(?:ian|ish)|[A-Z][a-z]{3,}ese|Soviet)$/;

function isNameWord(word: string): boolean {
  const bare = word.replace(/[’']s?$/, '').replace(/\.$/, '');
  return /^\p{Lu}/u.test(bare) && !CLOSED_CLASS.has(bare.toLowerCase()) && !MONTH_WORD.test(bare) && !NOT_A_NAME_FORM.test(bare) && !COUNTED.test(bare);
}

/** The name in a run of capitalised words, or null when none can be one: its last word, possessive dropped. */
export function nameOf(raw: string): string | null {
  const last = raw.trim().split(/\s+/).filter(isNameWord).at(-1);
  return last ? last.replace(/[’']s?$/, '').replace(/\.$/, '') : null;
}
