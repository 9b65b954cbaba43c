import { perSentence, sentenceText, type Candidate } from '../candidate';

/**
 * Whose figure it is, when the passage reports someone else's: "according to X", "X's estimate
 * of", "X estimated/argues/reported", "suggested by X". The cited book's author is not this:
 * null means the passage states the figure itself.
 */

const NAME = "((?:[A-Z][\\w’'-]*\\.? ){0,3}[A-Z][\\w’'-]+)";
const VERBS = 'estimates?|estimated|argues|argued|claims?|claimed|reports?|reported|calculated|calculates|says|said|wrote|writes|suggests|suggested|declared|declares|states|stated|asserts|asserted|maintains|maintained|believes|believed|puts|put|gives|gave|counted|counts|concluded|concludes|cabled|informed|proposed|recorded|records|notes|noted|insists|insisted|alleged|alleges|testified|admitted|announced|showed|shows|found|finds|contends|contended|cites|cited|quotes|quoted|answered|replied|explained|mentioned';

interface Rule {
  pattern: RegExp;
  /** Where the source may stand relative to the figure. */
  side: 'before' | 'after' | 'any';
}

const RULES: Rule[] = [
  { pattern: new RegExp(`\\(${NAME},[^()]{0,80}?\\b(?:${VERBS})\\b`, 'g'), side: 'before' },
  { pattern: /\baccording to (?:the |an? |official |recent |his |her |their )*((?:[\w’'-]+ ){0,5}?[\w’'-]+)(?: (?:statistics|figures|data))?(?=[,.;:)]|$| (?:there|the|in|at|for|who|which|that|some|about|around|over|more|nearly|almost|previously|cited|quoted|published)\b)/g, side: 'any' },
  { pattern: new RegExp(`${NAME}[’']s? (?:own |original |later |higher |lower |latest |famous |oft-quoted )?(?:estimates?|figures?|calculations?|count|claims?|data|statistics|numbers?|total)\\b`, 'g'), side: 'any' },
  { pattern: new RegExp(`\\b(?:estimated|suggested|claimed|reported|calculated|cited|given|put forward|proposed|quoted|published|made|advanced) by (?:the )?(?:Soviet |Russian |American |British |French |German |historian |scholar |writer |journalist |researcher )*${NAME}(?=[ ,.;:]|$)`, 'g'), side: 'any' },
  { pattern: new RegExp(`${NAME},? (?:(?:also|himself|herself|then|later|once|even|has|had|have|now|probably|correctly|rightly|wrongly) )*(?:${VERBS})\\b`, 'g'), side: 'before' }
];

const NOT_NAMES = /^(?:The|This|That|These|Those|It|He|She|They|We|I|You|In|On|At|By|Of|For|From|To|And|But|Or|As|If|When|Then|There|Here|Some|Many|Most|All|Both|Each|Such|Other|Another|One|Two|Three|Stalin’s|Soviet|Russian|Party|Central|Committee|A|An|What|Which|Who|Whose|After|Before|During|Since|Until|Over|Under|Between|Among|Yet|Still|So|Thus|Hence|Besides|However|Moreover|Nevertheless|Although|While|With|Without|Altogether|Also|Only|Even|Not|No|New|Old|Total|Official|Actual|My|Our|Their|His|Her|Its|Your|Each)$/;

const NAME_PATTERN_INDEX = new Set([0, 2, 3, 4]);

function cleanName(raw: string, ruleIndex: number): string | null {
  const words = raw.trim().split(/\s+/);
  if (!NAME_PATTERN_INDEX.has(ruleIndex)) return raw.trim().replace(/[’']s$/, '');
  const kept = words.filter((w) => !NOT_NAMES.test(w.replace(/[’']s$/, '')));
  const last = kept[kept.length - 1];
  if (!last || !/^[A-Z]/.test(last)) return null;
  return last.replace(/[’']s?$/, '');
}

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
function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [i, rule] of RULES.entries()) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const name = cleanName(m[1] ?? '', i);
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
    if (!best || distance < best.distance) best = { name, distance };
  }
  return (best as Found | null)?.name ?? '';
}

/**
 * A source named earlier in the paragraph still speaks when the sentence goes on reporting
 * ("She notes ...", "he answered that ..."), so it carries over to a sentence that names none.
 */
const GOES_ON = new RegExp(`^\\W*(?:He|She|They|His|Her|Their)\\b[^.]{0,40}\\b(?:${VERBS}|estimate|figures?)\\b`);

export function attributionOf(c: Candidate): string {
  const own = nearestSource(sentenceMentions(c), c.expr.start - c.sentence.start, c.expr.end - c.sentence.start);
  if (own || !GOES_ON.test(sentenceText(c))) return own;
  return nearestSource(mentionsIn(c.line.text.slice(0, c.sentence.start)), c.sentence.start, c.sentence.start);
}
