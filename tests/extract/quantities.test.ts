import { describe, expect, it } from 'vitest';
import { estimatesOf, summariseQuantities } from '../../contract/quantities';
import type { Claim } from '../../contract/schema';
import { assignQuantities } from '../../extract/quantities/assign';
import { made } from './quantities-support';

const keyOf = (claims: readonly Claim[], id: string) => claims.find((c) => c.claim_id === id)!.quantity;

/** The claims' keys, by claim_id, after grouping. */
function keys(claims: readonly Claim[]): Map<string, string> {
  return new Map(assignQuantities(claims).map((c) => [c.claim_id, c.quantity]));
}

describe('assignQuantities: what answers one question', () => {
  const endOfYear = made({ sentence: 'Smith put the camp population at 3 million at the end of 1950.', text: '3 million', value: 3e6, years: [1950, 1950], estimator: 'Smith', doc: 'a.txt' });
  const newYear = made({ sentence: 'The ledger counted 1,100,000 inmates on 1 January 1951.', text: '1,100,000', value: 1.1e6, years: [1951, 1951], estimator: 'Ledger', doc: 'b.txt' });
  const later = made({ sentence: 'By 1956 the camps held 400,000 inmates.', text: '400,000', value: 4e5, years: [1956, 1956], estimator: 'Jones', doc: 'c.txt' });
  const laterRival = made({ sentence: 'A later count gave 390,000 inmates in 1956.', text: '390,000', value: 3.9e5, years: [1956, 1956], estimator: 'Brown', doc: 'd.txt' });

  it('puts rival figures for the turn of one year under one key, and those of a later year under another', () => {
    const k = keys([endOfYear, newYear, later, laterRival]);
    expect(k.get(endOfYear.claim_id)).not.toBe('');
    expect(k.get(newYear.claim_id)).toBe(k.get(endOfYear.claim_id));
    expect(k.get(laterRival.claim_id)).toBe(k.get(later.claim_id));
    expect(k.get(later.claim_id)).not.toBe(k.get(endOfYear.claim_id));
  });

  it('gives the same keys whatever the order of the claims', () => {
    const claims = [endOfYear, newYear, later, laterRival];
    expect(keys([...claims].reverse())).toEqual(keys(claims));
  });

  it('never puts an individual figure or a handful in a quantity, nor a figure with no rival', () => {
    const own = made({ sentence: 'His cell held 30 men in 1950.', text: '30', value: 30, years: [1950, 1950], estimator: 'Smith', doc: 'e.txt', fields: { scope: 'individual' } });
    const few = made({ sentence: 'Two guards held the gate in 1951.', text: 'Two', value: 2, years: [1951, 1951], estimator: 'Guard', doc: 'f.txt' });
    const k = keys([endOfYear, own, few, later]);
    expect(k.get(own.claim_id)).toBe('');
    expect(k.get(few.claim_id)).toBe('');
    expect(k.get(endOfYear.claim_id)).toBe('');
    expect(k.get(later.claim_id)).toBe('');
  });

  it('lets a figure over a few years that span the question’s first year join it', () => {
    const purged = { category: 'expulsions' as const, unit: 'percent' as const };
    const oneYear = made({ sentence: 'In 1957 about 9% of the officers were dismissed.', text: '9%', value: 9, years: [1957, 1957], estimator: 'Ministry', doc: 'a.txt', fields: purged });
    const twoYears = made({ sentence: 'Over 1957-1960 some 40% of the officers went.', text: '40%', value: 40, years: [1957, 1960], estimator: 'Émigrés', doc: 'b.txt', fields: purged });
    const spanning = made({ sentence: 'From 1956 to 1960 only 6% of the officers were dismissed.', text: '6%', value: 6, years: [1956, 1960], estimator: 'Archive', doc: 'c.txt', fields: purged });
    const k = keys([oneYear, twoYears, spanning]);
    expect(k.get(oneYear.claim_id)).not.toBe('');
    expect(k.get(twoYears.claim_id)).toBe(k.get(oneYear.claim_id));
    expect(k.get(spanning.claim_id)).toBe(k.get(oneYear.claim_id));
  });

  it('keeps a total over decades apart from a stock in one of its years', () => {
    const total = made({ sentence: 'Between 1930 and 1960 some 15 million passed through the camps.', text: '15 million', value: 1.5e7, years: [1930, 1960], estimator: 'Green', doc: 'f.txt' });
    const totalRival = made({ sentence: 'Others say 9 million passed through the camps from 1930 to 1960.', text: '9 million', value: 9e6, years: [1930, 1960], estimator: 'White', doc: 'g.txt' });
    const k = keys([endOfYear, newYear, total, totalRival]);
    expect(k.get(total.claim_id)).toBe(k.get(totalRival.claim_id));
    expect(k.get(total.claim_id)).not.toBe(k.get(endOfYear.claim_id));
  });
});

