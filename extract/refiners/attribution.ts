import { perSentence, sentenceText, type Candidate } from '../context/candidate';
import { sentenceSpans } from '../context/sentences';

/**
 * Whose figure it is, when the passage reports someone else's: "according to X", "X's estimate
 * of", "X estimated/argues/reported", "suggested by X". The cited book's author is not this:
 * null means the passage states the figure itself.
 */

const NAME = "((?:[A-Z][\\w’'-]*\\.? ){0,3}[A-Z][\\w’'-]+)";
const VERBS = 'estimates?|estimated|argues|argued|claims?|claimed|reports?|reported|calculated|calculates|says|said|wrote|writes|suggests|suggested|declared|declares|states|stated|asserts|asserted|maintains|maintained|believes|believed|puts|put|gives|gave|counted|counts|concluded|concludes|cabled|informed|proposed|recorded|records|notes|noted|insists|insisted|alleged|alleges|testified|admitted|announced|showed|shows|found|finds|contends|contended|cites|cited|quotes|quoted|answered|replied|explained|mentioned|tells|told how|describes|described|recalls|recalled|relates|related|adjusts|reveals?|revealed|indicates?|indicated';

interface Rule {
  pattern: RegExp;
  /** Where the source may stand relative to the figure. */
  side: 'before' | 'after' | 'any';
}

const RULES: Rule[] = [
  { pattern: new RegExp(`\\(${NAME},[^()]{0,80}?\\b(?:${VERBS})\\b`, 'g'), side: 'before' },
  { pattern: /\baccording to (?:the |an? |official |recent |his |her |their )*((?:[\w’'-]+ ){0,5}?[\w’'-]+)(?: (?:statistics|figures|data))?(?=\s?[,.;:)]|$| (?:there|who|which|that|some|about|around|over|more|nearly|almost|previously|cited|quoted|published)\b)/gi, side: 'any' },
  { pattern: new RegExp(`${NAME}[’']s? (?:own |original |later |higher |lower |latest |famous |oft-quoted )?(?:estimates?|figures?|calculations?|count|claims?|data|statistics|numbers?|total)\\b`, 'g'), side: 'any' },
  { pattern: new RegExp(`\\b(?:estimated|suggested|claimed|reported|calculated|cited|given|put forward|proposed|quoted|published|made|advanced) by (?:the )?(?:Soviet |Russian |American |British |French |German |historian |scholar |writer |journalist |researcher )*${NAME}(?=[ ,.;:]|$)`, 'g'), side: 'any' },
  { pattern: /\b(archives|records|documents|files|statistics|data)\s+(?:reveal|revealed|show|showed|indicate|indicated|suggest|suggested)\b/gi, side: 'before' },
  // "Older works commonly suggested that ...": an unnamed body of sources, named as written.
  { pattern: /(?:^|[.!?]\s+)([A-Z][a-z]+ [a-z]+s) (?:commonly |often |generally |usually |long )?(?:suggested|claimed|estimated|argued|asserted|maintained|believed)\b/g, side: 'before' },
  { pattern: new RegExp(`${NAME},? (?:(?:also|himself|herself|then|later|once|even|has|had|have|now|probably|correctly|rightly|wrongly) )*(?:${VERBS})\\b`, 'g'), side: 'before' }
];

const NOT_NAMES = /^(?:The|This|That|These|Those|It|He|She|They|We|I|You|In|On|At|By|Of|For|From|To|And|But|Or|As|If|When|Then|There|Here|Some|Many|Most|All|Both|Each|Such|Other|Another|One|Two|Three|Stalin’s|Soviet|Russian|Party|Central|Committee|A|An|What|Which|Who|Whose|After|Before|During|Since|Until|Over|Under|Between|Among|Yet|Still|So|Thus|Hence|Besides|However|Moreover|Nevertheless|Although|While|With|Without|Altogether|Also|Only|Even|Not|No|New|Old|Total|Official|Actual|My|Our|Their|His|Her|Its|Your|Each)$/;

const NAME_PATTERN_INDEX = new Set([0, 2, 3, 6]);

