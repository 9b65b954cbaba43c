import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../contract/csv';
import { claimLabel, estimatorName, plural, rowLabel, shortAuthor, splitOnNumber, subjectYearsLabel } from '../src/lib/format';
import { passageOf } from '../src/lib/passage';
import { parseSort, sortClaims, sortToParams } from '../src/lib/sort';
import type { Claim } from '../contract/schema';
import { synthClaims } from '../scripts/synth-claims';

const seed = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).claims;
const [base] = synthClaims(1) as [Claim];

describe('row labels', () => {
  it('names the source by surnames, year and page', () => {
    expect(shortAuthor('Thurston, Robert')).toBe('Thurston');
    expect(shortAuthor('Getty, J. Arch and Manning, Roberta')).toBe('Getty and Manning');
    expect(claimLabel({ ...base, source_author: 'Thurston, Robert', attributed_to: '', source_year: 1996, source_pages: '102-104' }))
      .toBe('Thurston 1996, p. 102-104');
  });

  it('leads with the person the figure is attributed to when that is someone else', () => {
    const c = { ...base, source_author: 'Getty, J. Arch and Manning, Roberta', attributed_to: 'Conquest', source_year: 1993, source_pages: '248' };
    expect(claimLabel(c)).toBe('Conquest — in Getty and Manning 1993, p. 248');
    expect(claimLabel({ ...c, attributed_to: 'Getty' })).toBe('Getty and Manning 1993, p. 248');
  });

  it('labels a chart row with the figure and what it counts, and the category when asked', () => {
    const c = { ...base, source_author: 'Ames, Jo', attributed_to: '', source_year: 2001, source_pages: '7', text: 'some 40,000', counted: 'miners in the north', category: 'camp_population' as const };
    expect(rowLabel(c, false)).toEqual({ source: 'Ames 2001, p. 7', figure: 'some 40,000 miners in the north' });
    expect(rowLabel(c, true).figure).toBe('some 40,000 miners in the north [camp population]');
    expect(rowLabel({ ...c, counted: 'x'.repeat(100) }, false).figure).toBe(`some 40,000 ${'x'.repeat(59)}…`);
  });

  it('finds the figure as written in its quote, as plain text', () => {
    expect(splitOnNumber('<b>about 1,000</b> shot', '1,000')).toEqual(['<b>about ', '1,000', '</b> shot']);
    expect(splitOnNumber('no number here', '5')).toBeNull();
  });
});

describe('years and counts in words', () => {
  it('says a period open at either end as such, as the quantities\' labels do', () => {
    const years = (year_from: number | null, year_to: number | null) => subjectYearsLabel({ year_from, year_to });
    expect([years(1921, 1923), years(1930, 1930), years(null, 1921), years(1939, null), years(null, null)]).toEqual([
      '1921–1923', '1930', 'up to 1921', 'from 1939', ''
    ]);
  });

  it('counts with the noun in the singular for one only', () => {
    expect([plural(1, 'estimate'), plural(0, 'estimate'), plural(12500, 'claim')]).toEqual(['1 estimate', '0 estimates', '12,500 claims']);
  });
});

describe('estimator names', () => {
  it('says a text’s note marks standing for its source as a note or notes', () => {
    expect(['[7]', '[3][11]', ' [b] ', '[12][13][14]'].map(estimatorName)).toEqual(['note [7]', 'notes [3][11]', 'note [b]', 'notes [12][13][14]']);
  });

  it('leaves a name alone, even one with a mark in it, and says when no one is named', () => {
    expect(['Okoro', 'Okoro [7]', 'the 1921 census', ''].map(estimatorName)).toEqual(['Okoro', 'Okoro [7]', 'the 1921 census', 'no one named']);
  });
});

describe('passage from the source document', () => {
  const doc = readFileSync('data/sources/real-stalin-series-14-16.txt', 'utf8');

  it('is exactly the span the extractor gave each seed claim, with the number at its offsets', () => {
    for (const c of seed) {
      const p = passageOf(doc, c);
      expect(p, c.claim_id).not.toBeNull();
      const passage = p as NonNullable<typeof p>;
      expect(passage.number).toBe(c.text);
      expect(passage.before + passage.number + passage.after).toBe(doc.slice(c.passage_start, c.passage_end));
      expect(passage.start).toBe(c.passage_start);
    }
  });

  it('keeps every line of a passage of several paragraphs and numbered points', () => {
    const text = 'Intro.\n\nThe report said:\n1. 40,000 were moved.\n2. 12,000 came back.\n\nClosing line.\n';
    const start = text.indexOf('12,000');
    const span = { start, end: start + 6, text: '12,000', passage_start: text.indexOf('The report'), passage_end: text.indexOf('Closing line.') + 13 };
    const p = passageOf(text, span);
    expect(`${p?.before}${p?.number}${p?.after}`).toBe('The report said:\n1. 40,000 were moved.\n2. 12,000 came back.\n\nClosing line.');
  });

  it('refuses offsets that no longer point at the claim text, or a span beyond the document', () => {
    const c = seed[0] as Claim;
    expect(passageOf(doc, { ...c, start: c.start + 1, end: c.end + 1 })).toBeNull();
    expect(passageOf(doc.slice(0, c.passage_end - 1), c)).toBeNull();
  });
});

describe('table sort', () => {
  it('sorts numbers numerically both ways, empty cells last', () => {
    const asc = sortClaims(seed, { key: 'source_year', desc: false });
    const years = asc.map((c) => c.source_year);
    const dated = years.filter((y): y is number => y !== null);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(years.slice(dated.length).every((y) => y === null)).toBe(true);
    const desc = sortClaims(seed, { key: 'value', desc: true }).map((c) => c.value);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
  });

  it('round-trips through the URL', () => {
    const p = sortToParams({ key: 'quote', desc: true }, new URLSearchParams('q=shot'));
    expect(p.get('q')).toBe('shot');
    expect(parseSort(p)).toEqual({ key: 'quote', desc: true });
    expect(parseSort(new URLSearchParams('sort=nonsense'))).toEqual({ key: null, desc: false });
  });
});