describe('assignQuantities: echoes and repeats', () => {
  const sentence = 'Black wrote that 2 million died in the camps in 1947, and repeated that 2 million died.';
  const first = made({ sentence, text: '2 million', value: 2e6, years: [1947, 1947], estimator: 'Black', fields: { category: 'deaths' } });
  const again = made({ sentence, text: '2 million', occurrence: 2, value: 2e6, years: [1947, 1947], estimator: 'Black', fields: { category: 'deaths' } });

  it('does not make a quantity of one figure repeated by one source in one passage', () => {
    const k = keys([first, again]);
    expect([k.get(first.claim_id), k.get(again.claim_id)]).toEqual(['', '']);
  });

  it('does not make a quantity of one source’s one figure however many of its works repeat it', () => {
    const inAnotherWork = made({ sentence: 'In a later book Black again put camp deaths in 1947 at 2 million.', text: '2 million', value: 2e6, years: [1947, 1947], estimator: 'Black', doc: 'later.txt', fields: { category: 'deaths' } });
    const k = keys([first, inAnotherWork]);
    expect([k.get(first.claim_id), k.get(inAnotherWork.claim_id)]).toEqual(['', '']);
  });

  it('puts an echo in another work with its rivals, as one estimate with two citations', () => {
    const echo = made({ sentence: 'Citing Black, the review gives 2 million camp deaths in 1947.', text: '2 million', value: 2e6, years: [1947, 1947], estimator: 'Black', doc: 'review.txt', fields: { category: 'deaths' } });
    const rival = made({ sentence: 'The registers show 60,000 deaths in the camps in 1947.', text: '60,000', value: 6e4, years: [1947, 1947], estimator: 'Registers', doc: 'archive.txt', fields: { category: 'deaths' } });
    const out = assignQuantities([first, echo, rival]);
    const key = keyOf(out, first.claim_id);
    expect(key).not.toBe('');
    expect(out.map((c) => c.quantity)).toEqual([key, key, key]);
    const estimates = estimatesOf(out);
    expect(estimates.map((e) => [e.estimator, e.claims.length])).toEqual([['Registers', 1], ['Black', 2]]);
  });

  it('puts an undated figure with the dated figure of the same estimator elsewhere', () => {
    const dated = made({ sentence: 'Gray estimated 700,000 executions in 1921.', text: '700,000', value: 7e5, years: [1921, 1921], estimator: 'Gray', doc: 'a.txt', fields: { category: 'executions' } });
    const rival = made({ sentence: 'Archives record 50,000 executions in 1921.', text: '50,000', value: 5e4, years: [1921, 1921], estimator: 'Archives', doc: 'b.txt', fields: { category: 'executions' } });
    const undated = made({ sentence: 'Gray’s figure of 700,000 executions is often quoted.', text: '700,000', value: 7e5, years: null, estimator: 'Gray', doc: 'c.txt', fields: { category: 'executions' } });
    const k = keys([dated, rival, undated]);
    expect(k.get(undated.claim_id)).toBe(k.get(dated.claim_id));
    expect(k.get(rival.claim_id)).toBe(k.get(dated.claim_id));
  });
});

