import type { Unit } from '../contract/schema';

/** Words and bounds shared by the parsers and refiners: the one place each is defined. */

/** A month's name or its abbreviation (without the abbreviation's full stop). */
export const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`);
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month (0-11) first named in `text`, if any. */
export function monthIn(text: string): number | undefined {
  const m = MONTH_WORD.exec(text);
  return m ? MONTH_STEMS.indexOf(m[0].slice(0, 3).toLowerCase()) : undefined;
}

/**
 * The years a history or its citations may name: from the early-modern sources of the slave
 * trade on. Wider would take more figures for years ("1400 prisoners"), which the exclusions then
 * tell apart by what follows them. YEAR is the same range as a pattern.
 */
export const FIRST_YEAR = 1500;
export const LAST_YEAR = 2099;
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
/** The first three digits of a year in range: a cheap test before the costlier patterns. */
export const YEAR_START = '(?:1[5-9]|20)\\d';

export const isYear = (n: number) => Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;

/** A unit of time's stem: "year" of "years", "ten-year". */
export const TIME_WORD = '(?:year|month|week|day|hour)';

export const TIME_UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)';

/** Units that measure a length of time. */
export const DURATION_UNITS: readonly Unit[] = ['years', 'months', 'weeks', 'days', 'hours'];

/**
 * Verbs by which someone gives a figure: of saying, estimating, counting, finding and showing,
 * in the forms a report uses.
 */
export const REPORTING_VERB = [
  'estimates?|estimated|argues|argued|claims?|claimed|reports?|reported|calculated|calculates|counted|counts',
  'says|said|wrote|writes|suggests|suggested|declared|declares|states|stated|asserts|asserted|maintains|maintained',
  'believes|believed|puts|put|gives|gave|concluded|concludes|informed|informs|proposed|recorded|records|notes|noted',
  'insists|insisted|alleged|alleges|testified|admitted|announced|showed|shows|found|finds|contends|contended',
  'cites|cited|quotes|quoted|answered|replied|explained|mentioned|tells|told|describes|described|recalls|recalled',
  'relates|related|reveals?|revealed|indicates?|indicated|refers? to|referred to|arrives? at|arrived at|puts? it at',
  'acknowledges|acknowledged|concedes|conceded|admits',
  'cabled|telegraphed|wired|computed|computes|reckons|reckoned|tallied|lists|listed',
  'emphasized|emphasised|stressed|pointed out|points out|observed|observes|remarked|confirmed|confirms'
].join('|');

/** The same verbs' plural present, for a body of sources: "the records show", "historians argue". */
export const PLURAL_REPORTING_VERB =
  'show|say|suggest|state|record|note|find|argue|believe|assert|maintain|conclude|agree|estimate|claim|report|reveal|indicate';

/** Nouns for a body of sources that may give a figure: "older works suggested", "the archives show". */
export const SOURCE_NOUN =
  'archives|records|documents|files|statistics|data|works|sources|studies|historians|scholars|researchers|' +
  'writers|authors|books|accounts|reports|press|newspapers|census|figures|agency|agencies|bureau|ministry|survey|' +
  'government|authorities|officials|commission|committee|council|office';

/** Nouns that count people: what most figures in these sources measure. */
export const PEOPLE_NOUN = new RegExp(
  '^(?:people|persons?|men|women|children|boys|girls|individuals|souls|lives|prisoners?|inmates|' +
    'convicts|detainees|internees|exiles|deportees|kulaks|peasants|workers|workmen|labou?rers|' +
    'officers|officials|functionaries|cadres|members|victims|engineers|specialists|soldiers|' +
    'troops|generals|commanders|marshals|admirals|colonels|majors|executives|personnel|staff|' +
    'employees|deaths|dead|arrests|sentences|arrestees|executions|heads|families|citizens|inhabitants|' +
    'residents|accused|defendants|co-?defendants|delegates|deputies|leaders|guards|priests|' +
    'clergy|communists|hangmen|students|intellectuals|teachers|doctors|scientists|writers|' +
    'enemies|spies|saboteurs|wreckers|traitors|agents|criminals|politicals|thieves|murderers|' +
    'prostitutes|foreigners|Poles|Germans|Russians|Ukrainians|Jews|Latvians|Finns|Koreans|' +
    'Chechens|Tatars|Kalmyks|Balts|comrades|chekists|investigators|judges|procurators|' +
    'trotskyists|oppositionists|rightists|[a-z]{3,}(?:ites|ists)|party|army|veterans|' +
    'volunteers|others|recruits|graduates|cadets|pilots|sailors|physicians|nurses|miners|farmers|' +
    'passengers|captives|slaves|serfs|paupers|beggars|vagrants|emigrants|immigrants|migrants|refugees|' +
    'survivors|civilians|combatants|casualties|fatalities|orphans|widows|hostages|patients|pilgrims|' +
    'colonists|natives|adults|infants|babies|youths|villagers|townspeople|bodies|corpses|' +
    'parents|mothers|fathers|sons|daughters|sisters|brothers|wives|husbands|grandchildren|relatives|friends|neighbou?rs|' +
    'persons’|men’s)$',
  'i'
);

/** People held in camps, prisons or exile: the nouns of a stock of prisoners. */
export const HELD_NOUNS = 'prisoners?|inmates|detainees|convicts|zeks?|internees|politicals|exiles|deportees|settlers|arrestees|POWs';
export const HELD_NOUN = new RegExp(`^(?:${HELD_NOUNS})$`, 'i');

/** A plural noun: a word ending in "s" but not in "ss" ("excess", "gross" are no plurals). */
export const COUNT_NOUN = /^[a-z][a-z’'-]*[^s]s$/i;

/**
 * Money other than rubles and dollars, and measures of weight and area: their figures are in the
 * unit `other` (SCHEMA), not a count of things.
 */
export const OTHER_MEASURE =
  /^(?:pounds?|pence|shillings?|marks?|francs?|guilders?|florins?|pesos?|euros?|lire|crowns?|yen|zlotys?|rupees?|tons?|tonnes?|(?:kilo)?gram(?:me)?s?|kilos?|kg|hectares?|acres?)$/i;

/**
 * Nouns that name a measure, not a thing: "a peak of 1.5 million", "the real figure of 20,000",
 * "a factor of 14". What they measure is their of-complement or their clause's subject.
 */
export const MEASURE_NOUN =
  /^(?:numbers?|totals?|counts?|figures?|estimates?|sums?|tally|tallies|peaks?|minimum|maximum|minima|maxima|averages?|mean|levels?|highs?|lows?|records?|factors?|amounts?|quantity|quantities|size|magnitude|multiple|order)$/i;

/** Words that qualify a measure or a figure without naming anything: "an early peak", "7 million extra". */
export const MEASURE_ADJECTIVE =
  /^(?:extra|more|additional|further|other|real|true|actual|current|exact|early|late|overall|entire|whole|original|annual|yearly|final|approximate|estimated|official|absolute|maximum|minimum|average|total|net|gross|combined|highest|lowest|all-time)$/i;

/**
 * Verbs whose subject the figure completes as a size: "the camps numbered", "the total reached",
 * "the number oscillated between"; the copula too.
 */
export const VERB_OF_QUANTITY =
  /^(?:is|are|was|were|numbered|numbers|totall?ed|totals|reached|reaches|amounted|stood|stands|rose|rises|fell|falls|grew|grows|increased|decreased|declined|dropped|doubled|tripled|oscillated|fluctuated|ranged|range|ranges|varied|averaged|exceeded|peaked|swelled|climbed|topped|remained|came|equall?ed|equals|constituted|constitutes|comprised|represented)$/i;

/**
 * Nouns for a body, a sum or a change that "X of N" counts by itself: "a population of 60,000", "an
 * army of 9000", "a death toll of 500", "a drop of 50 percent". Other nouns there ("the horror of 8 million") name no thing counted.
 */
export const COLLECTIVE_NOUN =
  /^(?:population|army|armies|force|forces|crowd|staff|workforce|garrison|membership|contingent|group|body|corps|toll|fleet|herd|flock|team|colony|community|band|unit|division|brigade|regiment|battalion|company|squad|cohort|sample|batch|convoy|transport|shipment|cargo|caravan|detachment|electorate|audience|congregation|following|circulation|enrol?lment|intake|output|harvest|budget|debt|loss|losses|income|salary|wage|fine|bail|price|cost|tax|ransom|grant|loan|payment|pension|revenue|deficit|drop|rise|increase|decrease|reduction|saving|savings|growth|decline|fall|gain|cut|surplus|excess|difference)$/i;

/**
 * Irregular pasts and participles, with the verb each is a form of ("left" → leave), and the few
 * regular pasts a spelling rule would miss ("freed": no -ed after a consonant). The refiners read
 * them as verbs, so a sentence that has one is no fragment and a noun phrase ends before one; the
 * grouping names a measure by the verb ("left" and "leaving" answer one question).
 */
export const IRREGULAR_VERB: Readonly<Record<string, string>> = {
  agreed: 'agree', beaten: 'beat', became: 'become', began: 'begin', begun: 'begin',
  bitten: 'bite', born: 'bear', bought: 'buy', bound: 'bind', broke: 'break', broken: 'break',
  brought: 'bring', built: 'build', came: 'come', caught: 'catch', chose: 'choose',
  chosen: 'choose', decreed: 'decree', done: 'do', drawn: 'draw', driven: 'drive', drove: 'drive',
  eaten: 'eat', fallen: 'fall', fell: 'fall', felt: 'feel', fled: 'flee', forbidden: 'forbid',
  forgiven: 'forgive', forgotten: 'forget', fought: 'fight', found: 'find', freed: 'free',
  frozen: 'freeze', gave: 'give', given: 'give', gone: 'go', got: 'get', grew: 'grow',
  grown: 'grow', guaranteed: 'guarantee', hanged: 'hang', held: 'hold', hidden: 'hide', hit: 'hit',
  hung: 'hang', hurt: 'hurt', kept: 'keep', knew: 'know', known: 'know', laid: 'lay', lay: 'lie',
  led: 'lead', left: 'leave', let: 'let', lost: 'lose', made: 'make', meant: 'mean', met: 'meet',
  overtaken: 'overtake', overthrown: 'overthrow', paid: 'pay', proven: 'prove', put: 'put',
  ran: 'run', read: 'read', ridden: 'ride', risen: 'rise', rose: 'rise', run: 'run', said: 'say',
  sat: 'sit', saw: 'see', seen: 'see', sent: 'send', set: 'set', shaken: 'shake', shot: 'shoot',
  shut: 'shut', slain: 'slay', sold: 'sell', spent: 'spend', spoke: 'speak', spoken: 'speak',
  stolen: 'steal', stood: 'stand', struck: 'strike', swollen: 'swell', sworn: 'swear',
  taken: 'take', thought: 'think', threw: 'throw', thrown: 'throw', told: 'tell', took: 'take',
  torn: 'tear', understood: 'understand', undertaken: 'undertake', went: 'go',
  withdrawn: 'withdraw', won: 'win', worn: 'wear', written: 'write', wrote: 'write'
};

/** The forms of IRREGULAR_VERB that are simple pasts only, never participles ("took", not "taken"). */
export const SIMPLE_PAST_ONLY: ReadonlySet<string> = new Set([
  'became', 'began', 'broke', 'came', 'chose', 'drove', 'fell', 'gave', 'grew', 'knew', 'lay', 'ran', 'rose', 'sat', 'saw', 'spoke', 'threw', 'took', 'went', 'wrote'
]);

/** One of IRREGULAR_VERB's forms, as a whole word. */
export const IRREGULAR_VERB_WORD = new RegExp(`\\b(?:${Object.keys(IRREGULAR_VERB).join('|')})\\b`, 'i');

/** The forms of "be" and "have" that make a passive or a perfect: "were sentenced", "had been shot". */
export const BE_HAVE = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had'] as const;

/** The modal verbs: "would be", "might have". */
export const MODAL = ['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must'] as const;
