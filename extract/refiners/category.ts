import type { Category, Unit } from '../../contract/schema';
import { after, before, sentenceText, type Candidate } from '../context/candidate';
import { clauseAround } from '../context/clause';
import { DURATION_UNITS, HELD_NOUN, PEOPLE_NOUN } from '../lexicon';
import { matchesIn, scan } from '../scan';
import { restatesPrevious } from './continuation';

/**
 * What is counted, from the telling words around the figure in its sentence. A verb of what
 * happened ("were released", "had been arrested") outweighs a noun of who ("prisoners"), and a
 * noun right after the figure ("91,000 arrests") outweighs both.
 */

type Cue = [Category, RegExp, number];

/** A whole people or community as the subject of what befell it. */
const PEOPLES = 'minority|minorities|population|inhabitants|residents|villagers|communit(?:y|ies)|peoples?|tribes?';

const VERB = 0;
const NOUN = 35;
const STOCK = 60;
/** A participle that describes the people counted: as weak as a noun, but never adjacent-strong. */
const DESCRIPTIVE = NOUN + 1;

/** "a press release", "figures released in 2001": a document put out, not people set free. */
const DOCUMENT_OUT = '(?<!\\b(?:press|news|reports?|figures|data|statements?|documents?|stud(?:y|ies)|surveys?|bulletins?|communiqu[eé]s?|books?|articles?|papers?)(?: [a-z]+)? )';

const CUES: Cue[] = [
  ['executions', /\b(?:shot|shoot(?:ing)?|hanged|hung|executed|execut(?:ing|e)|liquidated|sentenced to death|sentenced to be shot)\b/gi, VERB],
  ['executions', /\b(?:executions?|death sentences?|capital punishment|death penalty|firing squads?)\b/gi, NOUN],
  ['deaths', /\b(?:died|dying|perished|lives (?:were )?lost|lost their lives|killed|starved|lost(?= [\d,.]+(?: million| thousand)? (?:persons|people|lives|men|souls)))\b/gi, VERB],
  ['deaths', /\b(?:deaths?|dead|lives|death rate|mortality)\b/gi, NOUN],
  ['releases', new RegExp(`\\b(?:sentences (?:were |had been )?(?:reduced|cut|commuted)|${DOCUMENT_OUT}releas(?:ed|ing|e)|freed|liberat(?:ed|e|ing)|amnestied|pardoned|rehabilitated|reinstated|readmitted|regained|restored|acquitted|set free|commuted|let out|(?:won|obtained|gained|secured|received) (?:\\w+ )?(?:changes?|reductions?|revisions?|remissions?))\\b`, 'gi'), VERB],
  ['releases', new RegExp(`\\b(?:${DOCUMENT_OUT}releases?|amnest(?:y|ies)|pardons?|rehabilitations?|reinstatements?|free|reduce|reduced)\\b`, 'gi'), NOUN],
  ['deportations', /\b(?:deported|resettled|banished|exiled|sent into exile|sent off|expelled from (?:their|the) (?:homes|region))\b/gi, VERB],
  // A people driven from its land, moved across a country or expelled as a whole is deported: it is
  // no party's or army's purge.
  ['deportations', new RegExp(`\\b(?:(?:forcibly |were |was |been |being )(?:moved|transferred|relocated)(?= (?:from|to|out|across)\\b)|(?:drove|driv(?:en|ing)|forced)(?= (?:[\\w,.]+ ){0,6}?out of\\b)|(?<=\\b(?:${PEOPLES})\\b[^.;]{0,40}\\b(?:was|were|had been) )expelled)\\b`, 'gi'), VERB],
  ['deportations', /\b(?:deportations?|deportees|resettlement|(?:forced |population )?transfers(?= of (?:the )?(?:those|these|that|this|population|people|civilians|residents|inhabitants|[a-z]+ years)\b)|forced transfers?)\b/gi, NOUN],
  // People who fled left of themselves: they were not deported.
  ['other', /\b(?:fled|fleeing|escaped|(?:took|sought) refuge|emigrated)\b/gi, VERB],
  ['expulsions', /\b(?:expelled|discharged|dismissed|purged|removed|ousted|thrown out|cast out|removing|lost(?= (?:only |some |about |nearly )?[\d.,]+(?: percent|%)? of (?:its|their) ))\b/gi, VERB],
  ['expulsions', /\b(?:expulsions?|dismissals?|discharges?|(?:in|by|from|of) the purge(?!s))\b/gi, NOUN],
  ['arrests', /\b(?:arrested|detained(?! in)|repressed|taken|seized|rounded up|picked up|placed)\b/gi, VERB],
  ['arrests', /\b(?:arrests?|detentions?|repressions?|accused)\b/gi, NOUN],
  ['convictions', /\b(?:convicted|sentenced|condemned|tried|found guilty)\b/gi, VERB],
  ['convictions', /\b(?:convictions?|sentences|verdicts?)\b/gi, NOUN],
  // The size of a body of people, not an event: "the officer corps to number 80,000".
  ['other', /\b(?:elected|to number|(?:corps|army|force|staff|membership|strength) of|out of (?:a |an |the )?(?:\w+ )?(?:corps|army|force|total) of)\b/gi, NOUN],
  ['camp_population', /\b(?:camps?|gulags?|colon(?:y|ies)|prisons?|prisoners|inmates|detainees|jails?|cells?|special settle\w*|in exile|imprisoned|interned|held|confined|incarcerated|behind bars|serving sentences|serving|detained in|convicts)\b/gi, STOCK]
];