describe('assignQuantities: the same figure quoted without its source', () => {
  const executions = { category: 'executions' as const };
  const dated = made({ sentence: 'Gray estimated 700,000 executions in 1921.', text: '700,000', value: 7e5, years: [1921, 1921], estimator: 'Gray', doc: 'a.txt', fields: executions });
  const rival = made({ sentence: 'Archives record 50,000 executions in 1921.', text: '50,000', value: 5e4, years: [1921, 1921], estimator: 'Archives', doc: 'b.txt', fields: executions });
  const quoted = made({ sentence: 'The figure of 700,000 executions is often quoted.', text: '700,000', value: 7e5, years: null, estimator: 'Reviewer', doc: 'a.txt', passage: 'p2', line: 2, fields: executions });

  it('joins the one question of its document that holds it', () => {
    const k = keys([dated, rival, quoted]);
    expect(k.get(quoted.claim_id)).toBe(k.get(dated.claim_id));
  });

  it('stays out when two questions hold it', () => {
    const later = made({ sentence: 'Gray estimated 700,000 executions in 1930 as well.', text: '700,000', value: 7e5, years: [1930, 1930], estimator: 'Gray', doc: 'a.txt', passage: 'p3', line: 3, fields: executions });
    const laterRival = made({ sentence: 'Archives record 30,000 executions in 1930.', text: '30,000', value: 3e4, years: [1930, 1930], estimator: 'Archives', doc: 'e.txt', fields: executions });
    const k = keys([dated, rival, later, laterRival, quoted]);
    expect(k.get(later.claim_id)).not.toBe(k.get(dated.claim_id));
    expect(k.get(quoted.claim_id)).toBe('');
  });
});

describe('assignQuantities: the passage says which question', () => {
  const deaths = { category: 'deaths' as const };
  const sentence = 'The inquiry found 20,000 deaths in the camps in 1946, not 90,000.';
  const found = made({ sentence, text: '20,000', value: 2e4, years: [1946, 1946], estimator: 'Inquiry', fields: deaths });
  const refuted = made({ sentence, text: '90,000', value: 9e4, years: null, estimator: 'Exiles', fields: deaths });

  it('gives an undated rival the period of the dated figure it is set against in its sentence', () => {
    const k = keys([found, refuted]);
    expect(k.get(found.claim_id)).not.toBe('');
    expect(k.get(refuted.claim_id)).toBe(k.get(found.claim_id));
  });

  it('gives undated figures the period that opens their paragraph', () => {
    const opening = made({ sentence: 'In 1946 the camps recorded 18,000 deaths.', text: '18,000', value: 1.8e4, years: [1946, 1946], estimator: 'Camps', doc: 'b.txt', line: 5, fields: deaths });
    const next = made({ sentence: 'A survivor later put the deaths at 150,000.', text: '150,000', value: 1.5e5, years: null, estimator: 'Survivor', doc: 'b.txt', line: 5, fields: deaths });
    const k = keys([found, refuted, opening, next]);
    expect(k.get(next.claim_id)).toBe(k.get(found.claim_id));
    expect(k.get(opening.claim_id)).toBe(k.get(found.claim_id));
  });

  it('leaves out an undated figure whose passage gives no period', () => {
    const sentence = 'In 1952 the camps recorded 9,000 deaths, and 3,000 in 1958.';
    const other = made({ sentence, text: '9,000', value: 9e3, years: [1952, 1952], estimator: 'Camps', doc: 'c.txt', fields: deaths });
    const other2 = made({ sentence, text: '3,000', value: 3e3, years: [1958, 1958], estimator: 'Camps', doc: 'c.txt', fields: deaths });
    const loose = made({ sentence: 'Deaths in the camps ran to 40,000.', text: '40,000', value: 4e4, years: null, estimator: 'Pamphlet', doc: 'c.txt', line: 2, fields: deaths });
    const k = keys([found, refuted, other, other2, loose]);
    expect(k.get(loose.claim_id)).toBe('');
  });
});

