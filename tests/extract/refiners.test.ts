import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../extract/refiners/years';
import { claim } from './support';

describe('category', () => {
  it.each([
    ['the labor camps on January 1, 1939, numbered 1,672,438, with more', '1,672,438', 'camp_population'],
    ['In Burepolom there were about 3000 prisoners, all nonpolitical.', '3000', 'camp_population'],
    ['In 1936, 91,000 arrests for counter-revolutionary crimes were made.', '91,000', 'arrests'],
    ['332 leading NKVD executives had already been arrested.', '332', 'arrests'],
    ['apparently 3,378,234 people had been sentenced for counter-revolutionary crimes', '3,378,234', 'convictions'],
    ['681,000 people were shot in 1937-38.', '681,000', 'executions'],
    ['not more than half a dozen death sentences were passed', 'half a dozen', 'executions'],
    ['Merl estimates that 100,000 persons lost their lives.', '100,000', 'deaths'],
    ['there were 115,922 deaths in the camps', '115,922', 'deaths'],
    ['Altogether, 364,437 prisoners were released from the gulag in 1937.', '364,437', 'releases'],
    ['59,000 had their sentences reduced.', '59,000', 'releases'],
    ['The regime deported 1.8 million kulaks.', '1.8 million', 'deportations'],
    ['The Leningrad organisation lost 4724 in the purge.', '4724', 'expulsions'],
    ['Erickson’s estimate of 30,000 men discharged is near the mark.', '30,000', 'expulsions'],
    ['the longest sentence is 10 years for any crime', '10', 'sentence_length'],
    ['they were paid 3000 rubles per month', '3000', 'other'],
    ['Of them, 98 were not only arrested but shot.', '98', 'executions'],
    ['In 1937 the Armed Forces readmitted 4661 ousted men.', '4661', 'releases'],
    ['11,596 victims of arrest and expulsion had been reinstated in rank.', '11,596', 'releases'],
    ['They estimated the officer corps to number 80,000 at the time.', '80,000', 'other'],
    ['About 17,000 people were executed in the Terror. If the figure of 20,000 is accurate, it is small.', '20,000', 'executions']
  ])('%s → %s', (text, expr, category) => {
    expect(claim(text, expr).category).toBe(category);
  });
});

describe('unit', () => {
  it.each([
    ['a vacation of two weeks every year', 'two', 'weeks'],
    ['within 48 hours after arrest', '48', 'hours'],
    ['for five months he waited', 'five', 'months'],
    ['tried within three days', 'three', 'days'],
    ['a ten-year sentence', 'ten', 'years'],
    ['paid 880 rubles a month', '880', 'rubles'],
    ['it cost $5 then', '5', 'dollars'],
    ['about 400 miles from Magadan', '400', 'miles'],
    ['a fuel saving of 10.9%.', '10.9%', 'percent'],
    ['decreased by 1/2 meanwhile', '1/2', 'fraction'],
    ['10 times more than the wage', '10', 'times'],
    ['he sent four lists of people', 'four', 'count'],
    ['given four-room cottages', 'four', 'count'],
    ['two Poles who were not in the system', 'two', 'people'],
    ['Of those, 192 came from the provinces.', '192', 'people']
  ])('%s → %s', (text, expr, unit) => {
    expect(claim(text, expr).unit).toBe(unit);
  });
});

describe('qualifier', () => {
  it.each([
    ['about 3000 prisoners', '3000', 'about'],
    ['some 4,300 verdicts', '4,300', 'about'],
    ['he named 40-odd commanders', '40-odd', 'about'],
    ['an odd million prisoners', 'an odd million', 'about'],
    ['more than 30,000 appeals', '30,000', 'at_least'],
    ['over 100,000 officers', '100,000', 'at_least'],
    ['not more than 15 percent are', '15 percent', 'at_most'],
    ['nor were there more than half a dozen death sentences', 'half a dozen', 'at_most'],
    ['15% at the most keep silence', '15%', 'at_most'],
    ['Within thirty hours of sentence', 'thirty', 'at_most'],
    ['12,000 were freed', '12,000', 'exact']
  ])('%s → %s', (text, expr, qualifier) => {
    expect(claim(text, expr).qualifier).toBe(qualifier);
  });
});

