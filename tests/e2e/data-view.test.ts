/**
 * The Data tab in real Chromium against the built app: samples files imported through the file
 * input into the page's real IndexedDB (bad lines named, good lines kept, merged by id, schema 1
 * upgraded), browsed and filtered, opened in the transcript view, a run deleted.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { openApp } from './ui-helpers';
import { copies, fixtureLines, fixtureSamples, importFiles, openDataTab, shownCount, tempFiles } from './support/sample-files';

let browser: Browser;
const files = tempFiles();

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  files.cleanup();
});

describe('the Data tab', () => {
  test('should import a samples file, name its bad lines, keep the good ones and merge a second import', async () => {
    const { page, errors, context } = await openApp(browser, `${inject('baseUrl')}/`);
    await openDataTab(page);
    expect(await shownCount(page)).toBe(0);
    const lines = fixtureLines();
    const path = files.write('mixed.jsonl', [...lines.slice(0, 20), '{"schema": 2, "id": "half', ...lines.slice(20), '[1, 2, 3]']);
    expect(await importFiles(page, [path])).toBe('Imported: 26 added, 26 written by an older version and upgraded, 2 bad lines.');
    await page.getByText('Bad lines (2)').click();
    expect(await page.getByTestId('import-issues').locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^mixed\.jsonl line 21: not JSON, or cut short \(.+\)$/),
      'mixed.jsonl line 28: a sample must be a JSON object',
    ]);
    await expect.poll(() => shownCount(page)).toBe(26);
    expect(await importFiles(page, [path])).toBe('Imported: 0 added, 26 already stored, 26 written by an older version and upgraded, 2 bad lines.');
    expect(await shownCount(page)).toBe(26);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('should cancel an import, keeping every batch stored before the cancel, and finish it when imported again', async () => {
    const { page, errors, context } = await openApp(browser, `${inject('baseUrl')}/`);
    await openDataTab(page);
    // Large enough that the import is still running when the cancel lands, even on a loaded machine.
    const total = 30_000;
    const path = files.write('cancelled.jsonl', copies(total, 'run-cancel').map((s) => JSON.stringify(s)));
    await page.getByLabel('Import samples files').setInputFiles([path]);
    const summary = page.getByTestId('import-summary');
    await expect.poll(async () => ((await summary.count()) ? await summary.textContent() : ''), { timeout: 60_000, interval: 50 }).toMatch(/^Importing: [1-9][\d,]* added/);
    // A DOM click at once: Playwright's actionability wait (a stable box) can take seconds while the
    // progress re-renders, and the import may finish meanwhile.
    await page.getByRole('button', { name: 'Cancel import' }).dispatchEvent('click');
    await expect.poll(() => page.getByTestId('import-error').textContent()).toBe('The import was cancelled; every batch stored before the cancel is kept.');
    // The view re-reads after the cancel; the count then holds what the committed batches wrote.
    await expect.poll(() => shownCount(page)).toBeGreaterThan(0);
    const kept = await shownCount(page);
    expect(kept).toBeLessThan(total);
    expect(kept! % 500).toBe(0);
    expect(await importFiles(page, [path])).toBe(`Imported: ${(total - kept!).toLocaleString('en-US')} added, ${kept!.toLocaleString('en-US')} already stored, 0 bad lines.`);
    await expect.poll(() => shownCount(page)).toBe(total);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('should filter by method, verdict and model, and open a sample read-only with its verdict and usage', async () => {
    const { page, errors, context } = await openApp(browser, `${inject('baseUrl')}/`);
    await openDataTab(page);
    await importFiles(page, [files.write('fixtures.jsonl', fixtureLines())]);
    const samples = fixtureSamples();
    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByLabel('Method').selectOption('cot');
    await expect.poll(() => shownCount(page)).toBe(samples.filter((s) => s.method === 'cot').length);
    await filters.getByLabel('Verdict').selectOption('wrong');
    await expect.poll(() => shownCount(page)).toBe(samples.filter((s) => s.method === 'cot' && s.verdict?.equal === false).length);
    await filters.getByLabel('Method').selectOption('');
    await filters.getByLabel('Model').selectOption({ label: 'MathCoder-L-7B (replay)' });
    const wrongMathCoder = samples.filter((s) => s.engine.model === 'MathCoder-L-7B' && s.verdict?.equal === false);
    await expect.poll(() => shownCount(page)).toBe(wrongMathCoder.length);
    const rows = page.getByRole('listbox', { name: 'Samples' }).getByRole('option');
    expect((await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id))).sort()).toEqual(wrongMathCoder.map((s) => s.id).sort());

    const chosen = wrongMathCoder[0]!;
    await page.locator(`[role="option"][data-id="${chosen.id}"]`).click();
    const detail = page.getByTestId('sample-detail');
    await expect.poll(() => detail.getByTestId('sample-verdict').textContent()).toBe('Incorrect');
    expect(await detail.getByTestId('sample-usage').textContent()).toBe(`${chosen.usage.promptTokens}/${chosen.usage.completionTokens}`);
    expect(await detail.getByTestId('sample-answer').textContent()).toBe(chosen.answer ?? 'none found');
    const transcript = page.getByRole('region', { name: 'Stored sample' });
    expect(await transcript.getByRole('group', { name: 'Output' }).count()).toBe(chosen.blocks.filter((b) => b.type === 'output').length);
    // Read-only: no editable cell, no Run, no Continue from here.
    expect(await transcript.locator('textarea, [contenteditable="true"]').count()).toBe(0);
    expect(await transcript.getByRole('button', { name: /Run|Continue/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('should page through 1,200 samples as the list scrolls, rendering only the rows in view', async () => {
    const { page, errors, context } = await openApp(browser, `${inject('baseUrl')}/`);
    await openDataTab(page);
    await importFiles(page, [files.write('many.jsonl', copies(1200, 'run-many').map((s) => JSON.stringify(s)))]);
    await expect.poll(() => shownCount(page)).toBe(1200);
    const list = page.getByTestId('sample-list');
    const rendered = () => list.getByRole('option').count();
    expect(await rendered()).toBeLessThan(60);
    // The newest first: the last copy made.
    expect(await list.getByRole('option').first().getAttribute('data-id')).toMatch(/\/1199$/);
    for (let i = 0; i < 40; i++) await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => {
      await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
      return list.getByRole('option').last().getAttribute('aria-posinset');
    }, { timeout: 30_000 }).toBe('1200');
    expect(await list.getByRole('option').last().getAttribute('data-id')).toMatch(/\/0$/);
    expect(await rendered()).toBeLessThan(60);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('should delete a run after a confirmation that says what it frees, leaving the others', async () => {
    const { page, errors, context } = await openApp(browser, `${inject('baseUrl')}/`);
    await openDataTab(page);
    await importFiles(page, [files.write('two-runs.jsonl', [...copies(60, 'run-keep'), ...copies(40, 'run-drop')].map((s) => JSON.stringify(s)))]);
    await expect.poll(() => shownCount(page)).toBe(100);
    await page.getByText('Runs (2)').click();
    await page.getByRole('listitem', { name: 'run-drop' }).getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete run' });
    expect(await dialog.textContent()).toMatch(/^Delete run run-drop \(imported\) and its 40 samples\? This frees about \d+ kB \(estimated from 40 of them\)\./);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    expect(await shownCount(page)).toBe(100);
    await page.getByRole('listitem', { name: 'run-drop' }).getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('button', { name: 'Delete the run' }).click();
    await expect.poll(() => page.getByTestId('data-message').locator('span').textContent()).toMatch(/^Deleted run run-drop: 40 samples, about \d+ kB freed\.$/);
    await expect.poll(() => shownCount(page)).toBe(60);
    // The run list re-renders after the sample count: poll it too (a single read raced it once in CI).
    await expect.poll(() => page.getByRole('listitem', { name: 'run-drop' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
