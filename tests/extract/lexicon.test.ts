import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR, YEAR, YEAR_START, isYear, monthIn } from '../../extract/lexicon';

describe('lexicon', () => {
  it('gives one range of years as a pattern and as bounds', () => {
    const pattern = new RegExp(`^${YEAR}$`);
    const start = new RegExp(`^${YEAR_START}`);
    for (let n = FIRST_YEAR - 50; n <= LAST_YEAR + 50; n++) {
      expect(pattern.test(String(n))).toBe(isYear(n));
      expect(start.test(String(n))).toBe(isYear(n));
    }
    expect(isYear(FIRST_YEAR + 0.5)).toBe(false);
  });

  it('reads the month first named in a text', () => {
    expect(monthIn('on Sept. 3, 1921')).toBe(8);
    expect(monthIn('1 December 1950')).toBe(11);
    expect(monthIn('in the spring of 1950')).toBeUndefined();
  });
});
