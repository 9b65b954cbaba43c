/** Number words and their values, shared by the parsers that read spelled-out figures. */

export const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
};

export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9
};

/** Denominators written as ordinals: "one-third", "nine tenths", "a quarter". */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10
};

const alt = (words: Record<string, number>) =>
  Object.keys(words).sort((a, b) => b.length - a.length).join('|');

/** Regex source for a cardinal written in words, up to "nine hundred ninety-nine thousand". */
const SMALL = `(?:(?:${alt(TENS_WORDS)})(?:[- ](?:${alt(UNITS_WORDS)}))?|${alt(UNITS_WORDS)})`;
const HUNDREDS = `${SMALL}(?: hundred(?:(?: and)? ${SMALL})?)?`;
export const WORD_CARDINAL = `${HUNDREDS}(?: (?:thousand|million|billion)(?:(?: and)? ${HUNDREDS})?)?`;
export const FRACTION_WORD_ALT = alt(FRACTION_WORDS);

/** Value of a cardinal in words ("Fifty-four thousand" → 54000); NaN when not one. */
export function wordsToNumber(phrase: string): number {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of phrase.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    if (w in UNITS_WORDS) current += UNITS_WORDS[w]!;
    else if (w in TENS_WORDS) current += TENS_WORDS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALE_WORDS) {
      total += (current || 1) * SCALE_WORDS[w]!;
      current = 0;
    } else return NaN;
    seen = true;
  }
  return seen ? total + current : NaN;
}
