import { describe, expect, it } from 'vitest';
import { claim, reasons } from './support';

/** The unit of figures in texts of other kinds: rates, people by their nouns, money and measures. */

const unit = (text: string, expr: string) => claim(text, expr).unit;

describe('rates', () => {
  it.each([
    ['The mills took in 4,500 a year from the valleys.', '4,500'],
    ['Some 700 a day crossed the bridge during the thaw.', '700'],
    ['The ferries carried 1,200 per week to the island.', '1,200']
  ])('"%s": the people, not the time word of the rate', (text, expr) => {
    expect(unit(text, expr)).toBe('people');
  });

  it('reads a span after an article as a span, not as the figure’s unit', () => {
    expect(unit('Of the 9,000 evacuated, about 6,000 came back within a year.', '6,000')).toBe('people');
  });

  it('keeps the unit named before the rate', () => {
    expect(unit('Miners were paid 14 rubles a week in the south.', '14')).toBe('rubles');
    expect(unit('Convoys marched for nine days a month.', 'nine')).toBe('days');
  });
});

describe('people by their nouns', () => {
  it.each([
    ['The liners carried 640,000 passengers westward.', '640,000'],
    ['Some 2,300 captives reached the coast alive.', '2,300'],
    ['The census found 81,000 refugees in the camps.', '81,000'],
    ['The county counted 5,400 excess deaths that winter.', '5,400'],
    ['She lost her three brothers in the first winter.', 'three']
  ])('"%s" → people', (text, expr) => {
    expect(unit(text, expr)).toBe('people');
  });

  it('still counts things by their plural', () => {
    expect(unit('The company owned 37 warehouses along the river.', '37')).toBe('count');
  });

  it('takes the unit of the whole a part is counted out of', () => {
    expect(unit('Of the 640 farms surveyed, only 90 were still worked.', '90')).toBe('count');
    expect(unit('Of the 640 miners trapped, 90 were brought up.', '90')).toBe('people');
    expect(unit('The survey of the 1911 census found a population of 45 million.', '45 million')).toBe('people');
  });

  it('does not count a source’s figure in the source’s noun', () => {
    expect(unit('The 3 million of the school books is a guess.', '3 million')).toBe('people');
    expect(unit('Against the 40,000 of the relief agencies, the army gave 12,000.', '40,000')).toBe('people');
  });
});

describe('money, measures and multipliers', () => {
  it.each([
    ['A loaf cost nine pence in the town.', 'nine', 'other'],
    ['The city borrowed 4 million francs abroad.', '4 million', 'other'],
    ['The barge held 60 tons of grain.', '60', 'other'],
    ['Each ration was 250 grams of bread.', '250', 'other'],
    ['The fund raised £2 million for the relief.', '2 million', 'other'],
    ['Cases of typhus rose fourfold over the summer.', 'fourfold', 'times'],
    ['Burials rose 3.5 times in the port.', '3.5', 'times'],
    ['He visited the camp two times in the spring.', 'two', 'count']
  ])('"%s" → %s', (text, expr, expected) => {
    expect(unit(text, expr)).toBe(expected);
  });
});

describe('parts of a work', () => {
  it('reads "Part Three" and "Chapter 4" as names, not figures', () => {
    expect(reasons('A History of the Drought. Part Three: The Roads.')).toContainEqual(['Three', 'identifier']);
    expect(reasons('See Chapter 4 for the ports.')).toContainEqual(['4', 'identifier']);
  });
});
