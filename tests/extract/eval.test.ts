import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineStarts, normaliseName, scoreClaims } from '../../extract/measure/eval';
import { InputError } from '../../extract/errors';
import { parseGoldJsonl, type GoldPassage } from '../../extract/measure/gold';
import { claimsToCsv } from '../../contract/csv';
import type { Claim } from '../../contract/schema';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/eval');
const SOURCE_PATH = join(FIXTURES, 'source.txt');
const GOLD_PATH = join(FIXTURES, 'gold.jsonl');
const SOURCE = readFileSync(SOURCE_PATH, 'utf8');
const GOLD = parseGoldJsonl(readFileSync(GOLD_PATH, 'utf8'));
const DOC = 'camps.txt';

/** A prediction at the `occurrence`-th `text` on `line`, with the gold-like defaults of P1's "3000". */
function claim(line: number, text: string, fields: Partial<Claim> = {}, occurrence = 1): Claim {
  const lineStart = lineStarts(SOURCE)[line - 1] ?? NaN;
  const lineText = SOURCE.slice(lineStart, SOURCE.indexOf('\n', lineStart));
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = lineText.indexOf(text, at + 1);
  if (at === -1) throw new Error(`"${text}" not on line ${line}`);
  const start = lineStart + at;
  return {
    claim_id: `${DOC}:${start}`, doc: DOC, section: '', passage_id: `p${line}`, line, start,
    end: start + text.length, text, value_low: 3000, value_high: 3000, value: 3000,
    qualifier: 'about', unit: 'people', category: 'camp_population', counted: 'prisoners',
    year_from: 1937, year_to: 1937, attributed_to: '', source_author: '', source_title: '',
    source_year: 1990, source_pages: '12', citation: '', quote: lineText, scope: 'system', estimator: '',
    quantity: '', passage_start: lineStart, passage_end: lineStart + lineText.length, page: null, ...fields
  };
}

/** The gold claims, predicted perfectly. */
const PERFECT: Claim[] = [
  claim(3, '3000', { counted: 'prisoners held in Burepolom' }),
  claim(3, '8 million', { value_low: 8e6, value_high: 8e6, qualifier: 'exact', year_from: null, year_to: null, attributed_to: 'Conquest', counted: 'political prisoners' }),
  claim(6, 'two or 3 million', { value_low: 2e6, value_high: 3e6, qualifier: 'exact', category: 'deportations', year_from: 1930, year_to: 1930, counted: 'people deported' }),
  claim(6, 'two', { value_low: 2, value_high: 2, qualifier: 'exact', category: 'deportations', year_from: null, year_to: null, counted: 'people deported later' }, 2)
];

const score = (predicted: Claim[], gold: GoldPassage[] = GOLD) => scoreClaims(gold, predicted, SOURCE);
const withFirst = (fields: Partial<Claim>) => [{ ...PERFECT[0]!, ...fields }, ...PERFECT.slice(1)];

