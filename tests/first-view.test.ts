import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClaimsCsv } from '../contract/csv';
import { firstView, unpackFirstView } from '../src/lib/data/first-view';
import { DEFAULT_FILTERS, facets } from '../src/lib/filters';
import { compareSet } from '../src/lib/plot';
import { estimatorColours } from '../src/lib/charts/colours';
import type { Claim } from '../contract/schema';
import { synthClaims } from '../scripts/synth-claims';

const seed = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).claims;

/** What the home page works out from the full claims once they are read. */
function live(claims: Claim[]) {
  const { filtered, counts } = facets(claims, DEFAULT_FILTERS);
  return { total: claims.length, matching: filtered.length, counts, plot: compareSet(filtered, DEFAULT_FILTERS, true, estimatorColours(claims)), errors: [] };
}

describe('the home page first view (data/first.json)', () => {
  it.each([
    ['the seed', seed],
    ['5,000 synthetic claims, more than the chart draws', synthClaims(5000)]
  ])('read back from JSON, is what the page shows from the full claims: %s', (_, claims) => {
    const shipped = unpackFirstView(JSON.parse(JSON.stringify(firstView(claims, []))));
    expect(shipped).toEqual(live(claims));
    // Same order too: the unit list and the legend follow the maps' order.
    expect([...shipped.counts.unit]).toEqual([...live(claims).counts.unit]);
    expect([...shipped.plot.colours]).toEqual([...live(claims).plot.colours]);
  });

  it('carries the dataset’s row errors', () => {
    const errors = [{ row: 3, column: 'value', reason: 'not a number' }];
    expect(unpackFirstView(firstView(seed, errors)).errors).toEqual(errors);
  });
});