const WINDOW = 120;
/** A noun this close after the figure names what it counts. */
const ADJACENT = 8;

interface Hit {
  category: Category;
  score: number;
}

/** A verb right before the figure governs it ("readmitted 4661 ousted men"). */
const GOVERNS = 2;
/** A noun after "of" qualifies someone ("victims of arrest") rather than saying what happened. */
const OF_PENALTY = 20;

/** One match of a cue in a text. */
export interface CueMatch {
  category: Category;
  weight: number;
  start: number;
  end: number;
}

/** In "not only arrested but shot" the later word says what finally happened. */
function outdone(text: string, cueEnd: number): boolean {
  return /^ but (?:also )?\w/.test(text.slice(cueEnd, cueEnd + 12)) && /\bnot only (?:\w+ )?$/.test(text.slice(Math.max(0, cueEnd - 40), cueEnd).replace(/\w+$/, ''));
}

/**
 * "12,000 repressed individuals", "of those thrown out of the party": a participle that says who
 * the people are, not what the sentence reports happened to them.
 */
function describesWho(text: string, start: number, end: number): boolean {
  return /\b(?:of (?:those|the)|who (?:had been|were|was)|the)\s$/i.test(text.slice(Math.max(0, start - 20), start)) ||
    /^\s(?!(?:by|in|on|at|for|from|to|into|during|as|and|or|but|with|after|before|under|over|since|until|because)\b)[a-z]+s\b/.test(text.slice(end, end + 20)) &&
    /\d\s$/.test(text.slice(Math.max(0, start - 2), start));
}

/** Any cue at all: one scan that lets most sentences of uncounted figures skip the sixteen. */
const ANY_CUE = new RegExp(CUES.map(([, re]) => re.source).join('|'), 'i');
const CUE_SCANS = CUES.map(([category, re, weight]) => ({ category, cue: scan(re), weight }));

