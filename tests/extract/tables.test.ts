import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToText, type HtmlParser } from '../../extract/io/readers/html';
import { claims } from './support';

/** Tables laid out in columns (cells parted by wide gaps or tabs): each cell read against its own column and row. */

const row = (c: ReturnType<typeof claims>[number]) => [c.text, c.value, c.category, c.counted, c.year_from, c.year_to];

describe('a table of years in columns', () => {
  const table = [
    'The district kept its own returns:',
    '',
    'Deaths and baptisms in the district, 1740-1742',
    'Year  Deaths  Baptisms',
    '1740  3,100  4,800',
    '1741  7,900  3,300',
    '1742  2,600  4,100',
    '',
    'The returns stop in 1743.'
  ].join('\n');

  it('gives each figure its own row’s year, its own column’s name and that column’s category', () => {
    expect(claims(table).filter((c) => c.line >= 5 && c.line <= 7).map(row)).toEqual([
      ['3,100', 3100, 'deaths', 'Deaths', 1740, 1740],
      ['4,800', 4800, 'other', 'Baptisms', 1740, 1740],
      ['7,900', 7900, 'deaths', 'Deaths', 1741, 1741],
      ['3,300', 3300, 'other', 'Baptisms', 1741, 1741],
      ['2,600', 2600, 'deaths', 'Deaths', 1742, 1742],
      ['4,100', 4100, 'other', 'Baptisms', 1742, 1742]
    ]);
  });

  it('takes no source from the column names', () => {
    expect(new Set(claims(table).filter((c) => c.line >= 5 && c.line <= 7).map((c) => c.attributed_to))).toEqual(new Set(['']));
  });

  it('runs no row into the prose or into another row', () => {
    expect(claims(table).filter((c) => c.line >= 5 && c.line <= 7).map((c) => c.quote)).toEqual([
      '1740  3,100  4,800', '1740  3,100  4,800', '1741  7,900  3,300', '1741  7,900  3,300', '1742  2,600  4,100', '1742  2,600  4,100'
    ]);
  });
});

describe('a table of places with tab-parted cells', () => {
  const table = ['Losses by county (in thousands)', 'County\tDead\tFled', 'Ardmore\t12.5\t30', 'Kilbeg\t4\t–'].join('\n');

  it('scales each cell by the title, counts what its column names, and reads a dash as no figure', () => {
    expect(claims(table).map((c) => [c.text, c.value, c.counted, c.category])).toEqual([
      ['12.5', 12500, 'Dead', 'deaths'],
      ['30', 30000, 'Fled', 'other'],
      ['4', 4000, 'Dead', 'deaths']
    ]);
  });
});

describe('a title naming one year', () => {
  it('dates every cell of a table whose rows and columns name none', () => {
    const table = ['Losses by county, 1847', 'County  Dead  Fled', 'Ardmore  1,250  3,000'].join('\n');
    expect(claims(table).map((c) => [c.text, c.year_from, c.year_to])).toEqual([['1,250', 1847, 1847], ['3,000', 1847, 1847]]);
  });

  it('leaves a span in the title to the rows', () => {
    const table = ['Losses by county, 1847-1849', 'County  Dead  Fled', 'Ardmore  1,250  3,000'].join('\n');
    expect(claims(table).map((c) => c.year_from === 1847 && c.year_to === 1847)).toEqual([false, false]);
  });
});

describe('columns named by years', () => {
  const table = ['Famine deaths by province', 'Province  1921  1922', 'Samara  41,000  63,000'].join('\n');

  it('dates each cell by its column and takes its category from the title', () => {
    expect(claims(table).map((c) => [c.text, c.year_from, c.category])).toEqual([
      ['41,000', 1921, 'deaths'],
      ['63,000', 1922, 'deaths']
    ]);
  });
});

describe('prose with wide gaps', () => {
  it('is not a table: a sentence with a double space keeps its noun', () => {
    const text = 'The fever killed 2,400 villagers.  It ended in March.';
    expect(claims(text).map((c) => [c.text, c.unit, c.category])).toEqual([['2,400', 'people', 'deaths']]);
  });
});

describe('a table of a web page', () => {
  it('reads its cells by their columns', () => {
    const page = '<p>Cholera in the port, 1832</p><table><tr><th>Ward</th><th>Cases</th><th>Deaths</th></tr>' +
      '<tr><td>North</td><td>1,420</td><td>610</td></tr></table>';
    const text = htmlToText(page, new DOMParser() as unknown as HtmlParser);
    expect(claims(text).map((c) => [c.text, c.counted, c.category])).toEqual([['1,420', 'Cases', 'other'], ['610', 'Deaths', 'deaths']]);
  });
});

describe('a Markdown table', () => {
  it('reads its cells by their columns, past the rule under the names', () => {
    const text = ['Typhus in the camps, 1919', '', '| Camp | Sick | Dead |', '|------|-----:|-----:|', '| Eastgate | 2,150 | 340 |'].join('\n');
    expect(claims(text).map((c) => [c.text, c.counted, c.category])).toEqual([['2,150', 'Sick', 'other'], ['340', 'Dead', 'deaths']]);
  });
});
