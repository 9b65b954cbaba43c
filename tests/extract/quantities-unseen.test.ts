import { describe, expect, it } from 'vitest';
import type { Claim } from '../../contract/schema';
import { assignQuantities } from '../../extract/quantities/assign';
import { paragraphsOf } from '../../extract/quantities/paragraph';
import { made } from './quantities-support';

/**
 * The fourth pass's rules, found on tolls the grouping was not tuned on, each on sentences written
 * for the test: parts of a whole, records' owners, yearly series, figures of no toll category
 * measured by their verb, measureless echoes, baselines, hard-wrapped paragraphs, texts that cite
 * no source, and equal figures in other documents.
 */

function keys(claims: readonly Claim[]): Map<string, string> {
  return new Map(assignQuantities(claims).map((c) => [c.claim_id, c.quantity]));
}

const deaths = { category: 'deaths' as const };
const other = { category: 'other' as const };

describe('parts and wholes', () => {
  const total = made({ sentence: 'Between 1920 and 1923 some 900,000 died of hunger.', text: '900,000', value: 9e5, years: [1920, 1923], estimator: 'Moss', doc: 'a.txt', fields: deaths });
  const rival = made({ sentence: 'Ruiz put the deaths of 1920-1923 at 1.4 million.', text: '1.4 million', value: 1.4e6, years: [1920, 1923], estimator: 'Ruiz', doc: 'b.txt', fields: deaths });

  it('keeps a figure limited by "alone" or "of whom" out of the total’s question', () => {
    const part = made({ sentence: 'In the orphanages alone, the inspectors counted 60,000 deaths between 1920 and 1923.', text: '60,000', value: 6e4, years: [1920, 1923], estimator: 'Inspectors', doc: 'c.txt', fields: deaths });
    const ofWhom = made({ sentence: 'Some 2 million fled, of whom about 300,000 died between 1920 and 1923.', text: '300,000', value: 3e5, years: [1920, 1923], estimator: 'Lund', doc: 'd.txt', fields: deaths });
    const k = keys([total, rival, part, ofWhom]);
    expect(k.get(total.claim_id)).not.toBe('');
    expect(k.get(rival.claim_id)).toBe(k.get(total.claim_id));
    expect(k.get(part.claim_id)).not.toBe(k.get(total.claim_id));
    expect(k.get(ofWhom.claim_id)).not.toBe(k.get(total.claim_id));
  });

  it('still reads "in 1921 alone" as a period, not a part', () => {
    const year = made({ sentence: 'In 1921 alone, 500,000 died.', text: '500,000', value: 5e5, years: [1921, 1921], estimator: 'Moss', doc: 'e.txt', fields: deaths });
    const yearRival = made({ sentence: 'The 1921 deaths came to 350,000, the bureau said.', text: '350,000', value: 3.5e5, years: [1921, 1921], estimator: 'Bureau', doc: 'f.txt', fields: deaths });
    const k = keys([year, yearRival]);
    expect(k.get(year.claim_id)).not.toBe('');
    expect(k.get(yearRival.claim_id)).toBe(k.get(year.claim_id));
  });

  it('does not take the owner of a record for the people counted', () => {
    const monks = made({ sentence: 'The monks’ burial lists gave 80,000 dead in 1921.', text: '80,000', value: 8e4, years: [1921, 1921], estimator: 'Lists', doc: 'g.txt', fields: deaths });
    const plain = made({ sentence: 'A later survey put the dead of 1921 at 120,000.', text: '120,000', value: 1.2e5, years: [1921, 1921], estimator: 'Survey', doc: 'h.txt', fields: deaths });
    const k = keys([monks, plain]);
    expect(k.get(monks.claim_id)).not.toBe('');
    expect(k.get(plain.claim_id)).toBe(k.get(monks.claim_id));
  });
});