describe('assignQuantities: what is counted', () => {
  const purged = { category: 'expulsions' as const };
  const officersShare = made({ sentence: 'About 6% of the officer corps was dismissed in 1952.', text: '6%', value: 6, years: [1952, 1952], estimator: 'Ministry', doc: 'a.txt', fields: { ...purged, unit: 'percent' } });
  const officersShareRival = made({ sentence: 'Émigrés claimed 40% of all officers were dismissed in 1952.', text: '40%', value: 40, years: [1952, 1952], estimator: 'Émigrés', doc: 'b.txt', fields: { ...purged, unit: 'percent' } });
  const officers = made({ sentence: 'In 1952 the army dismissed 4,000 officers.', text: '4,000', value: 4e3, years: [1952, 1952], estimator: 'Ministry', doc: 'c.txt', fields: purged });
  const officersRival = made({ sentence: 'Some 9,000 officers were dismissed in 1952.', text: '9,000', value: 9e3, years: [1952, 1952], estimator: 'Émigrés', doc: 'd.txt', fields: purged });
  const members = made({ sentence: 'In 1952 the party expelled 100,000 members.', text: '100,000', value: 1e5, years: [1952, 1952], estimator: 'Party', doc: 'e.txt', fields: purged });
  const membersRival = made({ sentence: 'About 150,000 party members were expelled in 1952.', text: '150,000', value: 1.5e5, years: [1952, 1952], estimator: 'Rivals', doc: 'f.txt', fields: purged });
  const all = [officersShare, officersShareRival, officers, officersRival, members, membersRival];

  it('keeps shares apart from counts, and officers apart from party members', () => {
    const k = keys(all);
    const [shareKey, officersKey, membersKey] = [k.get(officersShare.claim_id), k.get(officers.claim_id), k.get(members.claim_id)];
    expect(k.get(officersShareRival.claim_id)).toBe(shareKey);
    expect(k.get(officersRival.claim_id)).toBe(officersKey);
    expect(k.get(membersRival.claim_id)).toBe(membersKey);
    expect(new Set([shareKey, officersKey, membersKey]).size).toBe(3);
    expect([shareKey, officersKey, membersKey]).not.toContain('');
  });

  it('keeps a yearly rate apart from a total over the same years', () => {
    const deaths = { category: 'deaths' as const };
    const total = made({ sentence: 'From 1940 to 1955 the camps lost 1 million dead.', text: '1 million', value: 1e6, years: [1940, 1955], estimator: 'Registers', doc: 'a.txt', fields: deaths });
    const totalRival = made({ sentence: 'Critics claimed 9 million dead in the camps from 1940 to 1955.', text: '9 million', value: 9e6, years: [1940, 1955], estimator: 'Critics', doc: 'b.txt', fields: deaths });
    const rate = made({ sentence: 'From 1940 to 1955 some 60,000 died per year.', text: '60,000', value: 6e4, years: [1940, 1955], estimator: 'Registers', doc: 'c.txt', fields: deaths });
    const rateRival = made({ sentence: 'Critics put the toll at 600,000 a year from 1940 to 1955.', text: '600,000', value: 6e5, years: [1940, 1955], estimator: 'Critics', doc: 'd.txt', fields: deaths });
    const k = keys([total, totalRival, rate, rateRival]);
    expect(k.get(totalRival.claim_id)).toBe(k.get(total.claim_id));
    expect(k.get(rateRival.claim_id)).toBe(k.get(rate.claim_id));
    expect(k.get(rate.claim_id)).not.toBe(k.get(total.claim_id));
    expect(k.get(rate.claim_id)).toMatch(/:per-year-/);
  });

  it('keeps how much the camps grew apart from how many they held', () => {
    const stock = made({ sentence: 'In 1962 the camps held 600,000 inmates.', text: '600,000', value: 6e5, years: [1962, 1962], estimator: 'Registers', doc: 'a.txt' });
    const stockRival = made({ sentence: 'Exiles put the inmates at 3 million in 1962.', text: '3 million', value: 3e6, years: [1962, 1962], estimator: 'Exiles', doc: 'b.txt' });
    const growth = made({ sentence: 'In 1962 the camps swelled by 150,000 inmates.', text: '150,000', value: 1.5e5, years: [1962, 1962], estimator: 'Registers', doc: 'c.txt' });
    const growthRival = made({ sentence: 'Exiles wrote of an increase of 1 million inmates in 1962.', text: '1 million', value: 1e6, years: [1962, 1962], estimator: 'Exiles', doc: 'd.txt' });
    const k = keys([stock, stockRival, growth, growthRival]);
    expect(k.get(stockRival.claim_id)).toBe(k.get(stock.claim_id));
    expect(k.get(growthRival.claim_id)).toBe(k.get(growth.claim_id));
    expect(k.get(growth.claim_id)).not.toBe(k.get(stock.claim_id));
    expect(k.get(growth.claim_id)).toMatch(/:change-/);
  });

  it('puts a share of a whole population with the count it restates', () => {
    const count = made({ sentence: 'The famine killed 300,000 people in 1921, about 0.5% of the population.', text: '300,000', value: 3e5, years: [1921, 1921], estimator: 'Relief', fields: { category: 'deaths' } });
    const share = made({ sentence: count.quote, text: '0.5%', value: 0.5, years: [1921, 1921], estimator: 'Relief', fields: { category: 'deaths', unit: 'percent' } });
    const rival = made({ sentence: 'Refugees reported 2 million famine deaths in 1921.', text: '2 million', value: 2e6, years: [1921, 1921], estimator: 'Refugees', doc: 'b.txt', fields: { category: 'deaths' } });
    const k = keys([count, share, rival]);
    expect(k.get(share.claim_id)).toBe(k.get(count.claim_id));
    expect(k.get(rival.claim_id)).toBe(k.get(count.claim_id));
  });

  it('puts local figures together only when they are about one place', () => {
    const local = { scope: 'local' as const };
    const here = made({ sentence: 'In 1950 the camps at Norilsk held 70,000 prisoners.', text: '70,000', value: 7e4, years: [1950, 1950], estimator: 'Guide', doc: 'a.txt', fields: local });
    const hereRival = made({ sentence: 'A prisoner thought Norilsk held 300,000 men in 1950.', text: '300,000', value: 3e5, years: [1950, 1950], estimator: 'Prisoner', doc: 'b.txt', fields: local });
    const elsewhere = made({ sentence: 'In 1950 the camps at Karaganda held 60,000 prisoners.', text: '60,000', value: 6e4, years: [1950, 1950], estimator: 'Guide', doc: 'c.txt', fields: local });
    const k = keys([here, hereRival, elsewhere, endOfYearSystem()]);
    expect(k.get(here.claim_id)).not.toBe('');
    expect(k.get(hereRival.claim_id)).toBe(k.get(here.claim_id));
    expect(k.get(elsewhere.claim_id)).toBe('');
  });
});

