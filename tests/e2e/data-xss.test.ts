/**
 * The XSS corpus stays inert in the Data tab's sample preview (the list, the opened sample with its
 * transcript) and in the export preview, in real Chromium: a sample file whose problem, answer,
 * verdict reason, model name, text, code, execution output and error carry every payload is
 * imported through the page's file input, opened and previewed as an export.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { SAMPLE_SCHEMA_VERSION, type Sample } from '../../src/core/dataset/sample';
import { launchChromium } from './support/browser';
import { armXssFlag, findDangers, xssHits } from './render-inert';
import { importFiles, openDataTab, tempFiles } from './support/sample-files';

const payloads = (JSON.parse(readFileSync(new URL('../fixtures/xss-payloads.json', import.meta.url), 'utf8')) as { id: string; payload: string }[]);
const mark = (id: string) => `<img src=x onerror="__xss('${id}')"><script>__xss('${id}')</script>`;

/** One sample carrying the whole corpus in every field the views show. */
function hostileSample(): Sample {
  return {
    schema: SAMPLE_SCHEMA_VERSION,
    id: `xss/${mark('sample-id')}`,
    runId: `run-${mark('run-id')}`,
    attempt: 0,
    createdAt: '2026-12-02T10:00:00.000Z',
    problem: { id: `p-${mark('problem-id')}`, question: payloads.map((p) => p.payload).join('\n\n'), reference: mark('reference'), source: mark('source') },
    method: 'lce',
    engine: { kind: 'openai', model: `model-${mark('model')}`, isRecording: false, family: 'qwen2.5-math' },
    sampling: {},
    caps: { maxRounds: 4, maxTokensPerRound: 1024, cellTimeoutMs: 10_000, maxOutputChars: 2000 },
    blocks: [
      ...payloads.map((p) => ({ type: 'text' as const, content: p.payload })),
      { type: 'code', content: `print(${JSON.stringify(mark('code'))})` },
      { type: 'output', content: mark('output') },
      { type: 'code', content: 'raise ValueError()' },
      { type: 'error', content: mark('error') },
      { type: 'text', content: `The answer is $\\boxed{${mark('boxed')}}$.` },
    ],
    answer: mark('answer'),
    verdict: { equal: true, method: 'exact', reason: mark('verdict-reason') } as Sample['verdict'],
    rounds: 3,
    stopReason: 'answered',
    stopDetail: mark('stop-detail'),
    usage: { promptTokens: 10, completionTokens: 20, perRound: [] },
    ms: 1000,
    software: { app: mark('software') },
  } as Sample;
}

let browser: Browser;
const files = tempFiles();

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  files.cleanup();
});

describe('the XSS corpus in stored samples', () => {
  test('should stay inert in the sample list, the opened sample and the export preview', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await armXssFlag(page);
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
    const scripts = await page.evaluate(() => document.scripts.length);
    await openDataTab(page);
    expect(await importFiles(page, [files.write('hostile.jsonl', [JSON.stringify(hostileSample())])])).toBe('Imported: 1 added, 0 bad lines.');

    const list = page.getByRole('listbox', { name: 'Samples' });
    const row = list.getByRole('option').first();
    expect(await row.textContent()).toContain(`p-${mark('problem-id')}`);
    expect(await list.locator('img, script, iframe, object, embed, svg, a').count()).toBe(0);

    await row.click();
    const detail = page.getByRole('region', { name: 'Sample' });
    const transcript = detail.getByRole('region', { name: 'Stored sample' });
    await expect.poll(() => transcript.getByRole('group', { name: 'Output' }).locator('pre').textContent(), { timeout: 30_000 }).toBe(mark('output'));
    expect(await detail.getByTestId('sample-answer').textContent()).toBe(mark('answer'));
    expect(await transcript.locator('.tx-text').first().textContent()).toContain('click me');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    expect(await findDangers(page, 'Sample', scripts)).toEqual([]);

    await page.getByRole('button', { name: 'Export training data…' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Export preview' });
    await preview.waitFor({ timeout: 60_000 });
    const shown = JSON.parse((await preview.locator('pre').first().textContent())!) as { messages: Array<{ content: string }> };
    expect(shown.messages[1]!.content).toBe(hostileSample().problem.question);
    expect(shown.messages.map((m) => m.content)).toContain(mark('output'));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    expect(await findDangers(page, 'Export preview', scripts)).toEqual([]);

    expect(await xssHits(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
