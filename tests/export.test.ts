import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../contract/csv';
import { CLAIM_COLUMNS, type Claim } from '../contract/schema';
import { sourcesOf } from '../src/lib/charts/legend';
import { notTextReason, unusableReason } from '../src/lib/data/sniff';
import { BOM, DOWNLOAD_COLUMNS, downloadCsv, roundedValue } from '../src/lib/export/csv';
import { describeFilters, exportName, exportTitle } from '../src/lib/export/describe';
import { absoluteLinks, standaloneSvg, wrap } from '../src/lib/export/standalone';
import { DEFAULT_FILTERS, type Filters } from '../src/lib/filters';
import { synthClaims } from '../scripts/synth-claims';

const seed = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).claims;

describe('CSV downloads', () => {
  it('start with a byte-order mark, the reader’s columns first, and open again as the same claims', async () => {
    const csv = await downloadCsv(seed);
    expect(csv.startsWith(BOM)).toBe(true);
    const header = csv.slice(1, csv.indexOf('\n')).split(',');
    expect(header.slice(0, 3)).toEqual(['text', 'value', 'value_low']);
    expect(header.at(-1)).toBe('passage_end');
    expect([...header].sort()).toEqual([...CLAIM_COLUMNS].sort());
    const back = parseClaimsCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.claims).toEqual(seed.map((c) => ({ ...c, value: roundedValue(c) })));
  });

  it('keeps every column once, internal ones last', () => {
    expect(new Set(DOWNLOAD_COLUMNS).size).toBe(CLAIM_COLUMNS.length);
    expect(DOWNLOAD_COLUMNS.indexOf('claim_id')).toBeGreaterThan(DOWNLOAD_COLUMNS.indexOf('citation'));
  });

  it('rounds a range’s plotted value to the precision of its ends, and leaves single values alone', () => {
    expect(roundedValue({ value_low: 10, value_high: 15, value: 12.5 })).toBe(13);
    expect(roundedValue({ value_low: 1_500_000, value_high: 2_000_000, value: 1_750_000 })).toBe(1_800_000);
    expect(roundedValue({ value_low: 1.25, value_high: 2.5, value: 1.875 })).toBe(1.88);
    expect(roundedValue({ value_low: 0, value_high: 300, value: 150 })).toBe(200);
    expect(roundedValue({ value_low: 7.33, value_high: 7.33, value: 7.33 })).toBe(7.33);
    for (const c of seed) {
      const v = roundedValue(c);
      expect(v).toBeGreaterThanOrEqual(c.value_low);
      expect(v).toBeLessThanOrEqual(c.value_high);
    }
  });
});

const f: Filters = { ...DEFAULT_FILTERS, estimators: ['Ames', 'Brun'], subject: { from: 1921, to: 1923, undated: true }, text: 'mill' };

describe('export titles and names', () => {
  it('say in words what the chart shows', () => {
    expect(exportTitle('estimates compared', f)).toBe('Camp population: estimates compared');
    expect(describeFilters(f, 'people')).toBe(
      'Claims about the whole system, in people; about 1921–1923 or undated; estimates of Ames and Brun; mentioning “mill”.'
    );
    expect(describeFilters({ ...DEFAULT_FILTERS, scope: 'all' }, null)).toBe('Claims of any scope.');
  });

  it('name the file after the filters', () => {
    expect(exportName('compare', f, 'people')).toBe('claimscope-compare-camp-population-people-ames-brun-about-1921-1923-or-undated-q-mill');
    expect(exportName('timeline', DEFAULT_FILTERS, null)).toBe('claimscope-timeline-camp-population');
  });
});

