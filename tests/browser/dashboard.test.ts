import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { validateRecords } from '../../contract/csv';
import { compareOrder } from '../../src/lib/charts/scales';
import { DEFAULT_FILTERS, applyFilters, subjectYears, type Filters } from '../../src/lib/filters';
import { plotSet } from '../../src/lib/plot';
import type { Claim } from '../../contract/schema';
import {
  SHOTS, allMarkIds, claimsOf, expectNoSeriousAxeViolations, markIds, matchCount, open, ready, rowIds, seed, url
} from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ids = (claims: Claim[]) => claims.map((c) => c.claim_id);

/** The claims the Compare chart should draw for these filters, in row order. */
const compareRows = (f: Filters) => plotSet(applyFilters(seed, f), f, { log: true, limit: 1000, order: compareOrder }).claims;

/** The author with the most claims in the default view, so filtering by them visibly narrows it. */
function busiestAuthor(): string {
  const counts = new Map<string, number>();
  for (const c of applyFilters(seed, DEFAULT_FILTERS))
    if (c.source_author) counts.set(c.source_author, (counts.get(c.source_author) ?? 0) + 1);
  const [name] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  return name;
}

async function pickAuthor(page: Page, name: string): Promise<void> {
  await page.getByLabel('Search authors').fill(name);
  await page.locator('.options label', { hasText: name }).first().locator('input').click();
  await page.waitForURL(/author=/);
}

async function setSubjectYears(page: Page, from: number, to: number): Promise<void> {
  const years = page.getByRole('group', { name: 'Years the figure is about' });
  await years.getByLabel('From').fill(String(from));
  await years.getByLabel('From').press('Tab');
  await page.waitForURL(/year_from=/);
  await years.getByLabel('To').fill(String(to));
  await years.getByLabel('To').press('Tab');
  await page.waitForURL(/year_to=/);
}

async function expectCount(page: Page, n: number): Promise<void> {
  await expect.poll(() => matchCount(page)).toBe(n);
}

