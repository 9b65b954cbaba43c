/**
 * `npm run bench:dashboard`: the dashboard over a synthetic 50,000-claim CSV in headless Chromium.
 * Builds the site with the synthetic file in place of data/claims.csv, into its own directory, and
 * serves it as `npm start` would. Timings are medians of several runs.
 *
 * Budgets (issue 3): first render < 1.5 s, a filter change < 100 ms, home-page JS < 150 KB gzip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { claimsToCsv } from '../src/lib/csv';
import { launchChromium } from './chromium';
import { serve } from './serve';
import { synthClaims } from './synth-claims';

const ROWS = 50_000;
const RUNS = 5;
const CSV = `bench-results/claims-${ROWS}.csv`;
const SITE = 'bench-results/site';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Records when the compare chart's first mark is in the DOM, from the start of navigation. */
function watchFirstRender(): void {
  const w = window as unknown as { __firstRender?: number };
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid=compare-chart] a.mark')) {
      w.__firstRender = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function openHome(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchFirstRender);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender !== undefined, null, { timeout: 60_000 });
  return page;
}

/**
 * Time from changing a control to the frame that shows the new count: the change event, the
 * URL update, re-filtering 50,000 claims and re-rendering the chart and facets.
 */
async function timeChange(page: Page, selector: string, value: string): Promise<number> {
  return page.evaluate(
    async ([sel, val]) => {
      const el = document.querySelector(sel) as HTMLSelectElement | HTMLInputElement;
      const count = document.querySelector('[data-testid=match-count]') as HTMLElement;
      const before = count.textContent;
      const done = new Promise<void>((resolve) => {
        const obs = new MutationObserver(() => {
          if (count.textContent === before) return;
          obs.disconnect();
          requestAnimationFrame(() => resolve());
        });
        obs.observe(count, { characterData: true, childList: true, subtree: true });
      });
      const t0 = performance.now();
      el.value = val;
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
      await done;
      return performance.now() - t0;
    },
    [selector, value] as const
  );
}

async function homeScripts(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: { url: string; gzip: number }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js'))
      scripts.push({ url: r.url(), gzip: gzipSync(await r.body()).length });
  });
  await page.goto(url);
  await page.waitForSelector('[data-testid=compare-chart] a.mark', { timeout: 60_000 });
  await page.waitForTimeout(500);
  await context.close();
  const worker = scripts.filter((s) => s.url.includes('/workers/'));
  const main = scripts.filter((s) => !s.url.includes('/workers/'));
  const kb = (xs: typeof scripts) => Math.round(xs.reduce((n, s) => n + s.gzip, 0) / 102.4) / 10;
  return { mainKb: kb(main), workerKb: kb(worker), files: scripts.length };
}

async function main() {
  mkdirSync('bench-results', { recursive: true });
  if (!existsSync(CSV)) writeFileSync(CSV, claimsToCsv(synthClaims(ROWS)));
  const csv = readFileSync(CSV);
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, CLAIMS_CSV: CSV, BUILD_DIR: SITE }
  });
  const { server, url } = await serve(SITE);
  const browser = await launchChromium();
  try {
    const firstRender: number[] = [];
    const changes: Record<string, number[]> = { qualifier: [], category: [], unit: [], text: [] };
    for (let run = 0; run < RUNS; run++) {
      const page = await openHome(browser, url);
      firstRender.push(await page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender));
      await page.waitForTimeout(300);
      changes.qualifier?.push(await timeChange(page, 'select:has(option[value=at_least])', 'about'));
      await page.waitForTimeout(200);
      changes.category?.push(await timeChange(page, 'form select:has(option[value=all])', 'executions'));
      await page.waitForTimeout(200);
      changes.unit?.push(await timeChange(page, 'form select:has(option[value=""]):has(option[value=percent])', 'percent'));
      await page.waitForTimeout(200);
      changes.text?.push(await timeChange(page, 'form input[type=search]', 'prisoners'));
      await page.context().close();
    }
    const js = await homeScripts(browser, url);
    const result = {
      rows: ROWS,
      csvMb: Math.round(csv.length / 1e5) / 10,
      runs: RUNS,
      firstRenderMs: Math.round(median(firstRender)),
      filterChangeMs: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, Math.round(median(v))])),
      homeJsGzipKb: js.mainKb,
      parserWorkerJsGzipKb: js.workerKb
    };
    writeFileSync('bench-results/dashboard.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
