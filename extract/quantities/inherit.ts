import { group } from 'd3-array';
import { samePopulation, type Features } from './features';
import { NEIGHBOURS } from './question';
import { samePeriod, unionOf, type YearSpan } from './period';

/**
 * Undated figures take the period their text gives them: a dated rival in the same sentence
 * ("115,922 deaths, not 2,000,000" after "in 1937-1938 ... 2 million other deaths"), else the
 * figures before them in their paragraph ("In 1934, ..." then several sentences of figures), else
 * their passage, when all its dated figures of the same measure speak of one period. A figure
 * whose text gives no one period stays undated rather than joining every question of its measure.
 */

const passageKey = (f: Features) => `${f.claim.doc}\u0000${f.claim.passage_id}\u0000${f.block}`;

/** The one period of these figures' periods, or null when they speak of several. */
function onePeriod(figures: readonly Features[]): YearSpan | null {
  const periods = figures.flatMap((f) => f.period ?? []);
  const [first, ...rest] = periods;
  if (!first) return null;
  const union = rest.reduce(unionOf, first);
  return periods.every((p) => samePeriod(p, union)) ? union : null;
}

/** The dated figure of the same people in the same sentence nearest to this one. */
function sentencePeriod(f: Features, near: readonly Features[]): YearSpan | null {
  const distance = (o: Features) => Math.abs(o.claim.start - f.claim.start);
  const best = near
    .filter((o) => o.period && o.claim.quote === f.claim.quote && samePopulation(o.population, f.population))
    .sort((a, b) => distance(a) - distance(b))[0];
  return best?.period ?? null;
}

function inheritInPassage(passage: readonly Features[]): Features[] {
  const whole = onePeriod(passage);
  return [...group(passage, (f) => f.paragraph).values()].flatMap((paragraph) => {
    paragraph.sort((a, b) => a.claim.start - b.claim.start);
    return paragraph.map((f, i) => {
      if (f.period) return f;
      const before = paragraph.slice(Math.max(0, i - NEIGHBOURS), i).filter((o) => samePopulation(o.population, f.population));
      const near = [...before, ...paragraph.slice(i + 1, i + 1 + NEIGHBOURS)];
      const period = sentencePeriod(f, near) ?? onePeriod(before) ?? whole;
      return period ? { ...f, period } : f;
    });
  });
}

export function inheritPeriods(features: readonly Features[]): Features[] {
  return [...group(features, passageKey).values()].flatMap(inheritInPassage).sort((a, b) => a.index - b.index);
}
