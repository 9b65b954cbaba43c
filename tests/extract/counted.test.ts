import { describe, expect, it } from 'vitest';
import { claim } from './support';

describe('counted', () => {
  it.each([
    ['There were 8 million political prisoners in labor camps at the end of 1938.', '8 million', 'political prisoners in labor camps'],
    ['The tribunal sentenced 1,200 people to be shot in 1921.', '1,200', 'people to be shot'],
    ['About 35,000 members expelled from the party were later readmitted.', '35,000', 'members expelled from the party'],
    ['By 1950, 480,000 prisoners had been released from the colonies.', '480,000', 'prisoners released from the colonies'],
    ['The number of slaves landed in Brazil rose to 40,000.', '40,000', 'slaves landed in Brazil'],
    ['Of these, 300 were freed by the new governor.', '300', 'freed'],
    ['The commission, which sat for a year, found 12 cases of fraud and closed.', '12', 'cases of fraud'],
    ['The famine killed 3 million “kulak” peasants, in the official count.', '3 million', 'kulak peasants'],
    ['By 1939, more engineers were reinstated (867) than arrested.', '867', 'engineers reinstated'],
    ['He was jailed for 10 years for sanctioning illegal searches.', '10', 'years'],
    ['The island had a population of 60,000 before the war.', '60,000', 'population'],
    ['Some 500,000 Hereros and Namas were killed in the colonial war.', '500,000', 'Hereros and Namas killed in the colonial war'],
    ['The number of captives held in the forts reached 9,000 by 1790.', '9,000', 'captives held in the forts'],
    ['The commissioner counted 3,400 [refugees] at the crossing.', '3,400', 'refugees at the crossing'],
    ['Almost 70 men and women were hanged at the assizes.', '70', 'men and women hanged at the assizes'],
    ['The court convicted 161 of the 285 defendants.', '161', 'defendants'],
    ['Mortality on board averaged 12 percent per voyage.', '12 percent', 'Mortality on board'],
    ['Over 700 teachers were arrested on the night of the coup.', '700', 'teachers arrested']
  ])('%s → %s: %s', (text, expr, counted) => {
    expect(claim(text, expr).counted).toBe(counted);
  });

  it('stops at the verb and at what the clause says next, never taking the next words as they come', () => {
    expect(claim('In 1931, 14,000 officers regained their old ranks.', '14,000').counted).toBe('officers');
    expect(claim('The two clerks then took the ledger to the office.', 'two').counted).toBe('clerks');
    expect(claim('Some 5000 settlers probably died on the way.', '5000').counted).toBe('settlers');
    expect(claim('The blight caused 40,000 deaths and drove a great many to leave.', '40,000').counted).toBe('deaths');
    expect(claim('The ward held 40 patients and two nurses.', '40').counted).toBe('patients');
  });

  it('is empty when the sentence names nothing the figure counts', () => {
    expect(claim('Was it really 40,000?', '40,000').counted).toBe('');
    expect(claim('Some 9,000 survived the march to the coast.', '9,000').counted).toBe('');
    expect(claim('The governor, by his own report, found the jails full; there remained 2,500.', '2,500').counted).toBe('');
  });
});

describe('counted: what a figure measures when a measure word, a name or a verb stands next to it', () => {
  it.each([
    // A window cut mid-word never starts the phrase: the measure's of-complement is read whole.
    [
      'The papers found in the provincial archives on penal colonies and other groups of exiled peasants have been taken to show that the level of population in the colonies in the late 1940s was below 2 million.',
      '2 million',
      'population in the colonies'
    ],
    ['The garrison strength reached an early peak of 9,000 in the spring.', '9,000', 'garrison strength'],
    ['The number of runaway serfs oscillated between a minimum of 300 in 1820 and a maximum of 1,100 in 1825.', '300', 'runaway serfs'],
    ['The number of runaway serfs oscillated between a minimum of 300 in 1820 and a maximum of 1,100 in 1825.', '1,100', 'runaway serfs'],
    ['From 1850 to 1860 the number of convicts in the hulks increased by 2,000 persons (passing from 5,100 to 7,100).', '5,100', 'convicts in the hulks'],
    ['There remained only 0.4 million of the original three or so million nomads in the valley.', '0.4 million', 'nomads in the valley'],
    ['In May, 500 clerks had been dismissed, 120 of them from the treasury.', '120', 'clerks'],
    // The object of an active verb counts nothing of its subject, the agent; it counts what the earlier figure does.
    ['To the 20,000 settlers, the governor added 70,000.', '70,000', 'settlers'],
    ['The fleet had 13,000 sailors in 1805 and lost 4,700 at sea.', '4,700', 'sailors'],
    ['The assembly had 300 delegates, of whom 120 elected from the towns.', '120', 'delegates elected from the towns'],
    ['Of the 800 convicts landed, 25 percent died within a year.', '25 percent', 'convicts landed'],
    ['Of the 90 accused, 40 were factory workers.', '40', 'factory workers'],
    ['Early writers estimated the rebel army to number 30,000.', '30,000', 'rebel army'],
    ['Desertions from the fleet fell sharply in those years, from 4,000 in 1801 to 900 in 1806.', '900', 'Desertions from the fleet'],
    ['Total losses in the campaign, a span of two years, were 14,000.', '14,000', 'Total losses in the campaign'],
    ['Ports with the most sailors pressed, 1805:\nPlymouth 1,200\nDover 800', '1,200', 'sailors pressed'],
    ['Each trunk held fifty or even 120 letters.', 'fifty', 'letters']
  ])('%s → %s: %s', (text, expr, counted) => {
    expect(claim(text, expr).counted).toBe(counted);
  });

  it.each([
    // A possessor's measure: whose figure it is, not what it counts.
    ['These totals agree with Hartmann’s figures of 40,000 at the start of the siege.', '40,000'],
    // A word that qualifies a figure without naming anything.
    ['The pamphlet invented 60,000 extra!', '60,000'],
    ['Our almanacs print not the real figure but the horror of 3,000,000!', '3,000,000'],
    ['A distortion factor of 12.', '12'],
    // A share or a figure after an existential "there" does not borrow an earlier figure's noun.
    ['The ships carried 800 convicts, and lost 25 percent at sea.', '25 percent'],
    ['The report gave 800 convicts; in fact there were 650.', '650']
  ])('is empty for %s (%s)', (text, expr) => {
    expect(claim(text, expr).counted).toBe('');
  });
});
