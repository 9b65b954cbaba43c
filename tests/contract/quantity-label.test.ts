import { describe, expect, it } from 'vitest';
import { periodOfKey, periodSlug } from '../../contract/period';
import { labelOf, readCounted } from '../../contract/quantity-label';

const undated = { year_from: null, year_to: null };

describe('readCounted', () => {
  it('splits the people counted from what they did', () => {
    expect(readCounted('tenant farmers sided with the landlords')).toEqual({ who: 'tenant farmers', did: 'sided with the landlords' });
    expect(readCounted('sailors drowned')).toEqual({ who: 'sailors', did: 'drowned' });
    expect(readCounted('fled across the river')).toEqual({ who: '', did: 'fled across the river' });
    expect(readCounted('weavers were pressed into the navy')).toEqual({ who: 'weavers', did: 'were pressed into the navy' });
  });

  it('reads a past form before a noun as describing it, and keeps "of" in the people', () => {
    expect(readCounted('pardoned convicts')).toEqual({ who: 'pardoned convicts', did: '' });
    expect(readCounted('members of the guild')).toEqual({ who: 'members of the guild', did: '' });
  });

  it('names no people for a measure word, a stray word or nothing', () => {
    for (const counted of ['deaths', 'the total', 'population', '', 'reported', 'older books']) expect(readCounted(counted).who).toBe('');
  });
});

describe('labelOf', () => {
  const years = { year_from: 1820, year_to: 1822 };

  it('says a share as "Share of X who did", with the period', () => {
    expect(labelOf('other', ['tenant farmers sided with the landlords', 'sided'], true, years)).toBe(
      'Share of tenant farmers who sided with the landlords, 1820–1822'
    );
  });

  it('gives a collective body its article, and a category share its own words', () => {
    expect(labelOf('expulsions', ['naval staff', 'naval staff', 'deaths'], true, years)).toBe('Share of the naval staff expelled or purged, 1820–1822');
    expect(labelOf('deaths', ['weavers', ''], true, undated)).toBe('Share of weavers who died');
    expect(labelOf('camp_population', ['population'], true, undated)).toBe('Share of people held in the camps');
    expect(labelOf('arrests', ['taken', 'taken', 'clerks'], true, undated)).toBe('Share of clerks arrested');
  });

  it('falls back to the category words when counted names only a measure or nothing', () => {
    expect(labelOf('executions', ['executions', ''], false, { year_from: 1794, year_to: 1794 })).toBe('People executed, 1794');
    expect(labelOf('deaths', ['pilgrims'], false, undated)).toBe('Deaths');
    expect(labelOf('other', ['the total', ''], false, undated)).toBe('Number of people');
  });

  it('names a count of no toll category by its people and deed, never one claim’s people with another’s deed', () => {
    expect(labelOf('other', ['settlers arrived', 'arrived', 'settlers arrived'], false, years)).toBe('Settlers who arrived, 1820–1822');
    expect(labelOf('other', ['arrived', 'arrived', 'settlers'], false, years)).toBe('People who arrived, 1820–1822');
    expect(labelOf('other', ['members of the guild'], false, undated)).toBe('Number of members of the guild');
    expect(labelOf('other', ['naval staff'], false, undated)).toBe('Size of the naval staff');
  });
});

describe('periodSlug and periodOfKey', () => {
  it('write a period into a key and read the same period back', () => {
    const periods = [
      { year_from: 1820, year_to: 1822 },
      { year_from: 1820, year_to: 1820 },
      { year_from: null, year_to: 1822 },
      { year_from: 1820, year_to: null },
      undated
    ];
    expect(periods.map(periodSlug)).toEqual(['1820-1822', '1820', 'by-1822', 'from-1820', 'undated']);
    for (const p of periods) expect(periodOfKey(`deaths:${periodSlug(p)}:people:from-4000`)).toEqual(p);
  });

  it('reads no years from a key without a period part', () => {
    expect(periodOfKey('hand-made')).toEqual(undated);
  });
});
