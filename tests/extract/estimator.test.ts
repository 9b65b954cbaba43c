import { describe, expect, it } from 'vitest';
import type { Claim } from '../../contract/schema';
import { assignEstimators } from '../../extract/claims/estimator';
import { givenCompatible, parseAuthors, parsePersonName } from '../../extract/claims/person-name';

/** A claim whose only relevant fields are who made it and whom the passage cites. */
function claim(source_author: string, attributed_to = ''): Claim {
  return {
    claim_id: `d:${source_author}:${attributed_to}`, doc: 'd.txt', section: '', passage_id: 'p', line: 1, start: 0, end: 1,
    text: '5', value_low: 5, value_high: 5, value: 5, qualifier: 'exact', unit: 'people', category: 'other',
    counted: '', year_from: null, year_to: null, attributed_to, source_author, source_title: '', source_year: null,
    source_pages: '', citation: '', quote: '', scope: 'system', estimator: '', quantity: '', passage_start: 0,
    passage_end: 1, page: null
  };
}

const estimators = (claims: Claim[]) => assignEstimators(claims).map((c) => c.estimator);

describe('parsePersonName', () => {
  it('reads surname-first, given-first and bare forms', () => {
    expect(parsePersonName('Halvorsen, Ingrid M.')).toEqual({ surname: 'Halvorsen', given: ['Ingrid', 'M.'] });
    expect(parsePersonName('P. Ingrid Halvorsen')).toEqual({ surname: 'Halvorsen', given: ['P.', 'Ingrid'] });
    expect(parsePersonName('Halvorsen’s')).toEqual({ surname: 'Halvorsen', given: [] });
    expect(parsePersonName('Marie de Vauclair')).toEqual({ surname: 'de Vauclair', given: ['Marie'] });
  });

  it('refuses bodies and phrases', () => {
    for (const body of ['OGPU', 'the census bureau', 'official statistics', 'Provincial archives', 'Ministry of Labour']) {
      expect(parsePersonName(body)).toBeNull();
    }
  });
});

describe('parseAuthors', () => {
  it('splits works by several people, with or without editors', () => {
    expect(parseAuthors('Okafor, Chidi and Brandt, Lena')?.map((p) => p.surname)).toEqual(['Okafor', 'Brandt']);
    expect(parseAuthors('Okafor & Brandt')?.map((p) => p.surname)).toEqual(['Okafor', 'Brandt']);
    expect(parseAuthors('Okafor, Chidi, and Brandt, Lena, eds.')?.map((p) => p.given)).toEqual([['Chidi'], ['Lena']]);
    expect(parseAuthors('statistical office')).toBeNull();
  });
});

describe('givenCompatible', () => {
  it('matches initials and dropped middle names, not different names', () => {
    expect(givenCompatible(['Ingrid'], ['Ingrid', 'M.'])).toBe(true);
    expect(givenCompatible(['P.', 'Ingrid'], ['Ingrid'])).toBe(true);
    expect(givenCompatible(['I.'], ['P.', 'Ingrid'])).toBe(true);
    expect(givenCompatible(['Ingrid'], ['Ingrida'])).toBe(false);
    expect(givenCompatible(['Ingrid'], ['Tomas'])).toBe(false);
    expect(givenCompatible([], ['Tomas'])).toBe(true);
  });
});