describe('a standalone chart', () => {
  const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><a href="./claim?id=a%3A1&amp;q=x"><circle r="3"/></a></svg>';
  const parts = {
    chart, width: 400, height: 120, title: 'Camp population: estimates compared', subtitle: 'Claims about the whole system <all>.',
    legend: [{ label: 'Ames', colour: '#0072B2' }, { label: '● exact', colour: null }], sources: ['document a.txt', 'Ames, Jo. A Book. 2001'],
    url: 'https://example.org/site/compare?q=x', about: 'https://example.org/site/about', date: new Date('2030-05-06T12:00:00Z')
  };

  it('carries title, subtitle, legend, sources, the product, the date and an absolute link around the chart', () => {
    const out = standaloneSvg(parts);
    for (const text of ['Camp population: estimates compared', 'Claims about the whole system &lt;all&gt;.', 'Ames', 'document a.txt', 'Ames, Jo. A Book. 2001', 'Claimscope', '2030-05-06'])
      expect(out.markup).toContain(text);
    expect(out.markup).toContain('href="https://example.org/site/compare?q=x"');
    expect(out.markup).toContain('not checked by hand; how this was made: <a href="https://example.org/site/about"');
    expect(out.markup).toContain('href="https://example.org/site/claim?id=a%3A1&amp;q=x"');
    expect(out.width).toBeGreaterThanOrEqual(400);
    expect(out.height).toBeGreaterThan(120);
    expect(new DOMParserLike(out.markup).wellFormed()).toBe(true);
  });

  it('wraps long text and says how many sources it leaves out', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    const many = standaloneSvg({ ...parts, sources: Array.from({ length: 30 }, (_, i) => `Source ${i}`) });
    expect(many.markup).toContain('and 18 more');
  });

  it('makes relative links absolute', () => {
    expect(absoluteLinks('<a href="../x?a=1&amp;b=2">', 'https://h.org/p/q')).toBe('<a href="https://h.org/x?a=1&amp;b=2">');
  });

  it('names the documents and the citations behind the claims', () => {
    const [a, b] = synthClaims(2) as [Claim, Claim];
    expect(sourcesOf([{ ...a, doc: 'x.txt', citation: 'C1' }, { ...b, doc: 'x.txt', citation: 'C2' }])).toEqual(['document x.txt', 'C1', 'C2']);
  });
});

/** Balanced tags and no stray `<` or `&`: enough to tell the markup would parse, without a DOM. */
class DOMParserLike {
  constructor(private readonly markup: string) {}
  wellFormed(): boolean {
    const stack: string[] = [];
    const text = this.markup.replace(/<[^>]*>/g, (tag) => {
      const name = /^<\/?([\w:-]+)/.exec(tag)?.[1] ?? '';
      if (tag.startsWith('</')) {
        if (stack.pop() !== name) stack.push('!mismatch');
      } else if (!tag.endsWith('/>')) stack.push(name);
      return '';
    });
    return stack.length === 0 && !/<|&(?!(amp|lt|gt|quot|apos);)/.test(text);
  }
}

describe('a file that is not a claims CSV', () => {
  it('is told from text by its bytes', () => {
    expect(notTextReason(new TextEncoder().encode('a,b\n1,2\n'))).toBeNull();
    expect(notTextReason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toBe('it is not a text file');
    expect(notTextReason(new Uint8Array([0x61, 0xff, 0xfe, 0x62]))).toBe('it is not UTF-8 text');
    // A character cut by the end of the sample is not an error.
    expect(notTextReason(new TextEncoder().encode('café').slice(0, 4))).toBeNull();
  });

  it('is refused when it lacks the columns, or holds no claims; bad rows beside good ones are not', () => {
    expect(unusableReason(parseClaimsCsv('name,value\nAmes,7\n'))).toMatch(/^it is not a claims CSV: it lacks the columns claim_id, doc/);
    expect(unusableReason(parseClaimsCsv(`${CLAIM_COLUMNS.join(',')}\n`))).toBe('it holds no claims');
    expect(unusableReason({ claims: seed.slice(0, 1), errors: [{ row: 3, column: 'value', reason: 'x' }] })).toBeNull();
  });
});