describe('periods of a flow', () => {
  const row = (year: number, value: number, doc: string, estimator: string) =>
    made({ sentence: `${year}  ${value}`, text: String(value), value, years: [year, year], estimator, doc, line: year - 1900, fields: deaths });

  it('keeps the rows of a yearly table apart, each with its own year’s rivals', () => {
    const rows = [row(1930, 40100, 't.txt', 'Table'), row(1931, 52300, 't.txt', 'Table'), row(1930, 45000, 'u.txt', 'Clerk'), row(1931, 61000, 'u.txt', 'Clerk')];
    const k = keys(rows);
    const [a, b, c, d] = rows.map((r) => k.get(r.claim_id));
    expect(a).not.toBe('');
    expect([c, d]).toEqual([a, b]);
    expect(b).not.toBe(a);
  });

  it('keeps one year’s total apart from the total over four years', () => {
    const year = made({ sentence: 'In 1931, 70,000 died.', text: '70,000', value: 7e4, years: [1931, 1931], estimator: 'Vale', doc: 'v.txt', fields: deaths });
    const yearRival = made({ sentence: 'Others say 95,000 died in 1931.', text: '95,000', value: 9.5e4, years: [1931, 1931], estimator: 'Oak', doc: 'w.txt', fields: deaths });
    const span = made({ sentence: 'From 1930 to 1933, 210,000 died.', text: '210,000', value: 2.1e5, years: [1930, 1933], estimator: 'Vale', doc: 'x.txt', fields: deaths });
    const spanRival = made({ sentence: 'The years 1930-1933 cost 260,000 lives.', text: '260,000', value: 2.6e5, years: [1930, 1933], estimator: 'Oak', doc: 'y.txt', fields: deaths });
    const k = keys([year, yearRival, span, spanRival]);
    expect(k.get(yearRival.claim_id)).toBe(k.get(year.claim_id));
    expect(k.get(spanRival.claim_id)).toBe(k.get(span.claim_id));
    expect(k.get(span.claim_id)).not.toBe(k.get(year.claim_id));
  });

  it('puts a baseline in no question', () => {
    const normal = made({ sentence: 'Against a normal year of some 30,000 deaths, 1931 was a catastrophe.', text: '30,000', value: 3e4, years: [1931, 1931], estimator: 'Vale', doc: 'v.txt', line: 2, fields: deaths });
    const rival = made({ sentence: 'Oak gives 32,000 deaths for 1931.', text: '32,000', value: 3.2e4, years: [1931, 1931], estimator: 'Oak', doc: 'w.txt', fields: deaths });
    expect(keys([normal, rival]).get(normal.claim_id)).toBe('');
  });
});

describe('figures of no toll category', () => {
  const sentence = 'From 1700 to 1800 the ledgers show 4 million captives embarked and 3.4 million landed.';
  const years: [number, number] = [1700, 1800];
  const embarked = made({ sentence, text: '4 million', value: 4e6, years, estimator: 'Ledgers', doc: 'a.txt', fields: other });
  const landed = made({ sentence, text: '3.4 million', value: 3.4e6, years, estimator: 'Ledgers', doc: 'a.txt', fields: other });
  const kemp = made({ sentence: 'Of those who embarked, 4.3 million is Kemp’s count.', text: '4.3 million', value: 4.3e6, years, estimator: 'Kemp', doc: 'b.txt', fields: other });
  const landedRival = made({ sentence: 'Kemp finds 3.9 million landed.', text: '3.9 million', value: 3.9e6, years, estimator: 'Kemp', doc: 'b.txt', line: 2, fields: other });

  it('groups them by the verb that governs what they count: embarked apart from landed', () => {
    const k = keys([embarked, landed, kemp, landedRival]);
    expect(k.get(embarked.claim_id)).toMatch(/^other-embarked:/);
    expect(k.get(kemp.claim_id)).toBe(k.get(embarked.claim_id));
    expect(k.get(landed.claim_id)).toMatch(/^other-landed:/);
    expect(k.get(landedRival.claim_id)).toBe(k.get(landed.claim_id));
  });

  it('puts an undated figure with the one question of its measure its own document dates, not another document’s, nor one naming a place', () => {
    const later = made({ sentence: 'Later reviewers settle on 3.6 million landed.', text: '3.6 million', value: 3.6e6, years: null, estimator: 'Reviewers', doc: 'b.txt', passage: 'p9', line: 5, fields: other });
    const elsewhere = made({ sentence: 'A pamphlet claimed 8 million landed.', text: '8 million', value: 8e6, years: null, estimator: 'Pamphlet', doc: 'z.txt', fields: other });
    const port = made({ sentence: 'Through the port of Ouidah, 900,000 embarked.', text: '900,000', value: 9e5, years: null, estimator: 'Reviewers', doc: 'b.txt', passage: 'p10', line: 6, fields: other });
    const k = keys([embarked, landed, kemp, landedRival, later, elsewhere, port]);
    expect(k.get(later.claim_id)).toBe(k.get(landed.claim_id));
    expect(k.get(elsewhere.claim_id)).toBe('');
    expect(k.get(port.claim_id)).toBe('');
  });

  it('gives a figure naming no measure the measure of the same figure said earlier in its document', () => {
    const first = made({ sentence: 'Aid workers spoke of 3 million dead in 1950.', text: '3 million', value: 3e6, years: [1950, 1950], estimator: 'Aid workers', doc: 'n.txt', fields: deaths });
    const rival = made({ sentence: 'The census implies 900,000 deaths in 1950.', text: '900,000', value: 9e5, years: [1950, 1950], estimator: 'Census', doc: 'n.txt', line: 2, fields: deaths });
    const echo = made({ sentence: 'The aid workers’ 3 million is now doubted by most.', text: '3 million', value: 3e6, years: null, estimator: '', doc: 'n.txt', line: 3, fields: other });
    const k = keys([first, rival, echo]);
    expect(k.get(first.claim_id)).not.toBe('');
    expect(k.get(echo.claim_id)).toBe(k.get(first.claim_id));
  });
});

