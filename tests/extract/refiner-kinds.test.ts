import { describe, expect, it } from 'vitest';
import { parseCitation } from '../../extract/citation/citation';
import { findPeriods } from '../../extract/refiners/years';
import { claim } from './support';

/** One test per kind of text each refiner must read, on sentences written for the test. */

describe('category from what the figure counts', () => {
  it.each([
    // A size of a body is told by the clause before it, not by an event later in the sentence.
    ['In 1925 the fleet had about 9,000 sailors, lost 2,100 in the purge, but had 12,000 sailors by 1930.', '9,000', 'other'],
    ['In 1925 the fleet had about 9,000 sailors, lost 2,100 in the purge, but had 12,000 sailors by 1930.', '2,100', 'expulsions'],
    ['In 1925 the fleet had about 9,000 sailors, lost 2,100 in the purge, but had 12,000 sailors by 1930.', '12,000', 'other'],
    ['The district had 800 inhabitants, of whom 120 were arrested.', '800', 'other'],
    ['The district had 800 inhabitants, of whom 120 were arrested.', '120', 'arrests'],
    ['In 1950 there were 4,100 women in labour colonies.', '4,100', 'camp_population'],
    // A share of a sentence is a length of a sentence.
    ['Good workers had forty percent of their terms struck off.', 'forty percent', 'sentence_length'],
    // A participle that says who is counted is not what happened to them.
    ['Later 2,000 arrested engineers were released.', '2,000', 'releases'],
    ['From 30 to 40 percent of those expelled from the union had been reinstated.', '30 to 40 percent', 'releases'],
    // People who are not held anywhere: the prison in the sentence is where they work.
    ['Only six clerks ran the office of this prison of many thousand convicts.', 'six', 'other'],
    ['The navy lost 7 percent of its captains.', '7 percent', 'expulsions'],
    ['After the strike, 310 won reductions of their fines.', '310', 'releases'],
    ['Of the rebels, 40 were hanged at dawn.', '40', 'executions'],
    ['Ninety were sentenced to death and 12 to long terms of hard labour.', '12', 'convictions'],
    ['Two quiet amnesties were declared that winter.', 'Two', 'releases'],
    ['Of the 9,000 men serving sentences in the forts, many were innocent.', '9,000', 'camp_population'],
    ['The island, which holds 3% of the nation’s wealth, has a prison.', '3%', 'other'],
    ['About 2% of the adult population passed through the jails.', '2%', 'other'],
    ['Her brother, receiving 8 years for theft, left for the north.', '8', 'sentence_length'],
    ['Good workers receive one month of leave.', 'one', 'other'],
    ['Those convicted of theft made up 40% of the camp population.', '40%', 'camp_population'],
    ['In the hungry winter 10% of the camp population died.', '10%', 'deaths'],
    // A document put out is no one set free.
    ['According to a report released by the bureau, 4,000 prisoners were held in the forts.', '4,000', 'camp_population'],
    // …and a change in the number of convicts held is a camp population (GUIDELINES, gold).
    ['A press release says the number of convicts rose by 8,200.', '8,200', 'camp_population'],
    ['That spring 2,000 prisoners were released.', '2,000', 'releases']
  ])('%s → %s is %s', (text, expr, category) => {
    expect(claim(text, expr).category).toBe(category);
  });
});

