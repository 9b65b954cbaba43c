/**
 * Citation lines: the bibliographic line that closes each quoted passage of a compilation.
 *
 * The input may hold multi-megabyte lines, so no regex may go quadratic: names are matched in a
 * short leading window, looksLikeCitation gives up on long lines before any regex runs, and the
 * regexes that scan a whole line repeat only a bounded number of times from a literal start.
 */
import type { Citation, Span } from '../types';
import { MONTH as MONTH_NAME, YEAR } from '../lexicon';

interface Head {
  author: string;
  /** Where the text after the author (and any Ed./Trans. role) begins. */
  rest: number;
  /** Whether the head is shaped like a person's name rather than a bare run of capitals. */
  personal: boolean;
  /** Whether the year follows the author in parentheses: "Conquest, R. (1990). The great terror." */
  dated: boolean;
}

/** Authors come first and are short: the slice bounds the cost of backtracking over names. */
const HEAD_WINDOW = 240;
/** Longer lines are passage prose, never a citation line. */
const MAX_CITATION_LENGTH = 300;
/** Seed citations stay under 0.24 (a German title); prose runs well above. */
const MAX_LOWERCASE_SHARE = 0.25;
/** Lowercase words that titles keep in title case. */
const SMALL_WORDS = new Set(
  'and the for but nor with from into onto upon over under about after against among before between during through toward towards until within without'.split(' ')
);

const ROLE = String.raw`(?:Trans|Tr|Eds?|Comps?)\.`;
/** A capitalised name word, but not the role abbreviations that may follow a name. */
const WORD = String.raw`(?!${ROLE})\p{Lu}[\p{L}\p{M}’'\-]+`;
const INITIAL = String.raw`\p{Lu}\.`;
const PART = `(?:${WORD}|${INITIAL})`;
/** "William Henry", "Robert W.", "R. J.", "J. Arch"; strictly, no word after an initial. */
const GIVEN = `(?:${WORD}(?: ${WORD}){0,2}(?: ${INITIAL}){0,2}|${INITIAL}(?: ${INITIAL}){0,2}(?: ${WORD})?)`;
const GIVEN_STRICT = `(?:${WORD}(?: ${WORD}){0,2}(?: ${INITIAL}){0,2}|${INITIAL}(?: ${INITIAL}){0,2})`;
/** "E. H. Cookridge", "David Fisher", "Socialist Clarity Group". */
const GIVEN_FIRST = `(?:(?:${WORD}|${INITIAL}) ){1,3}${WORD}`;
const JOIN = `,? (?:and|&) `;
/** An author ends at ". " or ", " (an initial's own full stop counts) or at the end. */
const AUTHOR_END = String.raw`(?:(?<=\.)(?=\s)|(?=[.,](?:\s|$))|$)`;
const PEOPLE = people(GIVEN);
const PEOPLE_STRICT = people(GIVEN_STRICT);
const ROLES = new RegExp(String.raw`^[.,]?\s*(?:${ROLE}(?:\s*(?:and|&)\s*)?)+`, 'u');
const BYLINE_AUTHOR = new RegExp(String.raw`^${PART}(?: ${PART}){0,3}(?=\s*(?:[,\[(]|$))`, 'u');
const LABEL = /^(?:Source|From|Quoted in|Cited in|Reference)\s*:\s*/i;

const MONTH = String.raw`${MONTH_NAME}\.?`;
const YEARS = new RegExp(String.raw`(?<![\p{L}\p{N}])([cC]?)(${YEAR})(?![\p{L}\p{N}])`, 'gu');

/**
 * A sticky copy of `re`, made by the call that scans with it, so that no lastIndex is shared
 * between calls. A line is not sliced instead: on a multi-megabyte line that would copy it per
 * position tried.
 */
