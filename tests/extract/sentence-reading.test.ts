import { describe, expect, it } from 'vitest';
import { readSentence } from '../../extract/claims/sentence-reading';
import { toClaim } from '../../extract/claims/to-claim';
import { claimsOf } from '../../extract/pipeline';
import { cuesIn } from '../../extract/refiners/category';
import { mentionsIn } from '../../extract/refiners/attribution';
import { findPeriods } from '../../extract/refiners/years';
import { exclusionReason } from '../../extract/refiners/exclusions';
import { candidates } from './support';

/** Several figures to a sentence, with sources, events and periods each figure may or may not take. */
const TEXT = [
  'According to Okafor, 12,000 villagers were deported in 1951 and 3,400 of them died by 1953; Lindqvist put the deaths at 5,100.',
  'In 1962 the ministry reported 800 arrests, 45 executions and 1,200 releases, while the Red Cross counted 950 arrests.',
  'Between 1940 and 1944 some 70,000 prisoners were held, of whom 9% died; a later study by Haruto Mori gave 11%.'
].join(' ');

describe('a sentence read once for all its figures', () => {
  it('gives every claim exactly what reading the sentence for each figure alone gives', () => {
    const kept = candidates(TEXT).filter((c) => exclusionReason(c) === null);
    const shared = claimsOf('t.txt', kept);
    const alone = kept.map((c) => toClaim('t.txt', c));
    expect(shared).toEqual(alone);
    // The text is one that tests the sharing: sentences of several figures, and fields read from them.
    expect(new Set(shared.map((c) => c.quote)).size).toBeLessThan(shared.length - 3);
    expect(shared.map((c) => c.attributed_to)).toContain('Okafor');
    expect(shared.map((c) => c.category)).toEqual(expect.arrayContaining(['deportations', 'deaths', 'arrests', 'executions']));
    expect(shared.map((c) => c.year_from)).toEqual(expect.arrayContaining([1951, 1962, 1940]));
  });

  it('reads each part once, only when asked, and as the refiners would', () => {
    const sentence = 'Hollis estimated that 20,000 were shot in 1938 and 4,000 more in 1939.';
    const reading = readSentence(candidates(sentence)[0]!);
    expect(reading.periods()).toBe(reading.periods());
    expect(reading.periods()).toEqual(findPeriods(sentence));
    expect(reading.mentions()).toEqual(mentionsIn(sentence));
    expect(reading.mentions().map((m) => m.name)).toEqual(['Hollis']);
    expect(reading.cues()).toEqual(cuesIn(sentence));
    expect(reading.cues().map((c) => c.category)).toContain('executions');
    expect(reading.frame()).toBeNull();
  });

  it('takes the time frame of an earlier sentence of the paragraph, once for all the figures', () => {
    const text = 'In 1947 the drought reached the southern districts. Some 30,000 farmers left and 2,000 of them never came back.';
    const later = candidates(text).filter((c) => c.sentence.start > 0);
    expect(later.length).toBe(2);
    const reading = readSentence(later[0]!);
    expect(reading.frame()).toEqual({ from: 1947, to: 1947 });
    expect(reading.frame()).toBe(reading.frame());
    expect(claimsOf('t.txt', later).map((c) => c.year_from)).toEqual([1947, 1947]);
  });
});
