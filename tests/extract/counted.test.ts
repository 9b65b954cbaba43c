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
