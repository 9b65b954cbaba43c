import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCorpus } from '../../extract/corpus';
import { extractDocument, type DocumentResult } from '../../extract/pipeline';
import { claimsToCsv, parseClaimsCsv } from '../../contract/csv';
import { whyExtract } from '../../extract/io/extraction-stamp';

const DOC = 'real-stalin-series-14-16.txt';
const seed = readFileSync(new URL(`../../data/sources/${DOC}`, import.meta.url), 'utf8');

describe('the whole seed', () => {
  let result: DocumentResult;
  beforeAll(() => {
    result = extractDocument(DOC, seed);
  });

  it('finds its passages and sections', () => {
    const cited = result.passages.filter((p) => p.citation);
    expect(cited.length).toBeGreaterThan(600);
    expect(cited.length).toBeLessThan(640);
    expect(new Set(result.passages.map((p) => p.section))).toEqual(
      new Set(['Part Sixteen: GULAG', 'Part Fifteen: Yezhovshshina', 'Part Fourteen: Military Purges'])
    );
    // What no citation closes (a preface, notes between parts) is read paragraph by paragraph.
    const uncited = result.passages.filter((p) => !p.citation);
    expect(uncited.length).toBeLessThan(cited.length / 20);
    for (const p of uncited) expect(seed.slice(p.start, p.end)).not.toMatch(/\n\s*\n/);
  });

  it('extracts the GULAG population of 1 January 1939 with its citation', () => {
    const c = result.claims.find((x) => x.text === '1,672,438')!;
    expect(c).toMatchObject({
      value_low: 1672438, value_high: 1672438, unit: 'people', category: 'camp_population',
      year_from: 1939, year_to: 1939, qualifier: 'exact',
      source_author: 'Getty and Manning', source_title: 'Stalinist Terror', source_year: 1993, source_pages: '248'
    });
    expect(c.quote).toContain('January 1, 1939, numbered 1,672,438');
  });

  it('attributes Conquest’s 8 million to Conquest, quoted in Getty and Manning 1993', () => {
    const c = result.claims.find((x) => x.text === '8 million' && x.attributed_to === 'Conquest')!;
    expect(c).toMatchObject({
      value: 8e6, category: 'camp_population', year_from: 1938, year_to: 1938,
      source_author: 'Getty and Manning', source_year: 1993
    });
  });

  it('gives every claim offsets that slice the source to its text, in document order', () => {
    for (const c of result.claims) expect(seed.slice(c.start, c.end)).toBe(c.text);
    const starts = result.claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(result.claims.map((c) => c.claim_id)).size).toBe(result.claims.length);
  });

  it('never takes a claim from a citation line', () => {
    const citationLines = new Set(result.passages.map((p) => p.citationLine));
    expect(result.claims.filter((c) => citationLines.has(c.line))).toEqual([]);
  });

  it('matches the committed data/claims.csv, so the dashboard’s default data is current', () => {
    const sources = new URL('../../data/sources/', import.meta.url);
    const all = extractCorpus(readdirSync(sources).filter((f) => f.endsWith('.txt')).sort()
      .map((name) => ({ name, text: readFileSync(new URL(name, sources), 'utf8') })));
    const committed = readFileSync(new URL('../../data/claims.csv', import.meta.url), 'utf8');
    expect(claimsToCsv(all)).toBe(committed);
  });

  it('has a committed stamp that matches the sources, the extractor and the output, so a clone re-extracts nothing', () => {
    const root = new URL('../..', import.meta.url).pathname;
    expect(whyExtract(root), 'run `npm run extract` and commit data/claims.csv and data/extraction.json').toBeNull();
  });

  it('writes the same bytes on every run, and reads them back unchanged', () => {
    const csv = claimsToCsv(result.claims);
    expect(claimsToCsv(extractDocument(DOC, seed).claims)).toBe(csv);
    const back = parseClaimsCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.claims).toEqual(result.claims);
  });
});

describe('claim ids', () => {
  const doc = 'Some 12,000 were freed in 1933.\nSmith, John. A Book. London: Press, 1990, p. 5\n';
  const other = 'About 3000 prisoners were held there.\nDoe, Jane. Another. Boston: Press, 1991, p. 9\n';

  it('do not change when passages are added before or after', () => {
    const alone = extractDocument('d.txt', doc).claims[0]!.claim_id;
    const before = extractDocument('d.txt', `${other}\n${doc}`).claims.find((c) => c.text === '12,000')!;
    const after = extractDocument('d.txt', `${doc}\n${other}`).claims.find((c) => c.text === '12,000')!;
    expect(before.claim_id).toBe(alone);
    expect(after.claim_id).toBe(alone);
  });
});

describe('segmentation', () => {
  it('keeps paragraphs and numbered points in one passage, closed by its citation', () => {
    const doc = [
      'The “Real Stalin” Series. Part Nine: Test.', '',
      '[Resolution of the Committee]', '', '1. To free 500 prisoners.', '', '2. To reduce 300 sentences.',
      'Koenker and Bachman, Eds. Revelations from the Russian Archives. Washington: Library of Congress, 1997, p. 52', '',
      'Plain closing words without a citation, 40 of them.'
    ].join('\n');
    const { passages, claims } = extractDocument('s.txt', doc);
    expect(passages.map((p) => [p.firstLine, p.lastLine, p.citationLine, p.section])).toEqual([
      [3, 7, 8, 'Part Nine: Test'],
      [10, 10, null, 'Part Nine: Test']
    ]);
    expect(claims.map((c) => [c.text, c.source_year])).toEqual([['500', 1997], ['300', 1997], ['40', null]]);
  });

  it('holds offsets with a byte-order mark and CRLF or CR line ends', () => {
    const doc = '\uFEFFSome 12,000 were freed.\r\nSmith, John. A Book. London: Press, 1990, p. 5\r\n\r\nAbout 3000 were held.\rDoe, Jane. Another. Boston: Press, 1991, p. 9\r';
    const { claims } = extractDocument('b.txt', doc);
    expect(claims.map((c) => [c.text, c.line, doc.slice(c.start, c.end)])).toEqual([
      ['12,000', 1, '12,000'],
      ['3000', 4, '3000']
    ]);
  });

  it('degrades to claims without sources on plain prose', () => {
    const { passages, claims } = extractDocument('p.txt', 'In 1939 some 1,672,438 people were in the camps.\n\nLater 327,400 were released.');
    expect(passages.every((p) => p.citation === null)).toBe(true);
    expect(claims.map((c) => [c.text, c.source_author, c.source_year])).toEqual([['1,672,438', '', null], ['327,400', '', null]]);
  });
});