describe('the built dashboard', () => {
  it('loads with the seed claims and draws the default quantity, at desktop and phone width', async () => {
    for (const width of [1280, 375]) {
      const page = await open(browser, '', width);
      await expectCount(page, applyFilters(seed, DEFAULT_FILTERS).length);
      expect(await page.textContent('.status')).toContain(`of ${seed.length} claims`);
      const expected = compareRows(DEFAULT_FILTERS);
      expect(expected.length).toBeGreaterThan(10);
      expect(Number(await page.textContent('[data-testid=plotted-count]'))).toBe(expected.length);
      const marks = await allMarkIds(page);
      expect(marks.sort()).toEqual(ids(expected).sort());
      // Usable on a phone: nothing forces the page wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${SHOTS}/compare-${width}.png` });
      await page.screenshot({ path: `${SHOTS}/compare-${width}-full.png`, fullPage: true });
      await page.close();
    }
  });

  it('draws the home page from its first view before the claims are read; a filter picked meanwhile waits for them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/data/claims.json', async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(url());
    await page.waitForSelector('[data-testid=compare-chart] a.mark');
    expect(await page.getAttribute('main', 'aria-busy')).toBe('true');
    await expectCount(page, applyFilters(seed, DEFAULT_FILTERS).length);
    expect(await page.textContent('.status')).toContain(`of ${seed.length} claims`);
    const expected = compareRows(DEFAULT_FILTERS);
    expect(Number(await page.textContent('[data-testid=plotted-count]'))).toBe(expected.length);
    expect((await allMarkIds(page)).sort()).toEqual(ids(expected).sort());
    expect(await page.getByTestId('download-all').isDisabled()).toBe(true);

    // No count is shown for a filter until the claims are read, then the right one.
    await page.getByLabel('Qualifier').selectOption('about');
    await page.waitForURL(/qualifier=about/);
    await page.waitForSelector('main .loading');
    expect(await page.textContent('[data-testid=match-count]')).toBe('…');
    release();
    await ready(page);
    const about: Filters = { ...DEFAULT_FILTERS, qualifier: 'about' };
    await expectCount(page, applyFilters(seed, about).length);
    expect((await allMarkIds(page)).sort()).toEqual(ids(compareRows(about)).sort());
    await context.close();
  });

  it('filtering by an author leaves only that author’s marks and rows', async () => {
    const name = busiestAuthor();
    const expected = applyFilters(seed, { ...DEFAULT_FILTERS, authors: [name] });
    const page = await open(browser);
    await pickAuthor(page, name);
    await expectCount(page, expected.length);
    const marks = claimsOf(await allMarkIds(page));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((c) => c.source_author === name || c.attributed_to === name)).toBe(true);
    expect(ids(marks).sort()).toEqual(ids(compareRows({ ...DEFAULT_FILTERS, authors: [name] })).sort());
    await page.screenshot({ path: `${SHOTS}/compare-author.png`, fullPage: true });

    await page.getByRole('link', { name: 'Table' }).click();
    await page.waitForSelector('tbody tr[data-claim-id]');
    expect(page.url()).toContain('author=');
    const rows = await rowIds(page);
    expect(rows.length).toBe(Math.min(expected.length, rows.length));
    expect(ids(expected)).toEqual(expect.arrayContaining(rows));
    expect(await page.getAttribute('table', 'aria-rowcount')).toBe(String(expected.length + 1));
    await page.screenshot({ path: `${SHOTS}/table-author.png` });
    await page.close();
  });

  it('filtering by subject years leaves only claims about those years, and back/forward restore', async () => {
    const page = await open(browser, 'timeline');
    const window: Filters = { ...DEFAULT_FILTERS, subject: { from: 1937, to: 1939 } };
    await setSubjectYears(page, 1937, 1939);
    await expectCount(page, applyFilters(seed, window).length);
    const marks = claimsOf(await markIds(page));
    expect(marks.length).toBeGreaterThan(0);
    for (const c of marks) {
      const s = subjectYears(c);
      expect(s.from as number).toBeLessThanOrEqual(1939);
      expect(s.to as number).toBeGreaterThanOrEqual(1937);
    }
    await page.screenshot({ path: `${SHOTS}/timeline-years.png`, fullPage: true });

    await page.goBack();
    await expectCount(page, applyFilters(seed, { ...window, subject: { from: 1937, to: null } }).length);
    await page.goBack();
    await expectCount(page, applyFilters(seed, DEFAULT_FILTERS).length);
    await page.goForward();
    await page.goForward();
    await expectCount(page, applyFilters(seed, window).length);
    await page.close();
  });

  it('downloads the filtered claims as a CSV whose rows are exactly the filtered set', async () => {
    const name = busiestAuthor();
    const page = await open(browser, '?category=all');
    await pickAuthor(page, name);
    const expected = applyFilters(seed, { ...DEFAULT_FILTERS, category: 'all', authors: [name] });
    await expectCount(page, expected.length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-filtered').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const back = validateRecords(parsed.data, parsed.meta.fields);
    expect(back.errors).toEqual([]);
    expect(back.claims).toEqual(expected);

    const [all] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-all').click()]);
    const everything = Papa.parse<Record<string, string>>(readFileSync(await all.path(), 'utf8'), { header: true, skipEmptyLines: true });
    expect(validateRecords(everything.data, everything.meta.fields).claims).toEqual(seed);
    await page.close();
  });

  it('opening a copied URL restores the same view: filters, sort and rows', async () => {
    const page = await open(browser, 'table');
    await pickAuthor(page, busiestAuthor());
    await page.getByRole('button', { name: /^Value/ }).click();
    await page.getByRole('button', { name: /^Value/ }).click();
    await page.waitForURL(/dir=desc/);
    const copied = page.url();
    const count = await matchCount(page);
    const rows = await rowIds(page);
    const values = claimsOf(rows).map((c) => c.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));

    const again = await open(browser, copied.replace(url(), ''));
    await again.waitForSelector('tbody tr[data-claim-id]');
    expect(await matchCount(again)).toBe(count);
    expect(await rowIds(again)).toEqual(rows);
    expect(await again.getAttribute('th[aria-sort]', 'aria-sort')).toBe('descending');
    await expect.poll(() => again.locator('.chips button').count()).toBe(1);
    await page.close();
    await again.close();
  });

  it('marks are keyboard-reachable, show the quote on focus and open the claim with its passage', async () => {
    const page = await open(browser);
    await page.getByRole('button', { name: 'Download chart (PNG)' }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-claim-id'));
    const [first] = claimsOf(await markIds(page));
    expect(focused).toBe(first?.claim_id);
    const claim = first as Claim;
    await expect.poll(() => page.textContent('[data-testid=tooltip]')).toContain(claim.text);
    expect(await page.textContent('[data-testid=tooltip] mark')).toBe(claim.text);
    await page.screenshot({ path: `${SHOTS}/compare-focus.png` });

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/claim\?/);
    await page.waitForSelector('[data-testid=passage] mark');
    expect(await page.textContent('[data-testid=passage] mark')).toBe(claim.text);
    expect(await page.textContent('[data-testid=passage]')).toContain(claim.quote.slice(0, 30));
    expect(await page.textContent('[data-testid=claim]')).toContain(claim.citation);
    await page.screenshot({ path: `${SHOTS}/claim.png`, fullPage: true });

    const permalink = await page.inputValue('[data-testid=permalink]');
    const again = await open(browser, permalink.replace(url(), ''));
    await again.waitForSelector('[data-testid=passage] mark');
    expect(await again.textContent('[data-testid=claim] h2')).toContain(claim.text);
    await page.close();
    await again.close();
  });

  it('switches to a linear axis and downloads the chart as SVG and PNG', async () => {
    const page = await open(browser);
    await page.getByRole('checkbox', { name: 'Log scale' }).uncheck();
    await page.waitForURL(/scale=linear/);
    expect(await page.getAttribute('[data-testid=compare-chart]', 'aria-label')).toContain('linear scale');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart (SVG)' }).click()]);
    const markup = readFileSync(await svg.path(), 'utf8');
    expect(markup.startsWith('<svg')).toBe(true);
    // The download has every row, not only those drawn on screen.
    const rows = Number(await page.getAttribute('[data-testid=compare-chart]', 'data-rows'));
    expect(rows).toBe(compareRows(DEFAULT_FILTERS).length);
    expect(markup.match(/class="mark/g)?.length).toBe(rows);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart (PNG)' }).click()]);
    expect(readFileSync(await png.path()).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await page.close();
  });

  it('has no serious or critical axe violations in any view, at desktop and phone width', async () => {
    const claimId = seed[0]?.claim_id ?? '';
    for (const width of [1280, 375]) {
      for (const path of ['', 'timeline', 'table', `claim?id=${encodeURIComponent(claimId)}`]) {
        const page = await open(browser, path, width);
        if (path.startsWith('claim')) await page.waitForSelector('[data-testid=passage]');
        await expectNoSeriousAxeViolations(page);
        // Usable on a phone: no view forces the page wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const name = path.split('?')[0] || 'compare';
        await page.screenshot({ path: `${SHOTS}/${name}-${width}-axe.png` });
        await page.close();
      }
    }
  });

  it('clears every filter with one action', async () => {
    const page = await open(browser, '?q=shot&unit=people&year_from=1930');
    expect(await matchCount(page)).toBe(applyFilters(seed, { ...DEFAULT_FILTERS, text: 'shot', unit: 'people', subject: { from: 1930, to: null } }).length);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expectCount(page, applyFilters(seed, DEFAULT_FILTERS).length);
    expect(new URL(page.url()).search).toBe('');
    await ready(page);
    await page.close();
  });
});