describe('paragraphs and sources', () => {
  it('reads a hard-wrapped passage as one paragraph, and a compilation’s lines as paragraphs', () => {
    const sentence = 'The ministry gave 40,000 deaths in 1960, and the church about 95,000.';
    const wrapped = [
      made({ sentence, text: '40,000', value: 4e4, years: [1960, 1960], estimator: 'Ministry', line: 3, fields: { ...deaths, passage_start: 30_000 } }),
      made({ sentence, text: '95,000', value: 9.5e4, years: null, estimator: 'Church', line: 3, fields: { ...other, line: 4, passage_start: 30_000 } })
    ];
    const [a, b] = paragraphsOf(wrapped);
    expect(a).toBe(b);
    const lines = [
      made({ sentence: 'The ministry gave 40,000 deaths.', text: '40,000', value: 4e4, years: null, estimator: 'Ministry', line: 3, fields: { passage_start: 30_000 } }),
      made({ sentence: 'The church gave 95,000 deaths.', text: '95,000', value: 9.5e4, years: null, estimator: 'Church', line: 4, fields: { passage_start: 30_000 } })
    ];
    const [c, d] = paragraphsOf(lines);
    expect(c).not.toBe(d);
    const k = keys(wrapped);
    expect(k.get(wrapped[0]!.claim_id)).not.toBe('');
    expect(k.get(wrapped[1]!.claim_id)).toBe(k.get(wrapped[0]!.claim_id));
  });

  it('takes unattributed rivals in two paragraphs of a text that cites no source as rivals', () => {
    const first = made({ sentence: 'Between 1970 and 1974 about 600,000 died.', text: '600,000', value: 6e5, years: [1970, 1974], estimator: '', line: 1, fields: { ...deaths, passage_start: 0 } });
    const second = made({ sentence: 'Later work puts the dead of 1970-1974 at 1.1 million.', text: '1.1 million', value: 1.1e6, years: [1970, 1974], estimator: '', line: 3, fields: { ...deaths, passage_start: 0 } });
    const k = keys([first, second]);
    expect(k.get(first.claim_id)).not.toBe('');
    expect(k.get(second.claim_id)).toBe(k.get(first.claim_id));
    const cited = [first, second].map((c) => ({ ...c, citation: 'Moss, A. Hunger. 1990, p. 3' }));
    expect(assignQuantities(cited).map((c) => c.quantity)).toEqual(['', '']);
  });

  it('does not join an unattributed figure to another document’s question because it is equal', () => {
    const dated = made({ sentence: 'Moss counted 2 million deaths in 1970-1974.', text: '2 million', value: 2e6, years: [1970, 1974], estimator: 'Moss', doc: 'a.txt', fields: deaths });
    const rival = made({ sentence: 'Ruiz counted 1.5 million deaths in 1970-1974.', text: '1.5 million', value: 1.5e6, years: [1970, 1974], estimator: 'Ruiz', doc: 'b.txt', fields: deaths });
    const elsewhere = made({ sentence: 'The relief agencies spoke of 2 million dead.', text: '2 million', value: 2e6, years: null, estimator: '', doc: 'c.txt', fields: deaths });
    const sameDoc = made({ sentence: 'The often quoted 2 million dead is his.', text: '2 million', value: 2e6, years: null, estimator: '', doc: 'a.txt', line: 2, fields: deaths });
    const k = keys([dated, rival, elsewhere, sameDoc]);
    expect(k.get(dated.claim_id)).not.toBe('');
    expect(k.get(sameDoc.claim_id)).toBe(k.get(dated.claim_id));
    expect(k.get(elsewhere.claim_id)).toBe('');
  });
});
