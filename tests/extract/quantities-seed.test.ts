import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseQuantities } from '../../contract/quantities';
import { extractCorpus } from '../../extract/corpus';
import { assignQuantities } from '../../extract/quantities/assign';
import { scoreQuantities } from '../../extract/measure/quantities-eval';
import { parseQuantitiesGold } from '../../extract/measure/quantities-gold';

/** End to end on the seed: extraction, estimators and quantities, scored against the quantities gold. */

const ROOT = join(import.meta.dirname, '../..');
const NAME = 'real-stalin-series-14-16.txt';
const SOURCE = readFileSync(join(ROOT, 'data/sources', NAME), 'utf8');
const GOLD = parseQuantitiesGold(readFileSync(join(ROOT, 'data/gold/dev-quantities.json'), 'utf8'));
const CLAIMS = extractCorpus([{ name: NAME, text: SOURCE }]);
const REPORT = scoreQuantities(GOLD, CLAIMS, SOURCE);

describe('quantities on the seed', () => {
  it.each(['camp-population-1938-39', 'executions-1937-38', 'officer-corps-share-purged'])('finds the question %s', (id) => {
    const question = REPORT.questions.find((q) => q.id === id)!;
    expect(question.found).toBe(true);
    expect(question.best).toMatch(/^[a-z_]+:(\d{4}(-\d{4})?|undated):[a-z0-9-]+(:[a-z0-9-]+)?$/);
  });

  it('groups better than the category alone or the category and years, as the extractor gives them', () => {
    const by = (key: (c: (typeof CLAIMS)[number]) => string) =>
      scoreQuantities(GOLD, CLAIMS.map((c) => ({ ...c, quantity: key(c) })), SOURCE).f1;
    expect(REPORT.f1).toBeGreaterThan(by((c) => c.category) + 0.1);
    expect(REPORT.f1).toBeGreaterThan(by((c) => `${c.category}:${c.year_from}-${c.year_to}`) + 0.1);
  });

  it('gives every claim the same key whatever the order of the claims', () => {
    const keyById = (claims: readonly (typeof CLAIMS)[number][]) => new Map(claims.map((c) => [c.claim_id, c.quantity]));
    const shuffled = [...CLAIMS].sort((a, b) => (a.claim_id < b.claim_id ? -1 : 1));
    expect(keyById(assignQuantities(shuffled))).toEqual(keyById(CLAIMS));
    expect(keyById(assignQuantities([...CLAIMS].reverse()))).toEqual(keyById(CLAIMS));
  });

  it('puts no individual claim in a quantity, and gives every quantity two claims that are not one repeat', () => {
    expect(REPORT.individualInQuantities).toBe(0);
    const rows = summariseQuantities(CLAIMS);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const members = CLAIMS.filter((c) => c.quantity === row.quantity);
      const passages = new Set(members.map((c) => `${c.doc}/${c.passage_id}`));
      expect(row.estimates > 1 || passages.size > 1, row.quantity).toBe(true);
    }
  });
});
