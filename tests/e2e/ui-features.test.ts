/**
 * The rest of the page in real Chromium: the no-WebGPU notice, the Python scratch cell, share links,
 * the replay demo's recording label, compare and step modes, and cross-origin isolation with the
 * Pyodide and web-llm worker assets loading under COOP/COEP.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server';
import { DUCKS, ducksScript, expectScratchOutput, fillProblem, openAiUrl, openApp, waitForRunEnd } from './ui-helpers';

let browser: Browser;
let srv: ScriptedOpenAiServer;

beforeAll(async () => {
  browser = await launchChromium();
  srv = await startScriptedOpenAiServer({ script: ducksScript });
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
});

describe('the page without WebGPU', () => {
  describe('should say so once and keep the other engines usable', () => {
    test('for headless Chromium without a GPU adapter', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/`);
      // Headless Chromium here has no GPU adapter (--disable-gpu, no GPU on this machine).
      await page.getByTestId('no-webgpu').waitFor();
      const text = (await page.locator('body').innerText()).match(/no webgpu/gi) ?? [];
      expect(text).toHaveLength(1);
      const engine = page.getByLabel('Engine', { exact: true });
      expect(await engine.locator('option[value="webllm"]').isDisabled()).toBe(true);
      expect(await engine.locator('option[value="openai"]').isDisabled()).toBe(false);
      expect(await engine.locator('option[value="replay"]').isDisabled()).toBe(false);
      await context.close();
    });
  });
});

describe('a reload', () => {
  describe('should keep what is being typed', () => {
    test('for the problem, the reference and the method', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/?engine=replay`);
      await fillProblem(page, 'What is $3^4$?', '81', 'Code');
      await page.reload();
      await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
      expect(await page.getByLabel('Problem', { exact: true }).inputValue()).toBe('What is $3^4$?');
      expect(await page.getByLabel('Reference answer').inputValue()).toBe('81');
      expect(await page.getByRole('radio', { name: 'Code' }).isChecked()).toBe(true);
      await context.close();
    });
  });
});

describe('the Python scratch cell', () => {
  describe('should run code in the page sandbox and show what it printed', () => {
    test('for output and an exception', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/`);
      await expectScratchOutput(page, 'import sys\nprint(sys.version_info[:2] >= (3, 12), 2**100)', `True ${2n ** 100n}`);
      await expectScratchOutput(page, '1/0', /ZeroDivisionError/);
      await context.close();
    });
  });
});

describe('share links', () => {
  describe('should restore the view without a server', () => {
    test('for the problem, the settings and the transcript', async () => {
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await fillProblem(page, DUCKS, '18');
      const key = 'sk-e2e-never-shared';
      await page.getByLabel('API key (optional, never shared)').fill(key);
      await page.getByLabel('API key (optional, never shared)').blur();
      await page.getByRole('button', { name: 'Solve' }).click();
      await waitForRunEnd(page);
      expect(srv.requests[0]?.authorization).toBe(`Bearer ${key}`);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      const link = await page.getByLabel('Share link').inputValue();
      expect(link).toContain('#share=');
      // The link as pasted, and the view inside its hash inflated by hand: neither holds the key.
      expect(link).not.toContain(key);
      const inflated = await page.evaluate(async (hash) => {
        const bin = atob(hash.replace(/-/g, '+').replace(/_/g, '/'));
        const stream = new Blob([Uint8Array.from(bin, (c) => c.charCodeAt(0))]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
        return new Response(stream).text();
      }, new URL(link).hash.replace(/^#share=/, ''));
      expect(inflated).toContain(DUCKS.slice(0, 20));
      expect(inflated).not.toContain(key);
      expect(page.url()).not.toContain(key);
      await srv.close();
      const other = await openApp(browser, link);
      expect(await other.page.getByLabel('Problem', { exact: true }).inputValue()).toBe(DUCKS);
      expect(await other.page.getByLabel('Reference answer').inputValue()).toBe('18');
      expect(await other.page.getByRole('radio', { name: 'LCE' }).isChecked()).toBe(true);
      expect(await other.page.getByLabel('Engine', { exact: true }).inputValue()).toBe('openai');
      const solution = other.page.getByRole('region', { name: 'Solution' });
      await expect.poll(() => solution.getByRole('group', { name: 'Output' }).textContent(), { timeout: 30_000 }).toContain('18');
      expect(await other.page.getByTestId('final-answer').textContent()).toBe('18');
      await expect.poll(() => other.page.getByTestId('verdict').textContent(), { timeout: 60_000 }).toMatch(/^Correct — /);
      srv = await startScriptedOpenAiServer({ script: ducksScript });
      await other.context.close();
      await context.close();
    });
  });

  describe('should refuse with a sentence', () => {
    test('for a damaged link', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/#share=AAAA`);
      await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 }).toMatch(/^This share link cannot be opened/);
      await context.close();
    });
  });
});

describe('the replay demo', () => {
  describe('should always be labelled as a recording', () => {
    test('for a recorded problem solved', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/?engine=replay`);
      const picker = page.getByLabel('Recorded problem');
      await picker.locator('option').nth(1).waitFor({ state: 'attached' });
      await picker.selectOption({ index: 1 });
      expect(await page.getByLabel('Problem', { exact: true }).inputValue()).not.toBe('');
      await page.getByRole('button', { name: 'Solve' }).click();
      expect(await waitForRunEnd(page)).toBe('Finished');
      expect(await page.locator('.solution-pane').getByText(/Recording — replayed, not generated live/).count()).toBe(1);
      await context.close();
    });
  });

  describe('should refuse with a sentence instead of replaying another problem', () => {
    test('for a problem it never recorded', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/?engine=replay`);
      await fillProblem(page, 'What is 123 + 456?', '579');
      await page.getByRole('button', { name: 'Solve' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 }).toMatch(/^The recorded demo can only replay the problems it recorded/);
      expect(await page.locator('.solution-pane .stats dd[data-phase]').getAttribute('data-phase')).toBe('idle');
      await context.close();
    });
  });
});

describe('teaching modes', () => {
  describe('should solve with CoT and LCE side by side', () => {
    test('for compare mode, one after the other on one engine', async () => {
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await fillProblem(page, DUCKS, '18');
      await page.getByLabel('Compare CoT and LCE side by side').check();
      await page.getByRole('button', { name: 'Solve' }).click();
      const lce = page.getByRole('region', { name: 'LCE solution' });
      await expect.poll(() => lce.getByRole('group', { name: 'Output' }).count(), { timeout: 90_000 }).toBe(1);
      await expect.poll(() => page.getByRole('button', { name: 'Solve' }).isEnabled(), { timeout: 90_000 }).toBe(true);
      expect(await page.getByRole('region', { name: 'CoT solution' }).getByRole('group', { name: 'Output' }).count()).toBe(0);
      await context.close();
    });
  });

  describe('should reveal one block at a time', () => {
    test('for step mode, asking for a prediction before an output', async () => {
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await fillProblem(page, DUCKS, '18');
      await page.getByLabel('Step mode (reveal one block at a time)').check();
      await page.getByRole('button', { name: 'Solve' }).click();
      await waitForRunEnd(page);
      const solution = page.getByRole('region', { name: 'Solution' });
      expect(await solution.getByRole('group', { name: 'Code cell 1' }).count()).toBe(0);
      expect(await page.getByTestId('final-answer').count()).toBe(0);
      await page.getByRole('button', { name: 'Next step' }).click();
      await page.getByRole('button', { name: 'Show the code' }).click();
      expect(await solution.getByRole('group', { name: 'Code cell 1' }).count()).toBe(1);
      await page.getByLabel('Predict the output').fill('18');
      await page.getByRole('button', { name: 'Run', exact: true }).last().click();
      expect(await solution.getByRole('group', { name: 'Output' }).count()).toBe(1);
      expect(await page.getByText('Your prediction matches the output.').count()).toBe(1);
      await page.getByRole('button', { name: 'Show all' }).click();
      expect(await page.getByTestId('final-answer').textContent()).toBe('18');
      await context.close();
    });
  });
});

describe('cross-origin isolation', () => {
  describe('should isolate the page and load the worker assets under COOP/COEP', () => {
    test('for Pyodide and the web-llm worker script', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/`);
      const assets: Record<string, number> = {};
      page.on('response', (r) => {
        const name = new URL(r.url()).pathname.split('/').pop() ?? '';
        if (/pyodide\.asm\.wasm|python_stdlib\.zip|pyodide\.mjs|python.*worker/.test(name)) assets[name.replace(/-[\w-]{8}\.js$/, '.js')] = r.status();
      });
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      await expectScratchOutput(page, 'print("ok")', 'ok');
      expect(assets['pyodide.asm.wasm']).toBe(200);
      expect(assets['python_stdlib.zip']).toBe(200);
      // The web-llm worker script starts as a module worker under the same headers and answers
      // web-llm's worker protocol (no model is loaded: weights cannot be fetched on this machine).
      const script = readdirSync(new URL('../../dist/assets/', import.meta.url)).find((f) => /^llm\.worker-.*\.js$/.test(f));
      expect(script).toBeDefined();
      const llmWorker = await page.evaluate(async (url) => {
        return new Promise<string>((resolve) => {
          const w = new Worker(url, { type: 'module' });
          w.addEventListener('error', (e) => resolve(`error: ${e.message}`));
          w.addEventListener('message', (e: MessageEvent<{ kind?: string; uuid?: string }>) => {
            if (e.data?.uuid === 'probe') {
              w.terminate();
              resolve(`answered ${e.data.kind}`);
            }
          });
          w.postMessage({ kind: 'getMessage', uuid: 'probe', content: { modelId: undefined } });
        });
      }, `/assets/${script}`);
      expect(llmWorker).toMatch(/^answered (throw|return)$/);
      await context.close();
    });
  });
});
