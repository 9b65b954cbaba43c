import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { parseClaimsCsv } from '../../contract/csv';
import type { Claim } from '../../contract/schema';
import { extractPaths } from '../../extract/io/readers/extract-paths';
import { HTML_PAGE, makePdf, PDF_PAGES } from '../readers/make-documents';
import { SHOTS, matchCount, open, ready, seed, url } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface FileSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const spec = (name: string, content: string | Uint8Array, mimeType = 'application/octet-stream'): FileSpec => ({
  name, mimeType, buffer: Buffer.from(content)
});

async function openDocuments(page: Page, files: FileSpec[]): Promise<void> {
  await page.getByTestId('documents-input').setInputFiles(files);
  await expect.poll(() => page.locator('[data-testid=documents-files] li').count()).toBe(files.length);
  await page.waitForSelector('[data-testid=documents-input]:not([disabled])');
}

const fileStatus = (page: Page, name: string) =>
  page.locator('[data-testid=documents-files] li', { has: page.locator('strong', { hasText: name }) }).textContent();

const ran = (page: Page) => page.evaluate(() => (window as unknown as { __ran?: number }).__ran);

/** The claims of the whole data set, as the "all claims" download gives them. */
async function downloadAll(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-all').click()]);
  return parseClaimsCsv(readFileSync(await download.path(), 'utf8'));
}

