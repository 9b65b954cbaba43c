import { describe, expect, it } from 'vitest';
import type { Claim } from '../../contract/schema';
import { assignQuantities } from '../../extract/quantities/assign';
import { made } from './quantities-support';

/**
 * The third pass's rules, each on sentences written for the test: averages, differences, shares
 * that restate a count, rounded retellings, undated shares of one whole, long spans, two-hundredfold
 * rivals.
 */

function keys(claims: readonly Claim[]): Map<string, string> {
  return new Map(assignQuantities(claims).map((c) => [c.claim_id, c.quantity]));
}

const held = { category: 'camp_population' as const };
const bare = { category: 'other' as const, counted: '' };
const deaths = { category: 'deaths' as const };
const released = { category: 'releases' as const };

describe('averages over years', () => {
  const sentence =
    'Every year, Brown estimated an average of 3 million inmates in the camps. And Grey 4 to 5 million. When the average number of inmates was somewhere between 180,000 and 240,000, Brown invented 2,800,000 extra! The papers never print the real figure of around 210,000.';
  const brown = made({ sentence, text: '3 million', value: 3e6, years: null, estimator: 'Brown', fields: held });
  const grey = made({ sentence, text: '4 to 5 million', value: [4e6, 5e6], years: null, estimator: 'Grey', fields: bare });
  const range = made({ sentence, text: '180,000 and 240,000', value: [1.8e5, 2.4e5], years: null, estimator: 'Author', fields: held });
  const extra = made({ sentence, text: '2,800,000', value: 2.8e6, years: null, estimator: 'Author', fields: held });
  const real = made({ sentence, text: '210,000', value: 2.1e5, years: null, estimator: 'Author', fields: bare });
  const stock = made({ sentence: 'In 1958 the camps held 600,000 inmates.', text: '600,000', value: 6e5, years: [1958, 1958], estimator: 'Registers', doc: 'b.txt', fields: held });
  const stockRival = made({ sentence: 'Exiles put the inmates at 2 million in 1958.', text: '2 million', value: 2e6, years: [1958, 1958], estimator: 'Exiles', doc: 'c.txt', fields: held });
  const all = [brown, grey, range, extra, real, stock, stockRival];

  it('puts averages, and the bare figures answering them, in one question apart from a stock at a date', () => {
    const k = keys(all);
    const average = k.get(brown.claim_id)!;
    expect(average).toMatch(/:average-/);
    expect([grey, range, real].map((c) => k.get(c.claim_id))).toEqual([average, average, average]);
    expect(k.get(stock.claim_id)).not.toBe('');
    expect(k.get(stockRival.claim_id)).toBe(k.get(stock.claim_id));
    expect(k.get(stock.claim_id)).not.toBe(average);
  });

  it('puts a figure one source invented on top of another in no question', () => {
    expect(keys(all).get(extra.claim_id)).toBe('');
  });

  it('reads "per year" as saying how many a year of the figure before it, not of the one after it', () => {
    const sentence2 = 'From 1950 to 1960 there was a 4 per cent death rate per year, some 2 million dead.';
    const total = made({ sentence: sentence2, text: '2 million', value: 2e6, years: [1950, 1960], estimator: 'Brown', doc: 'd.txt', fields: deaths });
    const rival = made({ sentence: 'The registers show 300,000 dead in the camps from 1950 to 1960.', text: '300,000', value: 3e5, years: [1950, 1960], estimator: 'Registers', doc: 'e.txt', fields: deaths });
    const k = keys([total, rival]);
    expect(k.get(total.claim_id)).not.toBe('');
    expect(k.get(rival.claim_id)).toBe(k.get(total.claim_id));
    expect(k.get(total.claim_id)).not.toMatch(/per-year/);
  });

  it('puts one estimator’s undated figure with his average given elsewhere, but not his figure for a date', () => {
    const average = made({ sentence: 'Every year, Brown estimated an average of 9 million inmates.', text: '9 million', value: 9e6, years: null, estimator: 'Brown', doc: 'f.txt', fields: held });
    const rival = made({ sentence: 'In truth the average was near 300,000 inmates.', text: '300,000', value: 3e5, years: null, estimator: 'Author', doc: 'f.txt', passage: 'p2', fields: { ...held, counted: 'average inmates' } });
    const plain = made({ sentence: 'Brown speaks of 9 million in the camps.', text: '9 million', value: 9e6, years: null, estimator: 'Brown', doc: 'g.txt', fields: held });
    const dated = made({ sentence: 'Brown counted 9 million inmates at the end of 1958.', text: '9 million', value: 9e6, years: [1958, 1958], estimator: 'Brown', doc: 'h.txt', fields: held });
    const k = keys([average, rival, plain, dated, stock, stockRival]);
    expect(k.get(average.claim_id)).toMatch(/:average-/);
    expect(k.get(plain.claim_id)).toBe(k.get(average.claim_id));
    expect(k.get(dated.claim_id)).toBe(k.get(stock.claim_id));
  });
});