function cleanName(raw: string, ruleIndex: number): string | null {
  const words = raw.trim().split(/\s+/);
  if (!NAME_PATTERN_INDEX.has(ruleIndex)) return raw.trim().replace(/[’']s$/, '');
  const kept = words.filter((w) => !NOT_NAMES.test(w.replace(/[’']s$/, '')));
  const last = kept[kept.length - 1];
  if (!last || !/^[A-Z]/.test(last)) return null;
  return last.replace(/[’']s?$/, '');
}

const AFTER_REACH = 40;

interface Found {
  name: string;
  distance: number;
}

/** A source named in a text, and where its mention stands. */
interface Mention {
  name: string;
  side: Rule['side'];
  start: number;
  end: number;
}

/** Every source named in `text`, rule by rule: what does not depend on where the figure stands. */
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

function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [i, rule] of RULES.entries()) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const name = cited(text, m.index) ?? cleanName(m[1] ?? '', i);
      if (name) found.push({ name, side: rule.side, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

const sentenceMentions = perSentence(mentionsIn);

/** The nearest source around [at, end) that stands on its rule's side of the figure. */
function nearestSource(mentions: readonly Mention[], at: number, end: number): string {
  let best: Found | null = null;
  for (const { name, side, start, end: mEnd } of mentions) {
    const isBefore = mEnd <= at;
    const isAfter = start >= end;
    if (!(side === 'any' ? isBefore || isAfter : side === 'before' ? isBefore : isAfter)) continue;
    const distance = isBefore ? at - mEnd : start - end;
    // A source named after the figure must follow it closely: "the 20% suggested by Erickson".
    if (isAfter && distance > AFTER_REACH) continue;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name ?? '';
}

/**
 * "He noted that ...", "When asked, he answered that ...": a pronoun reporting a figure speaks
 * for the person who is the subject of an earlier sentence of the passage.
 */
const PRONOUN_REPORTS = new RegExp(`\\b(?:(?:he|she)\\s+(?:\\w+\\s+)?(?:${VERBS})|it (?:is|was|has been) (?:claimed|said|alleged|asserted|argued|estimated))\\b`, 'i');
/** "His estimate of a minimum of 20,000": the figure the pronoun's estimate gives. */
const PRONOUN_ESTIMATE = /\b(?:his|her) (?:own )?(?:estimates?|figures?|claims?|calculations?) of (?:[a-z]+ ){0,3}$/i;
const NOT_SUBJECTS = /^(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Even|Then|Clearly|Mid|Under|Upon|Dr|Mr|Mrs|Ms|Prof|General|Comrade)$/;
const PROPER = /\b[A-Z][a-z][\w’'-]+(?:\s+[A-Z][a-z][\w’'-]+)*/g;

/** A sentence's subject, roughly: the surname of its first proper name that is not a stock word. */
function subjectOf(sentence: string): string | null {
  PROPER.lastIndex = 0;
  for (let m = PROPER.exec(sentence); m; m = PROPER.exec(sentence)) {
    const words = m[0].split(/\s+/).map((w) => w.replace(/[’']s$/, '')).filter((w) => !NOT_NAMES.test(w) && !NOT_SUBJECTS.test(w));
    if (words.length) return words[words.length - 1]!;
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

/** The texts before the figure's sentence, nearest first: its paragraph, then earlier lines. */
function earlierTexts(c: Candidate): string[] {
  const { lines, index } = c.context;
  const texts = [c.line.text.slice(Math.max(0, c.sentence.start - LOOKBACK_CHARS), c.sentence.start)];
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK_LINES); i--) texts.push(lines[i]!.text.slice(-LOOKBACK_CHARS));
  return texts;
}

/** Someone already reporting figures in the passage (and, if `orSubject`, else the latest subject). */
function antecedent(c: Candidate, orSubject: boolean): string {
  const texts = earlierTexts(c);
  for (const t of texts) {
    const source = nearestSource(mentionsIn(t), t.length, t.length);
    if (source) return source;
  }
  if (!orSubject) return '';
  for (const t of texts) {
    const subject = subjects(t)[0];
    if (subject) return subject;
  }
  return '';
}

/** "I asked", "I objected": the quotation is the passage author's own. */
const NARRATOR_SPEAKS = /\bI (?:asked|objected|said|replied|answered|remarked|interrupted|put in)\b/;

/**
 * Whether the figure stands in someone's quoted words: a paragraph that opens with a quotation
 * mark, or a quotation introduced by a colon or spoken in the first person.
 */
function inQuotedSpeech(c: Candidate): boolean {
  const before = c.line.text.slice(Math.max(0, c.expr.start - LOOKBACK_CHARS), c.expr.start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || before.lastIndexOf('”') > open) return false;
  if (/^[\s…`]*$/.test(before.slice(0, open)) || /:\s*$/.test(before.slice(0, open))) return true;
  return /\b(?:I|we|my|our)\b/.test(before.slice(open));
}

/** "Erickson and Conquest estimated it at 80,000 and 70,000 respectively": each their own. */
const PAIR_REPORTS = new RegExp(`${NAME} and ${NAME},? (?:${VERBS})\\b`);

function respectiveSource(text: string, at: number, end: number): string {
  const after = text.slice(end, end + 60);
  const first = /^ and [^;]{1,25}? respectively\b/.test(after);
  const second = !first && /^ respectively\b/.test(after) && / and $/.test(text.slice(Math.max(0, at - 5), at));
  if (!first && !second) return '';
  const pair = PAIR_REPORTS.exec(text.slice(0, at));
  if (!pair) return '';
  return cleanName(pair[first ? 1 : 2]!, 0) ?? '';
}

export function attributionOf(c: Candidate): string {
  const text = sentenceText(c);
  const respective = respectiveSource(text, c.expr.start - c.sentence.start, c.expr.end - c.sentence.start);
  if (respective) return respective;
  const own = nearestSource(sentenceMentions(c), c.expr.start - c.sentence.start, c.expr.end - c.sentence.start);
  if (own) return own;
  const lead = text.slice(0, c.expr.start - c.sentence.start);
  if (PRONOUN_REPORTS.test(lead) || PRONOUN_ESTIMATE.test(lead)) return antecedent(c, true);
  if (!inQuotedSpeech(c) || NARRATOR_SPEAKS.test(c.line.text.slice(0, LOOKBACK_CHARS))) return '';
  return antecedent(c, false);
}
