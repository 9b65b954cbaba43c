import type { Category, Scope, Unit } from '../../contract/schema';
import { MONTH } from '../lexicon';
import { after, before, lineAfter, lineBefore, sentenceText, type Candidate } from '../context/candidate';
import { isCountry } from './places';

/**
 * How much of the world a figure is about (GUIDELINES.md, Scope): the whole country or a whole
 * institution (`system`), one place, body or trial (`local`), or one person, group or day and
 * the details of everyday life (`individual`). Read from the unit, the words around the figure
 * (a cell or a family; a camp or a capitalised place that is not a country) and, weakly, its size.
 */

/** Units of everyday life: a day's hours, a price, a wage, a distance. */
const EVERYDAY_UNITS: ReadonlySet<Unit> = new Set(['hours', 'days', 'weeks', 'rubles', 'dollars', 'km', 'miles', 'other']);
const DURATIONS: ReadonlySet<Unit> = new Set(['years', 'months']);
const SHARES: ReadonlySet<Unit> = new Set(['percent', 'fraction', 'times']);

/** Sums of money this large are budgets, not prices. */
const BUDGET = 1_000_000;
/** A handful: on its own, a figure this small is about a few people or things. */
const HANDFUL = 12;

/** Units of a person's life or of a small group: a cell, a family, a day, one denouncer. */
const INDIVIDUAL_CUE =
  /\b(?:cells?|famil(?:y|ies)|wagons?|transports?|interrogations?|apiece|each (?:day|night|week|man|woman|prisoner|copy)|(?:a|per|every|each) (?:day|night|shift)|daily|household|(?:by|from) one (?:man|woman|person)|a single)\b/i;
/** Everyday details, even when a rule sets them for everyone. */
const EVERYDAY = /\b(?:wages?|salar(?:y|ies)|pay|paid|prices?|rations?|rent|fuel)\b/i;
/** Things that exist only at the scale of a country or of history: "two world wars", "three revolutions". */
const HISTORIC_THING =
  /^(?:[\p{L}-]+\s+){0,2}?(?:wars|revolutions|campaigns|amnesties|movements|states|nations|countries|republics|armies|parties|governments|staffs|purges|famines|plans|elections|waves|operations|regimes|empires|dynasties|congresses)\b/iu;
/** A narrator's own experience. */
const FIRST_PERSON = /\b(?:I|my|me)\b/;
/** Below this a cell or a family can hold the figure; above it, the words are about a class of people. */
const GROUP = 1000;

/**
 * A plot as one body of people; not a plot named as the charge ("charged with conspiracy",
 * "accused of a plot"), of which many may be accused across a country.
 */
const PLOT = String.raw`\b(?:conspiracy|plot)\b(?![\p{L}-])(?<!\b(?:charged|accused|convicted|guilty|suspected|tried|arrested|sentenced)\s+(?:with|of|for)\s+(?:[\p{L}-]+\s+)?(?:conspiracy|plot))`;

/** Places and vessels that hold or carry people one at a time: "the workhouse", "a ship", "one voyage". */
/** Not a station or a port of entry: a whole flow passes through it and is counted there. */
const HOLDS = 'workhouse|poorhouse|hospital|asylum|ship|vessel|parish|ghetto|barracks|market';

/** "on one voyage", "a single crossing": one passage of a ship; "the voyage" is any of them. */
const ONE_VOYAGE = String.raw`\b(?:one|a|a single|that|this|each)\s+(?:voyage|crossing)\b`;

/** One place, body or trial, named by what it is: "the camp", "one district", "this trial". */
const LOCAL_NOUN = new RegExp(
  String.raw`\b(?:the|this|that|one|a|an|each|another|his|its|their|your|such)\s+(?:[\p{L}’'-]+\s+){0,2}(?:camp|compound|prison|jail|isolator|colony|region|district|raion|oblast|province|city|town|village|factory|plant|mine|trial|case|republic|committee|congress|plenum|organi[sz]ation|staff|department|institute|school|${HOLDS})\b(?![\p{L}-]|\s+(?:system|population|survey|census|study|lists?|records?|registers?|deaths?|dead|mortality|returns))|${PLOT}|\b(?:committee|presidium|politburo|secretariat)\b(?![\p{L}-])|${ONE_VOYAGE}`,
  'iu'
);
/** The nouns of LOCAL_NOUN alone: a cheap test that most text fails, before the full pattern. */
const LOCAL_HEAD = new RegExp(
  `camp|compound|prison|jail|isolator|colony|region|district|raion|oblast|province|city|town|village|factory|plant|mine|trial|case|republic|committee|congress|plenum|organi|staff|department|institute|school|conspiracy|plot|presidium|politburo|secretariat|voyage|crossing|${HOLDS}`,
  'i'
);
const localNoun = (text: string) => LOCAL_HEAD.test(text) && LOCAL_NOUN.test(text);

