import { describe, expect, it } from 'vitest';
import { countedAgrees, countedTokenF1, goldHead, lemma } from '../../extract/measure/counted-score';

describe('lemma', () => {
  it('folds plurals, possessives and case the way counted phrases vary', () => {
    expect(['Convicts', 'convict’s', "convicts'"].map(lemma)).toEqual(['convict', 'convict', 'convict']);
    expect(['colonies', 'taxes', 'churches', 'women', 'people', 'persons'].map(lemma)).toEqual(['colony', 'tax', 'church', 'woman', 'person', 'person']);
    expect(['census', 'corpus', 'crisis', 'gas'].map(lemma)).toEqual(['census', 'corpus', 'crisis', 'gas']);
  });
});

describe('goldHead', () => {
  it.each([
    ['sailors pressed into the fleet', 'sailor'],
    ['share of the miners who struck', 'miner'],
    ['the total of those drowned at sea', 'drowned'],
    ['weavers in the northern mills', 'weaver'],
    ['months Brown spent in the hulks', 'month'],
    ['days the jury sat', 'day'],
    ['eminent Dutch painters Vermeer admired', 'painter'],
    ['wrongly accused smugglers hanged', 'smuggler'],
    ['pilgrims (second voyage)', 'pilgrim'],
    ['toll of the 1910 flood', 'toll']
  ])('%s → %s', (phrase, head) => {
    expect(goldHead(phrase)).toBe(head);
  });
});

describe('countedAgrees', () => {
  it('agrees when the predicted phrase names the gold head in any number', () => {
    expect(countedAgrees('sailors pressed into the fleet', 'sailor pressed')).toBe(true);
    expect(countedAgrees('share of the miners who struck', 'striking miners in Durham')).toBe(true);
    expect(countedAgrees('women transported to the colony', 'woman')).toBe(true);
  });

  it('disagrees on another noun, a measure word, a name or nothing', () => {
    expect(countedAgrees('sailors pressed into the fleet', 'fleet')).toBe(false);
    expect(countedAgrees('share of the miners who struck', 'share')).toBe(false);
    expect(countedAgrees('weavers in the northern mills', 'Cartwright’s')).toBe(false);
    expect(countedAgrees('weavers in the northern mills', '')).toBe(false);
  });
});

describe('countedTokenF1', () => {
  it('scores the overlap of content words, function words and plurals aside', () => {
    expect(countedTokenF1('weavers in the northern mills', 'the weaver in northern mill')).toBe(1);
    // gold {weaver, northern, mill}, predicted {weaver, mill, town}: 2 shared of 3 and 3.
    expect(countedTokenF1('weavers in the northern mills', 'weavers of the mill towns')).toBeCloseTo(2 / 3);
    expect(countedTokenF1('weavers in the northern mills', 'looms')).toBe(0);
    expect(countedTokenF1('weavers', '')).toBe(0);
  });
});
