/**
 * The XSS corpus streamed through the REAL app: the OpenAI-compatible engine against the scripted
 * server (our LLM double) answers with every payload as model text, then writes a cell whose
 * execution output (real Pyodide) is HTML. Nothing may run and nothing dangerous may reach the DOM.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server';
import { fillProblem, openAiUrl, waitForRunEnd } from './ui-helpers';
import { armXssFlag, findDangers, payloadModel, settle, xssHits } from './render-inert';

const OUTPUT_PAYLOAD = `<img src=x onerror="__xss('app-output')"><script>__xss('app-output')</script>`;

let browser: Browser;
let server: ScriptedOpenAiServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startScriptedOpenAiServer({ script: payloadModel(OUTPUT_PAYLOAD, 'app-boxed') });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the app streaming model output', () => {
  test('should keep the whole XSS corpus inert, in text and in execution output', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await armXssFlag(page);
    const url = openAiUrl(inject('baseUrl'), server.baseUrl);
    await page.goto(url);
    await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
    const scripts = await page.evaluate(() => document.scripts.length);
    await page.getByText('Limits').click();
    await page.getByLabel('Tokens per round').fill('8192');
    await page.getByLabel('Tokens per round').blur();
    await fillProblem(page, 'Render these payloads.', '4');
    await page.getByRole('button', { name: 'Solve' }).click();
    await waitForRunEnd(page);

    const solution = page.getByRole('region', { name: 'Solution' });
    // The execution output arrived and is shown as the text the cell printed.
    await expect.poll(() => solution.getByRole('group', { name: 'Output' }).locator('pre').textContent()).toBe(OUTPUT_PAYLOAD);
    // All text payloads reached the page: the first one, and the sentence written after the last.
    const text = await solution.locator('.tx-text').first().textContent();
    expect(text).toContain('click me');
    expect(text).toContain('Now a cell that prints HTML.');
    await settle(page);
    expect(await findDangers(page, 'Solution', scripts)).toEqual([]);
    expect(await xssHits(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(new URL(page.url()).origin + new URL(page.url()).pathname).toBe(`${inject('baseUrl')}/`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
