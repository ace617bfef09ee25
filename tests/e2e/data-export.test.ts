/**
 * The export view in real Chromium: samples imported into the page's IndexedDB, a preview, then
 * one zip download whose files are exactly what the export core makes from the same samples; a
 * cancel; and a reload in the middle of an export of 20,000 samples, after which every stored
 * sample is still there once and the next export works.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { arraySource, exportBundle } from '../../src/core/dataset';
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

/** Clicks Export and returns the downloaded zip's name and files (folder stripped). */
async function exportAndUnzip(page: Page): Promise<{ name: string; files: Record<string, string> }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Export (.zip)' }).click()]);
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const out: Record<string, string> = {};
  for (const [path, bytes] of Object.entries(zip)) out[path.replace(/^[^/]+\//, '')] = strFromU8(bytes);
  return { name: download.suggestedFilename(), files: out };
}

/** The record files the export core makes from the fixture samples in the store's (id) order. */
async function coreFiles(options: Parameters<typeof exportBundle>[1]): Promise<Record<string, string>> {
  const samples = fixtureSamples().sort((a, b) => (a.id < b.id ? -1 : 1));
  const { files: made } = await exportBundle(arraySource(samples), options);
  const out: Record<string, string> = {};
  for (const f of made) {
    if (typeof f.content === 'string') continue;
    let text = '';
    for await (const chunk of f.content()) text += chunk;
    out[f.name] = text;
  }
  return out;
}

describe('the export view', () => {
  test('should preview the first rows, then download one zip with the rows, the chat template and the card', async () => {
    const { page, errors, context } = await openApp(browser, `${inject('baseUrl')}/`);
    await openDataTab(page);
    await importFiles(page, [files.write('fixtures.jsonl', fixtureLines())]);
    await page.getByRole('button', { name: 'Export training data…' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Export preview' });
    await preview.waitFor({ timeout: 60_000 });
    const expected = await coreFiles({ format: 'sft' });
    const firstRow = JSON.parse(expected['sft.jsonl']!.split('\n')[0]!) as unknown;
    expect(JSON.parse((await preview.locator('pre').first().textContent())!)).toEqual(firstRow);
    expect(await preview.getByTestId('export-rows').textContent()).toBe(`Rows: ${expected['sft.jsonl']!.trim().split('\n').length} train.`);

    const { name, files: got } = await exportAndUnzip(page);
    expect(name).toMatch(/^lce-sft-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(Object.keys(got).sort()).toEqual(['README.md', 'chat_template.jinja', 'sft.jsonl']);
    expect(got['sft.jsonl']).toBe(expected['sft.jsonl']);
    expect(got['README.md']).toMatch(/^---\n/);
    await expect.poll(() => page.getByTestId('export-result').locator('p').first().textContent()).toMatch(/^Downloaded lce-sft-.*\.zip \(\d+ kB\): sft\.jsonl \(\d+ rows\), chat_template\.jinja, README\.md\.$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('should follow the choices: LLaMA-Factory preference pairs, length-controlled, with an eval split and dataset_info.json', async () => {
    const { page, errors, context } = await openApp(browser, `${inject('baseUrl')}/`);
    await openDataTab(page);
    await importFiles(page, [files.write('fixtures.jsonl', fixtureLines())]);
    await page.getByRole('button', { name: 'Export training data…' }).click();
    const panel = page.locator('.export-panel');
    await panel.getByLabel('Format').selectOption('llamafactory-preference');
    await panel.getByLabel('Pairs').selectOption('length-controlled');
    await panel.getByLabel('Pairs per problem, at most').fill('2');
    await panel.getByLabel('Pairs per problem, at most').blur();
    await panel.getByLabel('Eval split (share of problems)').fill('0.3');
    await panel.getByLabel('Eval split (share of problems)').blur();
    await panel.getByLabel('Remove near-duplicates').uncheck();
    const { files: got } = await exportAndUnzip(page);
    const options = { format: 'llamafactory-preference', dedupeThreshold: null, evalFraction: 0.3, pairs: { strategy: 'length-controlled' as const, cap: 2 } };
    const expected = await coreFiles(options);
    expect(Object.keys(got).sort()).toEqual(['README.md', 'dataset_info.json', ...Object.keys(expected)].sort());
    for (const [file, text] of Object.entries(expected)) expect(got[file], file).toBe(text);
    expect(JSON.parse(got['dataset_info.json']!)).toMatchObject({ 'llamafactory-preference': { ranking: true } });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('should cancel, and lose nothing when the page is reloaded in the middle of an export', async () => {
    const { page, errors, context } = await openApp(browser, `${inject('baseUrl')}/`);
    await openDataTab(page);
    const n = 20_000;
    await importFiles(page, [files.write('twenty-k.jsonl', copies(n, 'run-big').map((s) => JSON.stringify(s)))], 300_000);
    await expect.poll(() => shownCount(page)).toBe(n);
    await page.getByRole('button', { name: 'Export training data…' }).click();
    await page.getByLabel('Remove near-duplicates').uncheck();
    const progress = page.getByTestId('export-progress');
    await page.getByRole('button', { name: 'Export (.zip)' }).click();
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/Reading samples: [1-9][\d,]* of 20,000/);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('export-error').textContent()).toBe('The export was cancelled. Nothing stored was changed.');

    await page.getByRole('button', { name: 'Export (.zip)' }).click();
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/(Reading samples|Writing rows): [1-9]/);
    await page.reload();
    await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
    await openDataTab(page);
    await expect.poll(() => shownCount(page), { timeout: 30_000 }).toBe(n);
    // Every sample once: the run's count from its index equals the distinct ids read back page by page.
    const ids = await page.evaluate(async () => {
      const open = indexedDB.open('lce-playground');
      const db = await new Promise<IDBDatabase>((resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))));
      const keys = await new Promise<IDBValidKey[]>((resolve) => {
        const r = db.transaction('samples').objectStore('samples').getAllKeys();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return { count: keys.length, distinct: new Set(keys.map(String)).size };
    });
    expect(ids).toEqual({ count: n, distinct: n });
    await page.getByRole('button', { name: 'Export training data…' }).click();
    await page.getByLabel('Remove near-duplicates').uncheck();
    const { files: got } = await exportAndUnzip(page);
    expect(got['sft.jsonl']!.trim().split('\n').length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
