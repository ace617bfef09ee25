/**
 * Storage faults in real Chromium, each ending with a sentence on the page and nothing lost:
 * - a full disk in the middle of a batch of writes (the site's quota lowered through the DevTools
 *   protocol, so Chromium's own IndexedDB refuses the write with a real QuotaExceededError);
 * - a second tab writing the same database (its writes appear in the first; the same file
 *   imported by both at once is stored once);
 * - a private window where IndexedDB is missing or refuses to open: the page still solves and the
 *   Data tab says why storage is off.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { openApp, waitForRunEnd } from './ui-helpers';
import { waitForOfflineCopy } from './support/offline';
import { copies, importFiles, openDataTab, shownCount, tempFiles } from './support/sample-files';

let browser: Browser;
const files = tempFiles();

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  files.cleanup();
});

/** Every stored sample id, read straight from the database (not through the app). */
function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const open = indexedDB.open('lce-playground');
    const db = await new Promise<IDBDatabase>((resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))));
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const r = db.transaction('samples').objectStore('samples').getAllKeys();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return keys.map(String);
  });
}

/** Sets this origin's storage quota in Chromium (null: back to the default). The override lasts while its DevTools session is attached. */
async function setQuota(context: BrowserContext, page: Page, bytes: number | null): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, ...(bytes === null ? {} : { quotaSize: bytes }) });
}

describe('a full disk during a batch of writes', () => {
  test('should say so in a sentence and keep every sample stored before it, each exactly once', async () => {
    const { page, errors, context } = await openApp(browser, `${inject('baseUrl')}/`);
    // The service worker's precache first: while it writes, the usage Chromium checks writes against lags behind.
    await waitForOfflineCopy(page);
    await expect.poll(async () => {
      const first = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
      await page.waitForTimeout(500);
      return first === (await page.evaluate(async () => (await navigator.storage.estimate()).usage));
    }, { timeout: 30_000 }).toBe(true);
    await openDataTab(page);
    const samples = copies(6000, 'run-full');
    const path = files.write('six-k.jsonl', samples.map((s) => JSON.stringify(s)));
    const used = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    // Room for a part of the file only (a sample takes ~2–4 kB stored).
    await setQuota(context, page, used + 4 * 2 ** 20);
    await page.getByLabel('Import samples files').setInputFiles([path]);
    const error = page.getByTestId('import-error');
    await error.waitFor({ timeout: 120_000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}; the page shows: ${await page.getByTestId('import-status').textContent().catch(() => 'no import status')}`);
    });
    // (Chromium's estimate does not show the lowered quota: the sentence says what the browser reports.)
    expect(await error.textContent()).toMatch(/^Browser storage for this site is full \(\d+ MB used of [\d.]+ [MG]B allowed\)\. Everything stored before is kept; the last write was not saved\. Export what you need, then delete runs you no longer need in the Data view — the largest are run-full \([\d,]+ samples\) — or delete downloaded models in the Models panel, then resume\.$/);
    const added = Number(/^Stopped: ([\d,]+) added/.exec((await page.getByTestId('import-summary').textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(samples.length);
    const ids = await storedIds(page);
    expect(ids.length).toBe(added);
    expect(new Set(ids).size).toBe(added);
    await expect.poll(() => shownCount(page)).toBe(added);

    // Space freed: the same file again adds exactly the rest.
    await setQuota(context, page, null);
    expect(await importFiles(page, [path])).toMatch(new RegExp(`^Imported: ${(samples.length - added).toLocaleString('en-US')} added, ${added.toLocaleString('en-US')} already stored`));
    const after = await storedIds(page);
    expect([after.length, new Set(after).size]).toEqual([samples.length, samples.length]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a second tab on the same database', () => {
  test('should see the other tab’s writes, and a file imported by both at once should be stored once', async () => {
    const context = await browser.newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) {
      await page.goto(`${inject('baseUrl')}/`);
      await openDataTab(page);
    }
    await importFiles(b, [files.write('from-b.jsonl', copies(300, 'run-b').map((s) => JSON.stringify(s)))]);
    // Tab A never imported anything: the change feed told it.
    await expect.poll(() => shownCount(a), { timeout: 10_000 }).toBe(300);
    const both = files.write('both.jsonl', copies(2000, 'run-both').map((s) => JSON.stringify(s)));
    await Promise.all([a.getByLabel('Import samples files').setInputFiles([both]), b.getByLabel('Import samples files').setInputFiles([both])]);
    const finished = (p: Page) => p.waitForFunction(() => document.querySelector('[data-testid="import-summary"]')?.textContent?.startsWith('Imported: ') === true, undefined, { timeout: 120_000 });
    await Promise.all([finished(a), finished(b)]);
    const added = await Promise.all([a, b].map(async (p) => Number(/^Imported: ([\d,]+) added/.exec((await p.getByTestId('import-summary').textContent()) ?? '')![1]!.replace(/,/g, ''))));
    expect(added[0]! + added[1]!).toBe(2000);
    const ids = await storedIds(a);
    expect([ids.length, new Set(ids).size]).toEqual([2300, 2300]);
    await expect.poll(() => shownCount(a)).toBe(2300);
    await expect.poll(() => shownCount(b)).toBe(2300);
    await context.close();
  });
});

describe('a private window where IndexedDB is limited', () => {
  test.each([
    ['missing', () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }), /^The local database cannot be used: this browser offers no IndexedDB here \(some private windows turn it off\)\. Use a normal window\./],
    [
      'refusing to open',
      () => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        };
      },
      /^The local database cannot be used: A mutation operation was attempted on a database that did not allow mutations\./,
    ],
  ])('should still solve and say why storage is off, for IndexedDB %s', async (_, limit, reason) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(limit);
    await page.goto(`${inject('baseUrl')}/?engine=replay`);
    await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
    await openDataTab(page);
    const off = page.getByTestId('storage-off');
    expect(await off.textContent()).toMatch(/^Storage features are off here\. /);
    expect((await off.textContent())!.replace(/^Storage features are off here\. /, '')).toMatch(reason);
    expect(await off.textContent()).toMatch(/Solving, Python and the answer checker still work, but samples cannot be kept, imported or exported in this window\.$/);
    await page.getByRole('tab', { name: 'Solve' }).click();
    const picker = page.getByLabel('Recorded problem');
    await picker.locator('option').nth(1).waitFor({ state: 'attached' });
    await picker.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Solve' }).click();
    expect(await waitForRunEnd(page)).toBe('Finished');
    expect(await page.getByTestId('final-answer').textContent()).toBe('18');
    expect(errors).toEqual([]);
    await context.close();
  });
});
