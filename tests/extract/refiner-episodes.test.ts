import { describe, expect, it } from 'vitest';
import { claim, claims } from './support';

/**
 * Fields of figures in accounts of contested tolls (famines, wars, massacres, trades): when a
 * work was written is not the toll's period, whose figure it is, and whether it counts one place.
 * Sentences written for the test.
 */

const years = (text: string, expr: string) => {
  const c = claim(text, expr);
  return [c.year_from, c.year_to];
};

describe('the period of a toll, not the date of the work that gives it', () => {
  it.each([
    ['Marlow, writing in 1931, put the deaths of the drought at 90,000.', '90,000'],
    ['Okoro, in 1972, put the dead of the rising at 40,000.', '40,000'],
    ["Lind's reconstruction of 2004 counts 70,000 deaths in the siege.", '70,000'],
    ["Lind's 1988 table gave 12,000 deaths a year.", '12,000'],
    ['A relief survey in 1951 counted 300,000 deaths.', '300,000'],
    ['A commission set up in 2011 has so far recorded 8,000 deaths.', '8,000'],
    ['Working from the census of 1960, the demographers arrived at 50,000 deaths.', '50,000']
  ])('%s', (text, expr) => {
    expect(years(text, expr)).toEqual([null, null]);
  });

  it('keeps the year of an event a figure is set in', () => {
    expect(years('In Ireland, in 1847, some 20,000 died of fever.', '20,000')).toEqual([1847, 1847]);
  });

  it('dates a stock by its census, and not a toll set against the population of that year', () => {
    expect(years('A census of 1960 counted 2.1 million inhabitants.', '2.1 million')).toEqual([1960, 1960]);
    expect(years('The floods killed about a tenth of the population of 1931.', 'a tenth')).toEqual([null, null]);
  });

  it('reads a range whose first year is only in part', () => {
    expect(years('About 30,000 people were deported in late 1941 and 1942.', '30,000')).toEqual([1941, 1942]);
  });

  it("frames a passage's later tolls with the span its opening sentence tells of", () => {
    const text = 'The siege of the city lasted from 1941 to 1944, and the city starved.\n\nHistorians dispute the toll. Marlow estimated 600,000 deaths; Okoro thinks 800,000 died.';
    expect(years(text, '600,000')).toEqual([1941, 1944]);
    expect(years(text, '800,000')).toEqual([1941, 1944]);
  });
});

describe('whose figure it is, in a text that sets estimates against each other', () => {
  it.each([
    ['Marlow puts the dead of the drought at 90,000; Okoro, who counts the deaths in the camps, reaches some 140,000.', '140,000', 'Okoro'],
    ['Marlow put the dead at 90,000, and Okoro at 150,000.', '150,000', 'Okoro'],
    ['Marlow put the dead at 90,000. Okoro thought 120,000.', '120,000', 'Okoro'],
    ["The council gave 60,000 dead, but Okoro's about 100,000 is more often cited.", '100,000', 'Okoro'],
    ["Okoro's 100,000, long the standard figure, was revised later.", '100,000', 'Okoro'],
    ['The 3 million of the aid agencies was a guess.', '3 million', 'aid agencies'],
    ['The council gave 60,000, and a 1980 study by the geographer Ana Lind, based on parish lists, arrived at about 95,000.', '95,000', 'Lind'],
    ['Okoro counted 20,000 sailors drowned; a naval history published in 1961 gave 17,000.', '17,000', 'naval history']
  ])('%s', (text, expr, source) => {
    expect(claim(text, expr).attributed_to).toBe(source);
  });

  it("takes no place's people for a source", () => {
    expect(claim("Ireland's 8 million inhabitants lived on the potato.", '8 million').attributed_to).toBe('');
  });
});

describe("a passage's opening span", () => {
  const text = 'A note on the sources follows below, written for readers of this page.\n\nThe war in the hills lasted from 1961 to 1965 and emptied the valleys.\n\nEstimates of the dead range from 30,000 to 90,000. In the first two years of the war, 12,000 died.';
  it('frames the tolls after it, past a note that opens the passage', () => {
    expect(years(text, '30,000 to 90,000')).toEqual([1961, 1965]);
  });
  it('does not frame a toll of a part of the episode', () => {
    expect(years(text, '12,000')).toEqual([null, null]);
  });
});

describe('the scope of a figure about one place, vessel or house', () => {
  it.each([
    ['In the Dunmore poorhouse, some 700 inmates died that winter.', '700', 'local'],
    ['Lisbon ships alone carried 400,000 captives over the century.', '400,000', 'local'],
    ['Readers will find the tables on the Gulf of Aden, where 90,000 embarked, the most complete.', '90,000', 'local'],
    ['The army drove about 300,000 residents out of Kandor within a week.', '300,000', 'local'],
    ['On one voyage, 80 captives died of fever.', '80', 'local'],
    ['A slaving ship of that size carried on average 300 captives.', '300', 'local'],
    ['In 1990 the government in Kandor announced that 800,000 people had died in the war.', '800,000', 'system'],
    ['Okoro checked 500 voyages found in Danish archives against the registers.', '500', 'system'],
    ['Of these, an estimated 40,000 died, though a village survey put the deaths at 30,000.', '40,000', 'system']
  ])('%s', (text, expr, scope) => {
    expect(claim(text, expr).scope).toBe(scope);
  });
});