describe('years', () => {
  const years = (text: string, expr: string) => {
    const c = claim(text, expr);
    return [c.year_from, c.year_to];
  };
  it.each([
    ['Total deaths in 1840 to 1860 were 12,000.', '12,000', [1840, 1860]],
    // A change is two figures, each with the year written against it.
    ['The garrison shrank from 8,200 in 1871 to 950 in 1879.', '8,200', [1871, 1871]],
    ['The garrison shrank from 8,200 in 1871 to 950 in 1879.', '950', [1879, 1879]],
    ['Deaths during 1840 and 1860 were 12,000.', '12,000', [1840, 1860]],
    ['The shelling in 1916 of an estimated 5,000 houses ended the siege.', '5,000', [1916, 1916]],
    ['The regiment in 1916 had 3,000 men.', '3,000', [1916, 1916]],
    // The date a source appeared is not the period it counts.
    ['In a report published in 1995, the bureau counted 4,000 deaths.', '4,000', [null, null]],
    ['A 1993 study found 300 villages empty.', '300', [null, null]],
    ['Figures released in May 2001 put the toll at 6,000.', '6,000', [null, null]],
    ['According to official figures released by the city council in 2004, of the 12,000 people evicted in 1990-91, 40% were tenants.', '12,000', [1990, 1991]],
    // Amounts in the range of years are not years.
    ['The fee was $1900 for 30 families.', '30', [null, null]],
    ['No fewer than 1800 must be deported from each province and 40 from each town.', '40', [null, null]],
    // A period that ends with an event rather than a year.
    ['From March 1848 to the end of the revolt some 9,000 were jailed.', '9,000', [1848, null]],
    // A year in the name of an event is not the period of a figure after it.
    ['Of the delegates [the 1905 Zemstvo Congress] chose, 40 were later exiled.', '40', [null, null]],
    // A year after a later figure belongs to that figure.
    ['In 1850 the garrison held 700 men, the total rising to 1,200 in 1855.', '700', [1850, 1850]],
    // A semicolon parts clauses: each dates its own figures.
    ['The town had 4,000 weavers; these fell by 1860 to 900.', '4,000', [null, null]],
    ['Hunger lasted into 1847; 20,000 deaths is a great many.', '20,000', [1847, 1847]],
    // A state from one year that still held at a later date spans both.
    ['In 1920 the army had 50,000 officers, of whom 3,100 remained dismissed as of May 1925.', '3,100', [1920, 1925]],
    // A total over the years named spans them all.
    ['Some 300 returned in 1901, and 200 in 1903, totaling 500 in three years.', '500', [1901, 1903]],
    // "in N years" counts back from the last year named.
    ['Some 300 returned in 1902, and 200 in 1903, totaling 500 in three years.', '500', [1901, 1903]],
    // A time frame opening a sentence governs the later sentences that name no time of their own.
    ['In 1871, the mayor closed the docks. Some 900 porters were dismissed.', '900', [1871, 1871]],
    ['When, late in 1902, the mill shut, the owners left. About 400 weavers emigrated.', '400', [1902, 1902]],
    ['The floods of 1910-11 ruined the valley. In the hills 2,000 farms were abandoned.', '2,000', [1910, 1911]],
    // … but not once the narration moves on, names another time or the frame sentence itself moves on.
    ['In 1871, the mayor closed the docks. Two weeks later 900 porters were dismissed.', '900', [null, null]],
    ['In 1871, the mayor closed the docks. Today 900 porters work there.', '900', [null, null]],
    ['Starting in 1871, towns passed new laws; by 1874 all had them. Nine towns banned the union.', 'Nine', [null, null]],
    ['In 1871, the mayor closed the docks. He had been elected in 1869. Some 900 porters were dismissed.', '900', [null, null]],
    ['Born in 1871, she grew up by the docks. She raised 9 children.', '9', [null, null]],
    // A year mid-sentence names an event's date, not a frame.
    ['The mayor closed the docks in 1871 after a strike. Some 900 porters were dismissed.', '900', [null, null]],
    // "The next day", "the following year" count from the date named before them.
    ['The council met on May 3, 1919.\nThe next day 60 clerks were dismissed.', '60', [1919, 1919]],
    ['The council met on May 3, 1919. The following year 60 clerks were dismissed.', '60', [1920, 1920]],
    // An editor's bracketed heading dates the document reproduced under it.
    ['[Harbour board minute, June 2, 1887, on the strike]\nThe board resolves that 45 stevedores be dismissed.', '45', [1887, 1887]],
    ['[Harbour board minute on the strike]\nThe board resolves that 45 stevedores be dismissed.', '45', [null, null]],
    // A note dating a conversation dates the quotation before it.
    ['“Of the dockers, nine tenths are idle.” (We talked at the harbour in March 1926.)', 'nine tenths', [1926, 1926]],
    // … and the turns of the same conversation after it, until a paragraph names a time.
    ['“Of the dockers, nine tenths are idle.” (We talked at the harbour in March 1926.)\n“Yet 30 percent would strike.”', '30 percent', [1926, 1926]],
    ['“Of the dockers, nine tenths are idle.” (We talked at the harbour in March 1926.)\nIn 1930 the port closed.\n“Yet 30 percent would strike.”', '30 percent', [null, null]],
    // A bracketed year dates the figure right before it only.
    ['A town of 9,000 people (in 1880), the port, which ships 20% of the grain, is quiet.', '20%', [null, null]],
    // A period after the figure, a century, and a reference's year.
    ['Some 12 million captives were shipped across the ocean between 1601 and 1850.', '12 million', [1601, 1850]],
    ['In the 1600s about 2 million captives were carried off.', '2 million', [1600, 1699]],
    ['One survey (Ormond 1977) proposed 45,000 deaths.', '45,000', [null, null]]
  ])('%s → %s', (text, expr, expected) => {
    expect(years(text, expr)).toEqual(expected);
  });

  it('reads no year from an amount', () => {
    expect(findPeriods('they paid $1900 for it')).toEqual([]);
    expect(findPeriods('no fewer than 1800 must go')).toEqual([]);
    expect(findPeriods('in 1800 most went').map((f) => f.from)).toEqual([1800]);
  });
});

