/**
 * Reads the names that sources give for whoever made a figure: a citation's author ("Getty, J.
 * Arch", "J. Arch Getty", "Getty and Manning", "Jansen, Marc & Petrov, Nikita") or an attribution
 * ("Conquest’s"). Bodies ("NKVD", "official statistics") are not people and are left alone.
 */

export interface PersonName {
  surname: string;
  /** Given names and initials in order, as written ("J.", "Arch"); empty when only the surname is known. */
  given: string[];
}

/** Lower-case words allowed inside a personal name: surname particles. */
const PARTICLE = /^(?:de|del|della|di|da|van|von|der|den|ter|le|la|du|dos|das|bin|ibn|al)$/;
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;
const EDITORS = /,?\s*\(?\beds?\.?\)?\s*$/i;
const POSSESSIVE = /['’]s?$/;
const AUTHORS = /\s+(?:and|&)\s+|\s*;\s*/;
/** An all-capitals word of two letters or more: an acronym (NKVD, OGPU), so a body. */
const ACRONYM = /^\p{Lu}{2,}$/u;

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '' && !SUFFIX.test(w));

function isNameWord(word: string): boolean {
  return PARTICLE.test(word) || (/^\p{Lu}/u.test(word) && !ACRONYM.test(word.replace(/[.’'-]/g, '')));
}

/** "Getty, J. Arch" or "J. Arch Getty" or "Getty"; null when it is not a person's name. */
export function parsePersonName(text: string): PersonName | null {
  const clean = text.trim().replace(POSSESSIVE, '').replace(/,$/, '');
  const comma = clean.indexOf(',');
  const [surnamePart, givenPart] = comma === -1 ? ['', clean] : [clean.slice(0, comma), clean.slice(comma + 1)];
  const all = [...words(surnamePart), ...words(givenPart)];
  if (all.length === 0 || all.length > 5 || !all.every(isNameWord)) return null;
  if (comma !== -1) return surnamePart.trim() ? { surname: words(surnamePart).join(' '), given: words(givenPart) } : null;
  return splitGivenFirst(words(givenPart));
}

/** "J. Arch Getty" → Getty; particles before the last word belong to the surname ("de Gaulle"). */
function splitGivenFirst(tokens: string[]): PersonName | null {
  let at = tokens.length - 1;
  while (at > 0 && PARTICLE.test(tokens[at - 1]!)) at--;
  const surname = tokens.slice(at).join(' ');
  return /\p{Lu}/u.test(surname) ? { surname, given: tokens.slice(0, at) } : null;
}

/**
 * The people behind a citation's author field or an attribution, or null when it names a body
 * (or anything that is not one or more personal names).
 */
export function parseAuthors(text: string): PersonName[] | null {
  const parts = text.replace(EDITORS, '').split(AUTHORS).map((p) => p.trim()).filter(Boolean);
  const people = parts.map(parsePersonName);
  return people.length > 0 && people.every((p) => p !== null) ? (people as PersonName[]) : null;
}

/** Comparable form of a name word: no accents, no case, no dots. */
export function nameKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.\s]+/g, ' ').trim();
}

const isInitial = (word: string) => /^\p{L}\.?$/u.test(word);

function sameGiven(a: string, b: string): boolean {
  const [ka, kb] = [nameKey(a), nameKey(b)];
  if (ka === kb) return true;
  if (isInitial(a) || isInitial(b)) return ka[0] === kb[0];
  return false;
}

/**
 * Whether two lists of given names can be one person's: the shorter is found, in order, in the
 * longer, a word matching an equal word or its initial ("Arch" in "J. Arch"; "A." for "Arch";
 * "Robert" in "Robert W."). "Robert" and "Roberta", or "Arch" and "John", cannot.
 */
export function givenCompatible(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let at = 0;
  for (const word of short) {
    while (at < long.length && !sameGiven(word, long[at]!)) at++;
    if (at === long.length) return false;
    at++;
  }
  return true;
}
