/**
 * Tells a country from a smaller place. Countries come from the runtime's own region names
 * (Intl.DisplayNames, in Node and every browser), plus the names of states that no longer exist
 * and short forms that texts use; a capitalised place that is none of these is taken as smaller.
 */

const FORMER_OR_SHORT = [
  'USSR', 'Soviet Union', 'Union', 'Russian Empire', 'Yugoslavia', 'Czechoslovakia', 'Prussia', 'Ottoman Empire',
  'Persia', 'Burma', 'Ceylon', 'Siam', 'Congo', 'America', 'United States of America', 'US', 'U.S.', 'USA',
  'U.S.A.', 'UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Holland', 'Korea', 'Turkey',
  'Ivory Coast', 'East Germany', 'West Germany', 'Rhodesia', 'Zaire', 'Dahomey', 'Bengal', 'Europe', 'Asia',
  'Africa', 'North America', 'South America', 'Latin America', 'Americas', 'Oceania', 'world'
];

function regionNames(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return letters.flatMap((a) =>
    letters.flatMap((b) => {
      const name = names.of(a + b);
      return name && name !== a + b ? [name.replace(/ \(.*\)$/, '').replace(/ & /g, ' and ')] : [];
    })
  );
}

const COUNTRIES: ReadonlySet<string> = new Set([...regionNames(), ...FORMER_OR_SHORT].map((n) => n.toLowerCase()));

/** Whether `name` (as written, "the" dropped) names a whole country or continent. */
export function isCountry(name: string): boolean {
  return COUNTRIES.has(name.replace(/^the\s+/i, '').trim().toLowerCase());
}
