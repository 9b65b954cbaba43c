import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../extract/corpus';
import { scoreQuantities } from '../../extract/measure/quantities-eval';
import { parseQuantitiesGold } from '../../extract/measure/quantities-gold';

/**
 * End to end on a short compilation about another toll (a famine, deportations, an amnesty),
 * written for the test: rival death counts, averages with an elided rival and an invented excess,
 * and an archive's precise count retold rounded in another work.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/quantities');
const NAME = 'famine.txt';
const SOURCE = readFileSync(join(FIXTURES, NAME), 'utf8');
const GOLD = parseQuantitiesGold(readFileSync(join(FIXTURES, 'famine-gold.json'), 'utf8'));
const CLAIMS = extractCorpus([{ name: NAME, text: SOURCE }]);
const REPORT = scoreQuantities(GOLD, CLAIMS, SOURCE);

describe('quantities on a compilation about a famine and deportations', () => {
  it.each(GOLD.questions.map((q) => q.id))('finds the question %s whole and alone', (id) => {
    const question = REPORT.questions.find((q) => q.id === id)!;
    expect(question.f1).toBe(1);
  });

  it('puts the figure one source invented on top of another in no question', () => {
    const invented = CLAIMS.find((c) => c.text === '1,700,000')!;
    expect(invented.quantity).toBe('');
  });

  it('names the average question as one', () => {
    const average = REPORT.questions.find((q) => q.id === 'deportees-average')!;
    expect(average.best).toMatch(/:(average|per-year)-/);
  });
});
