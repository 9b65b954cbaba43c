import { describe, expect, it } from 'vitest';
import { reasons } from './support';

const reasonOf = (text: string, expr: string) => reasons(text).find(([t]) => t === expr)?.[1];

describe('exclusions', () => {
  it.each([
    ['In 1937 the purge peaked.', '1937', 'date'],
    ['arrests in 1937-38 rose', '38', 'date'],
    ['during the 1930s the camps', '1930', 'date'],
    ['in the ’20s the prisons', '20', 'date'],
    ['on May 20, 1937, he wrote', '20', 'date'],
    ['on May 19, 21, and 23, 1937', '21', 'date'],
    ['He came at 10:00 sharp.', '10', 'date'],
    ['Two days later Vyshinsky wrote', 'Two', 'date'],
    ['thirty years after the event', 'thirty', 'date'],
    ['as cited (p. 124) there', '124', 'citation'],
    ['[pp. 80-81 on the NET]', '80-81', 'citation'],
    ['at the 17th Congress', '17', 'ordinal'],
    ['Commander 1st Rank Orlov', '1', 'ordinal'],
    ['under Article 58 of the code', '58', 'identifier'],
    ['From Protocol # 38 of the Politburo', '38', 'identifier'],
    ['the camps Burepolom and Nuksha 2, both near Viatka', '2', 'identifier'],
    ['the proletarian 25,000ers was another', '25,000', 'identifier'],
    ['in the Second Five-Year Plan', 'Five', 'identifier'],
    ['1. To give the OGPU the right', '1', 'list_marker'],
    ['(2) List No. 2 (former military personnel)', '2', 'list_marker'],
    ['… 6. The Czech detainees', '6', 'list_marker'],
    ['“I was 18 years old and', '18', 'age'],
    ['a daughter about 19 years old', '19', 'age'],
    ['his seventeen year-old son', 'seventeen', 'age'],
    ['Is the 0GPU under another name', '0', 'not_quantity'],
    ['one of the leaders', 'one', 'not_quantity'],
    ['connected in a thousand ways', 'a thousand', 'not_quantity'],
    ['the half-starved hordes', 'half', 'not_quantity'],
    ['A third officer, Major-General', 'A third', 'not_quantity'],
    ['One day in 1937 the chief editor', 'One', 'not_quantity'],
    ['as the envoy wrote.”7 The mission', '7', 'citation'],
    ['many were hanged,”14 and others', '14', 'citation'],
    ['the famine spread [31][32] westward', '31', 'citation'],
    ['the famine spread [31][32] westward', '32', 'citation'],
    ['as Smith noted [8]:412 in his memoir', '412', 'citation'],
    ['A History of the Steppe [212]', '212', 'citation'],
    ['Slavic Quarterly 44 (March 1998) p. 12.', '44', 'citation'],
    ['1- The harvest is requisitioned.', '1', 'list_marker'],
    ['it orders: (1) grain seized; (2) villages closed', '2', 'list_marker'],
    ['Anna Petrova, teacher, age 41, and her son', '41', 'age'],
    ['what I think of ’33, I will say', '33', 'date'],
    ['In March 47 the ration was cut', '47', 'date'],
    ['as they would say often in the next five years.', 'five', 'date'],
    ['prices rose in these 3 years.', '3', 'date'],
    ['restored during these two years.', 'two', 'date'],
    ['the first half of the 1880s', 'half', 'date'],
    ['Once there, one half of the village denounced the other half.', 'one half', 'not_quantity'],
    ['Even if this were 5% true, it matters', '5%', 'not_quantity'],
    ['go down corridor nine, where', 'nine', 'identifier'],
    ['she went to three-grade schools', 'three', 'identifier'],
    ['a neighbour one-day told the police', 'one', 'not_quantity'],
    ['exiles with a “minus nine” could not settle there', 'nine', 'identifier'],
    ['the squad known as “Unit 7” left', '7', 'identifier']
  ])('%s: "%s" is %s', (text, expr, reason) => {
    expect(reasonOf(text, expr)).toBe(reason);
  });

  it.each([
    ['tried within 48 hours after arrest', '48'],
    ['for five months', 'five'],
    ['two Poles who were not in the system', 'two'],
    ['an extra thousand people will be shot', 'an extra thousand'],
    ['more than half of all gulag deaths', 'half'],
    ['United States 2,079', '2,079'],
    ['1500 people were released', '1500'],
    ['the fine was $2000 per village', '2000'],
    ['the fine was £1850 per village', '1850'],
    ['no fewer than 2000 must be deported from each district', '2000'],
    ['at least 1900 rifles were seized', '1900'],
    ['he hid there for two days after the raid', 'two'],
    ['exports fell in each of the next six years', 'six'],
    ['in the first four years of his rule', 'four'],
    ['a total of 2 000 villages', '2 000'],
    ['five (5) wagons', 'five'],
    ['he answered “about 300” and left', '300'],
    ['she could “name 15 or 20” such clerks', '15 or 20'],
    ['the herd is to be halved within the next two months', 'two'],
    ['leave is granted after the first 6 months, not before', '6']
  ])('%s: "%s" is a claim', (text, expr) => {
    expect(reasonOf(text, expr)).toBeNull();
  });
});
