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
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12
};

/**
 * Scale words shortened as news wires, forums and tables print them: "1.5m", "2bn", "10k",
 * "3.2 mn". Read only right after digits, where "m" cannot be a word of its own.
 */
export const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12 };

/** Denominators written as ordinals: "one-third", "nine tenths", "a quarter". */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10
};

/** Fractions printed as one character: "3½", "⅔". */
export const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5,
  '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8
};

const alt = (words: Record<string, number>) =>
  Object.keys(words).sort((a, b) => b.length - a.length).join('|');

/** Scale words above a hundred, which close a group of a cardinal ("two million three hundred"). */
export const BIG_SCALE_ALT = 'thousand|million|billion|trillion';
export const FRACTION_WORD_ALT = alt(FRACTION_WORDS);
export const VULGAR_CLASS = `[${Object.keys(VULGAR_FRACTIONS).join('')}]`;

/** Regex source for a cardinal whose groups below a thousand are written as `small`. */
function cardinal(small: string): string {
  const hundreds = `${small}(?: +hundred(?:(?: +and)? +${small})?)?`;
  return `(?:${hundreds} +(?:${BIG_SCALE_ALT})(?: +and)? +)*${hundreds}(?: +(?:${BIG_SCALE_ALT}))?`;
}

/** Below a hundred, with or without a hyphen: "fifty-two", "fifty two". */
const SMALL = `(?:(?:${alt(TENS_WORDS)})(?:(?:-| +)(?:${alt(UNITS_WORDS)}))?|${alt(UNITS_WORDS)})`;

/** Regex source for a cardinal in words: "three hundred and thirty one", "two thousand and two hundred". */
export const WORD_CARDINAL = cardinal(SMALL);

/** A cardinal that mixes digit groups with scale words: "3 hundred and 21", "4 thousand 3 hundred". */
export const MIXED_CARDINAL = cardinal(`(?:\\d{1,3}(?![\\d,.])|${SMALL})`);

/** Value of a cardinal in words or mixed with digits ("Fifty-four thousand" → 54000); NaN when not one. */
export function wordsToNumber(phrase: string): number {
  let total = 0;
  let current = 0;
  let seen = false;
  // Groups close with ever smaller scale words: "2 million and 3 million" is two figures, not one.
  let lastScale = Infinity;
  for (const w of phrase.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    if (w in UNITS_WORDS) current += UNITS_WORDS[w]!;
    else if (w in TENS_WORDS) current += TENS_WORDS[w]!;
    else if (/^\d+$/.test(w)) current += Number(w);
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALE_WORDS) {
      if (SCALE_WORDS[w]! >= lastScale) return NaN;
      lastScale = SCALE_WORDS[w]!;
      total += (current || 1) * SCALE_WORDS[w]!;
      current = 0;
    } else return NaN;
    seen = true;
  }
  return seen ? total + current : NaN;
}
