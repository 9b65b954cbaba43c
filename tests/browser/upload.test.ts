import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { synthClaims } from '../../scripts/synth-claims';
import { claimsToCsv } from '../../contract/csv';
import type { Claim } from '../../contract/schema';
import { COMPARE, SHOTS, matchCount, open, rowIds } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SCRIPT = '<script>window.__xss = 1</script>';
const IMG = '<img src="x" onerror="window.__xss = 2">';

/** Claims whose every free-text field is markup that would run if it were ever parsed as HTML. */
function hostileClaims(): Claim[] {
  return synthClaims(6).map((c, i) => ({
    ...c,
    category: 'camp_population',
    scope: 'system',
    unit: 'people',
    year_from: 1937 + i,
    quote: `${SCRIPT} In 1937 there were ${c.text} ${IMG} prisoners.`,
    counted: `prisoners ${IMG}`,
    attributed_to: i % 2 ? `<b onmouseover="window.__xss = 3">NKVD</b>` : '',
    source_author: `Author ${SCRIPT}`,
    citation: `<a href="javascript:window.__xss=4">cite</a>`
  }));
}

async function upload(page: Page, name: string, csv: string): Promise<void> {
  await page.getByTestId('csv-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect.poll(() => page.textContent('[data-testid=dataset-name]')).toContain(name);
}

const xss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);

describe('a user’s own CSV', () => {
  it('shows quotes and names that contain markup as text, in every view', async () => {
    const claims = hostileClaims();
    const page = await open(browser);
    await upload(page, 'hostile.csv', claimsToCsv(claims));
    await expect.poll(() => matchCount(page)).toBe(claims.length);

    await page.locator('a.mark').first().focus();
    await expect.poll(() => page.textContent('[data-testid=tooltip]')).toContain(SCRIPT);
    await page.screenshot({ path: `${SHOTS}/upload-compare.png` });

    await page.getByRole('link', { name: 'Table' }).click();
    await page.waitForSelector('tbody tr[data-claim-id]');
    expect((await rowIds(page)).sort()).toEqual(claims.map((c) => c.claim_id).sort());
    expect(await page.locator('tbody').textContent()).toContain(IMG);
    await page.screenshot({ path: `${SHOTS}/upload-table.png` });

    await page.locator('tbody a').first().click();
    await page.waitForSelector('[data-testid=claim]');
    const article = await page.textContent('[data-testid=claim]');
    expect(article).toContain(SCRIPT);
    expect(article).toContain('javascript:window.__xss=4');
    await page.screenshot({ path: `${SHOTS}/upload-claim.png`, fullPage: true });

    // None of it became markup: no injected elements, nothing ran.
    expect(await page.locator('main img, main b, main script, main a[href^="javascript"]').count()).toBe(0);
    expect(await xss(page)).toBeUndefined();
    await page.close();
  });

  it('lists the rows that fail the schema by row, column and reason, and shows the rest', async () => {
    const lines = claimsToCsv(synthClaims(8)).trimEnd().split('\n');
    lines[3] = (lines[3] ?? '').replace(/,(exact|about|at_least|at_most),/, ',nearly,');
    lines[6] = (lines[6] ?? '').replace(/^([^,]*),/, ',');
    const page = await open(browser, `${COMPARE}?category=all&scope=all`);
    await upload(page, 'bad-rows.csv', `${lines.join('\n')}\n`);
    await expect.poll(() => matchCount(page)).toBe(6);
    const errors = page.getByTestId('row-errors');
    expect(await errors.locator('summary').textContent()).toContain('2 rows could not be read');
    const cells = await errors.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(cells).toEqual([
      ['4', 'qualifier', expect.any(String)],
      ['7', 'claim_id', expect.any(String)]
    ]);
    await page.screenshot({ path: `${SHOTS}/upload-errors.png` });

    await page.getByRole('button', { name: 'Back to the built-in claims' }).click();
    await expect.poll(() => page.textContent('[data-testid=dataset-name]')).toContain('built-in');
    expect(await page.getByTestId('row-errors').count()).toBe(0);
    await page.close();
  });

  it('keeps the claims on screen and says once what is wrong with a file that is not a claims CSV', async () => {
    const page = await open(browser);
    const before = await matchCount(page);
    const files = [
      { name: 'other.csv', buffer: Buffer.from('name,value\nAmes,7000000\n'), says: 'lacks the columns claim_id, doc' },
      { name: 'picture.csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), says: 'it is not a text file' }
    ];
    for (const { name, buffer, says } of files) {
      await page.getByTestId('csv-input').setInputFiles({ name, mimeType: 'text/csv', buffer });
      await expect.poll(() => page.getByTestId('file-refused').textContent()).toContain(says);
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(await page.textContent('[data-testid=file-refused]')).toContain(name);
      expect(await matchCount(page)).toBe(before);
      expect(await page.textContent('[data-testid=dataset-name]')).toContain('built-in');
      expect(await page.locator('a.mark').count()).toBeGreaterThan(0);
    }
    await page.screenshot({ path: `${SHOTS}/upload-refused.png` });
    await page.close();
  });

  it('opens a file dropped on the page', async () => {
    const page = await open(browser, `${COMPARE}?category=all&scope=all`);
    const csv = claimsToCsv(synthClaims(4));
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, csv);
    await expect.poll(() => page.textContent('[data-testid=dataset-name]')).toContain('dropped.csv');
    await expect.poll(() => matchCount(page)).toBe(4);
    await page.close();
  });
});
