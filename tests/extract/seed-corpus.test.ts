import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../extract/corpus';
import { scoreClaims } from '../../extract/measure/eval';
import { parseGoldJsonl } from '../../extract/measure/gold';

/** The seed end to end: its claims as one corpus, against the dev gold. */

const SOURCE = readFileSync(fileURLToPath(new URL('../../data/sources/real-stalin-series-14-16.txt', import.meta.url)), 'utf8');
const GOLD = parseGoldJsonl(readFileSync(fileURLToPath(new URL('../../data/gold/dev-gold.jsonl', import.meta.url)), 'utf8'));
const claims = extractCorpus([{ name: 'real-stalin-series-14-16.txt', text: SOURCE }]);

/** The estimators given to the claims cited from each of these author fields. */
function estimatorsOf(authors: string[]): Set<string> {
  return new Set(claims.filter((c) => !c.attributed_to && authors.includes(c.source_author)).map((c) => c.estimator));
}

describe('the seed as a corpus', () => {
  it('gives each cited author one estimator whatever form the citation uses', () => {
    const getty = ['Getty, J. Arch', 'J. Arch Getty', 'Getty, A.', 'Getty, Arch'];
    expect(getty.every((a) => claims.some((c) => c.source_author === a))).toBe(true);
    expect(estimatorsOf(getty).size).toBe(1);
    expect(estimatorsOf(['Thurston, Robert', 'Thurston, Robert W.']).size).toBe(1);
  });

  it('gives a figure attributed to a cited author that author’s estimator', () => {
    const attributed = claims.filter((c) => c.attributed_to === 'Conquest').map((c) => c.estimator);
    expect(attributed.length).toBeGreaterThan(0);
    expect(new Set(attributed)).toEqual(estimatorsOf(['Conquest, Robert']));
  });

  it('keeps source_author as written', () => {
    expect(new Set(claims.map((c) => c.source_author))).toContain('J. Arch Getty');
  });

  it('labels scope as the dev gold does for at least 85% of matched claims', () => {
    const { scope } = scoreClaims(GOLD, claims, SOURCE).fields;
    expect(scope.n).toBeGreaterThan(300);
    expect(scope.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('names what is counted with whole words of the claim’s own sentence (a table row’s: of its heading), never running on past ten words', () => {
    const named = claims.filter((c) => c.counted !== '');
    // Empty where the sentence names nothing the figure counts ("In fact there were 9,000").
    expect(named.length / claims.length).toBeGreaterThan(0.8);
    const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const wholeWord = (word: string, quote: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'u').test(quote);
    for (const c of named) {
      expect(c.counted.replace(/\bto be\b/g, 'to-be').split(' ').length).toBeLessThanOrEqual(10);
      const row = c.quote.length < 60 && !/[.!?]/.test(c.quote);
      const context = row ? SOURCE.slice(c.passage_start, c.passage_end) : c.quote;
      for (const word of c.counted.split(' ')) expect(wholeWord(word, context), `${word} in ${c.counted}`).toBe(true);
    }
  });

  it('names what the dev gold counts, by its head noun, for at least 60% of matched claims', () => {
    const { counted } = scoreClaims(GOLD, claims, SOURCE).fields;
    expect(counted.n).toBeGreaterThan(300);
    expect(counted.accuracy).toBeGreaterThanOrEqual(0.6);
  });
});