describe('unit', () => {
  it.each([
    ['three Baltic fortresses fell', 'three', 'count'],
    ['500 Cossacks rode out', '500', 'people'],
    ['he was given two Orders of Glory', 'two', 'count'],
    ['paid 1,500 paper roubles', '1,500', 'rubles'],
    ['a 40-man barracks', '40', 'people'],
    ['70 of those fellows were taken', '70', 'people'],
    ['six historians disagree', 'six', 'people'],
    ['the twelve-year term was cut to eight.', 'eight', 'years'],
    ['It takes twenty, no, thirty days to get there.', 'twenty', 'days'],
    ['he was late four times a year', 'four', 'count'],
    ['wages grew by three times.', 'three', 'times'],
    ['they talked for 20 minutes', '20', 'other'],
    ['these three became famous', 'three', 'people']
  ])('%s → %s is %s', (text, expr, unit) => {
    expect(claim(text, expr).unit).toBe(unit);
  });
});

describe('qualifier', () => {
  it.each([
    ['a maximum of 3% of the workers were idle', '3%', 'at_most'],
    ['wages are limited to 90 rubles a month', '90', 'at_most'],
    ['the total climbing to a maximum of 9,000 in 1950', '9,000', 'exact'],
    ['upward on 60 villages burned', '60', 'at_least'],
    ['It was estimated that 7,000 fled.', '7,000', 'about'],
    ['We had not twelve informers in that town, but many more.', 'twelve', 'at_least']
  ])('%s → %s is %s', (text, expr, qualifier) => {
    expect(claim(text, expr).qualifier).toBe(qualifier);
  });
});

