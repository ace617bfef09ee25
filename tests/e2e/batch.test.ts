/**
 * Batch collection in the real page: a run through the OpenAI-compatible engine against a scripted
 * local server, the page's real Pyodide worker and Chromium's real IndexedDB. A reload in the
 * middle resumes the run and ends with every sample stored exactly once; a second tab neither
 * doubles the run nor misses its progress.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server';
import { openAiUrl, openApp } from './ui-helpers';
import { doneOf, importPasted, openBatch, plannedIds, readStore, startRun, sumsJsonl, sumsScript } from './batch-helpers';

let browser: Browser;
const servers: ScriptedOpenAiServer[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function server(tokenDelayMs: number): Promise<ScriptedOpenAiServer> {
  const s = await startScriptedOpenAiServer({ script: sumsScript(tokenDelayMs) });
  servers.push(s);
  return s;
}

describe('a batch run in the page', () => {
  describe('should resume exactly where it stopped after a reload', () => {
    test('for 3 problems × CoT and LCE × k = 2, reloaded after the first samples', async () => {
      const srv = await server(15);
      const { context, page, errors } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await openBatch(page);
      await importPasted(page, sumsJsonl(3), 'pasted');
      const runId = await startRun(page, ['CoT', 'LCE'], 2);
      await expect.poll(async () => (await doneOf(page)).done, { timeout: 90_000, interval: 100 }).toBeGreaterThanOrEqual(2);
      expect((await doneOf(page)).total).toBe(12);
      const before = await readStore(page);
      expect(before.samples.length).toBeGreaterThanOrEqual(2);
      expect(before.samples.length).toBeLessThan(12);

      await page.reload();
      await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
      await openBatch(page);
      // Nobody presses anything: the interrupted run resumes by itself.
      await expect.poll(() => page.getByTestId(`status-${runId}`).textContent(), { timeout: 120_000, interval: 250 }).toBe('finished');
      await expect.poll(async () => (await doneOf(page)).done, { timeout: 10_000 }).toBe(12);

      const after = await readStore(page);
      expect(after.samples.map((s) => s.id).sort()).toEqual(plannedIds(runId, 3, ['cot', 'lce'], 2));
      expect(after.rows.sort()).toEqual(plannedIds(runId, 3, ['cot', 'lce'], 2));
      // The samples stored before the reload were not made again: same record, same time.
      for (const s of before.samples) expect(after.samples.find((a) => a.id === s.id)).toEqual(s);
      expect(after.samples.every((s) => s.answer === String(2 * Number(/q(\d+)/.exec(s.id)![1]) + 5))).toBe(true);
      // Results: every answer right, for both methods.
      await expect.poll(() => page.getByTestId('result-accuracy-lce').textContent(), { timeout: 30_000 }).toMatch(/^100\.0 %/);
      expect(await page.getByTestId('result-accuracy-cot').textContent()).toMatch(/^100\.0 %/);
      await page.getByTestId('accuracy-chart').waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  describe('should run in one tab only and show its progress in another', () => {
    test('for a second tab opened while the first one runs', async () => {
      const srv = await server(30);
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await openBatch(page);
      await importPasted(page, sumsJsonl(4), 'pasted');
      const runId = await startRun(page, ['CoT'], 2);
      await expect.poll(async () => (await doneOf(page)).done, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(1);

      const second = await context.newPage();
      await second.goto(openAiUrl(inject('baseUrl'), srv.baseUrl));
      await openBatch(second);
      // The second tab found the run running, could not take its lease, and watches it.
      await second.getByTestId('other-tab').waitFor({ timeout: 30_000 });
      await expect.poll(() => second.getByRole('alert').textContent()).toMatch(/Another tab is running this batch/);
      const seen = new Set<number>();
      await expect
        .poll(async () => {
          seen.add((await doneOf(second)).done);
          return (await doneOf(second)).done;
        }, { timeout: 60_000, interval: 100 })
        .toBe(8);
      // It followed the run as it went, not only its end.
      expect(seen.size).toBeGreaterThan(2);
      await expect.poll(() => second.getByTestId(`status-${runId}`).textContent(), { timeout: 30_000 }).toBe('finished');

      const stored = await readStore(second);
      expect(stored.samples.map((s) => s.id).sort()).toEqual(plannedIds(runId, 4, ['cot'], 2));
      // One CoT sample is one completion request: eight in all, so nothing was generated twice.
      expect(srv.requests).toHaveLength(8);
      await context.close();
    });
  });
});