describe('the category of a people moved, driven out or fleeing', () => {
  it.each([
    ['After the defeat, some 90,000 villagers fled to camps across the river.', '90,000', 'other'],
    ['The Aleni minority, about 30,000 in 1950, was expelled or killed almost in full.', '30,000', 'deportations'],
    ['About 400,000 people were moved from the coast to the hills in 1951.', '400,000', 'deportations'],
    ["Okoro's count of the transfers of those years is 350,000.", '350,000', 'deportations'],
    ['The army drove about 300,000 residents out of Kandor within a week.', '300,000', 'deportations'],
    // Expelled from the party is still a purge.
    ['In 1933 some 800 members were expelled from the party.', '800', 'expulsions']
  ])('%s', (text, expr, category) => {
    expect(claim(text, expr).category).toBe(category);
  });
});

describe('the scope of a figure next to a place it does not count', () => {
  it.each([
    ['Of those who sailed, about 20 per cent died at sea. In Kandor the population fell by 29 per cent.', '20 per cent', 'system'],
    ['The workhouse deaths, which I reckon at 90,000 for those years, are better known.', '90,000', 'system'],
    ['Of those who sailed, some 15 per cent died on the voyage.', '15 per cent', 'system']
  ])('%s', (text, expr, scope) => {
    expect(claim(text, expr).scope).toBe(scope);
  });
});

describe('fields carried from the sentence before or set off by commas', () => {
  it('dates a figure by the year the sentence before named, for "that year"', () => {
    expect(years('The worst year was 1921. The lists give 40,000 deaths for that year, and Okoro 55,000.', '40,000')).toEqual([1921, 1921]);
  });
  it.each([
    ['Marlow, writing in 1931, thought the lists missed the dead of the roads, and raised the toll to 90,000.', '90,000', 'Marlow'],
    ["Okoro's reconstruction of 1998 settled on 120,000.", '120,000', 'Okoro'],
    ['The census office itself, in its report of 1871, gave a rounder 50,000.', '50,000', 'census office']
  ])('%s', (text, expr, source) => {
    expect(claim(text, expr).attributed_to).toBe(source);
  });
  it('takes no column of a table for a source', () => {
    expect(claim('Deaths recorded in the registers, 1850-1853\nYear  Deaths\n1851  41,200\n1852  49,900', '41,200').attributed_to).toBe('');
  });
});

describe('a later telling, not a later time', () => {
  it('keeps the frame of the paragraph for a figure a later writer gives', () => {
    expect(years('In 1921 the fever spread to the towns. The clergy gave 40,000 dead. A demographer later came nearer 25,000.', '25,000')).toEqual([1921, 1921]);
  });
  it('still leaves a figure of a later time undated', () => {
    expect(years('In 1921 the fever spread to the towns. The clergy gave 40,000 dead. Later 25,000 more died.', '25,000')).toEqual([null, null]);
  });
});

describe('a source past a semicolon', () => {
  it("gives the next clause's figure, not the one before it", () => {
    const text = "Marlow, writing in 1931, raised the toll to 90,000; Okoro's reconstruction of 1998 settled on 70,000.";
    expect(claim(text, '90,000').attributed_to).toBe('Marlow');
    expect(claim(text, '70,000').attributed_to).toBe('Okoro');
  });
});

describe('a pronoun whose name opens the sentence', () => {
  it('gives the figure to that name, not to a source of the sentence before', () => {
    const text = 'Textbooks gave 15 million. Marlow, in 1969, was the first to count the lists, and he put the number at 9 million, against the 15 million of the older books.';
    expect(claim(text, '9 million').attributed_to).toBe('Marlow');
    expect(claims(text).filter((c) => c.text === '15 million').map((c) => c.attributed_to)).toEqual(['Textbooks', 'older books']);
  });
});

describe('a span of known length after a year', () => {
  it.each([
    ['Marlow thought 900,000 left in the decade after 1920.', '900,000', [1921, 1930]],
    ['Some 40,000 died in the five years following 1930.', '40,000', [1931, 1935]]
  ])('%s', (text, expr, period) => {
    expect(years(text, expr)).toEqual(period);
  });
});

describe('records that give a figure in a clause of their own', () => {
  const text = 'Marlow thought 900,000 left in those years; the shipping lists, which miss the coastal crossings, give 700,000.';
  it.each([['900,000', 'Marlow'], ['700,000', 'shipping lists']])('%s', (expr, source) => {
    expect(claim(text, expr).attributed_to).toBe(source);
  });
});

describe('sources named by what they are', () => {
  it.each([
    ["The clergy's burial lists gave 40,000 dead for the year.", '40,000', "clergy's burial lists"],
    ['A demographer working from the same parishes later came nearer 25,000.', '25,000', 'demographer']
  ])('%s', (text, expr, source) => {
    expect(claim(text, expr).attributed_to).toBe(source);
  });
});

describe('a body named with its seat', () => {
  it('is the source, not the last word of the seat', () => {
    expect(claim('In 1990 the government in Port Kandor announced that 800,000 people had died.', '800,000').attributed_to).toBe('government');
  });
});

describe('a figure before a work named with its author', () => {
  it('stays with the source named before it', () => {
    const text = 'The council put the dead at no more than 50,000, and a 1971 study by the demographer Ana Lind arrived at about 95,000.';
    expect(claim(text, '50,000').attributed_to).toBe('council');
  });
  it('is not local for a university named after a speaker', () => {
    expect(claim('"It is the best figure," said Ana Lind, a historian at the University of Kandor. "The 2 million of the agencies was an appeal."', '2 million').scope).toBe('system');
  });
});

describe('a sample of one place', () => {
  it('is local', () => {
    expect(claim('About 60% of the dead in one village sample died of disease.', '60%').scope).toBe('local');
  });
});

describe('a place in the next sentence with a figure of its own', () => {
  it('does not make the figure before it local', () => {
    const text = 'Okoro put the executions at 500,000, and Sar and Lind at about 1 million. About 60% of the dead in one village sample died of disease.';
    expect(claim(text, '1 million').scope).toBe('system');
  });
});