describe('scoreClaims: matching', () => {
  it('scores a perfect prediction P = R = F1 = 1', () => {
    const r = score(PERFECT);
    expect(r.counts).toMatchObject({ gold: 4, scored: 4, tp: 4, fp: 0, fn: 0 });
    expect([r.precision, r.recall, r.f1]).toEqual([1, 1, 1]);
    expect(r.misses).toEqual([]);
    expect(r.offsetMismatches).toEqual([]);
  });

  it('rejects a value 1% off and accepts one 0.3% off', () => {
    const off1 = score(withFirst({ value_low: 3030, value_high: 3030 }));
    expect(off1.counts).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(off1.misses.map((m) => m.text)).toEqual(['3000']);
    expect(off1.falsePositives[0]?.reason).toBe('gold "3000" is 3000');
    expect(score(withFirst({ value_low: 3009, value_high: 3009 })).counts.tp).toBe(4);
  });

  it('requires both ends of a range to agree', () => {
    const r = score([PERFECT[0]!, claim(6, 'two or 3 million', { value_low: 2e6, value_high: 2e6 })]);
    expect(r.counts).toMatchObject({ tp: 1, fp: 1 });
    expect(r.misses.map((m) => m.text)).toContain('two or 3 million');
  });

  it('matches on overlapping spans, not only equal ones', () => {
    expect(score([claim(3, 'about 3000')]).counts.tp).toBe(1);
  });

  it('finds the gold span by occurrence', () => {
    const firstTwo = claim(6, 'two', { value_low: 2, value_high: 2 });
    const r = score([firstTwo]);
    expect(r.counts.tp).toBe(0);
    expect(r.falsePositives[0]?.reason).toBe('gold "two or 3 million" is 2000000-3000000');
  });

  it('does not count a prediction overlapping a vague item as a false positive', () => {
    const r = score([...PERFECT, claim(6, 'Thousands', { value_low: 1000, value_high: 1000 })]);
    expect(r.counts).toMatchObject({ tp: 4, fp: 0, vague: 1, scored: 4 });
    expect(r.precision).toBe(1);
  });

  it('ignores a prediction on a line outside all gold passages', () => {
    const r = score([...PERFECT, claim(9, '500'), claim(10, '2001')]);
    expect(r.counts).toMatchObject({ tp: 4, fp: 0, outside: 2 });
  });

  it('counts a prediction on a citation line as a false positive', () => {
    const r = score([...PERFECT, claim(4, '12'), claim(4, '1990')]);
    expect(r.counts).toMatchObject({ tp: 4, fp: 2 });
    expect(r.falsePositives.map((f) => [f.text, f.reason])).toEqual([
      ['1990', 'on the citation line'],
      ['12', 'not a claim in gold (citation)']
    ]);
  });

  it('matches one gold claim at most once, preferring the exact span', () => {
    const wide = claim(3, 'about 3000');
    const r = score([wide, claim(3, '3000'), claim(3, '3000')]);
    expect(r.counts).toMatchObject({ tp: 1, fp: 2, fn: 3 });
    expect(r.falsePositives.map((f) => f.text)).toEqual(['about 3000', '3000']);
    expect(r.falsePositives[0]?.reason).toBe('gold "3000" is already matched');
  });

  it('reports precision as undefined when nothing is predicted', () => {
    const r = score([]);
    expect([r.precision, r.recall, r.f1]).toEqual([null, 0, null]);
    expect(r.counts.fn).toBe(4);
  });

  it('fails, at the source line, when a gold text is not on its line', () => {
    const moved = GOLD.map((p) => ({ ...p, claims: p.claims.map((c) => ({ ...c, line: c.line === 3 ? 4 : c.line })) }));
    expect(() => score(PERFECT, moved)).toThrow(InputError);
    expect(() => score(PERFECT, moved)).toThrow('gold passage P1 expects "3000" here (occurrence 1)');
  });
});

describe('scoreClaims: fields', () => {
  it('computes field accuracy over matched pairs and lists disagreements', () => {
    const predicted = [
      { ...PERFECT[0]!, category: 'arrests' as const, year_to: 1938 },
      { ...PERFECT[1]!, unit: 'count' as const },
      { ...PERFECT[2]!, category: 'other' as const, qualifier: 'about' as const },
      PERFECT[3]!,
      claim(9, '500', { category: 'deaths' })
    ];
    const r = score(predicted);
    expect(r.fields.category).toEqual({ agree: 2, n: 4, accuracy: 0.5 });
    expect(r.fields.unit).toEqual({ agree: 3, n: 4, accuracy: 0.75 });
    expect(r.fields.qualifier).toEqual({ agree: 3, n: 4, accuracy: 0.75 });
    expect(r.fields.years).toEqual({ agree: 3, n: 4, accuracy: 0.75 });
    expect(r.fields.attributed_to).toEqual({ agree: 4, n: 4, accuracy: 1 });
    expect(r.disagreements).toContainEqual({
      pid: 'P1', line: 3, text: '3000', field: 'years', gold: '1937-1937', predicted: '1937-1938'
    });
    expect(r.disagreements).toHaveLength(5);
  });

  it('compares attributed_to ignoring case, possessive and surrounding punctuation', () => {
    const conquest = (attributed_to: string) => score([PERFECT[1]!].map((c) => ({ ...c, attributed_to }))).fields.attributed_to.agree;
    expect(conquest('conquest’s')).toBe(1);
    expect(conquest(" Conquest's.")).toBe(1);
    expect(conquest('Beria')).toBe(0);
    expect(conquest('')).toBe(0);
    expect(score([PERFECT[0]!]).fields.attributed_to.agree).toBe(1);
    expect(normaliseName('the Webbs’')).toBe('the webbs');
    expect(normaliseName("NKVD's director")).toBe('nkvd director');
    expect(normaliseName("O'Brien")).toBe("o'brien");
    expect(normaliseName(null)).toBe('');
  });

  it('scores counted by the gold head noun among the predicted words, with a mean token F1', () => {
    const perfect = score(PERFECT);
    expect(perfect.fields.counted).toEqual({ agree: 4, n: 4, accuracy: 1 });
    expect(perfect.countedTokenF1).toBe(1);
    const r = score([{ ...PERFECT[0]!, counted: 'Burepolom' }, { ...PERFECT[1]!, counted: 'prisoner' }, ...PERFECT.slice(2)]);
    expect(r.fields.counted).toEqual({ agree: 3, n: 4, accuracy: 0.75 });
    expect(r.disagreements).toEqual([
      { pid: 'P1', line: 3, text: '3000', field: 'counted', gold: 'prisoners held in Burepolom', predicted: 'Burepolom' }
    ]);
    // Token F1 per pair: {burepolom} against {prisoner, held, burepolom} is 0.5, {prisoner} against {political, prisoner} 2/3.
    expect(r.countedTokenF1).toBeCloseTo((0.5 + 2 / 3 + 1 + 1) / 4);
  });

  it('leaves source_year unscored unless gold gives it, per passage or per claim', () => {
    expect(score(PERFECT).fields.source_year).toEqual({ agree: 0, n: 0, accuracy: null });
    const labelled = GOLD.map((p) =>
      p.pid === 'P1' ? { ...p, source_year: 1990 } : { ...p, claims: p.claims.map((c, i) => (i === 0 ? { ...c, source_year: 1985 } : c)) }
    );
    expect(score(PERFECT, labelled).fields.source_year).toEqual({ agree: 2, n: 3, accuracy: 2 / 3 });
  });
});

