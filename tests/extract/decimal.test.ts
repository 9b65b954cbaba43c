import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleBy, shiftDecimal } from '../../extract/numbers/decimal';

describe('decimal scaling', () => {
  it.each([
    [2.3, 6, 2300000],
    [17.6, 6, 17600000],
    [0.07, 3, 70],
    [9.3, -3, 0.0093],
    [1e-7, 6, 0.1],
    [4, 12, 4e12]
  ])('%s × 10^%s is %s exactly', (n, places, out) => {
    expect(shiftDecimal(n, places)).toBe(out);
  });

  it('agrees with parsing the written decimal with its exponent moved', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -3, max: 9 }), (digits, point, places) => {
        const written = (digits / 10 ** point).toFixed(point);
        expect(shiftDecimal(Number(written), places)).toBe(Number(`${written}e${places}`));
      })
    );
  });

  it('multiplies by other factors as usual', () => {
    expect(scaleBy(3, 12)).toBe(36);
    expect(scaleBy(2.5, 1e6)).toBe(2500000);
    expect(scaleBy(92, 0.001)).toBe(0.092);
  });
});
