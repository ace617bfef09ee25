/**
 * Importing a problem set in the real page, where the reading and the save run in the problem
 * worker: a chosen file's bad lines and merged duplicate listed and its problems saved; a shape the
 * importer does not know offered a field mapping; a Cancel mid-read ending the worker and keeping
 * nothing. The problems never come to the page, so what is checked is what it shows and stores.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page, Worker } from 'playwright-core';
import { launchChromium } from './support/browser';
import { openApp } from './ui-helpers';
import { openBatch, sumsJsonl } from './batch-helpers';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'lce-e2e-problems-'));

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The problem workers the page starts, and whether each has ended. */
function watchWorkers(page: Page): Array<{ worker: Worker; closed: boolean }> {
  const seen: Array<{ worker: Worker; closed: boolean }> = [];
  page.on('worker', (worker) => {
    if (!/problem/.test(worker.url())) return;
    const entry = { worker, closed: false };
    worker.on('close', () => (entry.closed = true));
    seen.push(entry);
  });
  return seen;
}

/** The problem sets and problems in the app's IndexedDB, counted in the page. */
function storedCounts(page: Page): Promise<{ sets: number; problems: number }> {
  return page.evaluate(
    () =>
      new Promise<{ sets: number; problems: number }>((resolve, reject) => {
        const open = indexedDB.open('lce-playground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['problemSets', 'problems'], 'readonly');
          const sets = tx.objectStore('problemSets').count();
          const problems = tx.objectStore('problems').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ sets: sets.result, problems: problems.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('importing a problem set in the page', () => {
  test('should list bad lines and a merged duplicate of a chosen file, save it from the worker, and offer a mapping for an unknown shape', async () => {
    const { context, page, errors } = await openApp(browser, `${inject('baseUrl')}/?engine=replay`);
    const workers = watchWorkers(page);
    await openBatch(page);
    const file = write('sums.jsonl', `${sumsJsonl(2000)}\nnot json\n${JSON.stringify({ question: 'What is 2 + 3?', answer: '5' })}\n`);
    await page.getByLabel('Problem file').setInputFiles(file);
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.count(), { timeout: 60_000 }).toBe(1);
    expect(await summary.textContent()).toBe('sums: 2,000 problems read (JSONL, qa) · 1 not imported · 1 duplicate question merged');
    expect(await page.getByTestId('import-issues').locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^line 2001 Not imported: not JSON/),
      expect.stringMatching(/^line 2002 Merged: same question as line 1; merged into it/),
    ]);
    await page.getByRole('button', { name: 'Save 2,000 problems' }).click();
    await page.getByRole('radio', { name: /sums/ }).waitFor();
    expect(await storedCounts(page)).toEqual({ sets: 1, problems: 2000 });
    expect(workers.map((w) => w.closed)).toEqual([true]);

    await page.getByRole('radio', { name: 'Paste', exact: true }).check();
    await page.getByLabel('Pasted problems').fill('{"problem_text": "1 + 1?", "solution": "2"}\n{"problem_text": "2 + 2?", "solution": "4"}');
    await page.getByRole('button', { name: 'Read pasted problems' }).click();
    await page.getByText("This file's shape is not one the importer knows. Say which fields hold what (found: problem_text, solution).").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('should end the worker and keep nothing when the import is cancelled mid-read', async () => {
    const { context, page, errors } = await openApp(browser, `${inject('baseUrl')}/?engine=replay`);
    const workers = watchWorkers(page);
    await openBatch(page);
    // About 25 MB: long enough to be read in several seconds' worth of progress lines.
    const big = write('big.jsonl', `${Array.from({ length: 30 }, () => sumsJsonl(12_000)).map((s, r) => s.replace(/"id":"q/g, `"id":"r${r}q`).replace(/What is/g, `(${r}) What is`)).join('\n')}\n`);
    await page.getByLabel('Problem file').setInputFiles(big);
    const progress = page.getByTestId('import-progress');
    await expect.poll(async () => ((await progress.count()) ? await progress.textContent() : ''), { timeout: 60_000, interval: 50 }).toMatch(/MB of [\d.]+ MB/);
    await page.getByRole('button', { name: 'Cancel import' }).dispatchEvent('click');
    await expect.poll(() => progress.count()).toBe(0);
    await expect.poll(() => workers.map((w) => w.closed), { timeout: 20_000 }).toEqual([true]);
    expect(await page.getByTestId('import-summary').count()).toBe(0);
    expect(await storedCounts(page)).toEqual({ sets: 0, problems: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
