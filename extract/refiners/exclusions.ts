import { after, before, lineAfter, lineBefore, textOf, type Candidate } from '../context/candidate';
import { isYear, MONTH, TIME_UNIT, YEAR } from '../lexicon';

/**
 * Rules that each recognise one kind of number that is not a claim (GUIDELINES.md, "Not
 * claims"). The first rule that fires names the reason.
 */

/** The reasons GUIDELINES.md names; the gold reader checks labelled exclusions against them. */
export const EXCLUSION_REASONS = [
  'date', 'citation', 'ordinal', 'identifier', 'list_marker', 'age', 'not_quantity'
] as const;

export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

interface Exclusion {
  reason: ExclusionReason;
  test: (c: Candidate) => boolean;
}

const isBareInt = (c: Candidate) => c.expr.bare && Number.isInteger(c.expr.low);
const YEAR_FOLLOWERS = /^[ -](?:people|persons|men|women|prisoners|inmates|officers|members|rubles|roubles|dollars|times|km|miles|percent|per cent)\b/i;

/** A sum of money ("$2000") or a bound on a count ("no fewer than 2000") is never a year. */
const NOT_YEAR_BEFORE = /(?:[$£€¥]\s?|\b(?:(?:no|not) (?:fewer|more|less)|fewer|more|less) than |\bat (?:least|most) )$/i;
const looksLikeYear = (c: Candidate) =>
  c.expr.bare && isYear(c.expr.low) && isYear(c.expr.high) &&
  !/\d[,\s\u00A0\u202F\u2009]\d{3}(?!\d)/.test(textOf(c)) && !YEAR_FOLLOWERS.test(after(c, 30)) &&
  !NOT_YEAR_BEFORE.test(lineBefore(c, 16));

// Built once here, not per candidate inside the rules.
const MONTH_BEFORE_DAY = new RegExp(`\\b${MONTH}\\.? (?:\\d{1,2}(?:st|nd|rd|th)?,? (?:and )?)*$`);
const MONTH_AFTER_DAY = new RegExp(`^(?:st|nd|rd|th)?(?: of)? ${MONTH}\\b`);
const TIME_OFFSET = new RegExp(`^[- ](?:[a-z]+ )?${TIME_UNIT}['’]? (?:later|after|before|earlier|ago|hence|afterwards?|previously|since)\\b`, 'i');
const ONLY_MONTH = new RegExp(`^${MONTH}$`);
const MONTH_BEFORE_YEAR = new RegExp(`\\b${MONTH} $`);
/**
 * "the next five years", "during these two years": a stretch that places events in time. Not
 * when it is counted ("in each of the next six years") or is the length of something ("the first
 * four years of his tenure").
 */
const PERIOD_OF_TIME = new RegExp(`^[- ]${TIME_UNIT}\\b(?! of\\b)`, 'i');
const PERIOD_BEFORE = /(?<!\b(?:(?:each|all|every one|any) of|within|for|over|during all) )\b(?:(?:the|these|those) (?:next|last|past|following|previous|preceding)|these|those) $/i;

