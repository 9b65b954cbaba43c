import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsToCsv } from '../../contract/csv';
import type { Claim, Scope } from '../../contract/schema';
import { lineStarts, scoreClaims } from '../../extract/measure/eval';
import { parseGoldJsonl, type GoldPassage } from '../../extract/measure/gold';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/eval');
const SOURCE_PATH = join(FIXTURES, 'source.txt');
const SOURCE = readFileSync(SOURCE_PATH, 'utf8');
const GOLD_TEXT = readFileSync(join(FIXTURES, 'gold.jsonl'), 'utf8');
const GOLD = parseGoldJsonl(GOLD_TEXT);

/** Every gold claim predicted exactly, with the given scopes in gold order. */
function predictions(scopes: Scope[]): Claim[] {
  const starts = lineStarts(SOURCE);
  return GOLD.flatMap((p) => p.claims).map((g, i) => {
    const lineText = SOURCE.slice(starts[g.line - 1], SOURCE.indexOf('\n', starts[g.line - 1]));
    let at = -1;
    for (let k = 0; k < (g.occurrence ?? 1); k++) at = lineText.indexOf(g.text, at + 1);
    const start = starts[g.line - 1]! + at;
    return {
      claim_id: `c${i}`, doc: 'camps.txt', section: '', passage_id: 'p', line: g.line, start, end: start + g.text.length,
      text: g.text, value_low: g.value_low, value_high: g.value_high, value: g.value_low, qualifier: g.qualifier,
      unit: g.unit, category: g.category, counted: '', year_from: g.year_from, year_to: g.year_to,
      attributed_to: g.attributed_to ?? '', source_author: '', source_title: '', source_year: null, source_pages: '',
      citation: '', quote: lineText, scope: scopes[i]!, estimator: '', quantity: '', passage_start: starts[g.line - 1]!, passage_end: starts[g.line - 1]! + lineText.length, page: null
    };
  });
}

/** The gold with scopes given to its first claims; later claims stay unlabelled. */
function labelled(scopes: Scope[]): GoldPassage[] {
  let i = 0;
  return GOLD.map((p) => ({ ...p, claims: p.claims.map((c) => (i < scopes.length ? { ...c, scope: scopes[i++] } : c)) }));
}

describe('scope in eval', () => {
  it('scores scope over the gold claims that label it, and lists each disagreement', () => {
    const r = scoreClaims(labelled(['system', 'system', 'local']), predictions(['system', 'local', 'local', 'individual']), SOURCE);
    expect(r.fields.scope).toEqual({ agree: 2, n: 3, accuracy: 2 / 3 });
    expect(r.disagreements.filter((d) => d.field === 'scope')).toEqual([
      { pid: 'P1', line: 3, text: '8 million', field: 'scope', gold: 'system', predicted: 'local' }
    ]);
  });

  it('leaves scope unscored for gold written before it was labelled', () => {
    expect(scoreClaims(GOLD, predictions(['system', 'system', 'system', 'system']), SOURCE).fields.scope.n).toBe(0);
  });

  it('rejects a scope that is not one of the three', () => {
    expect(() => parseGoldJsonl(GOLD_TEXT.replace('"counted": "people deported"', '"counted": "people deported", "scope": "national"'))).toThrow(
      /claims\[0\]\.scope/
    );
  });

  it('prints the scope accuracy on the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimscope-eval-scope-'));
    const gold = join(dir, 'gold.jsonl');
    const claims = join(dir, 'claims.csv');
    writeFileSync(gold, labelled(['system', 'system', 'local', 'local']).map((p) => JSON.stringify(p)).join('\n'));
    writeFileSync(claims, claimsToCsv(predictions(['system', 'local', 'local', 'local'])));
    const out = spawnSync('npx', ['tsx', 'extract/measure/eval-cli.ts', '--gold', gold, '--claims', claims, '--source', SOURCE_PATH], {
      cwd: ROOT,
      encoding: 'utf8'
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/scope\s+0\.750 {2}\(3\/4\)/);
    expect(out.stdout).toContain('line 3  "8 million"  scope: gold "system", predicted "local"');
  });
});