function endOfYearSystem(): Claim {
  return made({ sentence: 'The whole system held 2 million in 1950.', text: '2 million', value: 2e6, years: [1950, 1950], estimator: 'Total', doc: 'z.txt' });
}

describe('assignQuantities: keys', () => {
  const claims = [
    made({ sentence: 'In 1960 the camps held 200,000 prisoners.', text: '200,000', value: 2e5, years: [1960, 1960], estimator: 'A', doc: 'a.txt' }),
    made({ sentence: 'In 1960 the camps held 210,000 prisoners.', text: '210,000', value: 2.1e5, years: [1960, 1960], estimator: 'B', doc: 'b.txt' }),
    made({ sentence: 'In 1970 about 10,000 prisoners died.', text: '10,000', value: 1e4, years: [1970, 1970], estimator: 'A', doc: 'a.txt', line: 2, fields: { category: 'deaths' } }),
    made({ sentence: 'In 1970 about 12,000 prisoners died.', text: '12,000', value: 1.2e4, years: [1970, 1970], estimator: 'B', doc: 'b.txt', line: 2, fields: { category: 'deaths' } })
  ];

  it('reads as category, period and what is counted, one key per question', () => {
    const out = assignQuantities(claims);
    expect(out.map((c) => c.quantity)).toEqual([
      'camp_population:1960:prisoners',
      'camp_population:1960:prisoners',
      'deaths:1970:prisoners',
      'deaths:1970:prisoners'
    ]);
  });

  it('names in the key the period the label and year columns show, also a count taken by a date', () => {
    const grouped = summariseQuantities(assignQuantities(claims));
    expect(grouped.map((r) => [r.quantity.split(':')[1], r.year_from, r.year_to])).toEqual([['1960', 1960, 1960], ['1970', 1970, 1970]]);
    const by = (year_to: number) => ({ category: 'releases' as const, year_to });
    const byDate = [
      made({ sentence: 'By June 1962, 4,100 exiles had been allowed home.', text: '4,100', value: 4.1e3, years: null, estimator: 'Ministry', doc: 'a.txt', fields: by(1962) }),
      made({ sentence: 'Some 5,000 exiles were home again by June 1962.', text: '5,000', value: 5e3, years: null, estimator: 'Exiles’ league', doc: 'b.txt', fields: by(1962) })
    ];
    const [row] = summariseQuantities(assignQuantities(byDate));
    expect(row).toMatchObject({ quantity: expect.stringMatching(/^releases:by-1962:/), year_from: null, year_to: 1962 });
    expect(row!.label).toBe('People released, up to 1962');
  });

  it('names the verb of figures of no toll category by its whole word', () => {
    const landed = (estimator: string, value: number, doc: string) =>
      made({ sentence: `By ${estimator}’s count ${value} colonists landed at the port in 1830.`, text: String(value), value, years: [1830, 1830], estimator, doc, fields: { category: 'other', counted: 'colonists landed at the port' } });
    const out = assignQuantities([landed('Hale', 9000, 'a.txt'), landed('Ames', 12000, 'b.txt')]);
    const [key] = out.map((c) => c.quantity);
    expect(key).toMatch(/^other-landed:1830:/);
    expect(out.map((c) => c.quantity)).toEqual([key, key]);
    expect(summariseQuantities(out)[0]!.label).toBe('Colonists who landed at the port, 1830');
  });

  it('tells apart two questions that would read the same', () => {
    const far = claims.slice(0, 2).map((c) => ({ ...c, doc: `far-${c.doc}`, claim_id: `far-${c.claim_id}`, value_low: c.value_low * 100, value_high: c.value_high * 100, scope: 'local' as const, quote: c.quote.replace('the camps', 'the camps at Magadan') }));
    const near = claims.slice(0, 2).map((c) => ({ ...c, scope: 'local' as const, quote: c.quote.replace('the camps', 'the camps at Magnitogorsk') }));
    const rows = summariseQuantities(assignQuantities([...far, ...near]));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.quantity)).size).toBe(2);
  });
});

