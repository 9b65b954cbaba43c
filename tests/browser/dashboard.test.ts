import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { validateRecords } from '../../contract/csv';
import { estimatorColours } from '../../src/lib/charts/colours';
import { sourcesOf } from '../../src/lib/charts/legend';
import { compareOrder } from '../../src/lib/charts/scales';
import { roundedValue } from '../../src/lib/export/csv';
import { DEFAULT_FILTERS, applyFilters, subjectYears, type Filters } from '../../src/lib/filters';
import { plotSet } from '../../src/lib/plot';
import type { Claim } from '../../contract/schema';
import {
  COMPARE, SHOTS, allMarkIds, claimsOf, expectNoSeriousAxeViolations, markIds, matchCount, open, ready, rowIds, seed, url
} from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const ids = (claims: Claim[]) => claims.map((c) => c.claim_id);
const colourOf = estimatorColours(seed);
const years = (from: number | null, to: number | null, undated = false) => ({ from, to, undated });

/** The claims the Compare chart should draw for these filters, in row order. */
const compareRows = (f: Filters) => plotSet(applyFilters(seed, f), f, { log: true, limit: 1000, order: compareOrder, colourOf }).claims;

/** The estimator with the most claims in the default view, so filtering by them visibly narrows it. */
function busiestEstimator(): string {
  const counts = new Map<string, number>();
  for (const c of applyFilters(seed, DEFAULT_FILTERS)) if (c.estimator) counts.set(c.estimator, (counts.get(c.estimator) ?? 0) + 1);
  const [name] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  return name;
}

async function pickEstimator(page: Page, name: string): Promise<void> {
  await page.getByLabel('Search estimators').fill(name);
  await page.locator('.options label').filter({ has: page.getByText(name, { exact: true }) }).first().locator('input').click();
  await page.waitForURL(/estimator=/);
}

/** Each drawn mark's estimator and the colour it is drawn in. */
async function markColours(page: Page): Promise<[string, string][]> {
  return page.$$eval('a.mark', (els) =>
    els.map((e) => [e.getAttribute('data-estimator') ?? '', e.querySelector('[stroke]')?.getAttribute('stroke') ?? ''] as [string, string])
  );
}

async function setSubjectYears(page: Page, from: number, to: number): Promise<void> {
  const group = page.getByRole('group', { name: 'Years the figure is about' });
  await group.getByLabel('From').fill(String(from));
  await group.getByLabel('From').press('Tab');
  await page.waitForURL(/year_from=/);
  await group.getByLabel('To').fill(String(to));
  await group.getByLabel('To').press('Tab');
  await page.waitForURL(/year_to=/);
}

async function expectCount(page: Page, n: number): Promise<void> {
  await expect.poll(() => matchCount(page)).toBe(n);
}

