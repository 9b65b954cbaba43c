import type { Category, Unit } from '../../contract/schema';
import { before, sentenceText, type Candidate } from '../context/candidate';
import { sentenceSpans } from '../context/sentences';
import { clauseAround } from '../context/clause';
import type { Line } from '../segment/lines';
import { UNITS_WORDS } from '../numbers/words';
import { DURATION_UNITS, MONTH, REPORTING_VERB, YEAR, YEAR_START, monthIn } from '../lexicon';
import { matchesIn, scan } from '../scan';
import { continuesPrevious, previousSentence, previousSentences } from './continuation';

/**
 * The period a figure describes: the nearest time expression in its sentence, else its table's
 * heading, else a time frame that opened an earlier sentence of its paragraph ("In 1937, …").
 * A year stated mid-sentence earlier on is not taken: it names another event's date more often
 * than the figure's period.
 */

export interface Period {
  from: number | null;
  to: number | null;
}

export interface Found extends Period {
  start: number;
  end: number;
  /** "by 1939", "as of May 1, 1940": a point that a running total may have reached. */
  asOf?: boolean;
  /** "wrote on June 18, 1937": when a report was made, which ends the time it speaks of. */
  reported?: boolean;
  /** "published in 1995", "a 1993 study": when a source appeared, not what it counts. */
  published?: boolean;
  /** "the census of 1980": a stock's date, which dates a stock but not a toll set against it. */
  base?: boolean;
  /** The month (0-11) of a dated point, when the text names one. */
  month?: number;
}

const Y = `(${YEAR})`;
/** An optional day and month before a year: "May 1, ", "1 October ". */
const DAY = `(?:(?:${MONTH}\\.? (?:\\d{1,2},? )?|\\d{1,2} ${MONTH}\\.?,? ))?`;
/** "the thirties": the twentieth century's decades, the usual sense in histories. */
const DECADE_WORDS: Record<string, number> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990
};
const DECADE_PART: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/** Expands a two-digit end year against its start: 1936-38 → 1938. */
function endYear(from: number, to: string): number {
  if (to.length >= 4) return Number(to);
  const base = Math.floor(from / 10 ** to.length) * 10 ** to.length;
  const y = base + Number(to);
  return y >= from ? y : y + 10 ** to.length;
}

/** Verbs of telling: a date right next to one is when the telling happened. */
const REPORT_VERB = `(?:${REPORTING_VERB})`;
const REPORTED = new RegExp(`\\b${REPORT_VERB},? on ${MONTH}\\.? \\d{1,2},? \\d{4}|${MONTH}\\.? \\d{1,2},? \\d{4},? ${REPORT_VERB}\\b`);