describe('assignQuantities: figures that lean on the one before', () => {
  const held = { category: 'camp_population' as const };
  const bare = { category: 'other' as const, counted: '' };
  const sentence = 'In 1962 the émigré press counted 4 million inmates. In truth there were 220,000. The registers were multiplied by a factor of 18.';
  const claimed = made({ sentence, text: '4 million', value: 4e6, years: [1962, 1962], estimator: 'Press', fields: held });
  const truth = made({ sentence, text: '220,000', value: 2.2e5, years: null, estimator: 'Author', fields: bare });
  const factor = made({ sentence, text: '18', value: 18, years: null, estimator: 'Author', fields: bare });

  it('puts a figure that names nothing it counts with the figure just before it', () => {
    const k = keys([claimed, truth, factor]);
    expect(k.get(truth.claim_id)).not.toBe('');
    expect(k.get(truth.claim_id)).toBe(k.get(claimed.claim_id));
  });

  it('never takes a ratio between figures for a count', () => {
    expect(keys([claimed, truth, factor]).get(factor.claim_id)).toBe('');
  });

  it('does not read a figure followed by what it counts as elided', () => {
    const sentence2 = 'In 1962 the émigré press counted 4 million inmates. Some 300,000 people moved to the towns.';
    const claimed2 = made({ sentence: sentence2, text: '4 million', value: 4e6, years: [1962, 1962], estimator: 'Press', doc: 'm.txt', fields: held });
    const moved = made({ sentence: sentence2, text: '300,000', value: 3e5, years: null, estimator: 'Author', doc: 'm.txt', fields: { category: 'other', counted: 'people moved to the towns' } });
    const k = keys([claimed, truth, claimed2, moved]);
    expect(k.get(moved.claim_id)).toBe('');
  });

  it('leaves a bare figure alone when nothing it could answer comes just before it', () => {
    const alone = made({ sentence: 'The village had 3,000 houses, and in the end there were 220,000.', text: '220,000', value: 2.2e5, years: null, estimator: 'Author', doc: 'v.txt', fields: bare });
    const houses = made({ sentence: alone.quote, text: '3,000', value: 3e3, years: null, estimator: 'Author', doc: 'v.txt', fields: { category: 'other', unit: 'count', counted: 'houses' } });
    const k = keys([claimed, truth, houses, alone]);
    expect(k.get(alone.claim_id)).toBe('');
  });
});