describe('the built dashboard', () => {
  it('loads with the seed claims and draws the default quantity, at desktop and phone width', async () => {
    for (const width of [1280, 375]) {
      const page = await open(browser, COMPARE, width);
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

  it('draws Compare from its first view before the claims are read; a filter picked meanwhile waits for them', async () => {
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
    await page.goto(url(COMPARE));
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

  it('filtering by an estimator leaves only their marks and rows', async () => {
    const name = busiestEstimator();
    const f: Filters = { ...DEFAULT_FILTERS, estimators: [name] };
    const expected = applyFilters(seed, f);
    const page = await open(browser);
    await pickEstimator(page, name);
    await expectCount(page, expected.length);
    const marks = claimsOf(await allMarkIds(page));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((c) => c.estimator === name)).toBe(true);
    expect(ids(marks).sort()).toEqual(ids(compareRows(f)).sort());
    await page.screenshot({ path: `${SHOTS}/compare-estimator.png`, fullPage: true });

    await page.getByRole('link', { name: 'Table' }).click();
    await page.waitForSelector('tbody tr[data-claim-id]');
    expect(page.url()).toContain('estimator=');
    const rows = await rowIds(page);
    expect(rows.length).toBe(Math.min(expected.length, rows.length));
    expect(ids(expected)).toEqual(expect.arrayContaining(rows));
    expect(await page.getAttribute('table', 'aria-rowcount')).toBe(String(expected.length + 1));
    await page.screenshot({ path: `${SHOTS}/table-estimator.png` });
    await page.close();
  });

  it('colours a person the same in every view and under every filter, legend included', async () => {
    const seen = new Map<string, string>();
    for (const path of [COMPARE, `${COMPARE}?category=all`, `${COMPARE}?qualifier=about`, 'timeline', 'timeline?category=all&scale=linear']) {
      const page = await open(browser, path);
      const colours = await markColours(page);
      expect(colours.length, path).toBeGreaterThan(0);
      for (const [estimator, colour] of colours) {
        expect(colour, `${estimator} in ${path}`).toBe(colourOf(estimator));
        seen.set(estimator, colour);
      }
      const legend = await page.$$eval('[data-testid=legend] li[data-colour]', (els) =>
        els.map((e) => [e.textContent?.trim() ?? '', e.getAttribute('data-colour') ?? ''] as [string, string])
      );
      expect(legend.length).toBeGreaterThan(0);
      for (const [name, colour] of legend) if (name !== 'other estimators') expect(colour, name).toBe(colourOf(name));
      await page.close();
    }
    expect(new Set(seen.values()).size).toBeGreaterThan(2);
  });

  it('labels each Compare row with its value and what is counted, and its category under All categories', async () => {
    const page = await open(browser, `${COMPARE}?category=all`);
    const [first] = compareRows({ ...DEFAULT_FILTERS, category: 'all' }) as [Claim];
    const label = (await page.locator('[data-testid=compare-chart] g.row text').first().textContent()) ?? '';
    expect(label).toContain(first.text);
    expect(label).toContain(first.counted.slice(0, 20));
    expect(label).toContain(`[${first.category.replaceAll('_', ' ')}]`);
    await page.close();
  });

  it('filtering by subject years leaves only claims about those years, and back/forward restore', async () => {
    const page = await open(browser, 'timeline');
    const window: Filters = { ...DEFAULT_FILTERS, subject: years(1937, 1939) };
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
    await expectCount(page, applyFilters(seed, { ...window, subject: years(1937, null) }).length);
    await page.goBack();
    await expectCount(page, applyFilters(seed, DEFAULT_FILTERS).length);
    await page.goForward();
    await page.goForward();
    await expectCount(page, applyFilters(seed, window).length);
    await page.close();
  });

  it('says how many claims a year filter hides for want of a year, and takes them in with one click', async () => {
    const cases = [
      { key: 'year_from', group: 'Years the figure is about', testid: 'subject-undated', range: 'subject' },
      { key: 'pub_from', group: 'Publication year', testid: 'published-undated', range: 'published' }
    ] as const;
    for (const { key, group, testid, range } of cases) {
      const bounded: Filters = { ...DEFAULT_FILTERS, category: 'all', [range]: years(1930, null) };
      const taken: Filters = { ...bounded, [range]: years(1930, null, true) };
      const hidden = applyFilters(seed, taken).length - applyFilters(seed, bounded).length;
      expect(hidden).toBeGreaterThan(0);
      const page = await open(browser, `${COMPARE}?category=all&${key}=1930`);
      await expectCount(page, applyFilters(seed, bounded).length);
      const note = page.getByRole('group', { name: group }).getByTestId(testid);
      expect(await note.textContent()).toContain(`Hides ${hidden} claim`);
      await note.getByRole('button', { name: 'Include them' }).click();
      await expectCount(page, applyFilters(seed, taken).length);
      expect(page.url()).toMatch(/_undated=include/);
      await page.close();
    }
  });

  it('shows claims about the whole system by default, and local and individual ones on request', async () => {
    const page = await open(browser);
    expect(await page.getByTestId('scope-all').isChecked()).toBe(false);
    await page.getByTestId('scope-all').check();
    await page.waitForURL(/scope=all/);
    await expectCount(page, applyFilters(seed, { ...DEFAULT_FILTERS, scope: 'all' }).length);
    await page.close();
  });

  it('downloads the filtered claims as a CSV whose rows are exactly the filtered set, reader’s columns first', async () => {
    const name = busiestEstimator();
    const page = await open(browser, `${COMPARE}?category=all`);
    await pickEstimator(page, name);
    const expected = applyFilters(seed, { ...DEFAULT_FILTERS, category: 'all', estimators: [name] });
    await expectCount(page, expected.length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-filtered').click()]);
    expect(download.suggestedFilename()).toContain(name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFFtext,value,')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const back = validateRecords(parsed.data, parsed.meta.fields);
    expect(back.errors).toEqual([]);
    const rounded = (claims: Claim[]) => claims.map((c) => ({ ...c, value: roundedValue(c) }));
    expect(back.claims).toEqual(rounded(expected));

    const [all] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-all').click()]);
    const everything = Papa.parse<Record<string, string>>(readFileSync(await all.path(), 'utf8'), { header: true, skipEmptyLines: true });
    expect(validateRecords(everything.data, everything.meta.fields).claims).toEqual(rounded(seed));
    await page.close();
  });

  it('opening a copied URL restores the same view: filters, sort and rows', async () => {
    const page = await open(browser, 'table');
    await pickEstimator(page, busiestEstimator());
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

  it('shows the passage as extracted, every line of it, across paragraphs and numbered points', async () => {
    const doc = readFileSync(`data/sources/${seed[0]?.doc}`, 'utf8');
    const span = (c: Claim) => doc.slice(c.passage_start, c.passage_end);
    const long = seed.filter((c) => c.doc === seed[0]?.doc && /\n\s*\n/.test(span(c)) && /^\s*\d+[.)]\s/m.test(span(c)));
    expect(long.length).toBeGreaterThan(0);
    for (const claim of long.filter((c, i, all) => all.findIndex((o) => o.passage_id === c.passage_id) === i).slice(0, 3)) {
      const page = await open(browser, `claim?id=${encodeURIComponent(claim.claim_id)}`);
      await page.waitForSelector('[data-testid=passage] mark');
      const shown = (await page.textContent('[data-testid=passage]')) ?? '';
      for (const line of span(claim).split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) expect(shown).toContain(line);
      expect(shown.trim()).toBe(span(claim).trim());
      await page.close();
    }
  });

  it('switches to a linear axis and downloads the chart as SVG and PNG that hold their title and sources', async () => {
    const page = await open(browser);
    await page.getByRole('checkbox', { name: 'Log scale' }).uncheck();
    await page.waitForURL(/scale=linear/);
    expect(await page.getAttribute('[data-testid=compare-chart]', 'aria-label')).toContain('linear scale');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart (SVG)' }).click()]);
    const markup = readFileSync(await svg.path(), 'utf8');
    expect(markup.startsWith('<svg')).toBe(true);
    expect(svg.suggestedFilename()).toBe('claimscope-compare-camp-population-people.svg');
    expect(markup).toContain('Camp population: estimates compared');
    expect(markup).toContain('Claims about the whole system, in people.');
    const rows = compareRows(DEFAULT_FILTERS);
    const [documents, citation] = sourcesOf(rows) as [string, string];
    expect(markup).toContain(documents);
    // Long lines wrap, so only the citation's first words are sure to share a line.
    expect(markup).toContain(citation.split(/\s+/).slice(0, 2).join(' ').replace(/&/g, '&amp;'));
    expect(markup).toContain(`href="${page.url().replace(/&/g, '&amp;')}"`);
    expect(markup).toMatch(/href="http:\/\/[^"]+\/claim\?/);
    expect(markup).toContain('Claimscope');
    expect(markup).toContain(new Date().toISOString().slice(0, 10));
    // The download has every row, not only those drawn on screen.
    const drawn = Number(await page.getAttribute('[data-testid=compare-chart]', 'data-rows'));
    expect(drawn).toBe(rows.length);
    expect(markup.match(/class="mark/g)?.length).toBe(drawn);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart (PNG)' }).click()]);
    expect(png.suggestedFilename()).toBe('claimscope-compare-camp-population-people.png');
    expect(readFileSync(await png.path()).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await page.close();
  });

  it('on a phone, a tap on a mark first shows what it is with a link to open it', async () => {
    const page = await open(browser, COMPARE, 375, true);
    const [claim] = claimsOf(await markIds(page)) as [Claim];
    // The row's figure and what it counts get a line of their own on a narrow screen.
    const lines = await page.locator('[data-testid=compare-chart] g.row').first().locator('text').allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(claim.text);
    const before = page.url();
    await page.locator(`a.mark[data-claim-id="${claim.claim_id}"]`).tap();
    const tip = page.getByTestId('tooltip');
    await expect.poll(() => tip.textContent()).toContain(claim.text);
    expect(await tip.textContent()).toContain(claim.counted);
    expect(await tip.textContent()).toContain(claim.estimator || 'no one named');
    expect(page.url()).toBe(before);
    await page.screenshot({ path: `${SHOTS}/compare-375-tap.png` });
    await page.getByTestId('tooltip-open').tap();
    await page.waitForURL(/\/claim\?/);
    await page.waitForSelector('[data-testid=passage] mark');
    await page.close();
  });

  it('on a phone, the table is cards and timeline marks do not hide each other', async () => {
    const table = await open(browser, 'table?category=all', 375);
    await table.waitForSelector('[data-testid=claim-cards] li[data-claim-id]');
    expect(await table.locator('[data-testid=claims-table]').count()).toBe(0);
    expect(await table.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await table.screenshot({ path: `${SHOTS}/table-375-cards.png` });
    await table.close();

    const timeline = await open(browser, 'timeline?category=all', 375);
    const centres = await timeline.$$eval('a.mark', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
      })
    );
    expect(centres.length).toBeGreaterThan(10);
    const same = new Set(centres.map((c) => c.join(',')));
    expect(same.size).toBe(centres.length);
    await timeline.screenshot({ path: `${SHOTS}/timeline-375.png` });
    await timeline.close();
  });

  it('has no serious or critical axe violations in any view, at desktop and phone width', async () => {
    const claimId = seed[0]?.claim_id ?? '';
    for (const width of [1280, 375]) {
      for (const path of [COMPARE, 'timeline', 'table', `claim?id=${encodeURIComponent(claimId)}`]) {
        const page = await open(browser, path, width);
        if (path.startsWith('claim')) await page.waitForSelector('[data-testid=passage]');
        await expectNoSeriousAxeViolations(page);
        // Usable on a phone: no view forces the page wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `${SHOTS}/${path.split('?')[0]}-${width}-axe.png` });
        await page.close();
      }
    }
  });

  it('clears every filter with one action', async () => {
    const page = await open(browser, `${COMPARE}?q=shot&unit=people&year_from=1930`);
    expect(await matchCount(page)).toBe(applyFilters(seed, { ...DEFAULT_FILTERS, text: 'shot', unit: 'people', subject: years(1930, null) }).length);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expectCount(page, applyFilters(seed, DEFAULT_FILTERS).length);
    expect(new URL(page.url()).search).toBe('');
    await ready(page);
    await page.close();
  });
});
