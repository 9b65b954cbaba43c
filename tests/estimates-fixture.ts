import type { Claim } from '../contract/schema';
import { synthClaims } from '../scripts/synth-claims';

const [base] = synthClaims(1) as [Claim];

interface Given {
  quantity: string;
  estimator: string;
  author: string;
  year: number | null;
  text: string;
  low: number;
  high?: number;
  qualifier?: Claim['qualifier'];
  category?: Claim['category'];
  from?: number | null;
  to?: number | null;
  quote?: string;
}

/** A claim built from a sentence written for these tests, with just the fields the views read. */
export function given(g: Given, i: number): Claim {
  const high = g.high ?? g.low;
  const quote = g.quote ?? `By one count ${g.text} people died in the valley.`;
  const start = 1000 * i + quote.indexOf(g.text);
  return {
    ...base,
    claim_id: `fixture:${i}`,
    doc: 'fixture.txt',
    passage_id: `p${i}`,
    line: i + 1,
    start,
    end: start + g.text.length,
    passage_start: 1000 * i,
    passage_end: 1000 * i + quote.length,
    text: g.text,
    value_low: g.low,
    value_high: high,
    value: (g.low + high) / 2,
    qualifier: g.qualifier ?? 'exact',
    unit: 'people',
    category: g.category ?? 'deaths',
    counted: 'people died',
    year_from: g.from === undefined ? 1921 : g.from,
    year_to: g.to === undefined ? 1922 : g.to,
    attributed_to: g.estimator === g.author.split(',')[0] ? '' : g.estimator,
    source_author: g.author,
    source_title: `Essays by ${g.author.split(',')[0]}`,
    source_year: g.year,
    source_pages: String(10 + i),
    citation: `${g.author}. Essays. ${g.year ?? 'n.d.'}, p. ${10 + i}`,
    quote,
    scope: 'system',
    estimator: g.estimator,
    quantity: g.quantity,
    page: null
  };
}

/**
 * Three questions about a made-up valley: famine deaths with five estimators (one figure echoed
 * in two later works), executions in one year with two, camp inmates with one; and a figure that
 * answers no shared question.
 */
export const FAMINE = 'deaths:1921-1922:valley-famine';
export const SHOT = 'executions:1950:shot-in-the-valley';
export const HELD = 'camp_population:1960:held';

export const fixtureClaims: Claim[] = [
  { quantity: FAMINE, estimator: 'Ivanova', author: 'Ivanova, Maria', year: 1975, text: '5 million', low: 5e6, qualifier: 'about' as const },
  { quantity: FAMINE, estimator: 'Ivanova', author: 'Brandt, Karl', year: 1992, text: 'five million', low: 5e6, quote: 'Ivanova put it at five million dead.' },
  { quantity: FAMINE, estimator: 'Lindqvist', author: 'Lindqvist, Eva', year: 1985, text: '3,400,000', low: 3.4e6 },
  { quantity: FAMINE, estimator: 'Brandt', author: 'Brandt, Karl', year: 1992, text: '1.5 to 2 million', low: 1.5e6, high: 2e6 },
  { quantity: FAMINE, estimator: 'Okafor', author: 'Okafor, Ngozi', year: 1994, text: '1,672,438', low: 1672438 },
  { quantity: FAMINE, estimator: 'Ivanova', author: 'Okafor, Ngozi', year: 1994, text: '5 million', low: 5e6, quote: 'The old figure of 5 million is too high.' },
  { quantity: FAMINE, estimator: 'Sato', author: 'Sato, Ken', year: null, text: '2 million', low: 2e6, qualifier: 'at_least' as const },
  { quantity: SHOT, estimator: 'Lindqvist', author: 'Lindqvist, Eva', year: 1985, text: '40,000', low: 40000, category: 'executions' as const, from: 1950, to: 1950, quote: 'Some 40,000 were shot that year.' },
  { quantity: SHOT, estimator: 'Okafor', author: 'Okafor, Ngozi', year: 1994, text: '21,300', low: 21300, category: 'executions' as const, from: 1950, to: 1950, quote: 'The files list 21,300 shot.' },
  { quantity: HELD, estimator: 'Sato', author: 'Sato, Ken', year: 2001, text: '300,000', low: 3e5, category: 'camp_population' as const, from: 1960, to: 1960, quote: 'The camps held 300,000 in 1960.' },
  { quantity: HELD, estimator: 'Sato', author: 'Sato, Ken', year: 2001, text: '310,000', low: 3.1e5, category: 'camp_population' as const, from: 1960, to: 1960, quote: 'By the spring it was 310,000.' },
  { quantity: '', estimator: 'Brandt', author: 'Brandt, Karl', year: 1992, text: '12', low: 12, category: 'other' as const, from: null, to: null, quote: 'There were 12 villages.' }
].map(given);
