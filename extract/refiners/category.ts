import type { Category, Unit } from '../../src/lib/schema';
import { sentenceText, type Candidate } from '../candidate';

/**
 * What is counted, from the nearest telling word in the figure's sentence. Words after the
 * figure weigh a little more: "332 NKVD executives had been arrested".
 */

const CUES: [Category, RegExp][] = [
  ['executions', /\b(?:shot|executed|executions?|execut(?:ing|e)|death sentences?|sentenced to death|sentenced to be shot|capital punishment|death penalty|liquidated|firing squads?)\b/gi],
  ['deaths', /\b(?:died|dying|deaths?|dead|perished|lives (?:were )?lost|lost their lives|lives|death rate|mortality|killed|starved|excess deaths)\b/gi],
  ['releases', /\b(?:releas\w*|freed|free|liberat\w*|amnest\w*|pardon\w*|rehabilitat\w*|reinstat\w*|readmit\w*|regained|restored|acquitted|set free|commuted|reduced|won changes|reduce)\b/gi],
  ['deportations', /\b(?:deport\w*|resettl\w*|banished|exiled|sent into exile|sent off)\b/gi],
  ['expulsions', /\b(?:expel\w*|expulsions?|discharged|dismiss\w*|purged|removed|ousted|thrown out|cast out|lost .{0,20}in the purge|removing)\b/gi],
  ['arrests', /\b(?:arrest\w*|detained|detentions?|repress\w*|taken|seized|rounded up|picked up|take)\b/gi],
  ['convictions', /\b(?:convicted|convictions?|sentenced|sentences|verdicts?|condemned|tried|found guilty)\b/gi],
  ['camp_population', /\b(?:camps?|gulags?|colon(?:y|ies)|prisons?|prisoners|inmates|detainees|jails?|cells?|special settle\w*|in exile|imprisoned|held|confined|incarcerated|behind bars|serving sentences|serving)\b/gi]
];

const SENTENCE_CUES = /\b(?:sentences?|sentenced|terms?|exile|spent|imprisonment|camp|prison|Siberia|serv\w+|banished|reduced|confinement|labou?r)\b/i;

const WINDOW = 90;

interface Hit {
  category: Category;
  distance: number;
}

function nearestCue(c: Candidate): Hit | null {
  const text = sentenceText(c);
  const at = c.expr.start - c.sentence.start;
  const len = c.expr.end - c.expr.start;
  let best: Hit | null = null;
  for (const [category, re] of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const distance = m.index >= at + len ? (m.index - at - len) * 0.8 : at - (m.index + m[0].length);
      if (distance < 0 || distance > WINDOW) continue;
      if (!best || distance < best.distance) best = { category, distance };
    }
  }
  return best;
}

const TIME_UNITS: Unit[] = ['years', 'months', 'weeks', 'days', 'hours'];

export function categoryOf(c: Candidate, unit: Unit): Category {
  if (TIME_UNITS.includes(unit)) {
    return (unit === 'years' || unit === 'months') && SENTENCE_CUES.test(sentenceText(c)) && /\b(?:sentence|sentenced|exile|term|spent|reduced|years? in|camp)/i.test(sentenceText(c))
      ? 'sentence_length'
      : 'other';
  }
  if (!['people', 'percent', 'fraction'].includes(unit)) return 'other';
  return nearestCue(c)?.category ?? 'other';
}