/** Every cue in `text`, cue by cue: what does not depend on where the figure stands. */
export function cuesIn(text: string): CueMatch[] {
  const found: CueMatch[] = [];
  if (!ANY_CUE.test(text)) return found;
  for (const { category, cue, weight } of CUE_SCANS) {
    for (const m of matchesIn(text, cue)) {
      const end = m.index! + m[0].length;
      if (outdone(text, end)) continue;
      // "serving sentences": a stock of prisoners, not sentences passed.
      if (weight === NOUN && /\bserv(?:ing|e|ed) (?:their |his |her )?$/.test(text.slice(Math.max(0, m.index! - 20), m.index))) continue;
      const ofNoun = weight === NOUN && /\bof $/.test(text.slice(Math.max(0, m.index! - 3), m.index));
      const describes = weight === VERB && describesWho(text, m.index!, end);
      found.push({ category, weight: describes ? DESCRIPTIVE : weight + (ofNoun ? OF_PENALTY : 0), start: m.index!, end });
    }
  }
  return found;
}

function scoreOf(cue: CueMatch, distance: number, isAfter: boolean): number {
  if (isAfter && distance <= ADJACENT && cue.weight === NOUN) return -1;
  if (!isAfter && distance <= GOVERNS && cue.weight === VERB) return -2;
  return distance * (isAfter ? 0.7 : 1) + cue.weight;
}

function bestCue(cues: readonly CueMatch[], at: number, end: number, window: number): Hit | null {
  let best: Hit | null = null;
  for (const cue of cues) {
    const isAfter = cue.start >= end;
    const distance = Math.max(0, isAfter ? cue.start - end : at - cue.end);
    if (distance > window) continue;
    const score = scoreOf(cue, distance, isAfter);
    if (!best || score < best.score) best = { category: cue.category, score };
  }
  return best;
}

/** "If the figure of 20,000 is accurate": the figure was named, with its event, just before. */
const PREVIOUS_WINDOW = 300;
/** Not "the number of detained in the camps", which names what it counts: only "the figure of (just over) 20,000". */
const REFERS_BACK = /\b(?:the|this|that|these|those) (?:figures?|estimates?|numbers?|totals?)\b(?!\s+of\s+(?!(?:[a-z]+\s+){0,2}\d)\p{L})/iu;

function previousSentenceCue(c: Candidate): Hit | null {
  const prior = c.line.text.slice(Math.max(0, c.sentence.start - PREVIOUS_WINDOW), c.sentence.start);
  return bestCue(cuesIn(prior), prior.length, prior.length, PREVIOUS_WINDOW);
}

const SENTENCE_CUE = /\b(?:sentences?|sentenced|terms?|exile|exiled|spent|imprisonment|banished)\b/i;
/** "receiving 15 years": a length of time given to someone is a sentence. */
const GIVEN_TIME = /\b(?:receiv(?:ed|ing|es?)|given|got|gets?)\s(?:a |an )?$/i;

/**
 * Where a clause ends: a semicolon, a bracket (not an editor's square one, "the [military]"), a dash, a comma that opens a relative or
 * contrasting clause ("of whom", "which", "but"), or "and there were" that opens a new one
 * ("the camps swelled by N and there were M executions"). What a figure counts is said in its own clause.
 */
const CLAUSE_BREAK = /[;()]|\s[–—]\s|,\s(?:of (?:whom|which)|which|who|whereas|while|but|although|though|leaving|so that)\b|\b(?:and|but) (?:that|there (?:were|was|are|is|had been|have been))\b/g;

/** Words that may stand between a figure and the noun it counts: "of the", adjectives, names. */
const HEAD_NOUN = /^\s*(of (?:the|those|all|its|his|her|their|these|them) )?(?:(?:[A-Z][\w’'-]*|[a-z]+[’']s|white|black|adult|male|female|total|whole|entire|[a-z]+-[a-z]+|[a-z]+(?:ed|al|ic|ive|ous|an|ish|ful|less|ary|ist|ant|ent)|more|other|former|senior|leading|top|new|old|some|such)\s+){0,3}([a-z]+)\b/;

