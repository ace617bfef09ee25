/**
 * The in-browser model guidance in real Chromium with a FakeGpuAdapter (a test double of the GPU,
 * the one edge we cannot reach; see ui-helpers): which methods each model was trained for, the
 * default model following the method within what the GPU fits, a model the user chose left alone,
 * self-hosted models remembered in IndexedDB across reloads, and the context window as a cap (the
 * budget in the caps editor; a solution ending "context full" against a real local server that
 * refuses overflowing requests the way vLLM does).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startScriptedOpenAiServer, lastOutputIn, type ScriptedOpenAiServer } from '../support/scripted-openai-server';
import { launchChromium } from './support/browser';
import { openAiUrl, waitForRunEnd, withFakeGpu } from './ui-helpers';

let browser: Browser;
const servers: ScriptedOpenAiServer[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

const SMALL = 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC';
const COT_ONLY = 'Qwen2-Math-7B-Instruct-q4f16_1-MLC';
const MATH_7B = 'Qwen2.5-Math-7B-Instruct-q4f16_1-MLC';

/** A page in a fresh context whose browser has a capable (fake) GPU. */
async function capablePage(path = '/'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await withFakeGpu(context, { f16: true, bindingMB: 2048 });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}${path}`);
  await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
  return { context, page };
}

const modelSelect = (page: Page) => page.getByLabel('Model', { exact: true });
const query = (page: Page) => new URL(page.url()).search;

describe('the in-browser model guidance', () => {
  describe('should pick the default model for the method, within what the GPU fits', () => {
    test('for a capable GPU, where the model trained for LCE is picked and left out of the address', async () => {
      const { context, page } = await capablePage();
      await expect.poll(() => modelSelect(page).inputValue().catch(() => ''), { timeout: 30_000 }).toBe(SMALL);
      // A model the page picked is not written in the address: a reload picks again.
      expect(query(page)).toBe('?engine=webllm');
      expect(await page.getByTestId('method-advice').count()).toBe(0);
      await page.getByRole('radio', { name: 'CoT' }).check();
      expect(await modelSelect(page).inputValue()).toBe(SMALL);
      await page.getByRole('tab', { name: 'Models' }).click();
      expect(await page.getByTestId('recommendation').textContent()).toMatch(new RegExp(`^For CoT here: ${SMALL}: trained for chain of thought \\(MATH 75\\.8 published for the full-precision model\\); runs on this GPU\\.$`));
      const small = page.getByRole('listitem', { name: SMALL });
      expect(await small.getByTestId('methods').textContent()).toBe('Trained for CoT, Code, LCE and Auto.');
      expect(await small.textContent()).toContain('recommended for CoT');
      expect(await small.textContent()).toContain('selected');
      const cotOnly = page.getByRole('listitem', { name: COT_ONLY });
      expect(await cotOnly.getByTestId('methods').textContent()).toBe('Trained for CoT; follows Code, LCE and Auto without training on their format.');
      expect(await cotOnly.getByTestId('gpu-fit').textContent()).toBe('fits this GPU');
      await page.getByRole('tab', { name: 'Solve' }).click();
      await page.getByRole('radio', { name: 'LCE' }).check();
      await page.getByRole('tab', { name: 'Models' }).click();
      expect(await cotOnly.getByTestId('methods').textContent()).toMatch(/Not trained for LCE\.$/);
      await context.close();
    });
  });

  describe('should say when the chosen model was not trained for the method, and offer the one that was', () => {
    test('for Qwen2-Math-7B named in the URL: kept across methods, switched with one click', async () => {
      const { context, page } = await capablePage(`/?engine=webllm&model=${COT_ONLY}`);
      const advice = page.getByTestId('method-advice');
      await expect.poll(() => advice.textContent().catch(() => ''), { timeout: 30_000 }).toBe(
        `${COT_ONLY} was not trained for the python/output format LCE relies on; it follows it when asked, less reliably. ${SMALL} was trained for it and runs here.Use ${SMALL}`,
      );
      expect(await page.getByTestId('fit-lce').textContent()).toBe('·untrained');
      expect(await page.getByTestId('fit-cot').count()).toBe(0);
      await page.getByRole('radio', { name: 'CoT' }).check();
      expect(await advice.count()).toBe(0);
      await page.getByRole('radio', { name: 'Auto' }).check();
      // The user's model is never replaced by the page's pick.
      expect(await modelSelect(page).inputValue()).toBe(COT_ONLY);
      expect(await advice.textContent()).toMatch(/the python\/output format Auto relies on/);
      await advice.getByRole('button', { name: `Use ${SMALL}` }).click();
      expect(await modelSelect(page).inputValue()).toBe(SMALL);
      expect(await advice.count()).toBe(0);
      // Chosen by the user: now it is in the address.
      expect(query(page)).toBe(`?engine=webllm&model=${SMALL}`);
      await context.close();
    });
  });

  describe('should remember self-hosted models across reloads', () => {
    test('for Qwen2.5-Math-7B added in the form, recommended, reloaded, then removed; a broken entry shown and forgotten', async () => {
      const { context, page } = await capablePage();
      await expect.poll(() => modelSelect(page).inputValue().catch(() => ''), { timeout: 30_000 }).toBe(SMALL);
      await page.getByRole('tab', { name: 'Models' }).click();
      const form = page.getByRole('form', { name: 'Add a self-hosted model' });
      await form.getByLabel('Model id').fill(MATH_7B);
      await form.getByLabel('Weights URL').fill('http://127.0.0.1:8000/Qwen2.5-Math-7B-Instruct-q4f16_1-MLC/');
      await form.getByLabel('Model library URL (.wasm)').fill('http://127.0.0.1:8000/libs/Qwen2.5-Math-7B-Instruct-q4f16_1-webgpu.wasm');
      await form.getByLabel('GPU memory (MB, optional)').fill('5107');
      await form.getByRole('button', { name: 'Save model' }).click();
      await page.getByText(`${MATH_7B} was added; it is remembered in this browser.`).waitFor();
      const row = page.getByRole('listitem', { name: MATH_7B });
      expect(await row.textContent()).toContain('self-hosted');
      expect(await row.getByTestId('methods').textContent()).toBe('Trained for CoT, Code, LCE and Auto.');
      // Trained for LCE with a higher published score: the page's default moves to it.
      expect(await row.textContent()).toContain('recommended for LCE');
      expect(await page.getByTestId('recommendation').textContent()).toMatch(/MATH 85\.3 .* with tool-integrated reasoning/);
      await page.getByRole('tab', { name: 'Solve' }).click();
      expect(await modelSelect(page).inputValue()).toBe(`saved:${MATH_7B}`);

      // A broken entry written beside it, as an older page might have left it.
      await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('lce-playground');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        const tx = db.transaction('settings', 'readwrite');
        const store = tx.objectStore('settings');
        const current = await new Promise<{ value: { version: number; models: unknown[] } }>((resolve) => {
          const r = store.get('webllm.customModels');
          r.onsuccess = () => resolve(r.result);
        });
        store.put({ key: 'webllm.customModels', value: { ...current.value, models: [...current.value.models, { modelId: 'old-model', modelUrl: 'ftp://host/old/', modelLibUrl: 'http://host/old.wasm' }] } });
        await new Promise((resolve) => (tx.oncomplete = resolve));
        db.close();
      });
      await page.reload();
      await expect.poll(() => modelSelect(page).inputValue().catch(() => ''), { timeout: 30_000 }).toBe(`saved:${MATH_7B}`);
      await page.getByRole('tab', { name: 'Models' }).click();
      const skipped = page.getByTestId('skipped-models');
      expect(await skipped.textContent()).toMatch(/^One saved model was skipped:old-model: Custom model weights URL: "ftp:\/\/host\/old\/" is not an http\(s\) URL/);
      await skipped.getByRole('button', { name: 'Forget it' }).click();
      await page.getByText('The entries that could not be read were removed.').waitFor();

      // The model in use cannot be removed; after switching away it can.
      await page.getByRole('listitem', { name: SMALL }).getByRole('button', { name: 'Use this model' }).click();
      await page.getByRole('listitem', { name: MATH_7B }).getByRole('button', { name: 'Remove from my models' }).click();
      await page.getByText(`${MATH_7B} was removed from your self-hosted models`, { exact: false }).waitFor();
      await page.reload();
      await page.getByRole('tab', { name: 'Models' }).click();
      await page.getByRole('listitem', { name: SMALL }).waitFor();
      expect(await page.getByRole('listitem', { name: MATH_7B }).count()).toBe(0);
      expect(await page.getByTestId('skipped-models').count()).toBe(0);
      await context.close();
    });
  });

  describe('should show the context budget and end a solution that would overflow the window', () => {
    test('for the in-browser model, the recorded demo and a server that does not say its window', async () => {
      const { context, page } = await capablePage();
      await expect.poll(() => modelSelect(page).inputValue().catch(() => ''), { timeout: 30_000 }).toBe(SMALL);
      await page.getByLabel('Problem', { exact: true }).fill('What is 6 times 7?');
      await page.locator('details.caps summary').click();
      const budget = page.getByTestId('context-budget');
      expect(await budget.textContent()).toMatch(/^Context window: prompt ≈ \d+ = ≈ \d+ of 4,096 tokens\./);
      expect(await budget.textContent()).toMatch(/room for 3 more full rounds of 1,024 tokens\. Counted on the safe side/);
      await page.getByLabel('Engine', { exact: true }).selectOption('replay');
      expect(await budget.textContent()).toBe('Context window: The recorded demo replays solutions: no context window applies.');
      await page.getByLabel('Engine', { exact: true }).selectOption('openai');
      expect(await budget.textContent()).toMatch(/^Context window: The server has not said its context window: set it in the engine settings/);
      await page.getByLabel('Context window (tokens, optional)').fill('2048');
      await page.getByLabel('Context window (tokens, optional)').press('Enter');
      expect(await budget.textContent()).toMatch(/of 2,048 tokens\./);
      await context.close();
    });

    test('for a vLLM-like server with a 600-token window: "context full" instead of its error', async () => {
      const srv = await startScriptedOpenAiServer({
        maxModelLen: 600,
        script: ({ prompt }) => {
          const last = Number(lastOutputIn(prompt) ?? '1');
          return `The value is ${last}; doubling it gives the next one.\n\`\`\`python\nprint(${last} * 2)\n\`\`\`\n\`\`\`output`;
        },
      });
      servers.push(srv);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(openAiUrl(inject('baseUrl'), srv.baseUrl));
      await page.getByLabel('Problem', { exact: true }).fill('Double 1 until told to stop.');
      await page.locator('details.caps summary').click();
      await page.getByLabel('Rounds').fill('16');
      await page.getByLabel('Rounds').press('Tab');
      await page.getByLabel('Tokens per round').fill('100');
      await page.getByLabel('Tokens per round').press('Tab');
      await page.getByRole('button', { name: 'Solve' }).click();
      await waitForRunEnd(page);
      expect(await page.getByTestId('stop-detail').textContent()).toMatch(/^Context full (after|in) round \d+: .*estimated on the safe side.*600-token context window/);
      expect(srv.requests.filter((r) => r.rejected)).toEqual([]);
      // The server reported its window when the page connected: the budget shows what the solution used.
      expect(await page.getByTestId('context-budget').textContent()).toMatch(/rounds? ≈ [\d,]+ = ≈ [\d,]+ of 600 tokens\./);
      await context.close();
    });
  });
});
