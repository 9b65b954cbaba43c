/**
 * Scaling by powers of ten on the decimal form of a number, so that "2.3 million" is 2300000 and
 * not 2299999.9999999995: the figure's shortest decimal form is what was written, and moving its
 * decimal point is exact where a binary multiplication is not.
 */

/** `n` times 10^places. */
export function shiftDecimal(n: number, places: number): number {
  // Whole numbers scale up exactly in binary while the result stays a safe integer.
  if (places >= 0 && Number.isInteger(n)) {
    const product = n * 10 ** places;
    if (Number.isSafeInteger(product)) return product;
  }
  const [mantissa, exponent = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** `n` times `factor`: exactly when the factor is a power of ten, as scale words are. */
export function scaleBy(n: number, factor: number): number {
  const zeros = /^1(0*)$/.exec(String(factor));
  if (zeros) return shiftDecimal(n, zeros[1]!.length);
  const tenths = /^0\.(0*)1$/.exec(String(factor));
  return tenths ? shiftDecimal(n, -tenths[1]!.length - 1) : n * factor;
}