/**
 * The noun a figure counts, when it names people who are not held anywhere ("five officials",
 * "179,000 leaders") or things: then a camp or a prison in the sentence is where they work or
 * what they are, not a stock of prisoners the figure measures.
 */
/** "12% of the prison population": the people a place of detention holds. */
const HELD_POPULATION = /^\s*of (?:the|its|their) (?:\w+ )?(?:camps?|prisons?|gulags?|jails?|colon(?:y|ies)|settlements?|exile) (?:population|inmates)\b/i;

function countsOthers(c: Candidate): boolean {
  if (HELD_POPULATION.test(after(c, 60))) return false;
  const head = HEAD_NOUN.exec(after(c, 60));
  const noun = head?.[2];
  if (!noun || HELD_NOUN.test(noun)) return false;
  // After "of the" the word is surely a noun: "3% of the nation’s wealth" counts no prisoners.
  if (head[1] && !PEOPLE_NOUN.test(noun)) return true;
  return PEOPLE_NOUN.test(noun) ? !/^(?:people|persons|men|women|individuals|souls)$/.test(noun) : /s$/.test(noun);
}

/** "a third off the sentences", "sixty percent of their terms": a share of a sentence's length. */
const SHARE_OF_SENTENCE = /^\s(?:time )?(?:off|of) (?:the |their |his |her |its )?(?:sentences?|terms?)\b/i;

/** "had 13,000 officers", "numbered 144,300", "there were 179,000 leaders": a size, not an event. */
const SIZE_VERB = /\b(?:had|has|have|numbered|numbers|totall?ed|there (?:were|was|are|is))\s(?:only |about |some |approximately |roughly |nearly |almost |over |more than |at least )?$/i;

/** "503 women in camps": where a counted stock is held follows it closely. */
const STOCK_REACH = 30;

/** "401 were sentenced to death and 7 to various terms": a figure sent to terms was convicted. */
const TO_TERMS = /^ to (?:\w+ ){0,2}(?:terms?|sentences?) (?:of|in)\b/i;

/**
 * "increased by 4,000 persons (passing from 9,000 to 13,000)": figures in a bracket that names
 * nothing of its own break down the clause the bracket opens from, and count what it counts.
 */
function bracketed(text: string, start: number, cues: readonly CueMatch[]): Hit | null {
  const open = start - 1;
  if (text[open] !== '(') return null;
  const close = text.indexOf(')', start);
  if (close < 0) return null;
  const whole = wholeBefore(text, open, cues);
  if (whole) return whole.hit;
  // "The detainees (about 800 people) will be released": the clause runs on after the bracket.
  const before = clauseAround(text, open, open, CLAUSE_BREAK);
  const after = clauseAround(text, close + 1, close + 1, CLAUSE_BREAK);
  const around = cues.filter((cue) => (cue.start >= before.start && cue.end <= open) || (cue.start > close && cue.end <= after.end));
  return bestCue(around, open, close + 1, WINDOW);
}

