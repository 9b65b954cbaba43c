import type { Claim } from '../../contract/schema';
import { nameOf } from '../refiners/names';
import { givenCompatible, nameKey, parseAuthors, type PersonName } from './person-name';

/**
 * Whose estimate each claim is: the person or body it is attributed to, else the cited work's
 * author, else the bracketed note that gives its source. Runs over all the claims at once, because one person is written differently in
 * different passages and documents ("Conquest", "Conquest, Robert", "Robert Conquest").
 *
 * Convention: a person is shown by surname ("Conquest" for "Conquest, Robert", "Robert Conquest"
 * and "Conquest’s"), as citations by author-date do; when the claims hold two people of that
 * surname, each is shown as "Surname, Given" with the fullest given names any source uses
 * ("Novak, Petra", "Novak, Jiri"). A work by two people is "Getty and Manning", by more
 * "Getty et al."; a body stays as written.
 * People are told apart by surname, then by given names: forms whose given names can be one
 * person's are merged, and a form that could be either of two people is left as written.
 */

/** A word capitalised, so that the name reader judges it by its word class alone. */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Whether an attribution can stand for whose figure it is: people whose surnames are name words
 * (not "Approximately", "Having", "Let"), or a body or role whose head word is not a function
 * word ("It was") and which does not open on a stray letter ("s figures", a possessive cut in
 * two) other than the article of "a Hungarian Communist".
 */
function isEstimator(attributed: string): boolean {
  const team = parseAuthors(attributed);
  if (team) return team.every((p) => nameOf(p.surname) !== null);
  // "a Hungarian Communist", "the president of a village Soviet": a role, whose head comes before "of".
  const words = attributed.split(/\s+/);
  const of = words.indexOf('of');
  const head = (of > 0 ? words.slice(0, of) : words).at(-1)!;
  return (!/^\p{L}$/u.test(words[0]!) || /^a$/i.test(words[0]!)) && nameOf(capitalised(head)) !== null;
}

/**
 * Whom each claim's figure belongs to, before names are made canonical: never a word that names
 * no one. Each distinct attribution is judged once: a corpus repeats a few hundred of them.
 */
function rawEstimators(claims: readonly Claim[]): string[] {
  const judged = new Map<string, boolean>();
  return claims.map((c) => {
    const attributed = c.attributed_to.trim();
    if (attributed && !judged.has(attributed)) judged.set(attributed, isEstimator(attributed));
    return attributed && judged.get(attributed) ? attributed : c.source_author.trim() || noteOf(c);
  });
}

/** "740,000[2] to 3.3 million.[3]": an encyclopedia's bracketed notes after a figure, as written; a year may stand between. */
const NOTES = /^(?:[^\[\d]|\b\d{4}\b)*?((?:\[\d{1,3}\])+)/;

/**
 * The notes that close a figure's clause, before any other figure: with no author named, the
 * only sign of which work a figure comes from, so that two figures with two notes are two
 * sources' and one note repeated is one source echoed.
 */
function noteOf(c: Claim): string {
  const at = c.quote.indexOf(c.text);
  if (at < 0) return '';
  return NOTES.exec(c.quote.slice(at + c.text.length))?.[1] ?? '';
}

const givenLabel = (given: readonly string[]) => given.join(' ');

/** Fullest first: more given words, then fewer initials; ties by spelling, so the order is fixed. */
function byFullness(a: readonly string[], b: readonly string[]): number {
  const initials = (g: readonly string[]) => g.filter((w) => /^\p{L}\.?$/u.test(w)).length;
  return b.length - a.length || initials(a) - initials(b) || givenLabel(a).localeCompare(givenLabel(b));
}

interface People {
  /** Each given-name form's canonical form. */
  canonical: Map<string, readonly string[]>;
  /** Whether the forms can all be one person, so that the surname alone names them. */
  one: boolean;
}

/** Given-name forms of one surname, grouped into people. */
function groupGiven(forms: readonly (readonly string[])[]): People {
  const people: (readonly string[])[][] = [];
  const ambiguous: (readonly string[])[] = [];
  for (const form of [...forms].sort(byFullness)) {
    const fits = people.filter((group) => group.every((member) => givenCompatible(member, form)));
    if (fits.length === 1) fits[0]!.push(form);
    else if (fits.length === 0) people.push([form]);
    else ambiguous.push(form);
  }
  const canonical = new Map<string, readonly string[]>();
  for (const group of people) for (const form of group) canonical.set(givenLabel(form), group[0]!);
  for (const form of ambiguous) canonical.set(givenLabel(form), form);
  return { canonical, one: people.length === 1 && ambiguous.length === 0 };
}

interface Surname {
  /** The surname as first written in the fullest form. */
  display: string;
  people: People;
}

/** Every surname's people, from all the names the claims use. */
function directory(names: readonly PersonName[]): Map<string, Surname> {
  const bySurname = new Map<string, PersonName[]>();
  for (const name of names) {
    const key = nameKey(name.surname);
    bySurname.set(key, [...(bySurname.get(key) ?? []), name]);
  }
  const result = new Map<string, Surname>();
  for (const [key, list] of bySurname) {
    const unique = [...new Map(list.map((n) => [givenLabel(n.given), n])).values()].sort((a, b) => byFullness(a.given, b.given));
    result.set(key, { display: unique[0]!.surname, people: groupGiven(unique.map((n) => n.given)) });
  }
  return result;
}

function personLabel(name: PersonName, names: Map<string, Surname>): string {
  const entry = names.get(nameKey(name.surname));
  if (!entry) return name.surname;
  const given = entry.people.canonical.get(givenLabel(name.given)) ?? name.given;
  return entry.people.one || given.length === 0 ? entry.display : `${entry.display}, ${givenLabel(given)}`;
}

function teamLabel(team: readonly PersonName[], names: Map<string, Surname>): string {
  const surnames = team.map((p) => names.get(nameKey(p.surname))?.display ?? p.surname);
  return surnames.length === 2 ? `${surnames[0]} and ${surnames[1]}` : `${surnames[0]} et al.`;
}

export function assignEstimators(claims: readonly Claim[]): Claim[] {
  const raws = rawEstimators(claims);
  const parsed = new Map<string, PersonName[] | null>();
  for (const raw of raws) {
    if (!parsed.has(raw)) parsed.set(raw, parseAuthors(raw));
  }
  const names = directory([...parsed.values()].flatMap((team) => (team?.length === 1 ? team : [])));
  const label = (raw: string) => {
    const team = parsed.get(raw);
    if (!team) return raw;
    return team.length === 1 ? personLabel(team[0]!, names) : teamLabel(team, names);
  };
  const labels = new Map([...parsed.keys()].map((raw) => [raw, label(raw)]));
  return claims.map((c, i) => ({ ...c, estimator: labels.get(raws[i]!)! }));
}