/** Verbs and nouns of appearing in print: the year they take is the source's, not the count's. */
const PUBLISHED_BEFORE = /\b(?:published|released|issued|appeared|appearing|printed|made public|wrote|written|reported|came out)(?: \w+){0,2} (?:in|on|of) (?:the )?$|\b(?:published|released|issued|made public|reported) by(?: (?!\d)[\w’'-]+){1,4} (?:in|on) (?:the )?$|\b(?:newspapers?|press|edition|issue|report|article) of $/i;
/** "the 1934 Party Congress": a year in the name of an event, not a period the text counts. */
const NAMES_EVENT = /^ \p{Lu}\p{Ll}+/u;
const ARTICLE_BEFORE = /\b(?:the|a|an|its|his|her|their)\s$/i;

/** "a 1993 study", "his 1990 book", "her 1969 table": a source named by its year. */
const PUBLISHED_AFTER = /^(?:['’]s)? (?:(?!(?:a|an|the|this|that) )\w+ )?(?:study|studies|book|article|report|paper|survey|edition|essay|monograph|work|table|tables|reconstruction|history|inquiry)\b/i;

/**
 * "a survey in 1977", "X's reconstruction of 1998", "a commission set up in 2019", "X, writing in
 * 1934,": when a work was made or a body founded, not the time its figures count.
 */
const MADE_BEFORE = /\b(?:(?:study|studies|survey|reconstruction|report|inquiry|commission|tribunal|table|history|edition|book) (?:of|in|from)|(?:set up|founded|established|created|convened|writing|compiled) in) $/i;
/**
 * "Hollis, in 1969, was the first": a year set off by commas right after a name dates what that
 * person did; not after a preposition, where the name is a place ("In Ireland, in 1847, …").
 */
const NAME_DATED = /(?<!\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]f) )(?<![\p{L}’'-])\p{Lu}\p{Ll}+, in $/u;

/** "the census of 1980", "the population of 1975": the date of a stock that a toll may be set against. */
const BASE_BEFORE = /\b(?:census|population) (?:of|in) $/i;
const BASE_AFTER = /^ (?:census|population)\b/i;

/** "(Brandt 1981)", "(Lee and Ross, 1990: 12)": an author-year reference. */
const CITED_BEFORE = /\(\p{Lu}[\p{L}'’-]+(?: (?:and|&) \p{Lu}[\p{L}'’-]+| et al\.)?,? $/u;
const CITED_AFTER = /^[a-z]?(?:[,:;][^()]{0,20})?\)/;

const DAY_AT_END = new RegExp(`${DAY}$`);

function publishedAt(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 45), start).replace(DAY_AT_END, '');
  const trail = text.slice(end, end + 30);
  return PUBLISHED_BEFORE.test(lead) || PUBLISHED_AFTER.test(trail) || MADE_BEFORE.test(lead) ||
    (NAME_DATED.test(lead) && trail.startsWith(',')) || (CITED_BEFORE.test(lead) && CITED_AFTER.test(trail));
}

function baseAt(text: string, start: number, end: number): boolean {
  return BASE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || BASE_AFTER.test(text.slice(end, end + 12));
}

/**
 * "$2000", "no fewer than 2000 must be shot": a figure in the years' range that the words around
 * it make an amount.
 */
const AMOUNT_BEFORE = /(?:[$£€¥]\s?|\b(?:than|least|most|about|some|nearly|almost|around|approximately|roughly|another|only|all|of the|were|was|are|numbered|totall?ed|reached)\s)$/i;
const AMOUNT_AFTER = /^[ -](?:more|others?|must|should|could|would|will|were|are|had|have|of|[a-z]+s)\b/i;

/** "in 1938 of", "by 1936 had", "the worst year was 1868": after these the number is a year whatever follows. */
const TIME_PREPOSITION = new RegExp(`\\b(?:in|by|during|since|until|till|from|before|after|early|late|mid|spring|summer|autumn|fall|winter|year (?:was|is)|${MONTH}\\.?(?: \\d{1,2},?)?)\\s$`, 'i');

function isAmount(text: string, start: number, end: number): boolean {
  if (TIME_PREPOSITION.test(text.slice(Math.max(0, start - 16), start))) return false;
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || AMOUNT_AFTER.test(text.slice(end, end + 16));
}

type Read = (m: RegExpMatchArray) => Omit<Found, 'start' | 'end'>;
/** `bare`: a lone year, which may be an amount instead. */
type Pattern = readonly [RegExp, Read, { bare: boolean }?];

const decade = (part: string | undefined, first: number) => {
  const [a, b] = part ? DECADE_PART[part.toLowerCase()]! : [0, 9];
  return { from: first + a, to: first + b };
};

/** "the late thirties": the one pattern without a year in digits. */
const IN_WORDS: Pattern = [new RegExp(`\\bthe (?:(early|mid|late)[- ])?(${Object.keys(DECADE_WORDS).join('|')})\\b`, 'gi'),
  (m) => decade(m[1], DECADE_WORDS[m[2]!.toLowerCase()]!)];

const LINK = '(?:to|and|until|till|through|-|–)';
const PART = '(?:(?:early|mid|late)[- ])?';

/** Longer patterns first: a range's years are not read again as bare years. */
const PATTERNS: readonly Pattern[] = [
  // "the 1700s" is a century, "the 1930s" a decade; "the 2000s" is read as the decade too.
  [new RegExp(`\\b(1[5-9])00['’]?s\\b`, 'gi'), (m) => ({ from: Number(m[1]) * 100, to: Number(m[1]) * 100 + 99 })],
  [new RegExp(`\\b(?:(early|mid|late)[- ]?)?(${YEAR_START})0['’]?s\\b`, 'gi'), (m) => decade(m[1], Number(m[2]) * 10)],
  IN_WORDS,
  // "from 1 October 1936 to 15 August 1938", "between 1939 and 1953", "in 1921 to 1953".
  // "in late 1975 and 1976": a part of the first year still opens the range.
  [new RegExp(`\\b(?:from|between|in|during|over) ${PART}${DAY}${Y} ${LINK} ${PART}${DAY}${Y}\\b`, 'gi'),
    (m) => ({ from: Number(m[1]), to: Number(m[2]) })],
  // "From February 1862 to the end of the war": a period whose end is an event, not a year.
  [new RegExp(`\\bfrom ${DAY}${Y} (?:to|until|till) (?!(?:the (?:end|start|beginning) of )?${DAY}\\d)`, 'gi'), (m) => ({ from: Number(m[1]), to: null })],
  [new RegExp(`\\b${Y}\\s?[-–/]\\s?(\\d{4}|\\d{2})\\b`, 'g'), (m) => ({ from: Number(m[1]), to: endYear(Number(m[1]), m[2]!) })],
  [new RegExp(`\\b(?:by|at the end of|as of|on) (?:the end of )?${DAY}${Y}\\b`, 'gi'),
    (m) => ({ from: Number(m[1]), to: Number(m[1]), asOf: /^(?:by|as of)\b/i.test(m[0]) })],
  [new RegExp(`\\b(?:up to|until|till|through) (?:the end of |the start of )?${DAY}${Y}\\b`, 'gi'), (m) => ({ from: null, to: Number(m[1]) })],
  [new RegExp(`\\bbefore ${DAY}${Y}\\b`, 'gi'), (m) => ({ from: null, to: Number(m[1]) - 1 })],
  // "in the decade after 1845", "the five years following 1921": a span of known length.
  [new RegExp(`\\bthe (decade|[\\w-]+ years) (?:after|following) ${DAY}${Y}\\b`, 'gi'), (m) => spanAfter(m[1]!, Number(m[2]))],
  [new RegExp(`\\bafter ${DAY}${Y}\\b`, 'gi'), (m) => ({ from: Number(m[1]) + 1, to: null })],
  // "After Stalin’s death in 1953": the event's year starts the period.
  [new RegExp(`\\bafter [^,.;]{1,40}? in ${DAY}${Y}\\b`, 'gi'), (m) => ({ from: Number(m[1]), to: null })],
  [new RegExp(`\\bsince ${DAY}${Y}\\b`, 'gi'), (m) => ({ from: Number(m[1]), to: null })],
  [new RegExp(`\\b${Y}\\b(?!['’]?s)(?![,.]\\d)`, 'g'), (m) => ({ from: Number(m[1]), to: Number(m[1]) }), { bare: true }]
];

/** The years a span of `length` ("decade", "five years") after `year` covers; open when the length is unread. */
function spanAfter(length: string, year: number): Omit<Found, 'start' | 'end'> {
  const count = length === 'decade' ? 10 : /^\d+/.test(length) ? parseInt(length, 10) : UNITS_WORDS[length.split(' ')[0]!.toLowerCase()];
  return { from: year + 1, to: count ? year + count : null };
}

const scanOf = ([re, read, kind]: Pattern) => ({ patterns: scan(re), read, bare: !!kind?.bare });
const SCANS = PATTERNS.map(scanOf);
const WORD_SCANS = [scanOf(IN_WORDS)];

/** Every other pattern needs a year's first digits, which most sentences lack. */
const HAS_YEAR = new RegExp(YEAR_START);

function overlaps(found: readonly Found[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && f.start < end);
}

/** Every time expression in `text`; longer, earlier patterns win over the bare years inside them. */
export function findPeriods(text: string): Found[] {
  const found: Found[] = [];
  for (const { patterns, read, bare } of HAS_YEAR.test(text) ? SCANS : WORD_SCANS) {
    for (const m of matchesIn(text, patterns)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (overlaps(found, start, end) || (bare && isAmount(text, start, end))) continue;
      found.push({
        ...read(m), start, end, month: monthIn(m[0]),
        reported: REPORTED.test(text.slice(Math.max(0, start - 30), end + 20)),
        base: baseAt(text, start, end),
        published: publishedAt(text, start, end) ||
          (bare && ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && NAMES_EVENT.test(text.slice(end, end + 20)))
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const NONE: Period = { from: null, to: null };

function nearest(periods: readonly Found[], at: number, end: number): Found | null {
  let best: Found | null = null;
  let bestDistance = Infinity;
  for (const f of periods) {
    if (f.start < end && at < f.end) continue;
    const distance = f.start >= end ? f.start - end : at - f.end;
    if (distance < bestDistance) {
      best = f;
      bestDistance = distance;
    }
  }
  return best;
}

const period = (f: Found | null | undefined): Period => (f ? { from: f.from, to: f.to } : NONE);

const FLOWS: readonly Category[] = ['arrests', 'convictions', 'executions', 'deaths', 'releases', 'deportations', 'expulsions'];

/**
 * "Arrested on Aug. 14, 1936, he was held for nine months": a length of time that runs from a
 * dated event ends in the year the length reaches.
 */
function startsSpan(c: Candidate, f: Found, unit: Unit): Period | null {
  if (f.from === null || f.from !== f.to || f.month === undefined || f.end > c.expr.start - c.sentence.start) return null;
  if (!/\bfor (?:about |nearly |almost |some )?$/i.test(before(c, 20))) return null;
  const months = unit === 'months' ? c.expr.high : unit === 'years' ? c.expr.high * 12 : null;
  return months === null ? null : { from: f.from, to: f.from + Math.floor((f.month + months) / 12) };
}

/**
 * The period of a figure. A count of events "by 1939" or "as of May 1, 1940" is a running total
 * up to then; a stock or a rate at that date is that year's.
 */
/**
 * `sentencePeriods` and `sentenceFrame`: findPeriods of the figure's sentence and frameAround it,
 * which its other figures read too.
 */
export function periodOf(
  c: Candidate, category: Category, unit: Unit,
  sentencePeriods: () => readonly Found[] = () => findPeriods(sentenceText(c)), sentenceFrame = () => frameAround(c)
): Period {
  // A year written against the figure itself ("to 3,100 in 1936", a table row's year) is its own.
  if (c.ownYear !== undefined) return { from: c.ownYear, to: c.ownYear };
  const at = c.expr.start - c.sentence.start;
  const end = c.expr.end - c.sentence.start;
  const text = sentenceText(c);
  const clause = clauseAround(text, at, end, PERIOD_CLAUSE_BREAK);
  const found = sentencePeriods().filter((f) => !f.published && !(f.base && FLOWS.includes(category)) && f.end <= clause.end);
  const periods = found.filter((f) => !(f.start >= end && ownedByLaterFigure(text, end, f, found)) &&
    !(f.end <= at && ownedByEarlierFigure(text, f)));
  // A semicolon parts clauses: a period beyond it dates this figure only if its own clause has none.
  const own = periods.filter((f) => f.start >= clause.start);
  const inSentence = nearest(own, at, end) ?? nearest(periods, at, end);
  const lasting = inSentence && lastsUntil(own.length ? own : periods, text);
  if (lasting) return lasting;
  if (inSentence?.asOf && unit === 'people' && FLOWS.includes(category)) return { from: null, to: inSentence.to };
  if (inSentence?.reported && DURATION_UNITS.includes(unit)) return { from: null, to: inSentence.to };
  const span = inSentence && (startsSpan(c, inSentence, unit) ?? totalOver(periods, text, end));
  if (span) return span;
  if (inSentence) return closedByPrevious(c, text, inSentence) ?? period(inSentence);
  if (c.heading) return period(findPeriods(c.heading)[0]);
  return sentenceFrame() ?? (FLOWS.includes(category) ? passageFrame(c) : null) ?? NONE;
}

/**
 * The period the text around a sentence gives it when it names none itself: an earlier sentence's
 * time frame, a note dating a conversation, an editor's heading. It depends on the figure's
 * sentence and paragraph only, not on which of the sentence's figures asks.
 */
export function frameAround(c: Candidate): Period | null {
  return governingFrame(c) ?? datingNote(c) ?? documentDate(c);
}

/** A paragraph this short is a heading or a label, not the opening of an account. */
const PROSE = 60;
/** How many paragraphs a passage's opening may take: a note or a byline may come before it. */
const OPENING_PARAGRAPHS = 3;
/** "in the first two years of the war": a part of the episode, not all of it. */
const PART_OF_SPAN = /\b(?:first|last|final|opening|closing) (?:\w+ )?(?:years?|months?|weeks?|days?|winters?|summers?)\b/i;

function firstSentencePeriods(paragraph: Line): Found[] {
  const first = sentenceSpans(paragraph.text)[0];
  return first ? findPeriods(paragraph.text.slice(first.start, first.end)).filter((f) => !f.published && !f.base) : [];
}

/**
 * "The war of 1967-70 killed …" opening a text: the span of the episode it tells of, which a
 * toll with no time of its own anywhere after it counts. A single year there dates an event, not
 * an episode, and more than one span leaves the frame open.
 */
function passageFrame(c: Candidate): Period | null {
  // Only a text's own opening frames it: a passage cut from the middle of a long work opens on
  // whatever its page does.
  if (c.passage.start !== 0 || PART_OF_SPAN.test(sentenceText(c))) return null;
  const spans = c.context.lines.filter((l) => l.text.length >= PROSE).slice(0, OPENING_PARAGRAPHS).map(firstSentencePeriods).find((f) => f.length);
  const span = spans?.[0];
  if (!span || span.from === null || span.to === null || span.from >= span.to) return null;
  return spans.every((f) => f.from === span.from && f.to === span.to) ? period(span) : null;
}

/**
 * "… 5.5 million held in 1996. This represents an increase of 200,000 since 1995": a span left
 * open ("since 1995") in a sentence that goes on with the one before ends at that one's year.
 */
function closedByPrevious(c: Candidate, text: string, f: Found): Period | null {
  if (f.from === null || f.to !== null || !continuesPrevious(text)) return null;
  const then = latestPeriod(previousSentence(c));
  return then && then.to !== null && then.to > f.from ? { from: f.from, to: then.to } : null;
}

/**
 * "According to X, between 1939 and 1953, … An average of 855,000 per year.": the period of the
 * account a sentence goes on with, read back over the fragments that went on with it before.
 */
function continuedPeriod(c: Candidate): Period | null {
  for (const sentence of previousSentences(c).slice(0, ACCOUNT_REACH)) {
    const found = latestPeriod(sentence);
    if (found || !continuesPrevious(sentence)) return found;
  }
  return null;
}

/** How many sentences back an account's period is looked for. */
const ACCOUNT_REACH = 3;

/** "In fact, the real figure was 49,000": a correction answers the figure before it, of the same time. */
const CORRECTS = /^\W*(?:but |and )?(?:in fact|actually|in reality|in truth)\b/i;

/** "(We spoke in December 1931.)": a bracketed note after a quotation dates the telling. */
const NOTE = /^\s*\(([^()]{1,200})\)/;
const TELLING = /\b(?:spoke|talked|said|told|wrote|written|interview(?:ed)?|recorded|met)\b/i;

function datingNote(c: Candidate): Period | null {
  const after = noteDate(c.line.text.slice(c.sentence.end, c.sentence.end + 210));
  if (after) return after;
  // The turns after a dated one belong to the same conversation, until a paragraph names a time.
  const { lines, index } = c.context;
  for (let i = index - 1; i >= Math.max(0, index - NOTE_REACH); i--) {
    const text = lines[i]!.text;
    const tail = /\([^()]{1,200}\)\s*$/.exec(text);
    const dated = tail && noteDate(tail[0]);
    if (dated) return dated;
    if (findPeriods(text).some((f) => !f.published)) return null;
  }
  return null;
}

/** How many paragraphs back a conversation's dating note may stand. */
const NOTE_REACH = 3;

function noteDate(text: string): Period | null {
  const note = NOTE.exec(text);
  if (!note || !TELLING.test(note[1]!)) return null;
  const dates = findPeriods(note[1]!).filter((f) => !f.published && f.from !== null && f.to !== null);
  return dates.length === 1 ? period(dates[0]) : null;
}

/** "[NKVD order, Oct. 3, 1939, on …]": an editor's bracketed line that names the document below it. */
const EDITOR_HEADING = /^\[[^\]]+\]$/;
/** How many paragraphs back a document's heading may stand: bounded, so long passages stay linear. */
const DOCUMENT_REACH = 30;

/**
 * The date in the heading an editor put above a reproduced document (an order, a letter, a
 * decree): what the document counts is as of that date. The nearest such heading decides.
 */
function documentDate(c: Candidate): Period | null {
  const { lines, index } = c.context;
  for (let i = index - 1; i >= Math.max(0, index - DOCUMENT_REACH); i--) {
    const text = lines[i]!.text.trim();
    if (!EDITOR_HEADING.test(text)) continue;
    const date = findPeriods(text).find((f) => !f.published && f.from !== null && f.to !== null);
    return date ? period(date) : null;
  }
  return null;
}

/**
 * How far back a time frame may govern: a few sentences, so a 5 MB paragraph is still read in
 * linear time.
 */
const FRAME_REACH = 1500;
/** "In 1937, …", "When, early in 1939, …", "One day in 1937 …": words that only set a time before it. */
const FRAME_WORDS = new Set(['when', 'then', 'and', 'but', 'so', 'also', 'once', 'one', 'that', 'the', 'a', 'day', 'night',
  'morning', 'evening', 'week', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'early', 'late', 'mid',
  'middle', 'end', 'start', 'beginning', 'course', 'of', 'in', 'on', 'during', 'throughout', 'over', 'at', 'from', 'between']);
/** "The purges of 1937-38 …": a subject named by its period. */
const PERIOD_SUBJECT = /^[Tt]he \p{Ll}+ of $/u;
/** "Continuing the work on May 21, 1937, …", "Taken in 1934 …": a participle's clause frames it too. */
const PARTICIPLE_LEAD = /^[A-Z][a-z]+(?:ing|ed|en)\b[^,]*$/;
/**
 * "Pre-war Moscow had …", "two weeks before the trial", "After receiving …": narration set in a
 * time of its own, or moved on from the frame, though it names no year.
 */
/**
 * "later came nearer 250,000", "Later demographers rejected it": a later telling or tellers, not a
 * later time of what they count.
 */
const LATER_WORK = 'came|revised|put|estimated|arrived|raised|lowered|found|reached|gave|settled|corrected|wrote|argued|' +
  'claimed|historians|demographers|scholars|writers|work|studies|research|estimates';
const OWN_TIME = new RegExp(String.raw`\b(?:pre-?war|post-?war|today|now|nowadays|formerly|previously|previous|earlier|later(?! (?:${LATER_WORK}))|at present)\b|\b(?:days?|weeks?|months?|years?) (?:before|after)\b|^\W*(?:after|before|since|until)\b`, 'i');
/** Quoted words keep their speaker's "today": they set no time for the narration. */
const QUOTED = /[“"][^”"]*[”"]/g;
const ownTime = (sentence: string) => OWN_TIME.test(sentence.replace(QUOTED, ' '));

/** A life's dates are no frame for what follows. */
const LIFE_EVENT = /\b(?:born|died|birth|death)\b/i;

const framesOnly = (lead: string) =>
  (lead.match(/\p{L}+/gu) ?? []).every((w) => FRAME_WORDS.has(w.toLowerCase()) || monthIn(w) !== undefined);

/**
 * The time frame that opened an earlier sentence of the figure's paragraph, when no sentence
 * since (the figure's included) names a period or a time of its own: those sentences tell of
 * that time.
 */
function governingFrame(c: Candidate): Period | null {
  const from = Math.max(0, c.sentence.start - FRAME_REACH);
  const text = c.line.text.slice(from, c.sentence.start);
  const spans = sentenceSpans(text);
  // The first span of a window cut mid-paragraph may start mid-sentence: its opening is no opening.
  const whole = from === 0 ? spans : spans.slice(1);
  const own = sentenceText(c);
  if (ANAPHORIC.test(own) || THAT_YEAR.test(own)) return resolveAnaphoric(c, text, own, from === 0);
  if (ownTime(own)) return null;
  const continued = continuesPrevious(own) || CORRECTS.test(own) ? continuedPeriod(c) : null;
  if (continued) return continued;
  for (let i = whole.length - 1; i >= 0; i--) {
    const sentence = text.slice(whole[i]!.start, whole[i]!.end);
    const periods = findPeriods(sentence).filter((f) => !f.published);
    if (periods.length) return openingFrame(sentence, periods);
    if (ANAPHORIC.test(sentence)) return resolveAnaphoric(c, text.slice(0, whole[i]!.start), sentence, from === 0);
    if (ownTime(sentence)) return null;
  }
  return null;
}

/** "The next day …", "That same year …", "The following spring …": a time told from the date before it. */
const ANAPHORIC = /^\W*(?:(?:on|in|during|by) )?(?:the|that|this) (?:(?:very|same|next|following) )?(?:day|week|month|year|spring|summer|autumn|fall|winter)\b/i;
/** "… give 137,000 deaths for that year": a year pointed back to inside the sentence. */
const THAT_YEAR = /\b(?:for|in|during|of|over) (?:that|the same) year\b/i;
const NEXT_YEAR = /^\W*(?:(?:in|during|by) )?the (?:next|following) year\b/i;

/**
 * The year an anaphoric time points back to: the latest period named before it in the
 * paragraph, else at the end of the paragraph before.
 */
function resolveAnaphoric(c: Candidate, before: string, sentence: string, paragraphStart: boolean): Period | null {
  const previous = paragraphStart ? c.context.lines[c.context.index - 1] : undefined;
  const date = latestPeriod(before) ?? (previous ? latestPeriod(previous.text.slice(-FRAME_REACH)) : null);
  if (!date || date.from !== date.to) return null;
  const shift = NEXT_YEAR.test(sentence) ? 1 : 0;
  return { from: date.from! + shift, to: date.to! + shift };
}

function latestPeriod(text: string): Period | null {
  const periods = findPeriods(text).filter((f) => !f.published && f.from !== null && f.to !== null);
  return periods.length ? period(periods[periods.length - 1]) : null;
}

/**
 * A closed period that opens its sentence; a running total's date or a bound is no frame, nor is
 * one the sentence moves on from ("Beginning in 1775, …; by 1778 …").
 */
function openingFrame(sentence: string, periods: readonly Found[]): Period | null {
  const first = periods[0]!;
  if (first.asOf || first.from === null || first.to === null) return null;
  if (periods.some((f) => f.from !== first.from || f.to !== first.to)) return null;
  const lead = sentence.slice(0, first.start);
  if (/\d/.test(lead) || LIFE_EVENT.test(lead)) return null;
  return framesOnly(lead) || PERIOD_SUBJECT.test(lead) || PARTICIPLE_LEAD.test(lead) ? period(first) : null;
}

/** A semicolon or a colon parts the clauses that a period may date. */
const PERIOD_CLAUSE_BREAK = /[;:]/g;

/** "994,000, the total rising to 1,360,019 in 1939": a later year goes with the figure nearer it. */
function ownedByLaterFigure(text: string, end: number, f: Found, all: readonly Found[]): boolean {
  // "205 or .08% of whom": the same figure restated as a share is no other figure.
  let between = text.slice(end, f.start).replace(RESTATED, '');
  for (const other of all) {
    if (other.start >= end && other.end <= f.start) between = between.slice(0, other.start - end) + ' '.repeat(other.end - other.start) + between.slice(other.end - end);
  }
  return /\d/.test(between);
}

const RESTATED = /^\s*or\s+[\d.,]+\s*(?:%|per ?cent\b)/;

/** "252 million inhabitants (in 1996), …, which uses 60%": a bracketed year dates the figure before it. */
function ownedByEarlierFigure(text: string, f: Found): boolean {
  const open = /\((?:in |as of |c\. )?$/.exec(text.slice(Math.max(0, f.start - 7), f.start));
  if (!open || !/^\s*\)/.test(text.slice(f.end))) return false;
  const paren = f.start - open[0].length;
  return /\d/.test(text.slice(Math.max(0, paren - 30), paren));
}

/** "remained discharged in May 1940", "still held in 1950": the date a state still held. */
const STILL = /\b(?:still|remained|yet) (?:\w+ ){0,3}in\s$/i;

/**
 * "In 1937, 11,034 ... remained discharged as of May 1940": a state from one year that still held
 * at a later date runs from the first year to the second.
 */
function lastsUntil(periods: readonly Found[], text: string): Period | null {
  const until = periods.find((f) => f.from !== null && f.from === f.to &&
    (f.asOf || STILL.test(text.slice(Math.max(0, f.start - 40), f.start).replace(/(?:\d{1,2},? )?\p{L}*\.?\s?$/u, ''))));
  const since = until && periods.find((f) => f.start < until.start && f.from !== null && f.from < until.from!);
  return since && until ? { from: since.from, to: until.to } : null;
}

/** "6333 in 1938, and 184 in 1939, totaling 11,178 in three years": a total spans every year named. */
const TOTAL = /^,?\s*in (?:those |these |the )?([\w-]+) years\b/i;

function totalOver(periods: readonly Found[], text: string, end: number): Period | null {
  const total = TOTAL.exec(text.slice(end, end + 30));
  if (!total) return null;
  const years = periods.flatMap((f) => [f.from, f.to]).filter((y): y is number => y !== null);
  if (years.length < 2) return null;
  // "totaling 11,178 in three years" after 1938 and 1939: the three years end with the last one named.
  const last = Math.max(...years);
  const count = /^\d+$/.test(total[1]!) ? Number(total[1]) : UNITS_WORDS[total[1]!.toLowerCase()];
  return { from: Math.min(...years, count ? last - count + 1 : last), to: last };
}