/** One trial: its accused, judges and witnesses. */
const TRIAL = /\b(?:trial|tribunal|accused|(?:co-?)?defendants)\b/i;
/**
 * The people of one trial or plot, read over the whole sentence, as "seven generals were arrested
 * in June and put on trial" names the trial well after the figure.
 */
const TRIAL_OR_PLOT = new RegExp(String.raw`\b(?:trials?|tribunal|accused|(?:co-?)?defendants|conspirators|plotters)\b|${PLOT}`, 'iu');

/**
 * "in Leningrad", "at Vorkuta": a capitalised place after a preposition of place. Not after
 * "the" ("in the Red Army" is an institution), nor a possessive ("in Smith’s") or an acronym.
 */
const PLACE = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]ut of)\s+(\p{Lu}[\p{L}.-]+(?:[\s-]+\p{Lu}[\p{L}.-]+)*)(?![’'\p{L}])/gu;
/** "on the Bight of Benin", "in the Gulf of Aden": a named stretch of coast, sea or land; not "at the University of X". */
const NAMED_STRETCH =
  /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]n|[Oo]ff|[Aa]long) the ((?:Bight|Bay|Gulf|Cape|Coast|Sea|Straits?|Isle|Islands?|Lake|Valley|Mouth|Delta|Plains?|Basin|Peninsula|Horn) of \p{Lu}[\p{L}-]+)/u;
/**
 * "the government in Lagos announced", "a newspaper in Lisbon": the seat of whoever gives the
 * figure, not the place it counts.
 */
