import { describe, expect, it } from 'vitest';
import { isCountry } from '../../extract/refiners/places';
import { claim } from './support';

describe('scope', () => {
  it.each([
    ['The census bureau counted 2.4 million deaths across the whole country during the famine.', '2.4 million'],
    ['Some 12 million Africans were carried over the ocean by the trade.', '12 million'],
    ['Nearly 40 percent of the population had fled by 1920.', '40 percent'],
    ['The war ministry dismissed 9,000 officers from the army in 1951.', '9,000'],
    ['In Portugal 15,000 people were arrested that year.', '15,000'],
    ['Two world wars ruined the continent.', 'Two'],
    ['The regime lasted for 40 years of uninterrupted power.', '40'],
    ['In the twelve years between the armistice and the crash, trade with the east doubled.', 'twelve'],
    ['After 30 years of peace the navy was small.', '30'],
    ['Some 900 officers were charged with conspiracy across the country.', '900'],
    ['Over 600 merchants were suspected of a plot against the crown.', '600'],
    ['The Army had 150,000 officers in 1939.', '150,000'],
    ['Slave ships landed 388,000 Africans in North America.', '388,000'],
    ['Slave ships landed 4 million Africans in Brazil.', '4 million'],
    ['Tarnow had 12,000 Jewish inhabitants, while the whole country had 3 million.', '3 million']
  ])('system: %s', (text, expr) => {
    expect(claim(text, expr).scope).toBe('system');
  });

  it.each([
    ['In Lisbon 15,000 people were arrested that year.', '15,000'],
    ['The camp at Ostrovets held about 6,000 prisoners that winter.', '6,000'],
    ['The district committee expelled 230 members in one sitting.', '230'],
    ['Half of the prisoners in the northern compound were sick.', 'Half'],
    ['At the trial of the railway engineers, 14 defendants were heard.', '14'],
    ['Marshal Ober and six other colonels were seized in the spring of 1951 and brought to trial within a week.', 'six'],
    ['The ring at the heart of the plot was made up of four couriers and two printers.', 'two'],
    ['Before the war Tarnow had 12,000 Jewish inhabitants.', '12,000'],
    ['Before the war Tarnow had 12,000 Jewish inhabitants; by 1946 these numbered about 700.', '700'],
    ['Thirty delegates were summoned from the provinces to sit in the courtroom for the trial.', 'Thirty'],
    ['The judges sentenced four of the conspirators to death.', 'four']
  ])('local: %s', (text, expr) => {
    expect(claim(text, expr).scope).toBe('local');
  });

  it.each([
    ['He was held for nine months without charge.', 'nine'],
    ['A worker earned 250 rubles a month at the mill.', '250'],
    ['Rations were cut by 20 percent for every inmate.', '20 percent'],
    ['Forty men were packed into a single cell.', 'Forty'],
    ['Three guards stood at the gate.', 'Three'],
    ['The road ran for 300 miles through the forest.', '300'],
    ['On my arrival I found three newspapers and a library.', 'three'],
    ['She joined the rebels and for three years fought against the power of the new regime.', 'three'],
    ['Two senior officials in Lyon told the reporter that the ledgers were forged.', 'Two']
  ])('individual: %s', (text, expr) => {
    expect(claim(text, expr).scope).toBe('individual');
  });

  it('reads a large group in a family-sized phrase as a class of people, not one family', () => {
    expect(claim('The decree deported 80,000 heads of family to the east.', '80,000').scope).toBe('system');
    expect(claim('The decree deported 8 heads of family to the east.', '8').scope).toBe('individual');
  });
});

describe('isCountry', () => {
  it('knows countries by the runtime’s region names and former states, not cities', () => {
    for (const name of ['Portugal', 'the United States', 'Soviet Union', 'USSR', 'Brazil']) expect(isCountry(name)).toBe(true);
    for (const name of ['Lisbon', 'Ostrovets', 'Central Committee']) expect(isCountry(name)).toBe(false);
  });
});
