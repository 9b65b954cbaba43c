import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../contract/csv';
import { claimLabel, shortAuthor, splitOnNumber } from '../src/lib/format';
import { passageAround } from '../src/lib/passage';
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

  it('finds the figure as written in its quote, as plain text', () => {
    expect(splitOnNumber('<b>about 1,000</b> shot', '1,000')).toEqual(['<b>about ', '1,000', '</b> shot']);
    expect(splitOnNumber('no number here', '5')).toBeNull();
  });
});

describe('passage from the source document', () => {
  const doc = readFileSync('data/sources/real-stalin-series-14-16.txt', 'utf8');

  it('is the blank-line block that holds each seed claim, with the number at its offsets', () => {
    for (const c of seed.slice(0, 200)) {
      const p = passageAround(doc, c.start, c.end, c.text);
      expect(p, c.claim_id).not.toBeNull();
      const passage = p as NonNullable<typeof p>;
      expect(passage.number).toBe(c.text);
      expect(`${passage.before}${passage.number}${passage.after}`).not.toMatch(/\n\s*\n/);
      expect(passage.before + passage.number + passage.after).toContain(c.quote.slice(0, 40));
    }
  });

  it('refuses offsets that no longer point at the claim text', () => {
    const c = seed[0] as Claim;
    expect(passageAround(doc, c.start + 1, c.end + 1, c.text)).toBeNull();
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