const SEAT = /\b(?:government|regime|authorities|ministry|officials|court|press|newspapers?|paper|agency|embassy|legation)\s+$/;
/** "Portuguese archives", "British ships": an adjective of a people, not a place. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ese|ian|ish|ic)$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const NOT_PLACE = new RegExp(`^(?:${MONTH}|addition|fact|general|short|particular|all|total|other|this|that|these|those|[IVX]+)$`, 'i');
/** A place name used as an adjective before what is counted: "two Moscow prisons". */
const PLACE_ADJECTIVE = /^\s*(\p{Lu}[\p{L}’'-]+)\s+(?:prisons?|camps?|factories|schools|districts?|jails?)\b/u;
/** "Lisbon ships alone carried 2 million": a place's vessels or houses as the subject of the figure. */
const PLACE_SUBJECT = /(?<![\p{L}-])(\p{Lu}[\p{L}’'-]+)\s+(?:ships|vessels|traders|merchants|workhouses|hospitals|ports|parishes)\s+(?:alone\s+)?[a-z]+\s+(?:(?:about|some|over|nearly|around|almost|roughly|only|perhaps)\s+)?$/u;

/**
 * A capital that opens the sentence may be any noun's ("Slave ships landed …"): there only a part
 * set off by "alone" names a place.
 */
function placeSubject(c: Candidate): boolean {
  const lead = before(c, 80);
  const m = PLACE_SUBJECT.exec(lead);
  if (!m || !isSmallPlace(m[1]!)) return false;
  const opensSentence = lead.length < 80 && /^\W*$/.test(lead.slice(0, m.index));
  return !opensSentence || /\balone\b/.test(m[0]);
}

/**
 * A place that has a figure as its subject: "the town had 12,000 inhabitants", "Vilnius held
 * some 40,000"; not after "the" ("the Army had"), which names an institution. Only from a
 * hundred, where a person who "had fourteen cousins" is unlikely. Not "counted": a person who
 * counted a figure reports it ("X counted 5 million detainees"). The figures after it in the
 * sentence stay the place's ("the town had 12,000 Jews; by 1945 these numbered 300") unless they
 * name a whole.
 */
const TOWNSFOLK = 100;
const PLACE_HAS =
  /(?<!\b[Tt]he\s+)(?<![\p{L}-])(\p{Lu}[\p{L}-]+),?\s+(?:(?:is|was|were) (?:known|said|reported|thought|believed) to (?:have|hold|house)|had|has|held|housed|lost)\s+(?:(?:about|some|over|nearly|around|almost|roughly|only|perhaps)\s+)?(?=$|\d)/u;

/** A span of years that marks a country's era rather than a person's life. */
const ERA = /\b(?:power|peace|war|government|regime|rule|reign|tenure|era|span|revolution|period|following|next)\b/i;
/** A span named by what bounds or fills it: "the ten years between the treaty and the war", "17 years of peace". */
const ERA_SPAN =
  /^[\s-]*(?:years?|months?)\s+(?:between\b|span\b|of\s+(?:[\p{L}-]+\s+)?(?:power|peace|war|rule|reign|tenure|revolution)\b)/iu;
/** One man's or woman's span of life, whatever the words around it: "he fought for two years". */
const ONE_PERSON = /\b(?:he|she)\b/i;

/** Words of the whole: the country, all of a class, a total. */
const SYSTEM_CUE =
  /\b(?:country|countries|nation(?:al|wide)?|whole|entire|all|total(?:ling)?|throughout|altogether|population|Soviet|state|Gulag|GULAG|camps|prisons|colonies)\b/;

/** PLACE's start without Unicode classes, to skip most text cheaply. */
const PLACE_START = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]ut of)\s+[^\sa-z]/;

function isSmallPlace(name: string): boolean {
  return !NOT_PLACE.test(name) && !ACRONYM.test(name) && !NATIONALITY.test(name) && !isCountry(name);
}

function placeHasFigure(c: Candidate, text: string): boolean {
  if (c.expr.high < TOWNSFOLK) return false;
  const head = before(c, 200);
  const m = PLACE_HAS.exec(head);
  if (m === null || !isSmallPlace(m[1]!)) return false;
  const ownFigure = m.index + m[0].length === head.length;
  return ownFigure || !SYSTEM_CUE.test(text);
}

function localPlace(text: string): boolean {
  const stretch = NAMED_STRETCH.exec(text);
  if (stretch && !isCountry(stretch[1]!)) return true;
  if (!PLACE_START.test(text)) return false;
  for (const m of text.matchAll(PLACE)) {
    // A sentence's full stop is no part of the name ("in Brazil."), an abbreviation's is ("U.S.").
    const place = m[1]!;
    const first = place.split(/[\s-]/)[0]!.replace(/\.$/, '');
    const country = isCountry(place) || isCountry(place.replace(/\.$/, '')) || isCountry(first);
    if (SEAT.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    if (!NOT_PLACE.test(first) && !ACRONYM.test(first) && !NATIONALITY.test(first) && !country) return true;
  }
  return false;
}

/** How far around the figure its neighbourhood reaches. */
const NEAR = 55;
/** Letters a window cut off mid-word: "the “I" of "the “Industrial" is no first person. */
const CUT_END = /[\p{L}\p{N}’'-]+$/u;
const CUT_START = /^[\p{L}\p{N}’'-]+/u;

/** "… 9 per cent. In County Mayo the population fell …": a place that opens a sentence is that sentence's. */
const OPENS_WITH_PLACE = /^\W*(?:In|At|Near|From)\s+\p{Lu}/u;

/**
 * Whether the words of the next sentence belong to it alone: it opens with a place, or it counts
 * a figure of its own ("… at about 1 million. About 60% of one village sample died …").
 */
function nextSentenceOwnsItsWords(c: Candidate): boolean {
  const next = c.line.text.slice(c.sentence.end, c.sentence.end + NEAR);
  return OPENS_WITH_PLACE.test(next) || /\d/.test(next);
}

/** The figure's neighbourhood: the words that say what and where it counts, whole words only. */
function near(c: Candidate): string {
  const lead = lineBefore(c, NEAR + 1);
  const rest = nextSentenceOwnsItsWords(c) ? after(c, NEAR + 1) : lineAfter(c, NEAR + 1);
  const head = lead.length > NEAR && /[\p{L}\p{N}]/u.test(lead[0]!) ? lead.slice(1).replace(CUT_START, '') : lead.slice(-NEAR);
  const tail = rest.length > NEAR && /[\p{L}\p{N}]/u.test(rest[NEAR]!) ? rest.slice(0, NEAR).replace(CUT_END, '') : rest.slice(0, NEAR);
  return `${head} # ${tail}`;
}

function peopleOrThings(c: Candidate, unit: Unit, text: string): Scope {
  if (HISTORIC_THING.test(after(c, 40).trim())) return 'system';
  if (c.expr.high < GROUP && (INDIVIDUAL_CUE.test(text) || FIRST_PERSON.test(text))) return 'individual';
  if (c.expr.high < GROUP && TRIAL.test(text)) return 'local';
  if (c.expr.high < GROUP && (unit === 'people' || unit === 'count') && TRIAL_OR_PLOT.test(sentenceText(c))) return 'local';
  if (localNoun(text) || PLACE_ADJECTIVE.test(after(c, 40)) || placeHasFigure(c, text) || placeSubject(c)) return 'local';
  // A handful of people in a named place are those people ("two officials in Lyon told him"), not the place.
  if (localPlace(text)) return unit === 'people' && c.expr.high <= HANDFUL ? 'individual' : 'local';
  if (c.expr.high <= HANDFUL && !SYSTEM_CUE.test(text)) return 'individual';
  return 'system';
}

function durationScope(c: Candidate, text: string): Scope {
  if (ERA_SPAN.test(after(c, 60))) return 'system';
  if (ONE_PERSON.test(text)) return 'individual';
  return ERA.test(text) ? 'system' : 'individual';
}

export function scopeOf(c: Candidate, unit: Unit, category: Category): Scope {
  if (category === 'sentence_length') return 'individual';
  if (EVERYDAY_UNITS.has(unit)) return c.expr.high >= BUDGET ? 'system' : 'individual';
  const text = near(c);
  if (unit !== 'people' && EVERYDAY.test(text) && c.expr.high < BUDGET) return 'individual';
  if (DURATIONS.has(unit)) return durationScope(c, text);
  if (SHARES.has(unit)) return localNoun(text) || localPlace(text) ? 'local' : 'system';
  return peopleOrThings(c, unit, text);
}
