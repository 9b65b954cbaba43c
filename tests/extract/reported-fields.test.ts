import { describe, expect, it } from 'vitest';
import { continuesPrevious } from '../../extract/refiners/continuation';
import { claim } from './support';

/** The fields a figure's grouping with its rivals depends on, when a passage reports someone's figures and refutes them. */

const REFUTED =
  'Kowalski, the propagandist, claims that in 1950 the mines swelled by 3 million prisoners and there were in addition 400,000 executions. ' +
  'In fact, from 1948 to 1951, the number of inmates in the mines increased by 52,000 persons (passing from 310,000 to 362,000). ' +
  'To the 90,000 inmates, Kowalski added 2,910,000. Small detail!';

const ACCOUNT =
  'According to Petrov, between 1946 and 1950, there was a 9 per cent death rate per year, some 3 million deaths. ' +
  'An average of 610,000 dead per year. In fact, the real figure was 31,000. Petrov invented a figure of 579,000 deaths per year.';

describe('whose figure it is', () => {
  it.each([
    [REFUTED, '3 million', 'Kowalski'],
    [REFUTED, '400,000', 'Kowalski'],
    [REFUTED, '52,000', ''],
    [REFUTED, '90,000', ''],
    [REFUTED, '2,910,000', 'Kowalski'],
    [ACCOUNT, '610,000', 'Petrov'],
    [ACCOUNT, '31,000', ''],
    [ACCOUNT, '579,000', 'Petrov'],
    // A rival named in the fragment that goes on with the sentence gives its own figure.
    ['Yearly, Petrov estimated an average of 6 million inmates in the mines. And Sokolov 9 to 10 million.', '9 to 10 million', 'Sokolov'],
    ['The bureau reported that 4.1 million were held in 1990. This represents an increase of 300,000 people since 1985.', '300,000', 'bureau'],
    ['Life was harsh, and (an Estonian Socialist recalls) a newcomer got a bed from the 140 men packed into a barracks.', '140', 'an Estonian Socialist'],
    ['The mood was voiced by the chairman of a rural Committee far off in the hills. When I asked him, he said: “If we must jail 500 of them, so be it.”', '500', 'chairman of a rural Committee'],
    ['The Soviet historian Lebedev counted 994,000 prisoners.', '994,000', 'Lebedev'],
    // "They found": the body of sources the sentence before opened with.
    ['In 2001 several demographers gained access to the parish books. They found that the famine had killed 410,000 people.', '410,000', 'demographers'],
    ['Smith and Jones went north. They found that 300 huts stood empty.', '300', ''],
    // The next sentence names who gave "this figure".
    ['Total deaths in 1920 to 1930 were 61,300. No breakdown of this figure was given by the archivists. It includes 400 children.', '61,300', 'archivists'],
    ['Total deaths in 1920 to 1930 were 61,300. No breakdown of this figure was given by the archivists. It includes 400 children.', '400', '']
  ])('%s → %s is %s', (text, expr, who) => {
    expect(claim(text, expr).attributed_to).toBe(who);
  });

  it('does not hand a quotation whose speaker the narration leaves unnamed to a source named paragraphs before', () => {
    const text = 'In those times, according to the reports of the governors, the exiles lived freely.\n\nThe old woman answered softly: “We are glad he got only three years in the north.”';
    expect(claim(text, 'three').attributed_to).toBe('');
  });
});

describe('what a figure counts', () => {
  it.each([
    // The second figure of a sentence does not lend its noun to the first.
    [REFUTED, '3 million', 'camp_population'],
    [REFUTED, '400,000', 'executions'],
    // A change in the number held, and the bracket that breaks it down.
    [REFUTED, '52,000', 'camp_population'],
    [REFUTED, '310,000', 'camp_population'],
    [REFUTED, '362,000', 'camp_population'],
    // The parts of a figure count what the whole counts, not what the words after the bracket say.
    ['As a result of the purge 9,400 men of the [navy] (of which about 6,000 were from the fleet and 3,400 from the ports) were either dead or in disgrace.', '6,000', 'expulsions'],
    ['The tribunal tried 212 senior officers of the Guard and Navy, of whom 190 were veterans; 180 were shot.', '190', 'convictions'],
    // A verb after the bracket still says what happened to those it counts.
    ['The Polish internees (approximately 600 individuals) will be released in May.', '600', 'releases'],
    // "This represents …" restates what the sentence before counted.
    ['The bureau reported that 4.1 million were held in the jails in 1990. This represents an increase of 300,000 people since 1985.', '300,000', 'camp_population'],
    // "the number of X" names what is counted; it is no "the figure of 20,000" pointing back.
    ['Some 9,000 died of typhus. Then the number of guards rose by 1,200 in a year.', '1,200', 'other'],
    ['Some 9,000 died of typhus in the town. A survivor later published the figures of just over 4,000 for the whole winter.', '4,000', 'deaths']
  ])('%s → %s is %s', (text, expr, category) => {
    expect(claim(text, expr).category).toBe(category);
  });
});

describe('the period', () => {
  it.each([
    [ACCOUNT, '610,000', [1946, 1950]],
    // A correction answers the figure before it, for the same years.
    [ACCOUNT, '31,000', [1946, 1950]],
    ['Petrov put the deaths at 3 million. In fact the registers show 31,000.', '31,000', [null, null]],
    ['The bureau reported that 4.1 million were held in 1990. This represents an increase of 300,000 people since 1985.', '300,000', [1985, 1990]],
    // Only a sentence that goes on with the one before closes its open span.
    ['The bureau reported that 4.1 million were held in 1990. The exile has lived abroad since 1985 with 3 children.', '3', [1985, null]],
    ['In 1950, Petrov counted 4 million political prisoners. In fact there were between 90,000 and 120,000.', '90,000 and 120,000', [1950, 1950]]
  ])('%s → %s', (text, expr, years) => {
    const c = claim(text, expr);
    expect([c.year_from, c.year_to]).toEqual(years);
  });
});

describe('scope', () => {
  it.each([
    // A person who counted a figure reports it; only a place that had or held one is local.
    ['In 1950, Petrov counted 4 million political prisoners.', '4 million', 'system'],
    ['In 1950 one of the twelve mining complexes, Ustkar, was known to have 22,000 convicts at work.', '22,000', 'local'],
    // A word cut at the edge of the window around the figure ("“I" of "“Industrial") is no narrator's "I".
    ['In 1932, the secret police sent to Norilsk 20 to 30 engineers who had been convicted in the case of the “Industrial Party.”', '20 to 30', 'local']
  ])('%s → %s is %s', (text, expr, scope) => {
    expect(claim(text, expr).scope).toBe(scope);
  });
});

describe('a sentence that goes on with the one before', () => {
  it.each([
    ['An average of 610,000 dead per year.', true],
    ['This represents an increase of 300,000 people since 1985.', true],
    ['And another 20,000 in the north.', true],
    ['In fact, the real figure was 31,000.', false],
    ['More than 30,000 appeals came to the board.', false],
    ['Estimates of the toll range from 2 million to 4 million.', false],
    ['Some 4,000 prisoners were released.', false],
    ['The commission, after long and careful study of the many files from every one of the regions, 20,000 in all.', false]
  ])('%s → %s', (sentence, continues) => {
    expect(continuesPrevious(sentence)).toBe(continues);
  });
});
