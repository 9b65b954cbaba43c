import type { Claim } from '../../contract/schema';
import { clauseAround } from '../context/clause';
import { CLAUSE_END, POPULATIONS, RECORD_OWNER, WHOLES } from './vocabulary';

/**
 * Which body of people a figure counts ('' for people at large), read from the figure's own
 * clause: the sentence can name several ("the officer corps ... arrested party members").
 */

/** How far from the figure its clause may reach: a name further back is seldom what it counts. */
const REACH_BEFORE = 45;
const REACH_AFTER = 60;

/** The stretches of the figure's clause before and after it, within reach. */
export function clauseParts(quote: string, text: string, reachBefore = REACH_BEFORE): { before: string; after: string } {
  const at = quote.indexOf(text);
  if (at === -1) return { before: '', after: '' };
  const end = at + text.length;
  const clause = clauseAround(quote, at, end, CLAUSE_END);
  return { before: quote.slice(Math.max(clause.start, at - reachBefore), at), after: quote.slice(end, Math.min(clause.end, end + REACH_AFTER)) };
}

/** The stretch of the sentence around the figure, cut at clause ends on either side. */
export function clauseOf(quote: string, text: string): string {
  const { before, after } = clauseParts(quote, text);
  return `${before}${text}${after}`;
}

/** Nothing after the figure says what it counts: the clause ends with it ("... 4 million.", "120,000, but"). */
const ENDS_CLAUSE = /^\s*(?:[.,;:!?)\]…]|$)/u;

export function endsClause(quote: string, text: string): boolean {
  const at = quote.indexOf(text);
  return at !== -1 && ENDS_CLAUSE.test(quote.slice(at + text.length));
}

/** The few words just before the figure in its sentence. */
export function wordsBefore(quote: string, text: string, reach: number): string {
  const at = Math.max(0, quote.indexOf(text));
  return quote.slice(Math.max(0, at - reach), at);
}

/**
 * "The clergy's burial lists gave 400,000 dead": a body of people owning a record is the source
 * of the figure, not what it counts ("the army's dead" still counts soldiers).
 */
const withoutOwners = (words: string) => (/['’]/.test(words) ? words.replace(RECORD_OWNER, ' ') : words);

type Names = typeof POPULATIONS;

/** Any one of the names, in one scan: most clauses name no body at all, and skip trying each in turn. */
const anyOf = (names: Names) => new RegExp(names.map((p) => p.words.source).join('|'), 'i');
const ANY_POPULATION = anyOf(POPULATIONS);
const ANY_WHOLE = anyOf(WHOLES);

const nameIn = (names: Names, any: RegExp, words: string) => {
  const own = withoutOwners(words);
  return any.test(own) ? names.find((p) => p.words.test(own))?.name ?? '' : '';
};
const populationIn = (words: string) => nameIn(POPULATIONS, ANY_POPULATION, words);

/** The counted phrase says it best; the clause around the figure when it names no body. */
export function populationOf(claim: Pick<Claim, 'counted' | 'quote' | 'text'>): string {
  return populationIn(claim.counted) || populationIn(clauseOf(claim.quote, claim.text));
}

/** What a share is a share of ("12% of the inmates", "a third of the officer corps"), '' when unsaid. */
export function wholeOf(claim: Pick<Claim, 'counted' | 'quote' | 'text'>): string {
  return nameIn(WHOLES, ANY_WHOLE, claim.counted) || nameIn(WHOLES, ANY_WHOLE, clauseOf(claim.quote, claim.text));
}
