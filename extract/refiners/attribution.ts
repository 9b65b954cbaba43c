import type { Category } from '../../contract/schema';
import { sentenceText, type Candidate } from '../context/candidate';
import { eventNamedIn } from './category';
import { sentenceSpans } from '../context/sentences';
import { PLURAL_REPORTING_VERB, REPORTING_VERB, SOURCE_NOUN } from '../lexicon';
import { nameOf } from './names';
import { isCountry } from './places';
import { matchesIn, scan } from '../scan';
import { continuesPrevious, previousSentence } from './continuation';

/**
 * Whose figure it is, when the passage reports someone else's: "according to X", "X's estimate
 * of", "X estimated/argues/reported", "suggested by X", a speaker's label or quoted words. The
 * cited book's author is not this: '' means the passage states the figure itself.
 */

const NAME = "((?:[A-Z][\\w’'-]*\\.? ){0,3}[A-Z][\\w’'-]+)";
const VERBS = REPORTING_VERB;
/** A body's name: capitalised words, joined by "of", "for" or "and" ("US Department of Justice"). */
const BODY = "[A-Z][\\w’'-]*(?:(?: (?:of|for|and)(?: the)?)? [A-Z][\\w’'-]*){0,5}";

/** "Kowalski, the propagandist, claims": a description set off by commas after a name. */
const APPOSITION = '(?:, (?:(?:the|a|an|this|that|our|his|her|their) [^,.;:()“”"]{1,40}|(?:writing|speaking|working|in (?:his|her|their|its)) [^,.;:()“”"]{1,30}),)?';
/**
 * Verbs by which a writer charges someone with a figure, not only of telling it: "X added
 * 4,000,000", "X invented a figure of". Only after a name: "added" alone is more often an action.
 */
const PUTS_FORWARD = 'adds|added|invents|invented|inflates|inflated|thinks|thought|reaches|reached|prefers|preferred|raised|lowered|revised';
/** "Rao, who adds the deaths on the coast, reaches": a relative clause between the name and its verb. */
const RELATIVE = '(?:, who [^,.;:()“”"]{1,60},)?';
/** Words that may stand between a name and the figure it gives: "Lind's about 9,000", "Aho at some 40,000". */
const FIGURE_AHEAD = "(?=(?:(?:about|some|nearly|almost|around|roughly|perhaps|only|over|under|at least|at most|closer to|more than|fewer than) )*(?:\\d|(?:one|two|three|four|five|a|half)\\b))";
/** People who count by trade, named so when the text does not name them. */
const SCHOLAR = 'demographer|historian|scholar|researcher|economist|statistician|geographer|journalist|priest|doctor|physician|surveyor';
/** Kept records that give figures: "the shipping lists", "the burial registers". */
const RECORDS = 'lists|registers|ledgers|returns|records|rolls|tables';
/** Works that give figures, named by what they are: "an army history", "a parish register". */
const WORK = '(?:history|histories|study|studies|survey|report|book|census|register|registers|count|reconstruction|inquiry|yearbook)';
/**
 * A person named by role: "the peasant president of a village Soviet" (up to the body's
 * capitalised name), or a role up to a comma or a stop ("a guard,").
 */
const ROLE = "(?:the|a|an) (?:[a-z][\\w’'-]* ){0,3}of (?:the |a |an )?(?:[a-z]+ )?\\p{Lu}[\\w’'-]+|(?:the|a|an) (?:[a-z][\\w’'-]* ){0,2}[a-z][\\w’'-]*(?=[,.;:]|$)";

/** A pattern that names a source; `named`: its first group is a name to read the surname from. */
interface Rule {
  pattern: RegExp;
  /** Where the source may stand relative to the figure. */
  side: 'before' | 'after' | 'any';
  named: boolean;
  /** A word the pattern cannot match without: most sentences lack it, and this test is cheap. */
  needs?: Needed;
  /** How far after the figure the source may start, when it must follow it more closely than most. */
  reach?: number;
  /** Whether the name and the words after the match make a source, when a place could stand there. */
  accept?: (name: string, after: string) => boolean;
}

