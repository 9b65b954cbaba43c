import type { Claim } from '../../contract/schema';
import { estimateKey } from '../../contract/quantities';
import { isDifference, unitKind, type UnitKind } from './measure';
import { periodOfClaim, type YearSpan } from './period';
import { partOf } from './part';
import { placeOf } from './place';
import { populationOf, wholeOf, wordsBefore } from './population';
import { BASELINE, MULTIPLIER } from './vocabulary';

/** What the grouping needs to know of one claim. */
export interface Features {
  /** Position in the corpus's claims. */
  index: number;
  /** Its paragraph (paragraph.ts). */
  paragraph: string;
  claim: Claim;
  /** The measure's family (measure.ts) and whether it is a count or a share. */
  family: string;
  kind: UnitKind;
  /** '' for the whole system, `at <place>` for one place. */
  where: string;
  /** Family, kind and place: claims in different blocks answer different questions. */
  block: string;
  /** The body of people counted, or the part of a whole (part.ts); '' for people at large (population.ts). */
  population: string;
  /** For a share, what it is a share of (population.ts); '' for counts and unsaid wholes. */
  whole: string;
  /** Its own period, or one its passage gives it (inherit.ts); null when undated. */
  period: YearSpan | null;
  /** One estimator's figure: echoes of it share this. */
  estimate: string;
}

export const blockOf = (family: string, kind: UnitKind, where: string) => `${family}|${kind}|${where}`;

/** People at large may be any body of people; two named bodies must be the same. */
export const samePopulation = (a: string, b: string) => !a || !b || a === b;


/** A system figure answers a national question; a local one only questions about its own place. */
function whereOf(claim: Claim): string | null {
  if (claim.scope === 'system') return '';
  if (claim.scope === 'individual') return null;
  const place = placeOf(claim);
  return place ? `at ${place}` : null;
}

/**
 * Fewer people or things than this are a handful named one by one ("two Poles", "the eight
 * accused"), not an estimate of a whole, whatever scope the claim was given.
 */
const FEWEST_COUNTED = 10;

/** How far before a figure the words making it a ratio may start. */
const RATIO_REACH = 30;

/** An elided count is of the kind it elides: "An average of 8 million. And Brown 12 million." */
function kindOf(claim: Claim, antecedent: Claim | undefined): UnitKind | null {
  const own = unitKind(claim);
  return own === 'count' && antecedent ? unitKind(antecedent) : own;
}

/**
 * `measured` is the family of its measure (measure.ts), or for an elided figure ("and Brown 4
 * million") of what its antecedent measures (ellipsis.ts).
 * Null for a claim that answers no question: one person's or one cell's details, a handful, a
 * local figure with no named place, durations, money, ratios, a baseline the toll is measured
 * against ("a normal year of 40,000 deaths"), and uncategorised figures about people at large.
 */
export function featuresOf(claim: Claim, index: number, paragraph: string, measured: string | null, antecedent?: Claim): Features | null {
  const where = whereOf(claim);
  if (where === null) return null;
  const before = wordsBefore(claim.quote, claim.text, RATIO_REACH);
  if (claim.category === 'sentence_length' || MULTIPLIER.test(before) || BASELINE.test(before)) return null;
  const population = partOf(claim) || populationOf(claim);
  const family = measured ?? (population ? 'other' : null);
  if (family === null) return null;
  const kind = kindOf(claim, antecedent);
  if (kind === null || isDifference(claim)) return null;
  if (kind !== 'share' && claim.value_high < FEWEST_COUNTED) return null;
  return {
    index,
    paragraph,
    claim,
    family,
    kind,
    where,
    block: blockOf(family, kind, where),
    population,
    whole: kind === 'share' ? wholeOf(claim) : '',
    period: periodOfClaim(claim),
    estimate: estimateKey(claim)
  };
}
