import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { QUANTITY_COLUMNS, quantitiesToCsv, quantityLabel, summariseQuantities } from '../../contract/quantities';
import { made } from './quantities-support';

const key = 'camp_population:1950:prisoners';
const inQuantity = { quantity: key };
const claims = [
  made({ sentence: 'Smith counted 3 million prisoners in 1950.', text: '3 million', value: 3e6, years: [1950, 1950], estimator: 'Smith', doc: 'a.txt', fields: { ...inQuantity, source_year: 1970 } }),
  made({ sentence: 'As Smith had it, 3 million prisoners in 1950.', text: '3 million', value: 3e6, years: [1950, 1950], estimator: 'Smith', doc: 'b.txt', fields: { ...inQuantity, source_year: 1980 } }),
  made({ sentence: 'The ledger gave 1,500,000 prisoners in 1950, about 0.8% of the population.', text: '1,500,000', value: 1.5e6, years: [1950, 1950], estimator: 'Ledger', doc: 'c.txt', fields: { ...inQuantity, source_year: 1995 } }),
  made({ sentence: 'The ledger gave 1,500,000 prisoners in 1950, about 0.8% of the population.', text: '0.8%', value: 0.8, years: [1950, 1950], estimator: 'Ledger', doc: 'c.txt', fields: { ...inQuantity, unit: 'percent', source_year: 1995 } }),
  made({ sentence: 'Released by May 1955, 200,000 of them.', text: '200,000', value: 2e5, years: null, estimator: 'Other', doc: 'd.txt', fields: { quantity: '' } })
];

describe('summariseQuantities', () => {
  const [row] = summariseQuantities(claims);

  it('counts an echo as one estimate, and bounds the spread in the quantity’s own unit', () => {
    expect(summariseQuantities(claims)).toHaveLength(1);
    expect(row).toMatchObject({ quantity: key, claims: 4, estimates: 3, estimators: 2, lowest: 1.5e6, highest: 3e6, spread: 2 });
    expect(row!.label).toBe('People held in the camps, 1950');
  });

  it('takes the period its key names, for the label and the year columns alike', () => {
    const halfOpen = { ...claims[0]!, claim_id: 'x', doc: 'e.txt', year_from: null, year_to: 1956 };
    expect(summariseQuantities([...claims, halfOpen])[0]).toMatchObject({ year_from: 1950, year_to: 1950, label: 'People held in the camps, 1950' });
    const wider = summariseQuantities(claims.map((c) => ({ ...c, quantity: 'camp_population:1949-1951:prisoners' })))[0]!;
    expect(wider).toMatchObject({ year_from: 1949, year_to: 1951, label: 'People held in the camps, 1949–1951' });
    const counted = summariseQuantities(claims.map((c) => ({ ...c, quantity: 'releases:by-1955:prisoners' })))[0]!;
    expect(counted).toMatchObject({ year_from: null, year_to: 1955 });
    expect(counted.label).toMatch(/up to 1955$/);
  });

  it('labels a quantity of shares as a share of the people its claims count', () => {
    expect(quantityLabel([claims[3]!], { year_from: 1950, year_to: 1950 })).toBe('Share of people held in the camps, 1950');
    const ofPrisoners = { ...claims[3]!, counted: 'prisoners' };
    expect(quantityLabel([ofPrisoners], { year_from: null, year_to: null })).toBe('Share of prisoners held in the camps');
  });

  it('writes one CSV row per quantity that papaparse reads back', () => {
    const parsed = Papa.parse<string[]>(quantitiesToCsv(summariseQuantities(claims)).trim());
    expect(parsed.data[0]).toEqual(QUANTITY_COLUMNS);
    expect(parsed.data[1]).toEqual([key, 'People held in the camps, 1950', 'camp_population', '1950', '1950', '4', '3', '2', 'people', '1500000', '3000000', '2']);
  });
});
