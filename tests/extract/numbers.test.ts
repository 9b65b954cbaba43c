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

describe('number forms beyond plain digits', () => {
  it.each([
    ['some 3½ million peasants', '3½ million', 3.5e6, 3.5e6, 'count'],
    ['about ⅔ of the crew', '⅔', 2 / 3, 2 / 3, 'fraction'],
    ['nearly ¾ of them', '¾', 0.75, 0.75, 'fraction'],
    ['a half million refugees', 'a half million', 5e5, 5e5, 'count'],
    ['perhaps half million settlers', 'half million', 5e5, 5e5, 'count'],
    ['a quarter million slaves', 'a quarter million', 2.5e5, 2.5e5, 'count'],
    ['two thirds of a million sailors', 'two thirds of a million', 2e6 / 3, 2e6 / 3, 'count'],
    ['a debt of 2 trillion roubles', '2 trillion', 2e12, 2e12, 'count'],
    ['près de 40 000 soldats', '40 000', 40000, 40000, 'count'],
    ['exactly 1\u202F234\u202F567 souls', '1\u202F234\u202F567', 1234567, 1234567, 'count'],
    ['lost 12\u00A0500 horses', '12\u00A0500', 12500, 12500, 'count'],
    ['fifty two sheep', 'fifty two', 52, 52, 'count'],
    ['three hundred and thirty one pages', 'three hundred and thirty one', 331, 331, 'count'],
    ['two thousand and two hundred rifles', 'two thousand and two hundred', 2200, 2200, 'count'],
    ['two million three hundred thousand acres', 'two million three hundred thousand', 2.3e6, 2.3e6, 'count'],
    ['fifty  two  wagons', 'fifty  two', 52, 52, 'count'],
    ['3 hundred and 21 boats', '3 hundred and 21', 321, 321, 'count'],
    ['4 thousand 3 hundred tents', '4 thousand 3 hundred', 4300, 4300, 'count'],
    ['bought 3 dozen eggs', '3 dozen', 36, 36, 'count'],
    ['sold three dozen hats', 'three dozen', 36, 36, 'count'],
    ['a fifth of the harvest', 'a fifth', 0.2, 0.2, 'fraction'],
    ['a half of the herd', 'a half', 0.5, 0.5, 'fraction'],
    ['three and a fifth tons', 'three and a fifth', 3.2, 3.2, 'count'],
    ['two and a half million bushels', 'two and a half million', 2.5e6, 2.5e6, 'count'],
    ['one in five villagers', 'one in five', 0.2, 0.2, 'fraction'],
    ['two out of every three farms', 'two out of every three', 2 / 3, 2 / 3, 'fraction'],
    ['1 in 20 sailors', '1 in 20', 0.05, 0.05, 'fraction'],
    ['from 20 through 100 ships', '20 through 100', 20, 100, 'count'],
    ['some 20~100 mills', '20~100', 20, 100, 'count']
  ])('%s → %s', (input, text, low, high, kind) => {
    const found = parse(input).find((e) => e.text === text);
    expect(found, JSON.stringify(parse(input))).toBeDefined();
    expect(found!.low).toBeCloseTo(low, 9);
    expect(found!.high).toBeCloseTo(high, 9);
    expect(found!.kind).toBe(kind);
  });

  it.each([
    ['lost 1.5m head of cattle', '1.5m', 1.5e6, 1.5e6, 'count'],
    ['a town of 250K souls', '250K', 2.5e5, 2.5e5, 'count'],
    ['a loan of 2bn marks', '2bn', 2e9, 2e9, 'count'],
    ['another 3.2 mn were moved', '3.2 mn', 3.2e6, 3.2e6, 'count'],
    ['a crowd of 10k gathered', '10k', 1e4, 1e4, 'count'],
    ['some 5–7m lost', '5–7m', 5e6, 7e6, 'count'],
    ['a million and a half settlers', 'a million and a half', 1.5e6, 1.5e6, 'count'],
    ['two thousand and a half tents', 'two thousand and a half', 2500, 2500, 'count'],
    ['rents rose 12 pc that year', '12 pc', 12, 12, 'percent'],
    ['between 2 million and 3 million died', '2 million and 3 million', 2e6, 3e6, 'count'],
    ['cost US$3 billion to $4.5bn in all', '3 billion to $4.5bn', 3e9, 4.5e9, 'count'],
    ['between $1 and $2 million was spent', '1 and $2 million', 1e6, 2e6, 'count'],
    ['yields rose twofold', 'twofold', 2, 2, 'count'],
    ['a ten-fold rise', 'ten-fold', 10, 10, 'count'],
    ['grew 2.5-fold', '2.5-fold', 2.5, 2.5, 'count'],
    ['and 1 in 5 children', '1 in 5', 0.2, 0.2, 'fraction'],
    ['over a hundred and fifty were hanged', 'a hundred and fifty', 150, 150, 'count'],
    ['a thousand two hundred carts', 'a thousand two hundred', 1200, 1200, 'count']
  ])('short scales, multipliers and sums: %s → %s', (input, text, low, high, kind) => {
    const found = parse(input).find((e) => e.text === text);
    expect(found, JSON.stringify(parse(input))).toBeDefined();
    expect(found!.low).toBeCloseTo(low, 9);
    expect(found!.high).toBeCloseTo(high, 9);
    expect(found!.kind).toBe(kind);
  });

  it('reads no scale into a unit glued to a figure', () => {
    expect(parse('a 10km march, 5mm of rain, 3min later, 4 m tall').map((e) => [e.text, e.low]))
      .toEqual([['10', 10], ['5', 5], ['3', 3], ['4', 4]]);
  });

  it('keeps a rise "from $X to $Y" as two figures', () => {
    expect(parse('the price rose from $3 to $5 a bushel').map((e) => e.text)).toEqual(['3', '5']);
  });

  it('reads "dozens" alone as no figure', () => {
    expect(parse('dozens of carts waited')).toEqual([]);
  });

  it('keeps the figure before a ratio that closes a range', () => {
    expect(parse('one or two out of 10 failed').map((e) => e.text)).toEqual(['one or two', '10']);
  });

  it('reads "one in" before a year as a figure and the year', () => {
    expect(parse('only one in 1931 survived').map((e) => e.text)).toEqual(['one', '1931']);
  });

  it('does not take a year and the next figure for grouped thousands', () => {
    expect(parse('in 1921 300 mills closed').map((e) => e.text)).toEqual(['1921', '300']);
  });
});

