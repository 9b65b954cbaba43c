import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsToCsv } from '../../contract/csv';
import type { Claim } from '../../contract/schema';
import { lineStarts } from '../../extract/measure/eval';
import { InputError } from '../../extract/errors';
import { bCubed, scoreQuantities } from '../../extract/measure/quantities-eval';
import { parseQuantitiesGold } from '../../extract/measure/quantities-gold';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/quantities');
const SOURCE_PATH = join(FIXTURES, 'source.txt');
const GOLD_PATH = join(FIXTURES, 'gold.json');
const SOURCE = readFileSync(SOURCE_PATH, 'utf8');
const GOLD_TEXT = readFileSync(GOLD_PATH, 'utf8');
const GOLD = parseQuantitiesGold(GOLD_TEXT);
const DOC = 'colonies.txt';

/** The claim at `text` on `line` of the fixture, in quantity `quantity`. */
function at(line: number, text: string, quantity: string, scope: Claim['scope'] = 'system'): Claim {
  const lineStart = lineStarts(SOURCE)[line - 1]!;
  const start = lineStart + SOURCE.slice(lineStart).indexOf(text);
  return {
    claim_id: `${line}:${text}`, doc: DOC, section: '', passage_id: `p${line}`, line, start, end: start + text.length, text,
    value_low: 1, value_high: 1, value: 1, qualifier: 'exact', unit: 'people', category: 'camp_population', counted: '',
    year_from: 1880, year_to: 1880, attributed_to: '', source_author: '', source_title: '', source_year: null,
    source_pages: '', citation: '', quote: '', scope, estimator: '', quantity, passage_start: lineStart,
    passage_end: start + text.length, page: null
  };
}

describe('bCubed', () => {
  it('is 1 and 1 when the groups are the gold questions, whatever their names', () => {
    expect(bCubed(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])).toEqual({ precision: 1, recall: 1 });
  });

  it('loses precision when questions are merged and recall when they are split', () => {
    expect(bCubed(['a', 'a', 'b', 'b'], ['x', 'x', 'x', 'x'])).toEqual({ precision: 0.5, recall: 1 });
    expect(bCubed(['a', 'a', 'b', 'b'], ['', null, '', null])).toEqual({ precision: 1, recall: 0.5 });
    const { precision, recall } = bCubed(['a', 'a', 'a', 'b'], ['x', 'x', 'y', 'y']);
    expect(precision).toBeCloseTo((1 + 1 + 0.5 + 0.5) / 4);
    expect(recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
  });
});

describe('scoreQuantities', () => {
  const perfect = [at(3, '900,000', 'k1'), at(3, '60,000', 'k1'), at(6, '75,000', 'k1'), at(6, '12,000', 'k2'), at(6, '40,000', 'k2')];

  it('scores the gold grouping 1 and finds every question', () => {
    const r = scoreQuantities(GOLD, perfect, SOURCE);
    expect([r.precision, r.recall, r.f1, r.found, r.members, r.unmatched]).toEqual([1, 1, 1, 2, 5, 0]);
    expect(r.questions.map((q) => q.best)).toEqual(['k1', 'k2']);
  });

  it('counts a member with no claim as alone, and a question found only at F1 0.5', () => {
    const r = scoreQuantities(GOLD, [at(3, '900,000', 'k1'), at(3, '60,000', 'k1'), at(6, '12,000', 'k1')], SOURCE);
    expect(r.unmatched).toBe(2);
    expect(r.questions.map((q) => [q.id, q.found])).toEqual([['convicts-1880', true], ['deaths-1880', false]]);
    expect(r.questions.map((q) => q.f1)).toEqual([2 / 3, 0.4]);
    expect(r.questions[1]!.members.map((m) => m.quantity)).toEqual(['k1', null]);
  });

  it('reports individual claims placed in a quantity', () => {
    const r = scoreQuantities(GOLD, [...perfect.slice(1), at(3, '900,000', 'k1', 'individual')], SOURCE);
    expect(r.individualInQuantities).toBe(1);
    expect(r.quantities).toBe(2);
  });

  it('names the line of a member whose text is not there', () => {
    const moved = parseQuantitiesGold(GOLD_TEXT.replace('"line": 3, "text": "60,000"', '"line": 6, "text": "60,000"'));
    expect(() => scoreQuantities(moved, perfect, SOURCE)).toThrow(InputError);
    expect(() => scoreQuantities(moved, perfect, SOURCE)).toThrow('question convicts-1880 expects "60,000" here');
  });
});

describe('parseQuantitiesGold', () => {
  it('refuses a claim that answers two questions, naming the line of the second', () => {
    const twice = GOLD_TEXT.replace('{ "line": 6, "text": "40,000" }', '{ "line": 6, "text": "40,000" }, { "line": 6, "text": "75,000" }');
    const error = (() => {
      try {
        parseQuantitiesGold(twice);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.message).toContain('already answers convicts-1880');
    expect(error?.line).toBe(twice.split('\n').findIndex((l) => l.includes('"deaths-1880"')) + 1);
  });

  it('refuses a question of one claim and a file that is not JSON', () => {
    expect(() => parseQuantitiesGold(GOLD_TEXT.replace(', { "line": 6, "text": "40,000" }', '').replace(/,\s*\{ "line": 6, "text": "40,000" \}/, ''))).toThrow(
      'at least two claims'
    );
    expect(() => parseQuantitiesGold('{"questions": [')).toThrow(InputError);
  });
});

describe('eval CLI with --quantities', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-quantities-'));
  const claimsPath = join(dir, 'claims.csv');
  writeFileSync(claimsPath, claimsToCsv([at(3, '900,000', 'k1'), at(3, '60,000', 'k1'), at(6, '75,000', 'k2'), at(6, '12,000', 'k3'), at(6, '40,000', 'k3')]));
  const cli = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'extract/measure/eval-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints B-cubed precision, recall and the questions found, without claim gold', () => {
    const out = cli('--quantities', GOLD_PATH, '--claims', claimsPath, '--source', SOURCE_PATH);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('B-cubed precision 1.000  recall 0.733  F1 0.846');
    expect(out.stdout).toContain('questions found (a quantity with F1 >= 0.5): 2 / 2');
    expect(out.stdout).toContain('line 6  "75,000"  k2');
  });

  it('exits 2 naming the gold file and line of a bad question', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, GOLD_TEXT.replace('"description": "How many convicts died in the colonies in 1880?"', '"description": ""'));
    const out = cli('--quantities', bad, '--claims', claimsPath, '--source', SOURCE_PATH);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(`${bad}:${GOLD_TEXT.split('\n').findIndex((l) => l.includes('"deaths-1880"')) + 1}: questions[1].description`);
  });
});
