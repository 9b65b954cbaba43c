import { describe, expect, it } from 'vitest';
import { findAtoms } from '../../extract/numbers/atoms';
import { combine } from '../../extract/numbers/combine';

function parse(text: string) {
  return combine(text, findAtoms(text)).map((e) => ({ text: text.slice(e.start, e.end), low: e.low, high: e.high, kind: e.kind }));
}

describe('number expressions', () => {
  it.each([
    ['numbered 1,672,438 in all', '1,672,438', 1672438, 1672438, 'count'],
    ['some 2.3 million people', '2.3 million', 2.3e6, 2.3e6, 'count'],
    ['only .08% of them', '.08%', 0.08, 0.08, 'percent'],
    ['a rate of 9.7% a year', '9.7%', 9.7, 9.7, 'percent'],
    ['about 60 percent of', '60 percent', 60, 60, 'percent'],
    ['but five per cent, i.e.', 'five per cent', 5, 5, 'percent'],
    ['Fifty-four thousand people', 'Fifty-four thousand', 54000, 54000, 'count'],
    ['there were a million of them', 'a million', 1e6, 1e6, 'count'],
    ['an odd million prisoners', 'an odd million', 1e6, 1e6, 'count'],
    ['a dozen convictions', 'a dozen', 12, 12, 'count'],
    ['not more than half a dozen death sentences', 'half a dozen', 6, 6, 'count'],
    ['after the first 5 1/2 months', '5 1/2', 5.5, 5.5, 'count'],
    ['fell off to 1/4 of it', '1/4', 0.25, 0.25, 'fraction'],
    ['one-third time off', 'one-third', 1 / 3, 1 / 3, 'fraction'],
    ['nine tenths speak', 'nine tenths', 0.9, 0.9, 'fraction'],
    ['employing two or 3 million prisoners', 'two or 3 million', 2e6, 3e6, 'count'],
    ['had 25,000 to 30,000 prostitutes', '25,000 to 30,000', 25000, 30000, 'count'],
    ['some 5-7 million deaths', '5-7 million', 5e6, 7e6, 'count'],
    ['the 7 to 14 million people', '7 to 14 million', 7e6, 14e6, 'count'],
    ['between 1 and 2 million', '1 and 2 million', 1e6, 2e6, 'count'],
    ['twenty, forty, or sixty percent of', 'twenty, forty, or sixty percent', 20, 60, 'percent'],
    ['the death rate was 92 per 1000.', '92 per 1000', 0.092, 0.092, 'fraction'],
    ['he named 40-odd commanders', '40-odd', 40, 40, 'count'],
    ['under half a million politicals', 'half a million', 5e5, 5e5, 'count'],
    ['for a year or two.', 'a year or two', 1, 2, 'count'],
    ['20% to 25% suggested', '20% to 25%', 20, 25, 'percent']
  ])('%s → %s', (input, text, low, high, kind) => {
    const found = parse(input).find((e) => e.text === text);
    expect(found).toBeDefined();
    expect(found!.low).toBeCloseTo(low, 9);
    expect(found!.high).toBeCloseTo(high, 9);
    expect(found!.kind).toBe(kind);
  });

  it('keeps figures in a list apart unless a shared suffix closes it', () => {
    expect(parse('on May 19, 21, and 23, 1937').map((e) => e.text)).toEqual(['19', '21', '23', '1937']);
  });

  it('does not join a dash followed by "or"', () => {
    expect(parse('98–or 70 percent of all').map((e) => e.text)).toEqual(['98', '70 percent']);
  });

  it('does not let a suffix swallow the next figure twice', () => {
    expect(parse('was 92 per 1000. By 1953').map((e) => e.text)).toEqual(['92 per 1000', '1953']);
  });

  it('reads "20 times" as a count for the unit refiner to name', () => {
    expect(parse('paid 20 times more')).toEqual([{ text: '20', low: 20, high: 20, kind: 'count' }]);
  });
});
