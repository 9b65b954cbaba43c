import { rollup } from 'd3-array';
import { periodSlug, type Years } from '../../contract/period';
import { mostCommon } from '../../contract/most-common';
import { namedCategories } from '../../contract/quantities';
import { PEOPLE_NOUN } from '../lexicon';
import type { Features } from './features';
import { VERB_FAMILY } from './measure';
import type { YearSpan } from './period';
import { IRREGULAR } from './verb';

/**
 * A quantity's key, read from what its claims say: `camp_population:1938-1939:prisoners`,
 * `expulsions:1937-1938:share-military`. Rival groups that would read the same get the lowest
 * figure they hold appended, so a key does not depend on the order of rows or documents.
 */

/** The most common of these words, the alphabetically first among equals, so no order of rows decides it. */
const commonest = (items: readonly string[]) => mostCommon([...items].sort()) ?? '';

/** The first word naming people in the counted phrase: "political prisoners in labor camps" → prisoners. */
function headNoun(counted: string): string {
  return counted.split(/[^\p{L}’'-]+/u).find((w) => PEOPLE_NOUN.test(w))?.toLowerCase().replace(/[’']s?$/u, '') ?? '';
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Who the members count: the body of people most of them name, else the noun they most use. */
function whoOf(members: readonly Features[]): string {
  const population = commonest(members.map((m) => m.population));
  if (population) return population;
  return commonest(members.map((m) => headNoun(m.claim.counted)).filter(Boolean)) || 'people';
}

/** A mean of a stock held is an average; of a flow, so many a year. */
const RATE_WORD: Record<string, string> = { held: 'average-' };

function kindWord(members: readonly Features[]): string {
  const [first] = members;
  if (!first || members.some((m) => m.kind !== first.kind)) return '';
  if (first.kind === 'rate') return RATE_WORD[first.family] ?? 'per-year-';
  return first.kind === 'count' ? '' : `${first.kind}-`;
}

const PAST_OF_STEM = new Map(Object.entries(IRREGULAR).map(([past, stem]) => [stem, past]));

/** A verb's stem as the whole word a reader knows: `leav` → left, `embark` → embarked, `carri` → carried. */
export function pastOf(stem: string): string {
  return PAST_OF_STEM.get(stem) ?? stem.replace(/([^aeiou])y$/, '$1i') + 'ed';
}

/** The category most members are filed under; for figures of no toll category, the verb they share ("other-embarked"). */
function categoryOf(members: readonly Features[]): string {
  const category = commonest(namedCategories(members.map((m) => m.claim)));
  const verb = commonest(members.map((m) => m.family).filter((f) => f.startsWith(VERB_FAMILY))).slice(VERB_FAMILY.length);
  return category === 'other' && verb ? `other-${pastOf(verb)}` : category;
}

/**
 * The years the question is about: those the grouping gave it (its figures' own and inherited),
 * else, for figures that give only when a count was taken ("by May 1940"), those open ends.
 */
export function periodOfGroup(members: readonly Features[], period: YearSpan | null): Years {
  if (period) return { year_from: period.from, year_to: period.to };
  const froms = members.flatMap((m) => m.claim.year_from ?? []);
  const tos = members.flatMap((m) => m.claim.year_to ?? []);
  return { year_from: froms.length ? Math.min(...froms) : null, year_to: tos.length ? Math.max(...tos) : null };
}

export function baseKey(members: readonly Features[], period: YearSpan | null): string {
  const category = categoryOf(members);
  return `${category}:${periodSlug(periodOfGroup(members, period))}:${kindWord(members)}${slug(whoOf(members))}`;
}

const lowest = (members: readonly Features[]) => Math.min(...members.map((m) => m.claim.value_low));

/** Keys for the groups, unique: equal base keys are told apart by their lowest figures. */
export function uniqueKeys(groups: readonly { members: Features[]; period: YearSpan | null }[]): string[] {
  const bases = groups.map((g) => baseKey(g.members, g.period));
  const seen = rollup(bases, (same) => same.length, (b) => b);
  const keys = groups.map((g, i) => (seen.get(bases[i]!)! > 1 ? `${bases[i]}:from-${lowest(g.members)}` : bases[i]!));
  const taken = new Set<string>();
  return keys.map((k, i) => {
    const key = taken.has(k) ? `${k}-${i}` : k;
    taken.add(key);
    return key;
  });
}