describe('exact values', () => {
  it.each([
    ['between 2.3 to 17.6 million tons', 2300000, 17600000],
    ['about 4.1 million acres', 4100000, 4100000],
    ['some 1.15 billion coins', 1150000000, 1150000000],
    ['0.7 thousand carts', 700, 700],
    ['a rate of 9.3 per 1000', 0.0093, 0.0093],
    ['3.3 to 4.4 million', 3300000, 4400000]
  ])('%s is the decimals written, scaled', (input, low, high) => {
    const [e] = parse(input);
    expect(e!.low).toBe(low);
    expect(e!.high).toBe(high);
  });
});

describe('note markers are not figures', () => {
  it.each([
    ['The mill burned in 1921.4 Later it was rebuilt.', ['1921']],
    ['The herds were moved.12 Some returned.', []],
    ['The count reached 211,312.19 The next year it fell.', ['211,312']],
    ['The count reached 211,312.19', ['211,312']],
    ['the figure of 1,234.5 tons', ['1,234.5']],
    ['this was.07% of the stock', ['.07%']]
  ])('%s', (input, texts) => {
    expect(parse(input).map((e) => e.text)).toEqual(texts);
  });
});

describe('changes between two figures', () => {
  it('keeps "fell from X in Y1 to Z in Y2" as two figures and two years', () => {
    expect(parse('the herd fell from 90,000 in 1921 to 4,200 in 1925').map((e) => e.text))
      .toEqual(['90,000', '1921', '4,200', '1925']);
  });

  it('keeps "passing from X to Y" as two figures', () => {
    expect(parse('the garrison grew (passing from 7,000 to 12,500) that year').map((e) => e.text))
      .toEqual(['7,000', '12,500']);
  });

  it('still joins a plain "from X to Y" range', () => {
    expect(parse('from 5 to 7 million settlers').map((e) => e.text)).toEqual(['5 to 7 million']);
  });
});