/** "Ireland's 8 million inhabitants": a place's possessive gives its people, not an estimate. */
const DWELLERS = /^[\d.,]+(?: (?:million|billion|thousand))? (?:[a-z]+ )?(?:inhabitants|residents|people|citizens|population|souls|subjects)\b/;
const notAPlace = (name: string, after: string) => !isCountry(name) && !DWELLERS.test(after);

/** Every rule that ends on a reporting verb needs one of them somewhere in the text. */
const REPORTS = new RegExp(`\\b(?:${VERBS}|${PLURAL_REPORTING_VERB})\\b`, 'i');
/** A reporting verb, or "give" of records and works ("the lists give"). */
const TELLS = new RegExp(`\\b(?:give|${VERBS}|${PLURAL_REPORTING_VERB})\\b`, 'i');
const ACCORDING = /according to/i;
const BY = /\bby /;
const APOSTROPHE = /[’']/;
const OF = / of /;
const AT = / at /;
/** A reporting verb or one that charges someone with a figure. */
const REPORTS_OR_PUTS = new RegExp(`\\b(?:${VERBS}|${PUTS_FORWARD})\\b`);

/** Words the rules cannot match without, by name: several rules need one, and each is tested once per text. */
const NEEDED = {
  reports: REPORTS, tells: TELLS, according: ACCORDING, by: BY, apostrophe: APOSTROPHE, of: OF, at: AT, reportsOrPuts: REPORTS_OR_PUTS
} as const;
type Needed = keyof typeof NEEDED;

const neededIn = (text: string) => new Set((Object.keys(NEEDED) as Needed[]).filter((word) => NEEDED[word].test(text)));

const SOURCE_RULES: readonly Rule[] = [
  { pattern: new RegExp(`\\(${NAME},[^()]{0,80}?\\b(?:${VERBS})\\b`, 'g'), side: 'before', named: true, needs: 'reports' },
  { pattern: /\baccording to (?:the |an? |official |recent |his |her |their )*((?:(?!by )[\w’'-]+ ){0,5}?[\w’'-]+)(?: (?:statistics|figures|data))?(?=\s?[,.;:)]|$| (?:there|who|which|that|some|about|around|over|more|nearly|almost|previously|cited|quoted|published|on|in)\b)/gi, side: 'any', named: false, needs: 'according' },
  // "according to a press release put out by the Department of Justice", "according to official
  // figures released by the Russian government": the body behind the document.
  { pattern: new RegExp(`\\b[Aa]ccording to (?:an? |the )?(?:[a-z]+ ){0,2}(?:release|report|statement|study|survey|communiqu[eé]|bulletin|count|estimate|figure|statistic)s? (?:[a-z]+ ){0,3}by (?:the )?((?:[A-Z][\\w’'-]* |[a-z]+ ){0,2}?(?:${SOURCE_NOUN})|${BODY})\\b`, 'g'), side: 'any', named: false, needs: 'according' },
  { pattern: new RegExp(`${NAME}[’']s? (?:own |original |later |earlier |higher |lower |latest |famous |oft-quoted )?(?:estimates?|figures?|calculations?|count|claims?|data|statistics|numbers?|total|census|survey|study|tally|reconstruction|reckoning|tables?|registers?|history)\\b`, 'g'), side: 'any', named: true, needs: 'apostrophe' },
  { pattern: new RegExp(`\\b(?:estimated|suggested|claimed|reported|calculated|cited|given|put forward|proposed|quoted|published|made|advanced) by (?:the )?(?:Soviet |Russian |American |British |French |German |historian |scholar |writer |journalist |researcher )*${NAME}(?=[ ,.;:]|$)`, 'g'), side: 'any', named: true, needs: 'by' },
  // "earlier estimates by Conquest and Erickson that ...": the pair is one source.
  { pattern: /\b(?:estimates?|figures?|claims?|calculations?) by ([A-Z][\w’'-]+(?: and [A-Z][\w’'-]+)?)(?= that\b|[,.;:]|$)/g, side: 'before', named: false, needs: 'by' },
  { pattern: new RegExp(`\\b((?:the )?(?:(?!(?:the|in|on|at|of|by|that|and|but)\\b)[a-z][\\w’'-]* ){0,2}?(?:${SOURCE_NOUN}))(?: itself| themselves)?(?:, in (?:its|their) [^,.;:()]{1,30},)?\\s+(?:(?:[a-z]+ly|long|often|also|once|still|all) )?(?:${VERBS}|${PLURAL_REPORTING_VERB})\\b`, 'gi'), side: 'before', named: false, needs: 'reports' },
  // "the head of the archives, Dobrynin, which stated": an apposition names who states.
  { pattern: new RegExp(`, ${NAME}, (?:which|who) (?:${VERBS})\\b`, 'g'), side: 'before', named: true, needs: 'reports' },
  // Not after a preposition: in "officials in Prague told him" the place is not the subject.
  // "Kowalski, the propagandist, claims": an apposition may stand between the name and its verb.
  // "Lind's 9,000", "Okoro's about 2 million": a possessive right before a figure gives it.
  { pattern: new RegExp(`${NAME}[’']s? ${FIGURE_AHEAD}`, 'g'), side: 'before', named: true, needs: 'apostrophe', accept: notAPlace },
  // "the 2 million of the relief agencies": a figure opened by "the" and closed by its source.
  { pattern: new RegExp(`(?<=\\b[Tt]he [\\d.,]+(?: (?:million|billion|thousand))?) of (?:the )?((?:[a-z]+ ){0,2}(?:${SOURCE_NOUN}|books|textbooks))\\b`, 'g'), side: 'after', named: false, reach: 0, needs: 'of' },
  // "Lind put it at 9,000, and Aho at 12,000": the next name in a list of estimates, before its figure.
  { pattern: new RegExp(`(?<=(?:[,;]|\\band|\\bwhile|\\bwhereas) )${NAME} at ${FIGURE_AHEAD}`, 'g'), side: 'before', named: true, needs: 'at' },
  // "a 1971 study by the demographer Ana Lind": the author of the work.
  { pattern: new RegExp(`\\b${WORK} by (?:the (?:[a-z]+ ){1,2})?${NAME}(?=[ ,.;:]|$)`, 'g'), side: 'before', named: true, needs: 'by' },
  // "the government in Lagos announced": a government by its seat.
  { pattern: new RegExp(`\\bthe ((?:[a-z]+ )?(?:government|regime|authorities|ministry)) (?:in|at) (?:[A-Z][\\w’'-]+ ){1,3}(?:${VERBS})\\b`, 'g'), side: 'before', named: false, needs: 'reports' },
  // "the shipping lists, which miss the crossings, give 1.8 million": records that give a figure.
  { pattern: new RegExp(`\\b[Tt]he ((?:[a-z]+[’']s )?(?:[a-z]+ )?(?:${RECORDS}))(?:, (?:which|that) [^,.;:()]{1,60},)? (?:give|${PLURAL_REPORTING_VERB}|${VERBS})\\b`, 'g'), side: 'before', named: false, needs: 'tells' },
  // "A demographer working from the same parishes later came nearer 250,000": someone unnamed, by trade.
  { pattern: new RegExp(`\\b[Aa]n? ((?:[a-z]+ )?(?:${SCHOLAR}))\\b(?=[^.;]{0,80}?\\b(?:came|arrived|put|puts|reached|settled|gave|counted|estimated|found|reckoned)\\b)`, 'g'), side: 'before', named: false },
  // "an army history published in 1990 gave 85,000": a work, not a person, gives it. Not "the
  // most careful reconstruction", which speaks of a work the passage's author has in mind.
  { pattern: new RegExp(`\\b(?:an?) ((?:[a-z]+ ){0,2}${WORK})(?: (?:published|compiled|written|released|issued)(?: in \\d{4})?)?,? (?:${VERBS})\\b`, 'g'), side: 'before', named: false, needs: 'reports' },
  // Nor a name's last word alone: in "in Phnom Penh announced" the preposition governs the whole name.
  { pattern: new RegExp(`(?<!\\b(?:in|at|from|of|to|for|with|on|near|against) )(?<![A-Z][\\w’'-]* )${NAME}${APPOSITION}${RELATIVE},? (?:(?:also|himself|herself|then|later|once|even|has|had|have|now|probably|correctly|rightly|wrongly|simply) )*(?:${VERBS}|${PUTS_FORWARD})\\b`, 'g'), side: 'before', named: true, needs: 'reportsOrPuts' },
  // "the view voiced by the chairman of a district Soviet", "as told by a guard": a speaker named by role.
  { pattern: new RegExp(`\\b(?:voiced|expressed|told|said|stated|uttered|related|recounted|described) by (${ROLE})`, 'gu'), side: 'any', named: false, needs: 'by' }
];