describe('a reader’s own documents', () => {
  it('extracts an HTML page and a PDF in the browser, joined with the built-in claims, with offsets, pages and highlights', async () => {
    const pdf = await makePdf(PDF_PAGES);
    const page = await open(browser, '?category=all&scope=all');
    await openDocuments(page, [spec('towns.pdf', pdf, 'application/pdf'), spec('mills.html', HTML_PAGE, 'text/html')]);
    expect(await fileStatus(page, 'towns.pdf')).toContain('done');
    expect(await fileStatus(page, 'mills.html')).toContain('2 claims');
    await expect.poll(() => matchCount(page)).toBe(seed.length + 4);
    expect(await page.textContent('[data-testid=documents]')).toContain('nothing is uploaded');
    expect(await ran(page)).toBeUndefined();

    const { claims, errors } = await downloadAll(page);
    expect(errors).toEqual([]);
    const mine = claims.filter((c) => c.doc === 'towns.pdf' || c.doc === 'mills.html');
    expect(mine.map((c) => [c.doc, c.text, c.page])).toEqual([['towns.pdf', '3,400', 1], ['towns.pdf', '12,000', 2], ['mills.html', '8,500', null], ['mills.html', '600', null]]);
    expect(claims.filter((c) => c.doc !== 'towns.pdf' && c.doc !== 'mills.html').map((c) => c.claim_id)).toEqual(seed.map((c) => c.claim_id));

    // The command line gives the same claims for the same files (the questions they answer depend on the corpus).
    const dir = mkdtempSync(join(tmpdir(), 'claimscope-documents-'));
    const paths = [join(dir, 'towns.pdf'), join(dir, 'mills.html')];
    writeFileSync(paths[0]!, pdf);
    writeFileSync(paths[1]!, HTML_PAGE);
    const withoutQuantity = (c: Claim) => ({ ...c, quantity: '' });
    expect(mine.map(withoutQuantity)).toEqual((await extractPaths(paths)).claims.map(withoutQuantity));

    // The claim page shows the passage from the text the reader produced, the figure highlighted.
    const second = mine[1]!;
    await page.goto(url(`claim?id=${encodeURIComponent(second.claim_id)}`));
    await page.waitForSelector('[data-testid=passage] mark');
    expect(await page.textContent('[data-testid=passage] mark')).toBe('12,000');
    expect(await page.textContent('[data-testid=passage]')).toBe(PDF_PAGES[1]![0]);
    expect(await page.textContent('[data-testid=claim]')).toContain('towns.pdf, page 2');
    await page.screenshot({ path: `${SHOTS}/documents-claim.png`, fullPage: true });
    await page.close();
  });

  it('keeps opened documents across a reload until forgotten, and can replace the built-in claims', async () => {
    const page = await open(browser, '?category=all&scope=all');
    await openDocuments(page, [spec('mills.html', HTML_PAGE, 'text/html')]);
    await expect.poll(() => matchCount(page)).toBe(seed.length + 2);
    await page.getByLabel('replace them').check();
    await expect.poll(() => matchCount(page)).toBe(2);

    await page.reload();
    await ready(page);
    await expect.poll(() => matchCount(page)).toBe(2);
    expect(await page.textContent('[data-testid=documents-opened]')).toContain('mills.html');
    expect(await ran(page)).toBeUndefined();

    await page.getByRole('button', { name: 'Forget my documents' }).click();
    await expect.poll(() => matchCount(page)).toBe(seed.length);
    await page.reload();
    await ready(page);
    expect(await page.locator('[data-testid=documents-opened]').count()).toBe(0);
    expect(await matchCount(page)).toBe(seed.length);
    await page.close();
  });

  it('reads UTF-16 and Windows-1252 text, the latter with a warning', async () => {
    const prose = 'In 1790 the county counted about 41,000 head of cattle, the surveyor wrote.';
    const wide = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(prose, 'utf16le')]);
    const old = Buffer.from('The \x93census\x94 of 1801 found nearly 7,300 \xe9migr\xe9s.', 'latin1');
    const page = await open(browser, '?category=all&scope=all');
    await openDocuments(page, [spec('wide.txt', wide, 'text/plain'), spec('old.txt', old, 'text/plain')]);
    expect(await fileStatus(page, 'old.txt')).toContain('read as Windows-1252');
    const { claims } = await downloadAll(page);
    expect(claims.filter((c) => c.doc === 'wide.txt' || c.doc === 'old.txt').map((c) => [c.doc, c.text, c.quote])).toEqual([
      ['wide.txt', '41,000', prose],
      ['old.txt', '7,300', 'The “census” of 1801 found nearly 7,300 émigrés.']
    ]);
    await page.getByRole('button', { name: 'Forget my documents' }).click();
    await page.close();
  });

  it('gives each bad input one message naming the file, and the claims on screen stay', async () => {
    const page = await open(browser, '?category=all&scope=all');
    await openDocuments(page, [
      spec('locked.pdf', await makePdf(PDF_PAGES, { userPassword: 'secret' }), 'application/pdf'),
      spec('torn.pdf', (await makePdf(PDF_PAGES)).slice(0, 500), 'application/pdf'),
      spec('scan.pdf', await makePdf([[]]), 'application/pdf'),
      spec('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'text/plain'),
      spec('scripts.html', '<html><head><script>window.__ran = 1</script></head><body><script>window.__ran = 2</script><noscript>1,000</noscript></body></html>', 'text/html'),
      spec('empty.md', '', 'text/markdown')
    ]);
    const messages = await page.locator('[data-testid=documents-files] [role=alert]').allTextContents();
    expect(messages).toEqual([
      'locked.pdf: the PDF is encrypted with a password; cannot read it',
      'torn.pdf: not a readable PDF (corrupt or truncated)',
      'scan.pdf: no text layer: run OCR first',
      'photo.txt:3: binary file (NUL byte), not a text document',
      'scripts.html: no text found (the file is empty, or holds only markup or scripts)',
      'empty.md: no text found (the file is empty, or holds only markup or scripts)'
    ]);
    expect(await matchCount(page)).toBe(seed.length);
    expect(await ran(page)).toBeUndefined();

    // Dropped anywhere on the page, and refused by its size before any of it is read.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(200 * 1024 * 1024)], 'huge.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    });
    await expect.poll(() => page.locator('[data-testid=documents-files] [role=alert]').allTextContents()).toEqual([
      'huge.txt: 200 MB is over the 100 MB limit for one document'
    ]);
    expect(await matchCount(page)).toBe(seed.length);
    await page.screenshot({ path: `${SHOTS}/documents-errors.png`, fullPage: true });
    await page.close();
  });

  it('shows progress while a large text is extracted and can cancel it, keeping the claims', async () => {
    const text = readFileSync('data/sources/real-stalin-series-14-16.txt', 'utf8');
    const big = Array.from({ length: 8 }, () => text).join('\n');
    const page = await open(browser, '?category=all&scope=all');
    await page.getByTestId('documents-input').setInputFiles([spec('big.txt', big, 'text/plain')]);
    await page.waitForSelector('[data-testid=documents-files] progress');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => fileStatus(page, 'big.txt')).toContain('cancelled');
    expect(await matchCount(page)).toBe(seed.length);
    await page.close();
  });
});