describe('shares and counts', () => {
  it('puts a share of a whole people filed under no category with the count it restates', () => {
    const sentence = 'The evidence supports roughly 400,000 people held in the camps in 1921, or about .3% of the population.';
    const count = made({ sentence, text: '400,000', value: 4e5, years: [1921, 1921], estimator: 'Author', fields: held });
    const share = made({ sentence, text: '.3%', value: 0.3, years: [1921, 1921], estimator: 'Author', fields: { category: 'other', unit: 'percent', counted: 'population' } });
    const rival = made({ sentence: 'Exiles claimed 3 million were held in 1921.', text: '3 million', value: 3e6, years: [1921, 1921], estimator: 'Exiles', doc: 'b.txt', fields: held });
    const k = keys([count, share, rival]);
    expect(k.get(count.claim_id)).not.toBe('');
    expect(k.get(share.claim_id)).toBe(k.get(count.claim_id));
  });

  it('puts a share that names no whole with the count it restates in its sentence', () => {
    const executed = { category: 'executions' as const };
    const sentence = 'If the figure of 30,000 for the 1961-62 purge is right, this represents .02%.';
    const count = made({ sentence, text: '30,000', value: 3e4, years: [1961, 1962], estimator: 'Author', fields: executed });
    const share = made({ sentence, text: '.02%', value: 0.02, years: [1961, 1962], estimator: 'Author', fields: { ...executed, unit: 'percent', counted: '' } });
    const rival = made({ sentence: 'Exiles wrote of 600,000 shot in 1961-62.', text: '600,000', value: 6e5, years: [1961, 1962], estimator: 'Exiles', doc: 'b.txt', fields: executed });
    const k = keys([count, share, rival]);
    expect(k.get(count.claim_id)).not.toBe('');
    expect(k.get(share.claim_id)).toBe(k.get(count.claim_id));
  });

  it('puts an undated share of the prisoners with the one dated share of them, whatever word names them', () => {
    const share = { ...held, unit: 'percent' as const };
    const undated = made({ sentence: 'Political offenders made up 10 to 40% of the prison population, varying from year to year.', text: '10 to 40%', value: [10, 40], years: null, estimator: 'Reed', doc: 'a.txt', fields: { ...share, counted: 'prison population' } });
    const dated = made({ sentence: 'In 1960, the politicals formed 20 to 30 per cent of the detainees.', text: '20 to 30 per cent', value: [20, 30], years: [1960, 1960], estimator: 'Lowe', doc: 'b.txt', fields: { ...share, counted: 'detainees' } });
    const k = keys([undated, dated]);
    expect(k.get(undated.claim_id)).not.toBe('');
    expect(k.get(dated.claim_id)).toBe(k.get(undated.claim_id));
  });

  it('does not do so for shares filed under no measure', () => {
    const other = { category: 'other' as const, unit: 'percent' as const };
    const undated = made({ sentence: 'About 70% of the peasants farmed collectively.', text: '70%', value: 70, years: null, estimator: 'Reed', doc: 'a.txt', fields: { ...other, counted: 'peasants' } });
    const dated = made({ sentence: 'In 1931 only 15% of the peasants were silent from fear.', text: '15%', value: 15, years: [1931, 1931], estimator: 'Lowe', doc: 'b.txt', fields: { ...other, counted: 'peasants' } });
    const k = keys([undated, dated]);
    expect([k.get(undated.claim_id), k.get(dated.claim_id)]).toEqual(['', '']);
  });
});