/** How far before a bracket the whole it breaks down is looked for: ten words. */
const WHOLE_REACH = 160;
/** A figure a few words before a bracket or "of whom": what follows breaks it down. */
const WHOLE_BEFORE = /\d(?:\s+[\p{L}’'\[\]-]+){0,10}\s*$/u;

/**
 * "22,705 men of the army (of which 13,000 …)", "tried 408 commanders, of whom 386 were party
 * members": the parts of a figure count what the whole counts, told in the whole's clause.
 */
function wholeBefore(text: string, at: number, cues: readonly CueMatch[]): { hit: Hit | null } | null {
  const before = clauseAround(text, at, at, CLAUSE_BREAK);
  if (!WHOLE_BEFORE.test(text.slice(Math.max(before.start, at - WHOLE_REACH), at))) return null;
  return { hit: bestCue(cues.filter((cue) => cue.start >= before.start && cue.end <= at), at, at, WINDOW) };
}

/** "…, of whom 386 were party members": a clause that counts a part of the figure before it. */
function partOfWhole(text: string, start: number, cues: readonly CueMatch[]): Hit | null {
  const partitive = /,\s(?:of (?:whom|which))$/.exec(text.slice(Math.max(0, start - 12), start));
  return partitive ? wholeBefore(text, start - partitive[0].length, cues)?.hit ?? null : null;
}

/** The event a noun right after the figure names ("two amnesties", "300 executions"), if any. */
function adjacentEvent(c: Candidate, text: string, cues: readonly CueMatch[]): Category | null {
  const end = c.expr.end - c.sentence.start;
  const noun = cues.find((cue) => cue.weight === NOUN && cue.start >= end && cue.start - end <= ADJACENT * 3 &&
    !/[,;:.]/.test(text.slice(end, cue.start)));
  return noun?.category ?? null;
}

/** The event a text speaks of: its strongest cue of what happened, if any ("gave the percentage discharged"). */
export function eventNamedIn(text: string): Category | null {
  const cues = cuesIn(text).filter((cue) => cue.weight !== STOCK);
  return cues.reduce<CueMatch | null>((best, cue) => (!best || cue.weight < best.weight ? cue : best), null)?.category ?? null;
}

/** `sentenceCues`: cuesIn of the figure's sentence, which its other figures read too. */
export function categoryOf(c: Candidate, unit: Unit, sentenceCues: () => readonly CueMatch[] = () => cuesIn(sentenceText(c))): Category {
  const text = sentenceText(c);
  if ((unit === 'percent' || unit === 'fraction') && SHARE_OF_SENTENCE.test(after(c, 30))) return 'sentence_length';
  if (DURATION_UNITS.includes(unit)) {
    return (unit === 'years' || unit === 'months') && (SENTENCE_CUE.test(text) || (unit === 'years' && GIVEN_TIME.test(before(c, 20)))) ? 'sentence_length' : 'other';
  }
  if (TO_TERMS.test(after(c, 30))) return 'convictions';
  // "two amnesties": a count of things is an event only when the thing counted is one.
  if (unit === 'count') return adjacentEvent(c, text, sentenceCues()) ?? 'other';
  if (!['people', 'percent', 'fraction'].includes(unit)) return 'other';
  const at = c.expr.start - c.sentence.start;
  const end = c.expr.end - c.sentence.start;
  const clause = clauseAround(text, at, end, CLAUSE_BREAK);
  const others = countsOthers(c);
  const cues = sentenceCues().filter((cue) => !(others && cue.weight === STOCK));
  const own = cues.filter((cue) => cue.start >= clause.start && cue.end <= clause.end);
  // "made up 40% of the camp population": a share of those held, unless a verb after says what befell them.
  if (HELD_POPULATION.test(after(c, 60)) && !own.some((cue) => cue.weight === VERB && cue.start >= end)) return 'camp_population';
  // A size is told by what comes before it in its clause ("the camps numbered"), not after.
  if (SIZE_VERB.test(text.slice(clause.start, at))) {
    const told = own.filter((cue) => cue.end <= at || cue.start - end <= (cue.weight === STOCK ? STOCK_REACH : ADJACENT));
    return bestCue(told, at, end, WINDOW)?.category ?? 'other';
  }
  // "… 5.5 million held in 1996. This represents an increase of 200,000": the sentence before tells what.
  const hit = bestCue(own, at, end, WINDOW) ?? bracketed(text, clause.start, cues) ?? partOfWhole(text, clause.start, cues) ??
    (restatesPrevious(text) ? previousSentenceCue(c) : null) ??
    bestCue(cues.filter((cue) => cue.weight !== STOCK), at, end, WINDOW) ??
    (c.heading ? bestCue(cuesIn(c.heading), c.heading.length, c.heading.length, Infinity) : null) ??
    (REFERS_BACK.test(text) ? previousSentenceCue(c) : null);
  return hit?.category ?? 'other';
}
