import { describe, expect, it } from 'vitest';
import { matchesIn, scan } from '../../extract/scan';

const YEARS = scan(/\b(1[89]\d\d)\b/g);
const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m[1]]);

describe('scan', () => {
  it('gives the matches matchAll gives, also when called again on other texts', () => {
    const texts = ['Between 1931 and 1933 the harvest failed twice.', 'No year here, only 12 carts.', 'In 1880, then 1899.', ''];
    for (const text of [...texts, ...texts]) expect(spans(matchesIn(text, YEARS))).toEqual(spans(text.matchAll(/\b(1[89]\d\d)\b/g)));
  });

  it('keeps the flags other than /g, and never moves the pattern’s lastIndex', () => {
    const words = scan(/\bharvest\b/gi);
    expect(spans(matchesIn('The HARVEST and the harvest.', words))).toEqual([[4, 'HARVEST', undefined], [20, 'harvest', undefined]]);
    expect(words.all.lastIndex).toBe(0);
    expect(words.once.lastIndex).toBe(0);
  });

  it('refuses a pattern without /g, which matchAll would refuse too', () => {
    expect(() => scan(/\d+/)).toThrow(/\/g pattern/);
  });
});