describe('a rounded retelling of a precise figure', () => {
  const precise = made({ sentence: 'During 1956, 184,700 prisoners were freed from the camps.', text: '184,700', value: 1.847e5, years: [1956, 1956], estimator: 'Archive', doc: 'a.txt', fields: released });

  it('joins the precise figure’s question when it rounds it as its hedge says', () => {
    const over = made({ sentence: 'Altogether, over 180,000 people were let out of jail.', text: '180,000', value: 1.8e5, years: null, estimator: 'Memoir', doc: 'b.txt', fields: { ...released, qualifier: 'at_least' } });
    const k = keys([precise, over]);
    expect(k.get(precise.claim_id)).not.toBe('');
    expect(k.get(over.claim_id)).toBe(k.get(precise.claim_id));
  });

  it('does not join when the figure is not that rounding, or too round to tell', () => {
    const up = made({ sentence: 'Some 190,000 people were let out of jail.', text: '190,000', value: 1.9e5, years: null, estimator: 'Memoir', doc: 'b.txt', fields: released });
    const round = made({ sentence: 'About 200,000 people were let out of jail.', text: '200,000', value: 2e5, years: null, estimator: 'Press', doc: 'c.txt', fields: released });
    const k = keys([precise, up, round]);
    expect([k.get(up.claim_id), k.get(round.claim_id)]).toEqual(['', '']);
  });
});

describe('periods and scale', () => {
  it('joins spans of the same era that share half the longer one, not a stretch that shares less, nor a far longer era', () => {
    const thirties = made({ sentence: 'From 1930 to 1939 some 100,000 died in the settlements.', text: '100,000', value: 1e5, years: [1930, 1939], estimator: 'Merle', doc: 'a.txt', fields: deaths });
    const war = made({ sentence: 'From 1934 to 1947, 1 million deaths were registered in the camps.', text: '1 million', value: 1e6, years: [1934, 1947], estimator: 'Werner', doc: 'b.txt', fields: deaths });
    const stalin = made({ sentence: 'From 1939 to 1953 some 12 million died in the camps.', text: '12 million', value: 1.2e7, years: [1939, 1953], estimator: 'Brown', doc: 'c.txt', fields: deaths });
    const era = made({ sentence: 'From 1918 to 1953 the country lost 90 million people.', text: '90 million', value: 9e7, years: [1918, 1953], estimator: 'Exile', doc: 'd.txt', fields: deaths });
    const k = keys([thirties, war, stalin, era]);
    expect(k.get(war.claim_id)).not.toBe('');
    expect(k.get(stalin.claim_id)).toBe(k.get(war.claim_id));
    expect(k.get(thirties.claim_id)).not.toBe(k.get(war.claim_id));
    expect(k.get(era.claim_id)).not.toBe(k.get(war.claim_id));
  });

  it('lets rivals two hundredfold apart answer one question', () => {
    const polemic = made({ sentence: 'In 1957-58 there were 2 million deaths in the camps.', text: '2 million', value: 2e6, years: [1957, 1958], estimator: 'Brown', doc: 'a.txt', fields: deaths });
    const apology = made({ sentence: 'In the late 1950s not more than 10,000 died in the camps.', text: '10,000', value: 1e4, years: [1957, 1959], estimator: 'Visitor', doc: 'b.txt', fields: deaths });
    const k = keys([polemic, apology]);
    expect(k.get(polemic.claim_id)).not.toBe('');
    expect(k.get(apology.claim_id)).toBe(k.get(polemic.claim_id));
  });

  it('puts rival figures of how much the camps grew over one episode in one question', () => {
    const claimed = made({ sentence: 'Brown claims that in 1957-1958 the camps swelled by 6 million politicals.', text: '6 million', value: 6e6, years: [1957, 1958], estimator: 'Brown', fields: held });
    const found = made({ sentence: 'In fact, from 1956 to 1959, the number held increased by 410,000 persons.', text: '410,000', value: 4.1e5, years: [1956, 1959], estimator: 'Author', passage: 'p2', fields: held });
    const k = keys([claimed, found]);
    expect(k.get(claimed.claim_id)).toMatch(/:change-/);
    expect(k.get(found.claim_id)).toBe(k.get(claimed.claim_id));
  });
});
