/**
 * `npm run bench:dashboard`: the dashboard over a synthetic 50,000-claim CSV in headless Chromium.
 * Builds the site with the synthetic file in place of data/claims.csv, into its own directory, and
 * serves it as `npm start` would. Timings are medians of several runs.
 *
 * Budgets (issue 3): first render < 1.5 s, a filter change < 100 ms, home-page JS < 150 KB gzip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { claimsToCsv } from '../src/lib/csv';
import { launchChromium } from './chromium';
import { serve } from './serve';
import { synthClaims } from './synth-claims';

const ROWS = 50_000;
/** About 50 MB of CSV, the size a user's file must open without freezing the page. */
const UPLOAD_ROWS = 150_000;
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
  return { mainKb: Math.round(scripts.reduce((n, s) => n + s.gzip, 0) / 102.4) / 10, files: scripts.length };
}

/**
 * Opens a large CSV through the file picker; reports the time until its claims are counted and
 * the longest stretch the main thread was blocked meanwhile (long tasks), i.e. how long the page
 * froze.
 */
async function timeUpload(browser: Browser, url: string, path: string) {
  const page = await openHome(browser, url);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await page.getByTestId('csv-input').setInputFiles(path);
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid=match-count]')?.nextSibling?.textContent?.includes(n),
    UPLOAD_ROWS.toLocaleString('en-US'),
    { timeout: 120_000 }
  );
  const ms = Date.now() - t0;
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await page.context().close();
  return { ms, longestTaskMs: Math.round(longestTaskMs) };
}

/** The CSV parser's worker script, loaded only when a user opens a file. */
function workerKb(): number {
  const dir = `${SITE}/_app/immutable/workers`;
  const bytes = readdirSync(dir).reduce((n, f) => n + gzipSync(readFileSync(`${dir}/${f}`)).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

async function main() {
  mkdirSync('bench-results', { recursive: true });
  if (!existsSync(CSV)) writeFileSync(CSV, claimsToCsv(synthClaims(ROWS)));
  const uploadCsv = `bench-results/claims-${UPLOAD_ROWS}.csv`;
  if (!existsSync(uploadCsv)) writeFileSync(uploadCsv, claimsToCsv(synthClaims(UPLOAD_ROWS, 2)));
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
    const upload = await timeUpload(browser, url, uploadCsv);
    const result = {
      rows: ROWS,
      csvMb: Math.round(csv.length / 1e5) / 10,
      runs: RUNS,
      firstRenderMs: Math.round(median(firstRender)),
      filterChangeMs: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, Math.round(median(v))])),
      homeJsGzipKb: js.mainKb,
      upload: { rows: UPLOAD_ROWS, mb: Math.round(statSync(uploadCsv).size / 1e5) / 10, ...upload, parserWorkerJsGzipKb: workerKb() }
    };
    writeFileSync('bench-results/dashboard.json', `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
