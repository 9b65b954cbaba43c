import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { parseClaimsCsv } from '../../contract/csv';
import type { Claim } from '../../contract/schema';

export const SHOTS = 'test-results/browser';
mkdirSync(SHOTS, { recursive: true });

/** The claims the site was built with: the seed's, as the extractor wrote them. */
export const seed: Claim[] = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).claims;
export const byId = new Map(seed.map((c) => [c.claim_id, c]));

export function url(path = ''): string {
  return new URL(path, inject('baseUrl')).href;
}

/** Compare, the charts' first view; the site's home page (`/`) is another view. */
export const COMPARE = 'compare';

/** A page on `path`, `width` pixels wide; `touch` gives it a touch screen, for taps. */
export async function open(browser: Browser, path = COMPARE, width = 1280, touch = false): Promise<Page> {
  // A context per page: axe needs one, and it keeps pages from sharing state.
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, hasTouch: touch });
  const page = await context.newPage();
  // At the end of a file the browser may already be closing, taking its contexts with it.
  page.on('close', () => context.close().catch(() => undefined));
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url(path));
  await ready(page);
  return page;
}

/** The claims are loaded (the home page's first view comes before them) and a view has rendered. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('main[aria-busy=false] h2', { timeout: 30_000 });
}

export async function matchCount(page: Page): Promise<number> {
  return Number((await page.textContent('[data-testid=match-count]'))?.replace(/,/g, ''));
}

/** Claim ids of the marks drawn in the current chart. */
export async function markIds(page: Page): Promise<string[]> {
  return page.$$eval('a.mark', (els) => els.map((e) => e.getAttribute('data-claim-id') ?? ''));
}

/**
 * Claim ids of every mark of the chart: the Compare chart draws only the rows near the screen,
 * so the page is scrolled through, gathering them.
 */
export async function allMarkIds(page: Page): Promise<string[]> {
  const ids = new Set<string>();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 500) {
    await page.evaluate(async (top) => {
      window.scrollTo(0, top);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, y);
    for (const id of await markIds(page)) ids.add(id);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return [...ids];
}

export async function rowIds(page: Page): Promise<string[]> {
  return page.$$eval('tbody tr[data-claim-id]', (els) => els.map((e) => e.getAttribute('data-claim-id') ?? ''));
}

export function claimsOf(ids: string[]): Claim[] {
  return ids.map((id) => {
    const c = byId.get(id);
    expect(c, `claim ${id} is in the seed`).toBeDefined();
    return c as Claim;
  });
}

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  expect(serious).toEqual([]);
}
