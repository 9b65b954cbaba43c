import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeCitation, parseCitation } from '../../extract/citation/citation';

const ROOT = join(import.meta.dirname, '../..');
const SEED = readFileSync(join(ROOT, 'data/sources/real-stalin-series-14-16.txt'), 'utf8').split(/\r?\n/);
/** The hand-labelled passages of the seed live outside the repository, with the team's shared files. */
const GOLD_PATH = fileURLToPath(new URL('../../data/gold/dev-gold.jsonl', import.meta.url));
const HAS_YEAR = /(?<!\d)(?:18[5-9]\d|19\d\d|20[0-2]\d|2030)(?!\d)/;

function fields(line: string) {
  const { author, title, year, pages } = parseCitation(line);
  return { author, title, year, pages };
}

describe('parseCitation', () => {
  it('reads a book: author, title with a period of years, copyright year, page range', () => {
    const line = 'Thurston, Robert. Life and Terror in Stalin’s Russia, 1934-1941. New Haven: Yale University Press, c1996, p. 102-104';
    expect(parseCitation(line)).toEqual({
      text: line,
      author: 'Thurston, Robert',
      title: 'Life and Terror in Stalin’s Russia, 1934-1941',
      year: 1996,
      pages: '102-104'
    });
  });

  it('reads a publisher with a comma in its name', () => {
    expect(fields('Chamberlin, William Henry. Soviet Russia. Boston: Little, Brown, 1930, p. 124')).toEqual({
      author: 'Chamberlin, William Henry', title: 'Soviet Russia', year: 1930, pages: '124'
    });
  });

  it.each([
    [
      'Jansen, Marc & Petrov, Nikita. Stalin’s Loyal Executioner: Yezhov, Stanford, Calif: Hoover Institution Press, c2002, p. 64-65.',
      'Jansen, Marc & Petrov, Nikita', 'Stalin’s Loyal Executioner: Yezhov', 2002, '64-65'
    ],
    ['Getty & Naumov, The Road to Terror. New Haven, Conn.: Yale Univ. Press, c1999, p. 423', 'Getty & Naumov', 'The Road to Terror', 1999, '423'],
    [
      'Koenker and Bachman, Eds. Revelations from the Russian Archives. Washington: Library of Congress, 1997, p. 114 and 116',
      'Koenker and Bachman', 'Revelations from the Russian Archives', 1997, '114 and 116'
    ],
    [
      'Siegelbaum and Sokolov. Stalinism as a Way of Life. New Haven, Conn.: Yale University Press, c2000, p. 97',
      'Siegelbaum and Sokolov', 'Stalinism as a Way of Life', 2000, '97'
    ],
    ['Read, Anthony and David Fisher. The Deadly Embrace. New York: Norton, 1988, p. 360', 'Read, Anthony and David Fisher', 'The Deadly Embrace', 1988, '360'],
    [
      'Medvedev, Roy & Zhores Medvedev. The Unknown Stalin. NY, NY: Overlook Press, 2004, p. 284',
      'Medvedev, Roy & Zhores Medvedev', 'The Unknown Stalin', 2004, '284'
    ]
  ])('reads several authors: %s', (line, author, title, year, pages) => {
    expect(fields(line)).toEqual({ author, title, year, pages });
  });

  it('reads a journal: the number before the year is a volume, the trailing range the pages', () => {
    const line = 'Thurston, Robert W. “On Desk-Bound Parochialism, Commonsense Perspectives, and Lousy Evidence: A Reply to Robert Conquest.” Slavic Review 45 (1986), 242-243.';
    expect(fields(line)).toEqual({
      author: 'Thurston, Robert W.',
      title: 'On Desk-Bound Parochialism, Commonsense Perspectives, and Lousy Evidence: A Reply to Robert Conquest',
      year: 1986,
      pages: '242-243'
    });
  });

  it('reads a journal article whose closing quote was typed as an opening one', () => {
    expect(fields('Getty, J. Arch. “Excesses are not permitted, “Russian Review 61 (January 2002) pp. 118-119')).toEqual({
      author: 'Getty, J. Arch', title: 'Excesses are not permitted', year: 2002, pages: '118-119'
    });
  });

  it('dates a review by its own publication, not by the reviewed book', () => {
    const line = 'Getty, Arch. “Starving the Ukraine.” Reviewing in The London Review of Books on January 22, 1987, The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine by Robert Conquest September,1986.';
    expect(fields(line)).toEqual({ author: 'Getty, Arch', title: 'Starving the Ukraine', year: 1987, pages: '' });
  });

  it('reads a "Source:" line as a title and a date', () => {
    expect(fields('Source: Newsweek International, January 2005')).toEqual({
      author: '', title: 'Newsweek International', year: 2005, pages: ''
    });
  });

  it('reads a title followed by "by" and the author', () => {
    expect(fields('THUS SPAKE KAGANOVICH by Feliks Chuyev, 1992')).toEqual({
      author: 'Feliks Chuyev', title: 'THUS SPAKE KAGANOVICH', year: 1992, pages: ''
    });
    expect(fields('The Future Did Not Work by J. Arch Getty, Book Review of The Passing of an Illusion by Franois Furet [March 2000 Atlantic Monthly]')).toEqual({
      author: 'J. Arch Getty', title: 'The Future Did Not Work', year: 2000, pages: ''
    });
  });

  it('reads a note with the given name first and the imprint in parentheses', () => {
    expect(fields('E. H. Cookridge, Gehlen: Spy of the Century (New York: Random House, 1972), pp. 57–58.')).toEqual({
      author: 'E. H. Cookridge', title: 'Gehlen: Spy of the Century', year: 1972, pages: '57–58'
    });
  });

  it('reads a work with no author and a volume before the imprint', () => {
    expect(fields('Political Archives of the Soviet Union (Vol. 1, No. 2) Commack, New York: Nova Science Publishers, 1990, p. 224')).toEqual({
      author: '', title: 'Political Archives of the Soviet Union', year: 1990, pages: '224'
    });
  });

  it('drops a trailing backslash and spaces from the text', () => {
    const line = 'Strong, Anna Louise. “Searching Out the Soviets.” New Republic: August 7, 1935, p. 358\\  ';
    expect(parseCitation(line)).toEqual({
      text: 'Strong, Anna Louise. “Searching Out the Soviets.” New Republic: August 7, 1935, p. 358',
      author: 'Strong, Anna Louise',
      title: 'Searching Out the Soviets',
      year: 1935,
      pages: '358'
    });
  });

  it('reads a trailing full stop and a translator', () => {
    expect(fields('Chase, William J., Enemies Within the Gates?, translated by Vadim A. Staklo, New Haven: Yale University Press, c2001, p. 306.')).toEqual({
      author: 'Chase, William J.', title: 'Enemies Within the Gates?', year: 2001, pages: '306'
    });
  });

  it('reads roman page numbers', () => {
    expect(fields('Getty & Naumov, The Road to Terror. New Haven, Conn.: Yale Univ. Press, c1999, p. xiv').pages).toBe('xiv');
  });

  it.each([
    ['Talbott, Strobe, Trans. and Ed. Khrushchev Remembers. Boston: Little Brown, c1970, p. 99', 'Talbott, Strobe', 'Khrushchev Remembers', 1970, '99'],
    ['Nove, Alec, Ed. The Stalin Phenomenon. New York: St. Martin’s Press, 1993, p. 150', 'Nove, Alec', 'The Stalin Phenomenon', 1993, '150'],
    ['Lucas and Ukas. Trans. and Ed. Secret Documents. Toronto, Canada: Northstar Compass, 1996, p. 104-107', 'Lucas and Ukas', 'Secret Documents', 1996, '104-107']
  ])('leaves Trans./Ed. out of the author: %s', (line, author, title, year, pages) => {
    expect(fields(line)).toEqual({ author, title, year, pages });
  });

  it.each([
    // A postal code is not a year; the first page reference is the original's.
    [
      'Martens, Ludo. Another View of Stalin. Antwerp, Belgium: EPO, Lange Pastoorstraat 25-27 2600, p. 96-97 [pp. 80-81 on the NET]',
      'Martens, Ludo', 'Another View of Stalin', null, '96-97'
    ],
    // The date of a speech is not the year the collected works came out.
    [
      'Stalin, Joseph. Works, Vol. 14, Speech in Reply to Debate, 1 April 1937, Red Star Press, London, Pravda 1978, pp. 292-296.',
      'Stalin, Joseph', 'Works', 1978, '292-296'
    ],
    ['Stalin, Joseph. Works. Moscow: Foreign Languages Pub. House, 1952, Vol. 13, p. 110', 'Stalin, Joseph', 'Works', 1952, '110'],
    ['Sousa, Mario. Lies Concerning the History of the Soviet Union, 15 June 1998.', 'Sousa, Mario', 'Lies Concerning the History of the Soviet Union', 1998, ''],
    ['Brar, Harpal. Trotskyism or Leninism. 1993, p. 326', 'Brar, Harpal', 'Trotskyism or Leninism', 1993, '326'],
    ['Lewin, Moshe. Lenin’s Last Struggle. New York: Pantheon Books. C1968, p. 133', 'Lewin, Moshe', 'Lenin’s Last Struggle', 1968, '133'],
    ['Tokaev, Grigori. Comrade X. London: Harvill Press,1956, p. 9', 'Tokaev, Grigori', 'Comrade X', 1956, '9'],
    ['Rogovin, Vadim. 1937: Year of Terror. Oak Park, Michigan: Labor Publications, 1998, p. 269', 'Rogovin, Vadim', '1937: Year of Terror', 1998, '269'],
    ['Feuchtwanger, Lion. Moscow, 1937. New York: The Viking Press, 1937, p. 121-122', 'Feuchtwanger, Lion', 'Moscow, 1937', 1937, '121-122'],
    ['Littlepage, John D. In Search of Soviet Gold. New York: Harcourt, Brace, c1938, p. 135-139', 'Littlepage, John D.', 'In Search of Soviet Gold', 1938, '135-139'],
    ['Campbell, J. R. Soviet Policy and Its Critics. London: V. Gollancz, ltd., 1939, p. 225', 'Campbell, J. R.', 'Soviet Policy and Its Critics', 1939, '225'],
    ['Socialist Clarity Group. The U. S. S. R., Its Significance for the West. London: V. Gollancz, 1942, p. 61', 'Socialist Clarity Group', 'The U. S. S. R., Its Significance for the West', 1942, '61'],
    [
      'Merl, Stefan, “Ausrottung” der Bourgeoisie und der Kulaken in Sowjetrussland? Geschichte und Gesellschaft 13 (1987), p. 535',
      'Merl, Stefan', '“Ausrottung” der Bourgeoisie und der Kulaken in Sowjetrussland?', 1987, '535'
    ],
    ['I. Ezhov, July 1937', 'I. Ezhov', '', 1937, ''],
    // Not in the seed: a one-word title after a middle initial.
    ['Levine, Isaac D. Stalin. New York: Cosmopolitan Book Corporation, c1931, p. 9-10', 'Levine, Isaac D.', 'Stalin', 1931, '9-10']
  ])('reads the other shapes of the seed: %s', (line, author, title, year, pages) => {
    expect(fields(line)).toEqual({ author, title, year, pages });
  });

  it('stays linear on pathological multi-megabyte lines', () => {
    const size = 5_000_000;
    const lines = [
      ' '.repeat(size) + 'x',
      'A. '.repeat(size / 3),
      'p. '.repeat(size / 3),
      ', 1937'.repeat(size / 6),
      ', '.repeat(size / 2),
      'x' + ' \\'.repeat(size / 2),
      'Getty, J. Arch. “Excesses, ” New York: Press, c1996, p. 12-14 '.repeat(size / 60)
    ];
    const started = performance.now();
    for (const line of lines) {
      parseCitation(line);
      looksLikeCitation(line);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('looksLikeCitation', () => {
  it.each([
    'Chamberlin, William Henry. Soviet Russia. Boston: Little, Brown, 1930, p. 124',
    'Thurston, Robert W. “On Desk-Bound Parochialism, Commonsense Perspectives, and Lousy Evidence: A Reply to Robert Conquest.” Slavic Review 45 (1986), 242-243.',
    'Strong, Anna Louise. “Searching Out the Soviets.” New Republic: August 7, 1935, p. 358\\',
    'Source: Newsweek International, January 2005',
    'THUS SPAKE KAGANOVICH by Feliks Chuyev, 1992',
    'E. H. Cookridge, Gehlen: Spy of the Century (New York: Random House, 1972), pp. 57–58.',
    'Political Archives of the Soviet Union (Vol. 1, No. 2) Commack, New York: Nova Science Publishers, 1990, p. 224',
    'Martens, Ludo. Another View of Stalin. Antwerp, Belgium: EPO, Lange Pastoorstraat 25-27 2600, p. 97 [p. 81 on the NET]',
    'Sousa, Mario. The Class Struggle During the Thirties in the Soviet Union, 2001.',
    'I. Ezhov, October 1937'
  ])('accepts %s', (line) => {
    expect(looksLikeCitation(line)).toBe(true);
  });

  it.each([
    'Mexico 175',
    'October 16,1952',
    'Stalin Tries to Resign: Unpublished Speech by Stalin at the Plenum of the Central Committee of the CPSU, 1952',
    'Speech by Stalin at the Enlarged Meeting of the Defense Counsel of the Ministry of Defense–June 2, 1937',
    '(Foreign Delegation’s Interview with Stalin on November 5, 1927)',
    '[Footnote]: Zakovsky, Deputy Chief of the NKVD under Yezhov. He was shot in 1938.',
    'In the first months of 1935,…Stalin tried to restore something of the liberal atmosphere of mid-1934.',
    '[Footnote]: From the “outside,” though, it was and is easy to mistake this mass purging at the hands of local secretaries for a Stalin plan to terrorize everyone.–Page 149',
    'and that was the end of Yezhov. Arrested a few days later, he was shot on 4 February 1940 [approximately a year later].',
    '2. 25,000 prisoners of war will be kept to build the Novograd-Volynskii-Korets-Lvov Road until the end of December.',
    'In 1937 arrests rose (Conquest, p. 265)',
    'Stalin: Comrades, in 1937 we shall not retreat',
    'Stalin, Molotov and Kaganovich met again in the Kremlin on 5 March 1937.',
    ''
  ])('rejects prose that ends in a number: %s', (line) => {
    expect(looksLikeCitation(line)).toBe(false);
  });

  it('rejects a long prose line even when it ends in a citation', () => {
    const line = SEED[1310]!;
    expect(line).toMatch(/Russian Review 61 \(January 2002\) p\. 131\.$/);
    expect(looksLikeCitation(line)).toBe(false);
  });
});

describe('the seed against its gold passages', () => {
  const passages = readFileSync(GOLD_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { first_line: number; last_line: number; citation_line: number | null });

  it('accepts every citation line and dates every one that holds a year', () => {
    const cited = passages.flatMap((p) => (p.citation_line === null ? [] : [p.citation_line]));
    expect(cited.length).toBeGreaterThan(200);
    const misses = cited.filter((n) => {
      const line = SEED[n - 1]!;
      return !looksLikeCitation(line) || (HAS_YEAR.test(line) && parseCitation(line).year === null);
    });
    expect(misses).toEqual([]);
  });

  it('rejects every other line of the passages but two Martens citations the gold folds into prose', () => {
    const prose = passages.flatMap((p) =>
      Array.from({ length: p.last_line - p.first_line + 1 }, (_, i) => p.first_line + i).filter(
        (n) => n !== p.citation_line && SEED[n - 1]!.trim() !== ''
      )
    );
    expect(prose.length).toBeGreaterThan(300);
    // Lines 1072 and 1147 ("Martens, Ludo. Another View of Stalin. Antwerp, Belgium: EPO, …, p. 96-97")
    // close a quoted paragraph like any citation; the gold merges them with the next passage.
    expect(prose.filter((n) => looksLikeCitation(SEED[n - 1]!))).toEqual([1072, 1147]);
  });
});
