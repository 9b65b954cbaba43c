import { describe, expect, it } from 'vitest';
import { textOf } from '../../extract/context/candidate';
import { exclusionReason } from '../../extract/refiners/exclusions';
import { candidates, claims } from './support';

/** The figures that are claims, each with its value and its own year. */
const figures = (text: string) =>
  candidates(text)
    .filter((c) => exclusionReason(c) === null)
    .map((c) => ({ text: textOf(c), low: c.expr.low, high: c.expr.high, ownYear: c.ownYear }));

describe('a year next to a figure', () => {
  it('gives each side of a change its own year', () => {
    expect(figures('Cattle fell from 60,000 in 1929 to 8,400 in 1933 in the district.')).toEqual([
      { text: '60,000', low: 60000, high: 60000, ownYear: 1929 },
      { text: '8,400', low: 8400, high: 8400, ownYear: 1933 }
    ]);
  });

  it('reads a year in brackets after a figure', () => {
    expect(figures('The fleet had 212 ships (1904) and 97 ships (1906).').map((f) => f.ownYear)).toEqual([1904, 1906]);
  });

  it('leaves a figure with no year beside it undated', () => {
    expect(figures('In 1911 the town had 4,000 houses.')[0]!.ownYear).toBeUndefined();
  });
});

describe('tables', () => {
  const table = ['Famine deaths by province (in thousands)', '1891 310 1892 120', '1893 45 1894 12'].join('\n');

  it('reads rows of years and figures side by side, scaled by the heading', () => {
    expect(figures(table)).toEqual([
      { text: '310', low: 310000, high: 310000, ownYear: 1891 },
      { text: '120', low: 120000, high: 120000, ownYear: 1892 },
      { text: '45', low: 45000, high: 45000, ownYear: 1893 },
      { text: '12', low: 12000, high: 12000, ownYear: 1894 }
    ]);
  });

  it('keeps the year cells years', () => {
    expect(candidates(table).filter((c) => /^18\d\d$/.test(textOf(c))).map(exclusionReason)).toEqual(['date', 'date', 'date', 'date']);
  });

  it('takes the category from the heading', () => {
    expect(new Set(claims(table).map((c) => c.category))).toEqual(new Set(['deaths']));
  });

  it('takes a title and column names above rows of years as their heading', () => {
    const rows = ['Convicts transported by decade', 'Decade Ships Decade Ships', '1790 41 1800 55'].join('\n');
    expect(candidates(rows).map((c) => c.heading)).toEqual(Array(4).fill('Convicts transported by decade Decade Ships Decade Ships'));
  });

  it('takes no heading from a paragraph above rows of years', () => {
    const rows = ['The ships sailed each spring, and few came back.', '1790 41 1800 55'].join('\n');
    expect(candidates(rows).map((c) => c.heading)).toEqual(Array(4).fill(undefined));
  });

  it('scales decimals by "(millions)" exactly', () => {
    const rows = ['Slaves landed (millions)', '1700 1.3', '1800 2.1'].join('\n');
    expect(figures(rows).map((f) => f.low)).toEqual([1300000, 2100000]);
  });

  it('scales a labelled row under a heading ending in ":"', () => {
    const rows = ['Deportees by region (in thousands):', 'North 12.5', 'South 7'].join('\n');
    expect(figures(rows).map((f) => f.low)).toEqual([12500, 7000]);
  });
});

describe('a hard line break inside a number', () => {
  it('reads the scale word that the break moved to the next line', () => {
    expect(figures('Between 4 million to 5\nmillion cattle died.')).toEqual([
      { text: '4 million to 5', low: 4e6, high: 5e6, ownYear: undefined }
    ]);
  });

  it('leaves a figure at a line end alone when no scale word follows', () => {
    expect(figures('The column had 40\nwagons.').map((f) => f.low)).toEqual([40]);
  });
});

describe('lines broken inside a sentence', () => {
  const wire = [
    'LISBON, June 3 - Floods in the south have killed at least 212 people, the',
    'civil protection agency said, and 14,000 more were moved from',
    'their homes.',
    '',
    'A second line of text stands alone.'
  ].join('\n');

  it('reads the sentence whole, each figure on its own line, its offsets slicing the document', () => {
    const found = claims(wire);
    expect(found.map((c) => [c.text, c.line])).toEqual([['212', 1], ['14,000', 2]]);
    for (const c of found) {
      expect(wire.slice(c.start, c.end)).toBe(c.text);
      expect(c.quote).toBe('LISBON, June 3 - Floods in the south have killed at least 212 people, the civil protection agency said, and 14,000 more were moved from their homes.');
    }
  });

  it('keeps offsets across CRLF breaks', () => {
    const crlf = 'The storm sank 31 boats and\r\n1,200 nets were lost.';
    const found = claims(crlf);
    expect(found.map((c) => crlf.slice(c.start, c.end))).toEqual(['31', '1,200']);
    expect(found[1]!.line).toBe(2);
  });

  it('does not run a line into a list item', () => {
    const list = ['The council ordered that', '1. 300 sacks be kept back', '2. 40 carts be sent'].join('\n');
    expect(claims(list).map((c) => [c.quote, c.line])).toEqual([['300 sacks be kept back', 2], ['40 carts be sent', 3]]);
  });

  it('does not end a sentence at a line ending in a full stop', () => {
    const prose = ['The herd lost 40 head.', 'The next spring it lost 12.'].join('\n');
    expect(claims(prose).map((c) => c.quote)).toEqual(['The herd lost 40 head.', 'The next spring it lost 12.']);
  });
});