const RULES = SOURCE_RULES.map((rule) => ({ ...rule, scan: scan(rule.pattern) }));

const AFTER_REACH = 40;

/** A source named in a text, and where its mention stands. */
export interface Mention {
  name: string;
  side: Rule['side'];
  reach?: number;
  start: number;
  end: number;
}

/**
 * "Solzhenitsyn, referring to the calculations of Kurganov, has declared": a name inside such a
 * phrase is the source's source; the sentence's subject is the one who declares.
 */
const CITING = /\b(?:referring to|citing|quoting|relying on|drawing on|based on)\b[^;]*$/;

function cited(text: string, index: number): string | null {
  if (!CITING.test(text.slice(Math.max(0, index - 80), index))) return null;
  const dot = text.lastIndexOf('. ', index);
  return subjectOf(text.slice(dot < 0 ? 0 : dot + 2, index));
}

/** A body of sources named as written ("earlier studies", "archive records"), without "the" or a possessive. */
function asWritten(raw: string): string | null {
  const text = raw.trim().replace(/^the\s+/i, '').replace(/[’']s$/, '');
  return text && !/^(?:it|this|that|these|those|he|she|they|we|i|you)$/i.test(text) ? text : null;
}

/**
 * "(a Hungarian Communist reports)": capitalised words after "a" or "an" describe someone
 * unnamed, and the description is all there is to report.
 */
function described(text: string, m: RegExpMatchArray, raw: string): string | null {
  const start = m.index! + m[0].indexOf(raw);
  const article = /(?<![\p{L}\p{N}])(?:a|an)\s$/iu.exec(text.slice(Math.max(0, start - 8), start));
  return article && raw ? `${article[0].toLowerCase()}${raw}` : null;
}

export function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  const present = neededIn(text);
  for (const rule of RULES) {
    if (rule.needs && !present.has(rule.needs)) continue;
    for (const m of matchesIn(text, rule.scan)) {
      const raw = m[1] ?? '';
      const name = cited(text, m.index!) ?? (rule.named ? described(text, m, raw) ?? nameOf(raw) : asWritten(raw));
      if (name && rule.accept && !rule.accept(name, text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
      if (name) found.push({ name, side: rule.side, reach: rule.reach, start: m.index!, end: m.index! + m[0].length });
    }
  }
  return found;
}

/** The nearest source around [at, end) that stands on its rule's side of the figure. */
function nearestSource(mentions: readonly Mention[], at: number, end: number): string {
  let best: { name: string; distance: number } | null = null;
  for (const { name, side, reach, start, end: mEnd } of mentions) {
    const isBefore = mEnd <= at;
    const isAfter = start >= end;
    if (!(side === 'any' ? isBefore || isAfter : side === 'before' ? isBefore : isAfter)) continue;
    const distance = isBefore ? at - mEnd : start - end;
    // A source named after the figure must follow it closely: "the 20% suggested by Erickson".
    if (isAfter && distance > (reach ?? AFTER_REACH)) continue;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name ?? '';
}

/**
 * "He noted that ...", "When asked, he answered that ...": a pronoun reporting a figure speaks
 * for the person who is the subject of an earlier sentence of the passage.
 */
const PRONOUN_REPORTS = new RegExp(`\\b(?:he|she)\\s+(?:\\w+\\s+)?(?:${VERBS})\\b`, 'i');
/** "They found that ...": a plural pronoun reporting a figure speaks for a body named before. */
const THEY_REPORT = new RegExp(`\\bthey\\s+(?:\\w+\\s+)?(?:${PLURAL_REPORTING_VERB}|found|showed|estimated|calculated|counted|reported|concluded|established)\\b`, 'i');
/** "several historians gained access …": a body of sources as the subject, near its sentence's start. */
const SOURCES_SUBJECT = new RegExp(`^[^.;:]{0,60}?\\b(?:(?:several|many|some|two|three|four|a few|a group of|a team of) (?:[a-z]+ )?([a-z]{3,}s)|(?:the|these|other) (?:[A-Za-z]+ )?(${SOURCE_NOUN}))\\b`);

/** The body of sources the sentence before the figure's opens with, for "they". */
function sourcesBefore(c: Candidate): string {
  const previous = previousSentence(c);
  const m = SOURCES_SUBJECT.exec(previous);
  return m?.[1] ?? m?.[2] ?? '';
}

/** "It is claimed that ...": the claim is someone's only if a reporter was named just before. */
const IMPERSONAL_REPORTS = /\bit (?:is|was|has been|had been) (?:claimed|said|alleged|asserted|argued|estimated|reported)\b/i;
/** "His estimate of a minimum of 20,000": the figure the pronoun's estimate gives. */
const PRONOUN_ESTIMATE = /\b(?:his|her) (?:own )?(?:estimates?|figures?|claims?|calculations?) of (?:[a-z]+ ){0,3}$/i;
const PROPER = /\b[A-Z][a-z][\w’'-]+(?:\s+[A-Z][a-z][\w’'-]+)*/g;

/** The name a sentence opens with, before its verb: "Hollis, in 1969, was …". */
const OPENS_WITH_NAME = new RegExp(`^\\W*${NAME}(?:,[^,]{1,40},)? (?:was|is|had|has|\\w+ed)\\b`);

function openingName(lead: string): string {
  const m = OPENS_WITH_NAME.exec(lead);
  return (m && nameOf(m[1]!)) ?? '';
}

/** A sentence's subject, roughly: the surname of its first proper name. */
function subjectOf(sentence: string): string | null {
  for (const m of sentence.matchAll(PROPER)) {
    const name = nameOf(m[0]);
    if (name) return name;
  }
  return null;
}

/** The subjects of the sentences of `text`, last sentence first. */
function subjects(text: string): string[] {
  return sentenceSpans(text).map((s) => subjectOf(text.slice(s.start, s.end))).filter((n): n is string => !!n).reverse();
}

/** How far back a speaker is looked for: a few paragraphs, each read near its end. */
const LOOKBACK_LINES = 3;
const LOOKBACK_CHARS = 1500;

/** An exchange of quoted turns runs over more paragraphs than a report does. */
const DIALOGUE_LINES = 6;

/** The texts before the figure's sentence, nearest first: its paragraph, then `back` earlier lines. */
function earlierTexts(c: Candidate, back = LOOKBACK_LINES): string[] {
  const { lines, index } = c.context;
  const texts = [c.line.text.slice(Math.max(0, c.sentence.start - LOOKBACK_CHARS), c.sentence.start)];
  for (let i = index - 1; i >= Math.max(0, index - back); i--) texts.push(lines[i]!.text.slice(-LOOKBACK_CHARS));
  return texts;
}

/** Someone already reporting figures in the passage (and, if `orSubject`, else the latest subject). */
function antecedent(texts: readonly string[], orSubject: boolean): string {
  for (const t of texts) {
    const source = nearestSource(mentionsIn(t), t.length, t.length) || speechTag(t);
    if (source) return source;
  }
  if (!orSubject) return '';
  for (const t of texts) {
    const subject = subjects(t)[0];
    if (subject) return subject;
  }
  return '';
}

/** "said Stalin", "Stalin replied", "Stalin made a long reply": who speaks the quoted words. */
const SPEECH_TAG = new RegExp(
  `(?:\\b(?:said|says|replied|answered|asked|continued|added|went on|interrupted|exclaimed|shouted|to quote|quoting|in the words of)\\s+${NAME}|${NAME}\\s+(?:(?:[\\w,]+ ){0,4}(?:reply|answer|response|speech)\\b|(?:said|says|replied|answered|continued|added|went on|interrupted|exclaimed|shouted)\\b))`,
  'g'
);

const SPEECH_TAGS = scan(SPEECH_TAG);

function speechTag(text: string): string {
  let last = '';
  for (const m of matchesIn(text, SPEECH_TAGS)) last = nameOf(m[1] ?? m[2] ?? '') ?? last;
  return last;
}

/** "I spoke to Boris Sulim", "I met Beria": the narrator's interlocutor, whose words follow. */
const INTERLOCUTOR = new RegExp(`\\bI (?:(?:spoke|talked) (?:to|with)|met|asked|interviewed|visited|questioned) ${NAME}`, 'g');

function interlocutor(text: string): string {
  let last = '';
  for (const m of text.matchAll(INTERLOCUTOR)) last = nameOf(m[1]!) ?? last;
  return last;
}

/** The narration of a line, its quoted words taken out. */
function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g, ' ');
}

/** "I asked", "I objected": the quotation is the passage author's own. */
const NARRATOR_SPEAKS = /\bI (?:asked|objected|said|replied|answered|remarked|interrupted|put in)\b/;

/**
 * Whether the figure stands in someone's quoted words: a paragraph that opens with a quotation
 * mark, or a quotation introduced by a colon or spoken in the first person.
 */
function inQuotedSpeech(c: Candidate): boolean {
  const previous = c.context.lines[c.context.index - 1]?.text ?? '';
  if (/^\s*[“"`‘]/.test(c.line.text) && previous.trimEnd().endsWith(':')) return true;
  const before = c.line.text.slice(Math.max(0, c.expr.start - LOOKBACK_CHARS), c.expr.start);
  const single = singleQuoteOpen(before);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'), before.search(/^\s*[`‘]/), single);
  if (open < 0) return continuedQuote(c, before);
  if (before.lastIndexOf('”') > open || (open === single && SINGLE_CLOSE.test(before.slice(open + 1)))) return false;
  const narration = before.slice(0, open);
  if (/^[\s…`]*$/.test(narration) || /(?::|\bas follows[.:]?|\bin these words[.:]?)\s*$/.test(narration)) return true;
  // "Stalin made a long reply and said that …. “Do you …": a speech tag just before opens the quotation.
  return /\b(?:I|we|my|our)\b/.test(before.slice(open)) || !!speechTag(narration.slice(-QUOTE_INTRO));
}

/** "… as follows. ‘They made …": a single quotation mark that opens a sentence opens a quotation. */
const SINGLE_OPEN = /(?:[.:!?]\s+|^\s*)‘(?=\p{Lu})/gu;
/** A closing single mark, not an apostrophe inside a word ("Greene’s"). */
const SINGLE_CLOSE = /’(?!\p{L})/u;

function singleQuoteOpen(before: string): number {
  let last = -1;
  for (const m of before.matchAll(SINGLE_OPEN)) last = m.index! + m[0].length - 1;
  return last;
}

/** How much narration before a quotation may hold its speech tag. */
const QUOTE_INTRO = 300;

/**
 * A paragraph of a quotation running over several: it opens with no quotation mark, yet closes
 * one after the figure.
 */
function continuedQuote(c: Candidate, before: string): boolean {
  if (before.includes('”')) return false;
  const rest = c.line.text.slice(c.expr.end, c.expr.end + LOOKBACK_CHARS);
  const close = rest.indexOf('”');
  return close >= 0 && !rest.slice(0, close).includes('“');
}

/**
 * Who speaks quoted words: a speech tag on their own line, else, in the paragraphs before, the
 * narrator's interlocutor, a speech tag or a source.
 */
function quotedSpeaker(c: Candidate): string {
  const line = c.line.text;
  if (NARRATOR_SPEAKS.test(outsideQuotes(line.slice(0, LOOKBACK_CHARS)))) return '';
  const window = line.slice(Math.max(0, c.expr.start - LOOKBACK_CHARS), c.expr.end + LOOKBACK_CHARS);
  const lead = line.slice(Math.max(0, c.expr.start - LOOKBACK_CHARS), c.expr.start);
  const tagged = speechTag(window) || editorNamed(window) || introducer(lead);
  if (tagged) return tagged;
  if (unnamedIntroducer(lead)) return '';
  for (const t of earlierTexts(c, DIALOGUE_LINES)) {
    const speaker = interlocutor(t) || speechTag(t) || nearestSource(mentionsIn(t), t.length, t.length);
    if (speaker) return speaker;
  }
  return '';
}

/** "what I [Golovanov] think": an editor's bracket names the one who says "I". */
const EDITOR_NAMES_I = new RegExp(`\\bI \\[${NAME}\\]`);

function editorNamed(text: string): string {
  const m = EDITOR_NAMES_I.exec(text);
  return m ? nameOf(m[1]!) ?? '' : '';
}

const OPENING_NAME = new RegExp(`^\\W*${NAME}`);

/**
 * "Stalin walked to and fro, exclaiming: “…": the subject of the sentence a colon opens a
 * quotation with; "he" there is the subject of the sentence before.
 */
function introducer(before: string): string {
  const open = before.lastIndexOf('“');
  if (open < 0 || !/:\s*$/.test(before.slice(0, open))) return '';
  const narration = before.slice(0, open);
  const sentences = sentenceSpans(narration).map((s) => narration.slice(s.start, s.end)).reverse();
  for (const sentence of sentences.slice(0, 2)) {
    const subject = OPENING_NAME.exec(sentence);
    const name = subject && nameOf(subject[1]!);
    if (name) return name;
    if (!/^\W*(?:[A-Za-z]+ ){0,3}?(?:he|she)\b/i.test(sentence)) return '';
  }
  return '';
}

/**
 * "The mother replied: “…": a quotation opened by someone the narration does not name. The
 * speaker is here, so no one named paragraphs before speaks these words.
 */
function unnamedIntroducer(before: string): boolean {
  const open = before.lastIndexOf('“');
  if (open < 0 || !/:\s*$/.test(before.slice(0, open))) return false;
  const narration = before.slice(0, open);
  const last = sentenceSpans(narration).at(-1);
  return !!last && /^\W*(?:the|a|an|his|her|their|my|our) (?:[a-z]+ ){0,2}?[a-z]+ (?:[a-z]+ly )?(?:said|says|replied|answered|asked|exclaimed|shouted|added|wrote|continued|explained)\b/i
    .test(narration.slice(last.start, last.end));
}

/** "YEZHOV: Comrades, ...": a transcript's speaker, in capitals before a colon. */
const SPEAKER_LABEL = /^\s*([A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)?)\s*:\s/;
/** Labels of a role, not of a person. */
const ROLE_LABEL = /^(?:Q|A|QUESTION|ANSWER|NOTE|SOURCE|EDITOR|TRANSLATOR)$/;

function labelledSpeaker(c: Candidate): string {
  const label = SPEAKER_LABEL.exec(c.line.text)?.[1];
  if (!label || ROLE_LABEL.test(label)) return '';
  return label.toLowerCase().replace(/(^|[\s’'-])\p{L}/gu, (s) => s.toUpperCase());
}

/** "The figure one million is based on ...": a figure already given, by whoever gave it before. */
const NAMED_BEFORE = /\b(?:the|this|that|such an?) (?:figure|estimate|number|total|count|claim)s? (?:of )?$/i;

/** "Erickson and Conquest estimated it at 80,000 and 70,000 respectively": each their own. */
const PAIR_REPORTS = new RegExp(`${NAME} and ${NAME},? (?:${VERBS})\\b`);

function respectiveSource(text: string, at: number, end: number): string {
  const after = text.slice(end, end + 60);
  const first = /^ and [^;]{1,25}? respectively\b/.test(after);
  const second = !first && /^ respectively\b/.test(after) && / and $/.test(text.slice(Math.max(0, at - 5), at));
  if (!first && !second) return '';
  const pair = PAIR_REPORTS.exec(text.slice(0, at));
  if (!pair) return '';
  return nameOf(pair[first ? 1 : 2]!) ?? '';
}

/** "According to X, ... some 12 million. An average of 855,000 per year.": the account goes on. */
function sourceOfPrevious(c: Candidate): string {
  const previous = previousSentence(c);
  return previous ? nearestSource(mentionsIn(previous), previous.length, previous.length) : '';
}

/** "… were 799,455. No breakdown of this figure was provided by the researchers.": the figure's source, named after it. */
const SOURCED_AFTER =
  /^\W*[^.;]{0,60}?\b(?:this|that|these|the) (?:figures?|estimates?|numbers?|totals?|data|statistics)\b[^.;]{0,40}?\b(?:provided|given|supplied|published|compiled|released|reported|made public) by (?:the )?([\w’'-]+(?: [\w’'-]+){0,3}?)(?=[,.;:]|$)/;

/** The source the next sentence names for the last figure of this one. */
function sourcedAfter(c: Candidate): string {
  const next = c.line.text.slice(c.sentence.end, c.sentence.end + 200);
  const m = next.includes(' by ') ? SOURCED_AFTER.exec(next) : null;
  if (!m || /\d/.test(c.line.text.slice(c.expr.end, c.sentence.end))) return '';
  return asWritten(m[1]!) ?? '';
}

/** "X thought 2.1 million; the lists give 1.8 million": a clause with its own reporting verb. */
function toldAfterSemicolon(between: string): boolean {
  const semicolon = between.lastIndexOf(';');
  return semicolon >= 0 && TELLS.test(between.slice(semicolon));
}

/** `sentenceMentions`: mentionsIn of the figure's sentence, which its other figures read too. */
export function attributionOf(c: Candidate, category: Category, sentenceMentions: () => readonly Mention[] = () => mentionsIn(sentenceText(c))): string {
  const text = sentenceText(c);
  const at = c.expr.start - c.sentence.start;
  const end = c.expr.end - c.sentence.start;
  const respective = respectiveSource(text, at, end);
  if (respective) return respective;
  // A source named past a semicolon after the figure gives the next clause's figure, not this one.
  // One named before a semicolon does not give a figure whose clause has a teller of its own.
  const mentions = sentenceMentions().filter((m) => m.start >= end ? !text.slice(end, m.start).includes(';') : !toldAfterSemicolon(text.slice(m.end, at)));
  const own = nearestSource(mentions, at, end);
  if (own) return own;
  const carried = continuesPrevious(text) ? sourceOfPrevious(c) : '';
  // "X estimated 8 million. And Y 12 million.": a name in the fragment is the one whose figure it is.
  if (carried) return subjectOf(text.slice(0, at)) ?? carried;
  const named = sourcedAfter(c);
  if (named) return named;
  const label = labelledSpeaker(c);
  if (label) return label;
  const lead = text.slice(0, at);
  // "X, in 1969, was the first to count them, and he put …": the pronoun's name opens the sentence.
  if (PRONOUN_REPORTS.test(lead) || PRONOUN_ESTIMATE.test(lead)) return openingName(lead) || antecedent(earlierTexts(c), true);
  const sources = THEY_REPORT.test(lead) ? sourcesBefore(c) : '';
  if (sources) return sources;
  if (IMPERSONAL_REPORTS.test(lead)) return antecedent(earlierTexts(c), false);
  if (NAMED_BEFORE.test(lead)) return antecedent(earlierTexts(c), false);
  if (inQuotedSpeech(c)) return quotedSpeaker(c);
  return dataGiver(c.line.text.slice(Math.max(0, c.sentence.start - LOOKBACK_CHARS), c.sentence.start), category);
}

/**
 * "X’s office gave the percentage discharged. In 1937 ... 11,034 ...": a source that hands over
 * figures of one kind earlier in the paragraph gives the figures of that kind that follow.
 */
const GIVES_DATA = new RegExp(
  `${NAME}(?:[’']s? (?:[a-z]+ ){0,2}(?:office|department|staff|ministry|commission|report|table|archive))?,? (?:gave|gives|provided|provides|published|released|supplied|supplies|listed|lists|compiled) (?:the |these |its |his |her |their |following )*(?:[a-z]+ )?(?:figures|percentages?|data|numbers|statistics|totals|breakdown|counts)\\b`,
  'g'
);

/** The verbs of GIVES_DATA alone: a cheap test that lets most paragraphs skip the names. */
const GIVING = /\b(?:gave|gives|provided|provides|published|released|supplied|supplies|listed|lists|compiled)\b/;

function dataGiver(paragraph: string, category: Category): string {
  let last = '';
  if (!GIVING.test(paragraph)) return last;
  for (const m of paragraph.matchAll(GIVES_DATA)) {
    const sentence = paragraph.slice(m.index!, paragraph.indexOf('.', m.index! + m[0].length) + 1 || undefined);
    if (eventNamedIn(sentence) === category) last = nameOf(m[1]!) ?? last;
  }
  return last;
}