describe('assignQuantities: undated shares and dates of count', () => {
  const share = { category: 'camp_population' as const, unit: 'percent' as const };
  const ofInmates = made({ sentence: 'Political cases made up 15 to 30% of the inmates, depending on the year.', text: '15 to 30%', value: [15, 30], years: null, estimator: 'Reed', doc: 'a.txt', fields: { ...share, counted: 'inmates' } });
  const ofDetainees = made({ sentence: 'Only 20 per cent of the detainees were politicals.', text: '20 per cent', value: 20, years: null, estimator: 'Lowe', doc: 'b.txt', fields: { ...share, counted: 'detainees' } });
  const ofOfficers = made({ sentence: 'Some 40% of the officers were held at some point.', text: '40%', value: 40, years: null, estimator: 'Lowe', doc: 'c.txt', fields: { ...share, counted: 'officers' } });

  it('puts undated shares of the prisoners together, whatever word names them, and apart from shares of other wholes', () => {
    const k = keys([ofInmates, ofDetainees, ofOfficers]);
    expect(k.get(ofInmates.claim_id)).not.toBe('');
    expect(k.get(ofDetainees.claim_id)).toBe(k.get(ofInmates.claim_id));
    expect(k.get(ofOfficers.claim_id)).toBe('');
  });

  it('puts undated figures counted by the same date together, and not those counted by another', () => {
    const released = { category: 'releases' as const };
    const by = (year: number) => ({ ...released, year_to: year });
    const one = made({ sentence: 'By March 1961, 9,300 of the dismissed had been reinstated.', text: '9,300', value: 9.3e3, years: null, estimator: 'Ministry', doc: 'a.txt', fields: by(1961) });
    const two = made({ sentence: 'Around 10,000 had been reinstated by March 1961.', text: '10,000', value: 1e4, years: null, estimator: 'Veterans', doc: 'b.txt', fields: by(1961) });
    const later = made({ sentence: 'By 1975 some 30,000 had been reinstated.', text: '30,000', value: 3e4, years: null, estimator: 'Veterans', doc: 'c.txt', fields: by(1975) });
    const k = keys([one, two, later]);
    expect(k.get(one.claim_id)).not.toBe('');
    expect(k.get(two.claim_id)).toBe(k.get(one.claim_id));
    expect(k.get(later.claim_id)).toBe('');
  });
});

describe('assignQuantities: rivals in one passage and the scale of a figure', () => {
  const deaths = { category: 'deaths' as const };

  it('makes a question of one source setting its figure against a rival one in its passage', () => {
    const sentence = 'Over those two years the registers show 41,000 deaths, not 900,000.';
    const shown = made({ sentence, text: '41,000', value: 4.1e4, years: [1963, 1964], estimator: 'Author', fields: deaths });
    const denied = made({ sentence, text: '900,000', value: 9e5, years: [1963, 1964], estimator: 'Author', fields: deaths });
    const k = keys([shown, denied]);
    expect(k.get(shown.claim_id)).not.toBe('');
    expect(k.get(denied.claim_id)).toBe(k.get(shown.claim_id));
  });

  it('reads a note mark between the comma and the word that sets one figure against another', () => {
    const sentence = 'The survey put the toll at 80,000,[4] while the governor admitted 9,000.';
    const survey = made({ sentence, text: '80,000', value: 8e4, years: null, estimator: 'Survey', fields: deaths });
    const governor = made({ sentence, text: '9,000', value: 9e3, years: null, estimator: 'Survey', fields: deaths });
    const k = keys([survey, governor]);
    expect(k.get(survey.claim_id)).not.toBe('');
    expect(k.get(governor.claim_id)).toBe(k.get(survey.claim_id));
  });

  it('does not make one from one source listing different figures', () => {
    const sentence = 'Over those two years 41,000 died in the north and 90,000 died in the south.';
    const north = made({ sentence, text: '41,000', value: 4.1e4, years: [1963, 1964], estimator: 'Author', fields: deaths });
    const south = made({ sentence, text: '90,000', value: 9e4, years: [1963, 1964], estimator: 'Author', fields: deaths });
    const k = keys([north, south]);
    expect([k.get(north.claim_id), k.get(south.claim_id)]).toEqual(['', '']);
  });

  it('keeps a count a thousandfold smaller out of a dated question, and lets a twentyfold rival in', () => {
    const whole = made({ sentence: 'In 1966 the camps held 2 million inmates.', text: '2 million', value: 2e6, years: [1966, 1966], estimator: 'Registers', doc: 'a.txt' });
    const rival = made({ sentence: 'The exiles counted 40 million inmates in 1966.', text: '40 million', value: 4e7, years: [1966, 1966], estimator: 'Exiles', doc: 'b.txt' });
    const one = made({ sentence: 'A single camp held 2,000 inmates in 1966.', text: '2,000', value: 2e3, years: [1966, 1966], estimator: 'Visitor', doc: 'c.txt' });
    const k = keys([whole, rival, one]);
    expect(k.get(rival.claim_id)).toBe(k.get(whole.claim_id));
    expect(k.get(one.claim_id)).not.toBe(k.get(whole.claim_id));
  });
});