describe('years', () => {
  const years = (text: string, expr: string) => {
    const c = claim(text, expr);
    return [c.year_from, c.year_to];
  };
  it.each([
    ['681,000 people were shot in 1937-38.', '681,000', [1937, 1938]],
    ['the camps on January 1, 1939, numbered 1,672,438.', '1,672,438', [1939, 1939]],
    ['1,370,000 arrests were made in the 1930s.', '1,370,000', [1930, 1939]],
    ['By the mid-1930s there were 16,000 officers a year training.', '16,000', [1934, 1936]],
    ['up to 1921 some 40,000 had been released', '40,000', [null, 1921]],
    ['after 1938 some 40,000 were released', '40,000', [1939, null]],
    ['from 1 October 1936 to 15 August 1938, 2,273 officers were arrested', '2,273', [1936, 1938]],
    ['Another 100,000 persons died at the end of the thirties.', '100,000', [1930, 1939]],
    ['Some 40,000 were released.', '40,000', [null, null]],
    ['By 1939, more officers were reinstated (867) than arrested.', '867', [null, 1939]],
    ['By 1941 over 100,000 officers were entering the forces each year.', '100,000', [1941, 1941]],
    ['After Stalin’s death in 1953, more than half of the inmates were freed.', 'half', [1953, null]],
    ['Gedye cabled on June 18, 1937, that they had known it for at least six months.', 'six', [null, 1937]],
    ['Arrested on Aug. 14, 1936, Primakov had been held in prison for nine months.', 'nine', [1936, 1937]],
    ['But two frames are available: 6.9% of the officers as of 1936-37 were dismissed.', 'two', [null, null]]
  ])('%s → %s', (text, expr, expected) => {
    expect(years(text, expr)).toEqual(expected);
  });

  it('never reads a figure as its own year', () => {
    expect(findPeriods('some 2,000 people').length).toBe(0);
  });
});

describe('attribution', () => {
  it.each([
    ['Conquest’s estimate of 8 million political prisoners in labor camps', '8 million', 'Conquest'],
    ['according to official NKVD statistics, 2,273 officers were arrested', '2,273', 'NKVD'],
    ['Beria reported that the camps held more than 100,000 invalids.', '100,000', 'Beria'],
    ['20 to 40% of the inmates were released, according to archive records.', '20 to 40%', 'archive records'],
    ['Merl estimates that the 100,000 heads of family are all dead.', '100,000', 'Merl'],
    ['the 20% to 25% suggested by John Erickson', '20% to 25%', 'Erickson'],
    ['In 1939, 327,400 prisoners were liberated from the camps.', '327,400', ''],
    ['Vyshinsky wrote to Stalin about it. He noted that 200 cases were false.', '200', 'Vyshinsky'],
    ['The interview was given by Pirozhkov. When asked, he answered that 1,342 officials were sentenced.', '1,342', 'Pirozhkov'],
    ['And in 1951 Kruglov reported that:\n“Tests produced a fuel saving of 10.9%.”', '10.9%', 'Kruglov'],
    ['The archives reveal that more than half of all deaths occurred in the war.', 'half', 'archives'],
    ['Erickson and Conquest estimated the corps to number 80,000 and 70,000 respectively.', '80,000', 'Erickson'],
    ['Erickson and Conquest estimated the corps to number 80,000 and 70,000 respectively.', '70,000', 'Conquest'],
    ['Conquest’s estimate of 35,000 is too high. His estimate of a minimum of 20,000 is 300 percent off.', '20,000', 'Conquest'],
    ['Conquest’s estimate of 35,000 is too high. His estimate of a minimum of 20,000 is 300 percent off.', '300 percent', ''],
    ['Solzhenitsyn, referring to the calculations of professor Kurganov, has declared that 66 million died.', '66 million', 'Solzhenitsyn'],
    ['Solzhenitsyn has declared that 66 million died. In other words, it is claimed that 110 million were lost.', '110 million', 'Solzhenitsyn'],
    ['Earlier studies commonly claimed that 30 percent of all clerks had been purged.', '30 percent', 'Earlier studies']
  ])('%s → %s', (text, expr, who) => {
    expect(claim(text, expr).attributed_to).toBe(who);
  });
});