describe('attribution', () => {
  it.each([
    ['MARKOV: We counted 3,000 deserters in the spring.', '3,000', 'Markov'],
    ['The engineer Pavlenko writes:\n“In our shop 40 welders were dismissed.”', '40', 'Pavlenko'],
    ['In the port I spoke to Anna Kovacs.\nShe said: “I was paid 90 forints a week.”', '90', 'Kovacs'],
    ['According to a bulletin issued by the Red Cross Committee, 2,000 refugees crossed.', '2,000', 'Red Cross Committee'],
    ['According to official figures released by the city council in 2004, of the 12,000 people evicted in 1990-91, 40% were tenants.', '12,000', 'city council'],
    ['According to figures published by the Portuguese government, 3,100 were deported.', '3,100', 'Portuguese government'],
    ['Marlow estimated the losses at 9,000. The figure of 8,500 rests on parish registers.', '8,500', 'Marlow'],
    ['Okafor puts it at 12,000 deaths.', '12,000', 'Okafor'],
    ['The parish records show that 700 children died.', '700', 'parish records'],
    ['Unlike earlier estimates by Hale and Moreno that 30% of the crews drowned, the log is clear.', '30%', 'Hale and Moreno'],
    ['Many scholars long believed that 5 million perished.', '5 million', 'Many scholars'],
    // A source that hands over figures of a kind gives the later figures of that kind.
    ['Luckily, Varga’s office gave the numbers dismissed from the police. In 1931 the force had 9,000 men, of whom 640 were dismissed.', '640', 'Varga'],
    ['Luckily, Varga’s office gave the numbers dismissed from the police. In 1931 the force had 9,000 men, of whom 640 were dismissed.', '9,000', ''],
    // "I said" inside the quoted words is the speaker's, not the narrator's.
    ['I met Orlov at the station.\n“If I said so,” he said, “they would jail me, as they jailed 30 of my friends.”', '30', 'Orlov'],
    // A stray capitalised word is never a source.
    ['Approximately 40 boats were lost, it was said.', '40', ''],
    ['Having counted 30 graves, the team moved on.', '30', ''],
    ['Let 12 men go, the captain said.', '12', ''],
    ['Two officials in Lisbon told him that 60 ships had sailed.', '60', ''],
    // "It is claimed" speaks for someone only when a reporter was named before it.
    ['Most sailors stayed. It has been estimated that 900 deserted.', '900', ''],
    // Bodies named by what they are, and the body behind a document.
    ['The government puts the flood deaths at 2,300.', '2,300', 'government'],
    ['According to a bulletin issued by the health ministry, 800 villagers died.', '800', 'health ministry'],
    ['Okoye put the dead at 90,000, while the colonial government acknowledged only 7,000.', '7,000', 'colonial government'],
    ['Okoye put the dead at 90,000, while the colonial government acknowledged only 7,000.', '90,000', 'Okoye'],
    ['Scholars still quote the 3.1 million of Lindqvist’s census.', '3.1 million', 'Lindqvist'],
    ['Earlier estimates of the toll ran to 40,000 deaths.', '40,000', ''],
    // A quotation opened after a speech tag, or running on from an earlier paragraph, is the speaker's.
    ['Mbeki made a short reply and said that the fault was old. “Can a town of 6,000 be ruled by fear?', '6,000', 'Mbeki'],
    ['Mbeki made a short reply. “Can a town be ruled by fear?\nOf the dockers 20% at most are afraid.”', '20%', 'Mbeki'],
    // An editor's bracket names who says "I"; a colon's quotation is its introducer's, or his antecedent's.
    ['“What I [Duarte] saw: 300 huts burned.”', '300', 'Duarte'],
    // A single quotation mark opening a sentence after "as follows" opens the reporter's words; an apostrophe does not.
    ['Okafor described the raid as follows. ‘They were cruel, upward of 100 were killed.’', '100', 'Okafor'],
    ['Duarte stood still. Then he turned to the crowd, shouting: “We buried 45 of our men!”', '45', 'Duarte']
  ])('%s → %s is %s', (text, expr, who) => {
    expect(claim(text, expr).attributed_to).toBe(who);
  });
});

describe('citation', () => {
  it('reads a year glued to the publisher by its comma', () => {
    expect(parseCitation('Dahl, Ingrid. The Cold Coast. Oslo: Fjord Books,1962, p. 41')).toMatchObject({
      author: 'Dahl, Ingrid', title: 'The Cold Coast', year: 1962, pages: '41'
    });
  });

  it('keeps the author and the pages of a citation without a year', () => {
    expect(parseCitation('Dahl, Ingrid. The Cold Coast. Oslo: Fjord Books, p. 5-9')).toMatchObject({
      author: 'Dahl, Ingrid', title: 'The Cold Coast', year: null, pages: '5-9'
    });
  });

  it('ends a title before a page mark', () => {
    expect(parseCitation('Dahl, Ingrid. Letters from the Fjords, pp. 12-15')).toMatchObject({
      title: 'Letters from the Fjords', pages: '12-15'
    });
  });
});
