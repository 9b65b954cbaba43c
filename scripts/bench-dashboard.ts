/**
 * `npm run bench:dashboard`: the dashboard over a synthetic 50,000-claim CSV in headless Chromium.
 * Builds the site with the synthetic file in place of data/claims.csv, into its own directory, and
 * serves it as `npm start` would. Timings are medians of several runs.
 *
 * Budgets (issue 3): first render < 1.5 s, a filter change < 100 ms, home-page JS < 150 KB gzip.
 * The first render may come from the home page's first view (data/first.json); the time until
 * the claims themselves are read, when filters start to answer, is reported beside it, and
 * filter changes are timed after it.
 */
import { execFileSync } from 'node:child_process';
import { median } from 'd3-array';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { claimsToCsv } from '../contract/csv';
import { launchChromium, watchLongestTask } from './chromium';
import { serve } from './serve';
import { synthClaims } from './synth-claims';
import { indexQuantities } from '../src/lib/estimates/quantity-index';

const ROWS = 50_000;
/** About 50 MB of CSV, the size a user's file must open without freezing the page. */
const UPLOAD_ROWS = 150_000;
const RUNS = 5;
const CSV = `bench-results/claims-${ROWS}.csv`;
const SITE = 'bench-results/site';

interface LoadTimes {
  __firstRender?: number;
  __claimsRead?: number;
  __longTasks?: { start: number; ms: number }[];
}

/** What each view's first render waits for: its first mark or row in the page. */
const FIRST_MARK = {
  estimates: '[data-testid=quantity-list] li [data-testid=estimate-strip] g',
  compare: '[data-testid=compare-chart] a.mark'
} as const;
type View = keyof typeof FIRST_MARK;

/**
 * Records, from the start of navigation, when the view's first mark is in the DOM (on the home
 * page it may be drawn from the build's first view) and when the claims have been read (main
 * is no longer aria-busy), and every long task, to find the longest between the two.
 */
function watchLoad(firstMark: string): void {
  const w = window as LoadTimes;
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks?.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, obs) => {
    if (w.__firstRender === undefined && document.querySelector(firstMark)) w.__firstRender = performance.now();
    if (w.__claimsRead === undefined && document.querySelector('main[aria-busy=false]')) w.__claimsRead = performance.now();
    if (w.__firstRender !== undefined && w.__claimsRead !== undefined) obs.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/** Opens a view and waits until it is drawn and its claims have been read. */
async function openView(browser: Browser, url: string, view: View): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchLoad, FIRST_MARK[view]);
  await page.goto(view === 'estimates' ? url : `${url}compare`);
  await page.waitForFunction(() => {
    const w = window as LoadTimes;
    return w.__firstRender !== undefined && w.__claimsRead !== undefined;
  }, null, { timeout: 60_000 });
  return page;
}

/** First render, claims read, and the longest task of the page's thread between the two. */
function loadTimes(page: Page) {
  return page.evaluate(() => {
    const { __firstRender: first = NaN, __claimsRead: read = NaN, __longTasks: tasks = [] } = window as LoadTimes;
    const between = tasks.filter((t) => t.start + t.ms > first && t.start < read);
    return { first, read, longest: Math.max(0, ...between.map((t) => t.ms)) };
  });
}

/**
 * Time from changing a control to the frame that shows the new count: the change event, the
 * URL update, re-filtering 50,000 claims and re-rendering the chart and facets. A count not known
 * yet shows as '…', which is not the new count.
 */
async function timeChange(page: Page, selector: string, value: string): Promise<number> {
  return page.evaluate(
    async ([sel, val]) => {
      const el = document.querySelector(sel) as HTMLSelectElement | HTMLInputElement;
      const count = document.querySelector('[data-testid=match-count]') as HTMLElement;
      const before = count.textContent;
      const done = new Promise<void>((resolve) => {
        const obs = new MutationObserver(() => {
          if (count.textContent === before || !/\d/.test(count.textContent ?? '')) return;
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
  await page.waitForSelector(`main[aria-busy=false] ${FIRST_MARK.estimates}`, { timeout: 60_000 });
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
  const page = await openView(browser, url, 'estimates');
  const longest = await watchLongestTask(page);
  const t0 = Date.now();
  await page.getByTestId('csv-input').setInputFiles(path);
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid=match-count]')?.nextSibling?.textContent?.includes(n),
    UPLOAD_ROWS.toLocaleString('en-US'),
    { timeout: 120_000 }
  );
  const ms = Date.now() - t0;
  const longestTaskMs = await longest();
  await page.context().close();
  return { ms, longestTaskMs: Math.round(longestTaskMs) };
}

/** The CSV parser's worker script, loaded only when a user opens a file. */
function workerKb(): number {
  const dir = `${SITE}/_app/immutable/workers`;
  const bytes = readdirSync(dir).reduce((n, f) => n + gzipSync(readFileSync(`${dir}/${f}`)).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

/** First render, claims read and filter changes of one view, medians of RUNS page loads. */
async function timeView(browser: Browser, url: string, view: View) {
  const firstRender: number[] = [];
  const claimsRead: number[] = [];
  const longestTask: number[] = [];
  const changes: Record<string, number[]> = { qualifier: [], category: [], unit: [], text: [] };
  for (let run = 0; run < RUNS; run++) {
    const page = await openView(browser, url, view);
    const times = await loadTimes(page);
    firstRender.push(times.first);
    claimsRead.push(times.read);
    longestTask.push(times.longest);
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
  return {
    firstRenderMs: Math.round(median(firstRender) ?? 0),
    claimsReadMs: Math.round(median(claimsRead) ?? 0),
    longestTaskBeforeClaimsReadMs: Math.round(median(longestTask) ?? 0),
    filterChangeMs: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, Math.round(median(v) ?? 0)]))
  };
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
  const { server, url: root } = await serve(SITE);
  // The home page (Estimates, data/estimates.json) and Compare (data/first.json) are precomputed.
  const url = new URL('./', root).href;
  const browser = await launchChromium();
  try {
    const views = { estimates: await timeView(browser, url, 'estimates'), compare: await timeView(browser, url, 'compare') };
    const js = await homeScripts(browser, url);
    const upload = await timeUpload(browser, url, uploadCsv);
    const result = {
      rows: ROWS,
      csvMb: Math.round(csv.length / 1e5) / 10,
      runs: RUNS,
      quantities: indexQuantities(synthClaims(ROWS)).rows.length,
      ...views,
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
