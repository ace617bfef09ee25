/**
 * The XSS corpus in the other views that render model text — compare (CoT and LCE side by side) and
 * step mode — through the real app: the scripted server (our LLM double) writes every payload as model
 * text plus a cell whose real Pyodide output is HTML. Nothing may run, nothing dangerous may reach the
 * DOM. (The solve view is render-app-xss.test.ts; the Markdown/KaTeX pipeline is render-xss.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server';
import { fillProblem, openAiUrl, waitForRunEnd } from './ui-helpers';
import { armXssFlag, findDangers, payloadModel, settle, xssHits } from './render-inert';

const OUTPUT_PAYLOAD = `<img src=x onerror="__xss('view-output')"><script>__xss('view-output')</script>`;

let browser: Browser;
let server: ScriptedOpenAiServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startScriptedOpenAiServer({ script: payloadModel(OUTPUT_PAYLOAD, 'view-boxed') });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openWithPayloads(): Promise<{ page: Page; scripts: number; dialogs: string[]; errors: string[]; close: () => Promise<void> }> {
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
  await page.goto(openAiUrl(inject('baseUrl'), server.baseUrl));
  await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
  const scripts = await page.evaluate(() => document.scripts.length);
  await page.getByText('Limits').click();
  await page.getByLabel('Tokens per round').fill('8192');
  await page.getByLabel('Tokens per round').blur();
  await fillProblem(page, 'Render these payloads.', '4');
  return { page, scripts, dialogs, errors, close: () => context.close() };
}

async function expectInert(page: Page, region: string, scripts: number, dialogs: string[]): Promise<void> {
  await settle(page);
  expect(await findDangers(page, region, scripts)).toEqual([]);
  expect(await xssHits(page)).toEqual([]);
  expect(dialogs).toEqual([]);
}

describe('the XSS corpus as model output', () => {
  test('should stay inert in both columns of compare mode', async () => {
    const { page, scripts, dialogs, errors, close } = await openWithPayloads();
    await page.getByLabel('Compare CoT and LCE side by side').check();
    await page.getByRole('button', { name: 'Solve' }).click();
    const lce = page.getByRole('region', { name: 'LCE solution' });
    await expect.poll(() => lce.getByRole('group', { name: 'Output' }).locator('pre').textContent(), { timeout: 120_000 }).toBe(OUTPUT_PAYLOAD);
    await expect.poll(() => page.getByRole('button', { name: 'Solve' }).isEnabled(), { timeout: 120_000 }).toBe(true);
    for (const region of ['CoT solution', 'LCE solution']) {
      expect(await page.getByRole('region', { name: region }).locator('.tx-text').first().textContent()).toContain('click me');
      await expectInert(page, region, scripts, dialogs);
    }
    expect(errors).toEqual([]);
    await close();
  });

  test('should stay inert in step mode, block by block and all at once', async () => {
    const { page, scripts, dialogs, errors, close } = await openWithPayloads();
    await page.getByLabel('Step mode (reveal one block at a time)').check();
    await page.getByRole('button', { name: 'Solve' }).click();
    await waitForRunEnd(page);
    const solution = page.getByRole('region', { name: 'Solution' });
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => solution.locator('.tx-text').first().textContent()).toContain('click me');
    await expectInert(page, 'Solution', scripts, dialogs);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => solution.getByRole('group', { name: 'Output' }).locator('pre').textContent()).toBe(OUTPUT_PAYLOAD);
    await expectInert(page, 'Solution', scripts, dialogs);
    expect(errors).toEqual([]);
    await close();
  });
});