describe('assignEstimators', () => {
  it('gives one name, the surname, to every form of one person', () => {
    const forms = ['Halvorsen, Ingrid', 'Ingrid Halvorsen', 'Halvorsen, Ingrid M.', 'Halvorsen, I.', 'Halvorsen’s'];
    const attributed = claim('Brandt, Lena', 'Halvorsen');
    expect(new Set(estimators([...forms.map((f) => claim(f)), attributed]))).toEqual(new Set(['Halvorsen']));
  });

  it('merges a middle name used alone, or an initial, with the full form', () => {
    expect(estimators([claim('Rask, Arno'), claim('Rask, T. Arno'), claim('Rask, A.'), claim('Rask')])).toEqual(Array(4).fill('Rask'));
  });

  it('keeps people with one surname and different given names apart, each with the fullest given names', () => {
    const out = estimators([claim('Novak, Petra'), claim('Novak, Jiri'), claim('Novak, P.'), claim('Novak, Jiri K.'), claim('Novak')]);
    expect(out).toEqual(['Novak, Petra', 'Novak, Jiri K.', 'Novak, Petra', 'Novak, Jiri K.', 'Novak']);
  });

  it('leaves a form that could be either of two people as written', () => {
    const out = estimators([claim('Lind, Maria Eva'), claim('Lind, Maria Ann'), claim('Lind, Maria')]);
    expect(out).toEqual(['Lind, Maria Eva', 'Lind, Maria Ann', 'Lind, Maria']);
  });

  it('prefers the attributed person over the cited author, and keeps bodies as they are', () => {
    const out = estimators([claim('Okafor, Chidi', 'the statistical office'), claim('Okafor, Chidi', 'OGPU'), claim('Okafor, Chidi')]);
    expect(out).toEqual(['the statistical office', 'OGPU', 'Okafor']);
  });

  it('falls back to the cited author when the attribution names no one', () => {
    const wrong = ['Approximately', 'Having', 'Let', 'It was', 's tallies', 'Roughly and Nearly'];
    expect(estimators(wrong.map((w) => claim('Okafor, Chidi', w)))).toEqual(Array(wrong.length).fill('Okafor'));
  });

  it('keeps attributions to people and to bodies written in lower case', () => {
    const right = ['Brandt', 'Lena Brandt', 'parish registers', 'accounts of the survivors', 'Brandt and Okafor'];
    expect(estimators(right.map((w) => claim('Rask, Arno', w)))).toEqual(['Brandt', 'Brandt', 'parish registers', 'accounts of the survivors', 'Brandt and Okafor']);
  });

  it('keeps a speaker named by role, whose head word comes before "of"', () => {
    const roles = ['a Baltic Socialist', 'chairman of a rural Soviet'];
    expect(estimators(roles.map((w) => claim('Rask, Arno', w)))).toEqual(roles);
  });

  it('names works by two people by their surnames, and by more with et al.', () => {
    const out = estimators([claim('Okafor, Chidi and Brandt, Lena'), claim('Okafor & Brandt'), claim('Okafor; Brandt; Rask')]);
    expect(out).toEqual(['Okafor and Brandt', 'Okafor and Brandt', 'Okafor et al.']);
  });

  it('gives the same names whatever the order of the claims', () => {
    const claims = ['Rask, A.', 'Rask, T. Arno', 'Novak, P.', 'Novak, Petra', 'Novak, Jiri', 'Rask'].map((a) => claim(a));
    const forward = new Map(assignEstimators(claims).map((c) => [c.source_author, c.estimator]));
    const backward = new Map(assignEstimators([...claims].reverse()).map((c) => [c.source_author, c.estimator]));
    expect(backward).toEqual(forward);
    expect(claims.map((c) => c.estimator)).toEqual(Array(6).fill(''));
  });

  it('leaves source_author as written', () => {
    expect(assignEstimators([claim('Ingrid Halvorsen'), claim('Halvorsen, Ingrid')])[0]!.source_author).toBe('Ingrid Halvorsen');
  });
});

describe('bracketed notes as the source of a figure with no author', () => {
  const noted = (text: string, quote: string, attributed_to = ''): Claim => ({ ...claim('', attributed_to), text, quote });
  const quote = 'The camp held at least 9,000 prisoners in 1950;[7] its own files point to about 12,000.[8][9] Okoro gave 10,000.';
  it('takes the notes that close the figure’s clause', () => {
    expect(estimators([noted('9,000', quote), noted('12,000', quote)])).toEqual(['[7]', '[8][9]']);
  });
  it('takes no note past another figure, nor over a named source', () => {
    expect(estimators([noted('10,000', quote), noted('10,000', quote, 'Okoro')])).toEqual(['', 'Okoro']);
    expect(estimators([noted('5', 'From 5 to 8 died.[3]')])).toEqual(['']);
  });
});