describe('parseGoldJsonl', () => {
  it('names the line and field of an invalid passage', () => {
    const bad = readFileSync(GOLD_PATH, 'utf8').replace('"deportations"', '"deported"');
    expect(() => parseGoldJsonl(bad)).toThrow(/claims\[0\]\.category/);
    try {
      parseGoldJsonl(bad);
    } catch (e) {
      expect((e as InputError).line).toBe(3);
    }
  });

  it('rejects an item outside its passage', () => {
    const bad = readFileSync(GOLD_PATH, 'utf8').replace('"line": 4, "text": "12"', '"line": 5, "text": "12"');
    expect(() => parseGoldJsonl(bad)).toThrow('excluded[1].line: outside the passage');
  });
});

describe('eval CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-eval-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const claimsPath = write('claims.csv', claimsToCsv([...PERFECT, claim(4, '1990', { quote: 'Smith, John. Camps. c1990' })]));
  const cli = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'extract/measure/eval-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints precision, recall, F1, fields and the false positives', () => {
    const out = cli('--gold', GOLD_PATH, '--claims', claimsPath, '--source', SOURCE_PATH);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('precision 0.800  (tp 4 / 5)');
    expect(out.stdout).toContain('recall    1.000  (tp 4 / 4)');
    expect(out.stdout).toContain('F1        0.889');
    expect(out.stdout).toContain('tp 4  fp 1  fn 0');
    expect(out.stdout).toMatch(/category\s+1\.000 {2}\(4\/4\)/);
    expect(out.stdout).toContain('source_year   n/a (gold has no source_year)');
    expect(out.stdout).toContain('counted       1.000  (4/4)  token F1 1.000');
    expect(out.stdout).toContain('line 4  "1990"  3000  camp_population  [on the citation line]  Smith, John. Camps. c1990');
  });

  it('prints the report as JSON with --json', () => {
    const out = cli('--gold', GOLD_PATH, '--claims', claimsPath, '--source', SOURCE_PATH, '--json');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report).toMatchObject({ doc: DOC, counts: { tp: 4, fp: 1, fn: 0 }, precision: 0.8, recall: 1 });
  });

  it('exits 2 naming the file and line of a malformed gold line', () => {
    const lines = readFileSync(GOLD_PATH, 'utf8').split('\n');
    const badGold = write('bad-gold.jsonl', [lines[0], '{"pid": "P9", "first_line": 8,', ...lines.slice(1)].join('\n'));
    const out = cli('--gold', badGold, '--claims', claimsPath, '--source', SOURCE_PATH);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(`${badGold}:2: not valid JSON`);
    expect(out.stdout).toBe('');
  });

  it('exits 2 naming a missing file, or asking for --doc when the CSV holds several', () => {
    const missing = cli('--gold', join(dir, 'nope.jsonl'), '--claims', claimsPath);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`${join(dir, 'nope.jsonl')}: cannot read: no such file`);
    const twoDocs = write('two-docs.csv', claimsToCsv([...PERFECT, { ...PERFECT[0]!, doc: 'other.txt' }]));
    const ambiguous = cli('--gold', GOLD_PATH, '--claims', twoDocs, '--source', SOURCE_PATH);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain('--doc NAME');
    expect(cli('--gold', GOLD_PATH, '--claims', twoDocs, '--source', SOURCE_PATH, '--doc', DOC).status).toBe(0);
  });

  it('exits 2 naming the line of a bad CSV row', () => {
    const badCsv = write('bad.csv', claimsToCsv(PERFECT).replace(',3000,3000,3000,3000,', ',3000,lots,3000,3000,'));
    const out = cli('--gold', GOLD_PATH, '--claims', badCsv, '--source', SOURCE_PATH);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(`${badCsv} line 2: value_low: expected a number`);
  });
});