const DATE_RULES: ((c: Candidate) => boolean)[] = [
  looksLikeYear,
  // The second half of "1937-38" or "1918-53".
  (c) => isBareInt(c) && /\b1\d{3}\s?[-–]\s?$/.test(lineBefore(c, 8)),
  // Decades: "1930s", "’20s".
  (c) => isBareInt(c) && /^['’]?s\b/.test(lineAfter(c, 3)),
  (c) => isBareInt(c) && c.expr.low < 100 && /['’]$/.test(lineBefore(c, 1)) && /^s\b/.test(lineAfter(c, 2)),
  // A year cut to two digits: "of ’37", "in November 38".
  (c) => isBareInt(c) && c.expr.low < 100 && /(?:^|\s)['’]$/.test(lineBefore(c, 2)) && !/^[A-Za-z]/.test(lineAfter(c, 1)),
  (c) => isBareInt(c) && c.expr.low >= 32 && c.expr.low < 100 && MONTH_BEFORE_YEAR.test(lineBefore(c, 12)),
  // "May 20", "May 19, 21, and 23", "20 May", "the 15th of June".
  (c) => isBareInt(c) && c.expr.low <= 31 && MONTH_BEFORE_DAY.test(lineBefore(c, 30)),
  (c) => isBareInt(c) && c.expr.low <= 31 && MONTH_AFTER_DAY.test(lineAfter(c, 14)),
  // Dates in digits: "12/03/1944", "5.6.1937".
  (c) => isBareInt(c) && (/^([/.])\d{1,2}\1\d{2,4}\b/.test(lineAfter(c, 8)) ||
    (/\b\d{1,2}[/.]$/.test(lineBefore(c, 3)) && /^[/.]\d{2,4}\b/.test(lineAfter(c, 5)))),
  // Clock times: "10:00", "at 10 a.m.".
  (c) => /^:\d\d/.test(lineAfter(c, 3)) || /\d:$/.test(lineBefore(c, 2)) || /^ ?(?:[ap]\.m\.|o['’]clock)/i.test(lineAfter(c, 9)),
  // Offsets that place an event in time: "two days later", "thirty years after the event".
  (c) => TIME_OFFSET.test(after(c, 40)) &&
    !/\b(?:within|for) (?:the )?$/i.test(before(c, 12)),
  (c) => PERIOD_BEFORE.test(before(c, 24)) && PERIOD_OF_TIME.test(after(c, 12)),
  // "the last half of the 1930s"
  (c) => c.expr.kind === 'fraction' && /\b(?:first|last|second|latter|early|late) $/i.test(before(c, 8))
];

const GROUPED_THOUSANDS = /\d,\d{3}/;

const EXCLUSIONS: Exclusion[] = [
  {
    reason: 'citation',
    test: (c) => isNoteMarker(c) || /\b(?:pp?|vols?|nos?|eds?|para|ch|fn|n)\.\s?$/i.test(lineBefore(c, 8)) ||
      // "Studies 3, no. 2 (2004): 115–131", "Ibid., 214": pages of a reference.
      /\(\d{4}\)[:,]\s?$|\b(?:ibid|op\. cit|loc\. cit)\.?,?\s$/i.test(lineBefore(c, 12)) ||
      /\b(?:page|pages|volume|footnote|note)\s$/i.test(lineBefore(c, 12)) ||
      // A reference's trailer naming where it was read ("12-14 online", "3 on the web").
      /^(?:\s?[-–,]\s?\d+)*\s(?:on the (?:net|internet|web)|online)\b/i.test(lineAfter(c, 20))
  },
  { reason: 'date', test: (c) => DATE_RULES.some((r) => r(c)) },
  {
    reason: 'ordinal',
    test: (c) => c.expr.bare && /^(?:st|nd|rd|th)\b/i.test(lineAfter(c, 3))
  },
  {
    reason: 'list_marker',
    test: (c) => isBareInt(c) && c.expr.low < 100 && (
      (/^\s*(?:…\s*)?\(?$/.test(lineBefore(c, 6)) && /^[.)]\s/.test(lineAfter(c, 2))) ||
      (/^\s*\($/.test(lineBefore(c, 3)) && /^\)/.test(lineAfter(c, 1))) ||
      (/^\s*$/.test(lineBefore(c, 6)) && /^-\s/.test(lineAfter(c, 2))) ||
      (/(?:[:;.…,]|\b(?:and|or))\s*\($/.test(lineBefore(c, 8)) && /^\)\s+[A-Za-z]/.test(lineAfter(c, 3))) ||
      (/(?:…|[.;:])\s*$/.test(lineBefore(c, 4)) && /^\.\s+[A-Z“"]/.test(lineAfter(c, 3))))
  },
  {
    reason: 'identifier',
    // "Five-Year Plan", "nine-year schools": a kind of thing named by a figure. After a word such
    // as "list" or "order", a figure grouped in thousands ("list 188,620 names") still counts:
    // names are numbered without commas.
    test: (c) => /^[- ]Year Plan/i.test(lineAfter(c, 12)) || /^-(?:year|grade|class) schools?\b/i.test(lineAfter(c, 16)) || (c.expr.bare && (
      (!GROUPED_THOUSANDS.test(textOf(c)) && /\b(?:article|art\.|paragraph|point|clause|section|§|chapter|protocol|order|decree|resolution|directive|list|item|case|file|fond|opis|delo|camp|division|army|figure|fig\.|table|map|plate|amendment|corps|regiment|brigade|battalion|squadron|room|cell|block|barrack|corridor|ward|floor|wing|building|hut|train|route|zone|no\.|#)\s?(?:#|no\.)?\s?$/i.test(lineBefore(c, 16))) ||
      /[A-Za-z]-$/.test(lineBefore(c, 2)) ||
      // "ISBN 978-0-19-…", "doi:10.1093/…": codes, and any run of numbers joined by hyphens around a range.
      /\b(?:isbn|issn|doi)[:\s][\d\s.\/-]*$/i.test(lineBefore(c, 30)) ||
      (/\d-$/.test(lineBefore(c, 2)) || /^-\d/.test(lineAfter(c, 2))) ||
      /^[’']?ers\b/i.test(lineAfter(c, 4)) ||
      properNameLabel(c))) ||
      quotedLabel(c) ||
      // "Part Two", "Chapter 3": a number that names a part of a work, also in words.
      /\b(?:Part|Chapter|Volume|Book|Section|Appendix|Article)\s$/.test(lineBefore(c, 12)) ||
      // "corridor nine", "cell two": a number that names a room, also in words.
      (c.expr.low < 100 && /\b(?:room|cell|block|barrack|corridor|ward|floor|wing|building|hut)s? $/i.test(lineBefore(c, 12)))
  },
  {
    reason: 'age',
    test: (c) => /^[- ](?:years?|yrs?)[- ]old\b/i.test(after(c, 12)) || /^[- ]year-old\b/i.test(after(c, 10)) ||
      /\b(?:aged|age,?|age of|at the age of)\s$/i.test(before(c, 16)) || bareAge(c)
  },
  { reason: 'not_quantity', test: (c) => NOT_QUANTITY.some((r) => r(c)) }
];

const VOLUME_DATE = new RegExp(`^ \\((?:${MONTH}\\.? )?(?:\\d{1,2},? )?${YEAR}\\)`);

/**
 * References to notes and pages rather than figures: a note number glued to the end of a quote
 * ("said.”12"), bracketed references ("[31][32]", "[8]:412", a scanned page header "[212]"),
 * and a journal's volume before its date ("Review 61 (May 2002)").
 */
function isNoteMarker(c: Candidate): boolean {
  if (!isBareInt(c)) return false;
  return /[A-Za-z)][.,;:!?]?["”’]$/.test(lineBefore(c, 3)) ||
    (/\[$/.test(lineBefore(c, 1)) && /^\]/.test(lineAfter(c, 1))) ||
    /\]:\s?$/.test(lineBefore(c, 3)) ||
    VOLUME_DATE.test(lineAfter(c, 24));
}

/**
 * "who was 17 then", "she was only 9.": a small figure that a person is, with no noun after it,
 * is an age (a count would name what it counts: "we were 6 in the flat" has its place after it).
 */
function bareAge(c: Candidate): boolean {
  return isBareInt(c) && c.expr.low < 120 &&
    /\b(?:who|he|she|I) (?:was|is|had turned|turned) (?:only |just |barely |then )?$/i.test(before(c, 30)) &&
    /^(?:\s*[,.;)—–]|\s+(?:then|at the time|when)\b)/.test(after(c, 20));
}

/** A word and a number quoted as one name: a “minus six”, “Group 4”. */
function quotedLabel(c: Candidate): boolean {
  // A name: after an article ("a “minus six”") or capitalised ("“Group 4”"), not quoted speech ("“count 20”").
  const m = /(?:\b(?:an?|the) [“"]([a-z]+)|[“"]([A-Z][a-z]+)) $/.exec(lineBefore(c, 24));
  return !!m && c.expr.low === c.expr.high && /^[.,!?]?[”"]/.test(lineAfter(c, 2)) &&
    !/^(?:about|some|over|under|nearly|almost|only|just|exactly|roughly|around|perhaps|maybe|at|up|to|than|all|the|of|still)$/i.test(m[1] ?? m[2]!);
}

/** "Kamenka 2, where": a small bare number that names the place or thing before it. */
function properNameLabel(c: Candidate): boolean {
  const m = /(?:^|[^.!?:;]\s)([A-Z][a-z]+)\s$/.exec(lineBefore(c, 30));
  return !!m && c.expr.low < 100 && !/^(?:In|On|At|By|Of|From|To|For|About|Over|Some|Only|All|The|And|But|Then|With|Of)$/.test(m[1]!) &&
    !ONLY_MONTH.test(m[1]!) && /^[,;:)]\s+[a-z]/.test(lineAfter(c, 6));
}

const TIME_NEXT = new RegExp(`^[- ](?:full |whole |more |long )?${TIME_UNIT}\\b`, 'i');

const NOT_QUANTITY: ((c: Candidate) => boolean)[] = [
  // A digit run glued to letters: OCR slips such as "0GPU".
  (c) => c.expr.bare && /^[A-Za-z]/.test(lineAfter(c, 1)) && !/^(?:st|nd|rd|th|s)\b/.test(lineAfter(c, 3)),
  // A lone "one" counts only as a length of time ("one month"); elsewhere it is "one of the", "one man".
  (c) => /^(?:one|an?)$/i.test(textOf(c)) && !TIME_NEXT.test(after(c, 20)),
  // "One day he...", "zero hour": idioms that name a moment, not a length.
  (c) => /^one$/i.test(textOf(c)) && /^[- ](?:day|morning|evening|night)\b/i.test(after(c, 9)) && !/\b(?:for|within|than|only|just|of)\s$/i.test(before(c, 8)),
  (c) => /^zero$/i.test(textOf(c)) && TIME_NEXT.test(after(c, 10)),
  (c) => /^half$/i.test(textOf(c)) && !(/^ (?:of|the|a|an)\b/i.test(after(c, 6)) || /\b(?:than|by|about|nearly|almost|over|fully|some|roughly|exactly|just)\s$/i.test(before(c, 10))),
  (c) => /^an? /i.test(textOf(c)) && /^[- ](?:ways|times|thanks|pardons?|apologies)\b/i.test(after(c, 12)),
  // "a third officer", "to a third:": a fraction word with "a" reads as an ordinal, unless "of"
  // or a comparative follows or a measure of change or a hedge comes before ("too high by about
  // a third", "nearly a fifth more").
  (c) => c.expr.kind === 'fraction' && /^an? /i.test(textOf(c)) &&
    !/^ (?:of|more|less|fewer|higher|lower|larger|smaller|greater)\b/i.test(after(c, 10)) &&
    !/\b(?:by|about|nearly|roughly|almost|some|over|under|than|only|just|fully|perhaps|barely)\s$/i.test(before(c, 10)),
  // "a threefold mistake": a multiplier word between an article and a noun that is no change or size.
  (c) => /fold$/i.test(textOf(c)) && /\b(?:an?|the|this|that)\s$/i.test(before(c, 6)) &&
    !/^\s(?:increase|rise|growth|jump|drop|decrease|decline|reduction|fall|expansion|difference|gap|excess)/i.test(after(c, 14)),
  // "100 percent responsible": a figure of speech.
  (c) => c.expr.kind === 'percent' && /^\s+(?:sure|certain|responsible|right|correct|wrong|behind|true|false)\b/i.test(after(c, 20)),
  // "one half expelled the other half": halves of a group set against each other.
  (c) => /\bhalf$/i.test(textOf(c)) && /\bthe other half\b/i.test(after(c, 60))
];

/** The reason a candidate is not a claim, or null when it is one. */
export function exclusionReason(c: Candidate): ExclusionReason | null {
  return EXCLUSIONS.find((e) => e.test(c))?.reason ?? null;
}