function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags}y`);
}

/** `re` (a sticky copy) matched exactly at `at` of `text`. */
function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
const ONLY_YEAR = new RegExp(`^${YEAR}$`, 'u');
const ANY_YEAR = new RegExp(YEAR);
/** A date standing alone: "1992", "January 2005", "15 June 1998", "August 7, 1935". */
const DATE = String.raw`(?:\d{1,2} )?(?:${MONTH} ?)?(?:\d{1,2}, ?)?${YEAR}(?![\d\-–])`;
const DATE_ONLY = new RegExp(String.raw`^${DATE}[.,]?$`, 'u');
const HEAD_DATE = new RegExp(String.raw`^\((?:${MONTH} )?[cC]?${YEAR}[a-z]?\)[.,]?\s*`, 'u');
/** "on January 22, 1987": the cited piece's own date, e.g. a review's, beats a reviewed book's. */
const ON_DATE = new RegExp(String.raw`\bon (?:${MONTH} \d{1,2},? ?|\d{1,2} ${MONTH} )$`, 'u');

/** "New Haven, Conn.:", "New York, N. Y:", "London, NY :" — a place before the publisher. */
const PLACE = String.raw`\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2}(?:, ?\p{Lu}\p{L}*\.?(?: ?\p{Lu}\p{L}*\.?){0,2})? ?:`;
/** Place, publisher and year: "New York: Oxford University Press, 1990". */
const IMPRINT_BODY = String.raw`${PLACE} ?[^:;()\[\]]{1,80}?(?<![\p{L}\p{N}])[cC]?${YEAR}(?!\p{N})`;
const IMPRINT = new RegExp(String.raw`(?:^|[.,(] ?)${IMPRINT_BODY}`, 'u');
const IMPRINT_AHEAD = new RegExp(IMPRINT_BODY, 'u');
const DATE_AHEAD = new RegExp(`${DATE}(?![:\\p{L}])`, 'u');
/** What may follow ", " to end an unquoted title. */
const AFTER_TITLE = new RegExp(
  String.raw`(?:${IMPRINT_BODY}|(?:translated|edited|compiled|introduced|trans\.|ed\.|eds\.)|(?:Vol|No|Part|Book)\.? ?\d|(?:pp?|ll)\. ?[\divxlcdm]|${DATE}(?:[,;]|\.?\s*$))`,
  'u'
);
/** A full stop after these does not end a title, unless the imprint follows ("Comrade X. London: …"). */
const NOT_AN_END = /(?:^|[^\p{L}])(?:\p{L}|St|Mr|Mrs|Dr|Jr|Sr|Vol|No|vs)$/u;

const PAGE = String.raw`(?:\d+|[ivxlcdm]+(?![\p{L}\d]))`;
const PAGE_RANGE = String.raw`${PAGE}(?:\s*[-–—]\s*${PAGE})?`;
/** "p.", "pp.", and "ll." for the folios of an archival reference. */
const PAGE_MARK = new RegExp(String.raw`(?<!\p{L})(?:[pP]p?|ll)\.[ \t]*(?=[\divxlcdm])`, 'u');
const PAGE_AT = new RegExp(PAGE_RANGE, 'u');
const PAGE_MORE = new RegExp(String.raw`(?:\s*,\s*|\s+(?:and|&)\s+)(${PAGE_RANGE})`, 'u');
const RANGE_AFTER = /^\s?[-–—]\s?\d/;
const RANGE_BEFORE = /\d\s?[-–—]\s?$/;

const SENTENCE_END = /(?<![\p{L}.])\p{Ll}{3,}[.!?]["”’)]*$/u;
const FUNCTION_WORDS = /\b(?:was|were|had|has|have|been|would|could|said|that|which|who|he|she|they|we|his|her|their|it|not)\b/g;
/** Titles such as "I was Stalin’s Agent" hold a few; a clause of prose holds more. */
const MAX_FUNCTION_WORDS = 4;
/** A citation closed by its date ends within this many characters of the year. */
const DATE_TAIL = 32;

/** A journal's trailing page range: "Slavic Review 45 (1986), 242-243.", "48, no. 8 (1996): 1319-53." */
const JOURNAL_PAGES = /\)[ \t]*[,:]?[ \t]*(\d+(?:[ \t]*[-–—][ \t]*\d+)?)\.?$/;
const JOURNAL_YEAR = new RegExp(String.raw`\d \((?:${MONTH} )?${YEAR}\)`, 'u');

/**
 * Author, title, publication year and pages of a citation line. The year is the cited work's:
 * a copyright year ("c1996") or a review's own date ("on January 22, 1987") when there is one,
 * else the last year outside the title and pages; years of a range ("1934-1941") never count.
 */
export function parseCitation(line: string): Citation {
  const text = cleanLine(line);
  const label = LABEL.exec(text);
  const body = label ? text.slice(label[0].length) : text;
  const byline = readByline(body);
  const head = byline ? null : readHead(body);
  const title = byline?.title ?? readTitle(body, head?.rest ?? 0);
  const pages = readPages(body);
  return {
    text,
    author: byline?.author ?? head?.author ?? '',
    title: title ? cleanTitle(body.slice(title.start, title.end)) : '',
    year: readYear(body, [title, pages?.span ?? null]),
    pages: pages?.text ?? ''
  };
}

/**
 * Whether a line is a citation rather than a passage's prose. It must be short and not end or
 * run like a sentence. Three kinds of evidence combine: an author-shaped head, an imprint
 * ("Place: Publisher, year"), and apparatus (pages, a copyright year, a journal's volume (year)).
 * Two of them suffice; a single one, or a head closed by a date, only in a line with few
 * lowercase words, since a prose line may hold a page reference or a colon before a year.
 */
export function looksLikeCitation(line: string): boolean {
  const text = cleanLine(line);
  if (text.length === 0 || text.length > MAX_CITATION_LENGTH || !mayCite(text) || readsAsProse(text)) return false;
  const years = yearsIn(text);
  const names = readHead(text);
  const head = LABEL.test(text) || readByline(text) !== null || (names?.personal ?? false);
  const imprint = IMPRINT.test(text);
  const apparatus =
    readPages(text) !== null || years.some((y) => y.copyright) || JOURNAL_YEAR.test(text) || (names?.dated ?? false);
  if ((head && (imprint || apparatus)) || (imprint && apparatus)) return true;
  const single = imprint || (apparatus && years.length > 0) || (head && endsWithDate(text, years));
  return single && lowercaseShare(text) < MAX_LOWERCASE_SHARE;
}

/**
 * A cheap first test that passes every citation: each kind of evidence below but a page
 * reference holds a year (an imprint's, a copyright, a journal's, a head's or closing date),
 * so a line with neither cannot pass, and most prose lines are let go before the costly tests.
 */
function mayCite(text: string): boolean {
  return ANY_YEAR.test(text) || readPages(text) !== null;
}

function cleanLine(line: string): string {
  const trimmed = line.trimEnd();
  return trimmed.endsWith('\\') ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/** "THUS SPAKE KAGANOVICH by Feliks Chuyev, 1992": title first, then the author. */
function readByline(body: string): { author: string; title: Span } | null {
  const window = body.slice(0, HEAD_WINDOW);
  const by = window.indexOf(' by ');
  if (by <= 0 || /[,“”"]|\.\s/.test(window.slice(0, by))) return null;
  const name = BYLINE_AUTHOR.exec(window.slice(by + 4));
  return name && isTitleCase(window.slice(0, by)) ? { author: name[0], title: { start: 0, end: by } } : null;
}

/** Titles capitalise their long words but for prepositions; a clause of prose does not. */
function isTitleCase(words: string): boolean {
  const lower = words.match(/(?<![\p{L}’'])\p{Ll}{4,}/gu) ?? [];
  return lower.every((w) => SMALL_WORDS.has(w));
}

function readHead(body: string): Head | null {
  const window = body.slice(0, HEAD_WINDOW);
  const lenient = PEOPLE.exec(window)?.[0];
  if (!lenient) return null;
  // "Levine, Isaac D. Stalin. New York: …": when no title is left, the last word was the title.
  const titleless = startsWithImprintOrDate(window, lenient.length);
  const author = titleless ? (PEOPLE_STRICT.exec(window)?.[0] ?? lenient) : lenient;
  const rest = window.slice(author.length);
  const personal = author.includes(',') || /\p{Lu}\.| (?:and|&) /u.test(author);
  // "Newsweek International, January 2005": a bare run of capitals before a date is a title.
  if (!personal && DATE_ONLY.test(rest.replace(/^[.,]\s*/, '').trim())) return null;
  const role = ROLES.exec(rest);
  const afterRole = rest.slice(role ? role[0].length : 0).replace(/^[.,]?\s*/, '');
  const date = HEAD_DATE.exec(afterRole);
  const after = date ? afterRole.slice(date[0].length) : afterRole;
  return { author, rest: window.length - after.length, personal, dated: date !== null };
}

function startsWithImprintOrDate(text: string, from: number, imprint = sticky(IMPRINT_AHEAD), date = sticky(DATE_AHEAD)): boolean {
  const at = from + (/^[.,]?\s*/.exec(text.slice(from, from + 8))?.[0].length ?? 0);
  return execAt(imprint, text, at) !== null || execAt(date, text, at) !== null;
}

function readTitle(body: string, start: number): Span | null {
  if (start >= body.length || DATE_ONLY.test(body.slice(start))) return null;
  const open = body[start];
  if (open === '“' || open === '"') {
    const close = findClosingQuote(body, start + 1);
    if (close > start) return { start: start + 1, end: close };
  }
  const end = findTitleEnd(body, start);
  return end > start ? { start, end } : null;
}

/** The closing quote of a quoted title, unless the quote only opened the title's first words. */
function findClosingQuote(body: string, from: number): number {
  const close = body.slice(from).search(/[“”"]/);
  if (close < 0) return -1;
  const at = from + close;
  return /^[.,;:?!]?\s+\p{Ll}/u.test(body.slice(at + 1, at + 4)) ? -1 : at;
}

function findTitleEnd(body: string, start: number): number {
  const afterTitle = sticky(AFTER_TITLE);
  const imprint = sticky(IMPRINT_AHEAD);
  const date = sticky(DATE_AHEAD);
  const marks = /\.(?:”|")?(?=\s|$)|\? (?=\p{Lu})| \(|, /gu;
  marks.lastIndex = start;
  for (let m = marks.exec(body); m; m = marks.exec(body)) {
    const at = m.index;
    const token = m[0];
    if (token === ', ') {
      if (execAt(afterTitle, body, at + 2)) return at;
    } else if (token === ' (') {
      return at;
    } else if (token.startsWith('?')) {
      return at + 1;
    } else if (token.length > 1) {
      return at + token.length;
    } else if (!NOT_AN_END.test(body.slice(Math.max(start, at - 4), at)) || startsWithImprintOrDate(body, at + 1, imprint, date)) {
      return at;
    }
  }
  return body.length;
}

function cleanTitle(title: string): string {
  return title
    .trim()
    .replace(/[\s,;:]+$/, '')
    .replace(/(?<!(?:^|\s)\p{Lu})\.(["”]?)$/u, '$1');
}

function readPages(body: string): { text: string; span: Span } | null {
  const mark = PAGE_MARK.exec(body);
  if (mark) return readPageList(body, mark.index + mark[0].length);
  const offset = Math.max(0, body.length - 40);
  const journal = JOURNAL_PAGES.exec(body.slice(offset));
  if (!journal?.[1]) return null;
  return { text: journal[1], span: { start: offset + journal.index, end: body.length } };
}

/** "102-104", "114 and 116", "12, 15-16": a list stops before anything that reads as a year. */
function readPageList(body: string, start: number): { text: string; span: Span } | null {
  const first = execAt(sticky(PAGE_AT), body, start);
  if (!first) return null;
  let end = start + first[0].length;
  const more = sticky(PAGE_MORE);
  for (let m = execAt(more, body, end); m?.[1] && !ONLY_YEAR.test(m[1]); m = execAt(more, body, end)) {
    end = m.index + m[0].length;
  }
  return { text: body.slice(start, end), span: { start, end } };
}

interface YearMention {
  value: number;
  index: number;
  copyright: boolean;
  onDate: boolean;
}

/** Publication years outside the given spans; years of a range ("1934-1941") are a period. */
function yearsIn(body: string, skip: readonly (Span | null)[] = []): YearMention[] {
  const found: YearMention[] = [];
  for (const m of body.matchAll(YEARS)) {
    const index = m.index! + (m[1] ?? '').length;
    const end = m.index! + m[0].length;
    if (inRange(body, index, end) || skip.some((s) => s && index >= s.start && index < s.end)) continue;
    const before = body.slice(Math.max(0, index - 24), index);
    found.push({ value: Number(m[2]), index, copyright: m[1] !== '', onDate: ON_DATE.test(before) });
  }
  return found;
}

function inRange(body: string, start: number, end: number): boolean {
  return RANGE_AFTER.test(body.slice(end, end + 3)) || RANGE_BEFORE.test(body.slice(Math.max(0, start - 3), start));
}

function readYear(body: string, skip: readonly (Span | null)[]): number | null {
  const years = yearsIn(body, skip);
  const copyright = years.filter((y) => y.copyright);
  const chosen = years.find((y) => y.onDate) ?? copyright.at(-1) ?? years.at(-1);
  return chosen?.value ?? null;
}

function endsWithDate(text: string, years: readonly YearMention[]): boolean {
  const last = years.at(-1);
  return last !== undefined && text.length - last.index <= DATE_TAIL;
}

/** Share of words outside quotation marks that are lowercase and not a title's small words. */
function lowercaseShare(text: string): number {
  const words = text.replace(/[“"][^“”"]*[”“"]/g, ' ').split(/\s+/).filter(Boolean);
  const lower = words.filter((w) => /^\p{Ll}{3,}[.,;:]?$/u.test(w) && !SMALL_WORDS.has(w.replace(/[.,;:]$/, '')));
  return words.length === 0 ? 0 : lower.length / words.length;
}

/** Prose: a sentence ending on a lowercase word, or several clause-building function words. */
function readsAsProse(text: string): boolean {
  if (SENTENCE_END.test(text.slice(-40)) && !/\b(?:passim|ibid)\.$/.test(text)) return true;
  return (text.match(FUNCTION_WORDS)?.length ?? 0) >= MAX_FUNCTION_WORDS;
}

/** One or more people: "A, B and C" lists need the "and" before the last, so "Ciliga, Ante, The…" stays one. */
function people(given: string): RegExp {
  const person = `(?:${WORD}, ${given}|${GIVEN_FIRST})`;
  const more = `(?:(?:, ${GIVEN_FIRST})*${JOIN}(?:${person}|${WORD}))*`;
  return new RegExp(`^(?:${person}|${WORD}(?=${JOIN}))${more}${AUTHOR_END}`, 'u');
}
