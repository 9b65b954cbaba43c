import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsToCsv, parseClaimsCsv } from '../../contract/csv';
import { launchChromium } from '../../scripts/chromium';
import accuracy from '../../src/lib/estimates/accuracy.json';
import { FAMINE, fixtureClaims, HELD, SHOT } from '../estimates-fixture';
import { applyFilters, DEFAULT_FILTERS } from '../../src/lib/filters';
import { indexQuantities, matchingRows } from '../../src/lib/estimates/quantity-index';
import { SHOTS, expectNoSeriousAxeViolations, open, seed } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the home page at `width` and replaces the built-in claims with the fixture's. */
async function openFixture(width = 1280): Promise<Page> {
  const page = await open(browser, '', width);
  await page.getByTestId('csv-input').setInputFiles({ name: 'valley.csv', mimeType: 'text/csv', buffer: Buffer.from(claimsToCsv(fixtureClaims)) });
  await expect.poll(() => page.textContent('[data-testid=dataset-name]')).toContain('valley.csv');
  return page;
}

const listed = (page: Page) => page.$$eval('[data-testid=quantity-list] > li', (els) => els.map((e) => e.getAttribute('data-quantity')));
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('Estimates, the home view', () => {
  it('lists every quantity of the chosen category, most estimators first, narrowed by the filters', async () => {
    const page = await openFixture();
    // The default category is the camps'.
    await expect.poll(() => listed(page)).toEqual([HELD]);
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'All', exact: true }).click();
    await expect.poll(() => listed(page)).toEqual([FAMINE, SHOT, HELD]);
    expect(page.url()).toContain('category=all');
    const famine = page.locator(`li[data-quantity="${FAMINE}"]`);
    expect(await famine.textContent()).toMatch(/5 estimates by 5 estimators.*1.5 million – 5 million.*spread ×3.3/);
    expect(await famine.locator('[data-testid=estimate-strip] g[data-estimator]').count()).toBe(5);
    await page.screenshot({ path: `${SHOTS}/estimates-home.png` });

    // A quantity shows when any of its claims matches: one quote says "shot".
    await page.getByRole('searchbox', { name: 'Search quotes and what is counted' }).fill('shot');
    await expect.poll(() => listed(page)).toEqual([SHOT]);
    await page.goBack();
    await expect.poll(() => listed(page)).toEqual([FAMINE, SHOT, HELD]);
  });

  it('with the built-in claims, opens on the quantities the default filters keep, from the first view built with the site', async () => {
    const expected = matchingRows(indexQuantities(seed).rows, applyFilters(seed, DEFAULT_FILTERS));
    const page = await open(browser, '');
    if (expected.length === 0) {
      await page.waitForSelector('[data-testid=no-quantities]');
    } else {
      await expect.poll(() => page.textContent('[data-testid=quantity-count]')).toBe(expected.length.toLocaleString('en-US'));
      expect((await listed(page))[0]).toBe(expected[0]!.quantity);
    }
    await expectNoSeriousAxeViolations(page);
  });

  it('answers "who said how many were shot?" in two clicks, without hovering', async () => {
    const page = await openFixture();
    await page.getByRole('link', { name: /^executions/ }).click();
    await page.getByRole('link', { name: /^People executed, 1950/ }).click();
    await page.waitForSelector('[data-testid=estimate-list]');
    const rows = await page.$$eval('[data-testid=estimate-list] > li.estimate', (els) => els.map((e) => e.querySelector('.head')?.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual(['Lindqvist 40,000 for 1950 first published 1985', 'Okafor 21,300 for 1950 first published 1994']);
  });

  it('has no horizontal scroll and no serious accessibility violation at 1280 and 375 px', async () => {
    for (const width of [1280, 375]) {
      const page = await openFixture(width);
      await page.getByRole('link', { name: 'All', exact: true }).click();
      await expect.poll(() => listed(page)).toHaveLength(3);
      expect(await noSideScroll(page)).toBeLessThanOrEqual(width);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/estimates-home-${width}.png`, fullPage: true });
      await page.context().close();
    }
  });
});

describe('a page per quantity', () => {
  async function openFamine(width = 1280): Promise<Page> {
    const page = await openFixture(width);
    await page.getByRole('link', { name: 'All', exact: true }).click();
    await page.locator(`li[data-quantity="${FAMINE}"] a`).click();
    await page.waitForSelector('[data-testid=quantity-chart]');
    return page;
  }

  it('lists the estimates by first publication, the archives line, and every work under an echo, linked to its claim', async () => {
    const page = await openFamine();
    const estimators = await page.$$eval('[data-testid=estimate-list] > li.estimate', (els) => els.map((e) => e.getAttribute('data-estimator')));
    expect(estimators).toEqual(['Ivanova', 'Lindqvist', 'Brandt', 'Okafor', 'Sato']);
    const withLine = await page.$$eval('[data-testid=estimate-list] > li', (els) => els.map((e) => (e.classList.contains('archives') ? '|' : e.getAttribute('data-estimator'))));
    expect(withLine).toEqual(['Ivanova', 'Lindqvist', '|', 'Brandt', 'Okafor', 'Sato']);
    expect(await page.getByTestId('quantity-chart').textContent()).toContain('as the Soviet archives opened');
    // The chart prints each figure beside its mark, with the qualifier's mark.
    const values = await page.$$eval('[data-testid=estimate-value]', (els) => els.map((e) => e.textContent));
    expect(values).toEqual(['~5 million', '3.4 million', '1.5–2 million', '1,672,438', '≥2 million']);
    const echo = page.locator('li.estimate[data-estimator=Ivanova] .works a');
    expect(await echo.allTextContents()).toEqual(['Ivanova 1975, p. 10', 'Brandt 1992, p. 11', 'Okafor 1994, p. 15']);
    await page.screenshot({ path: `${SHOTS}/estimates-quantity.png`, fullPage: true });
    await echo.nth(1).click();
    await page.waitForSelector('[data-testid=claim]');
    expect(await page.getByTestId('claim').textContent()).toContain('Ivanova put it at five million dead.');
  });

  it('downloads its claims as CSV and its chart as SVG and PNG that stand alone', async () => {
    const page = await openFamine();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /claims \(CSV\)/ }).click()]);
    const parsed = parseClaimsCsv(readFileSync((await csv.path())!, 'utf8'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.claims.map((c) => c.claim_id).sort()).toEqual(fixtureClaims.filter((c) => c.quantity === FAMINE).map((c) => c.claim_id).sort());

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart (SVG)' }).click()]);
    const markup = readFileSync((await svg.path())!, 'utf8');
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toContain('1,672,438');
    expect(markup).toContain('not checked by hand');
    expect(markup).toMatch(/How this was made: http:\/\/[^<]+\/about/);
    expect(markup).not.toContain('class="');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart (PNG)' }).click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  });

  it('has no horizontal scroll and no serious accessibility violation at 1280 and 375 px', async () => {
    for (const width of [1280, 375]) {
      const page = await openFamine(width);
      expect(await noSideScroll(page)).toBeLessThanOrEqual(width);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/estimates-quantity-${width}.png`, fullPage: true });
      await page.context().close();
    }
  });

  it('on the seed, shows the archives’ 1,672,438 beside Conquest’s 8 million in one quantity', async () => {
    const archives = seed.find((c) => c.value === 1672438);
    expect(archives, 'the seed has the 1,672,438 claim').toBeDefined();
    const key = archives!.quantity;
    expect(key, 'the extractor puts the 1,672,438 claim in a quantity').not.toBe('');
    expect(seed.some((c) => c.quantity === key && c.value === 8e6), 'with an 8 million claim').toBe(true);
    const page = await open(browser, `quantity?key=${encodeURIComponent(key)}`);
    const values = await page.$$eval('[data-testid=estimate-value]', (els) => els.map((e) => e.textContent ?? ''));
    expect(values.some((v) => v.includes('1,672,438'))).toBe(true);
    expect(values.some((v) => v.includes('8 million'))).toBe(true);
  });
});

describe('How this was made', () => {
  it('is linked from the home page, says the claims were not checked by hand, and gives the measured accuracy', async () => {
    const page = await open(browser, '');
    await page.locator('main').getByRole('link', { name: 'how this was made' }).click();
    await page.waitForSelector('[data-testid=accuracy]');
    expect(await page.locator('main').textContent()).toContain('extracted by machine and none was checked by hand');
    const table = await page.getByTestId('accuracy').innerText();
    expect(table).toContain(`${Math.round(accuracy.precision * 1000) / 10}%`);
    expect(table).toContain(`${Math.round(accuracy.recall * 1000) / 10}%`);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await noSideScroll(page)).toBeLessThanOrEqual(width);
      await expectNoSeriousAxeViolations(page);
    }
  });
});
