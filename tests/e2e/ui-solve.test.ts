/**
 * Solving in the real page: the OpenAI-compatible engine against a scripted local server, the real
 * Pyodide worker, the critic. Covers the solve view, Stop mid-stream, a runaway cell, editing a
 * cell and continuing from it, and URL parameters choosing the engine.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server';
import { DUCKS, ducksScript, expectScratchOutput, fillProblem, openAiUrl, openApp, setCellSeconds, waitForRunEnd } from './ui-helpers';

let browser: Browser;
const servers: ScriptedOpenAiServer[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function server(options: Parameters<typeof startScriptedOpenAiServer>[0]): Promise<ScriptedOpenAiServer> {
  const s = await startScriptedOpenAiServer(options);
  servers.push(s);
  return s;
}

describe('the solve view', () => {
  describe('should show the execution output, the final answer and the verdict', () => {
    test('for an LCE solution through the OpenAI-compatible engine and the page sandbox', async () => {
      const srv = await server({ script: ducksScript });
      const { context, page, errors } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      await fillProblem(page, DUCKS, '18');
      await page.getByRole('button', { name: 'Solve' }).click();
      expect(await waitForRunEnd(page)).toBe('Finished');
      const solution = page.getByRole('region', { name: 'Solution' });
      await expect.poll(() => solution.getByRole('group', { name: 'Output' }).textContent(), { timeout: 30_000 }).toContain('18');
      expect(await page.getByTestId('final-answer').textContent()).toBe('18');
      await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 30_000 }).toMatch(/^Correct — /);
      expect(await page.getByTestId('round').textContent()).toBe('2');
      expect(await page.getByTestId('stop-detail').textContent()).toMatch(/finished/i);
      // The model saw the real output of the real sandbox.
      expect(lastOutputIn(srv.requests[1]!.prompt)?.trim()).toBe('18');
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  describe('should stop at once when Stop is pressed', () => {
    test('for a solution mid-stream, closing the connection', async () => {
      const srv = await server({ script: () => ({ text: 'Let me think about this very slowly. '.repeat(400), tokenDelayMs: 20 }) });
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await fillProblem(page, 'What is 2 + 2?', '4', 'CoT');
      await page.getByRole('button', { name: 'Solve' }).click();
      const solution = page.getByRole('region', { name: 'Solution' });
      await expect.poll(() => solution.textContent(), { timeout: 60_000 }).toContain('slowly');
      await page.getByRole('button', { name: 'Stop' }).click();
      expect(await waitForRunEnd(page)).toBe('Stopped');
      expect(await page.getByTestId('stop-detail').textContent()).toMatch(/Stopped by you/);
      await expect.poll(() => srv.requests[0]?.clientClosed, { timeout: 30_000 }).toBe(true);
      expect(await page.getByRole('button', { name: 'Solve' }).isEnabled()).toBe(true);
      await context.close();
    });

    test('for a running cell, keeping Python usable', async () => {
      const srv = await server({ script: () => 'Wait.\n```python\nwhile True:\n    pass\n```\n```output\n' });
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await fillProblem(page, 'What is 2 + 2?', '4');
      await setCellSeconds(page, 60);
      await page.getByRole('button', { name: 'Solve' }).click();
      const solution = page.getByRole('region', { name: 'Solution' });
      await solution.getByRole('group', { name: 'Code cell 1' }).getByText('Running…').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Stop' }).click();
      expect(await waitForRunEnd(page)).toBe('Stopped');
      await expectScratchOutput(page, 'print(2 + 2)', '4');
      await context.close();
    });
  });

  describe('should stop a runaway cell, feed the timeout back and keep the page responsive', () => {
    test('for a cell past its time limit, marked as timed out', async () => {
      const srv = await server({
        script: ({ prompt }) => {
          const out = lastOutputIn(prompt);
          if (out === null) return 'Loop forever.\n```python\nwhile True:\n    pass\n```\n```output\n';
          return `The cell said: ${out.split('\n')[0]}. So \\boxed{4}.`;
        },
      });
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await fillProblem(page, 'What is 2 + 2?', '4');
      await setCellSeconds(page, 2);
      await page.getByRole('button', { name: 'Solve' }).click();
      expect(await waitForRunEnd(page)).toBe('Finished');
      const error = page.getByRole('region', { name: 'Solution' }).getByRole('group', { name: 'Error' });
      expect(await error.textContent()).toContain('TimeoutError');
      // The badge comes from the block's error type, kept as data from the sandbox's result.
      expect(await error.locator('.tx-label').textContent()).toBe('Error · timed out');
      expect(lastOutputIn(srv.requests[1]!.prompt)).toContain('TimeoutError');
      // The page still answers: the main thread runs script and the sandbox runs the next cell.
      expect(await page.evaluate(() => 6 * 7)).toBe(42);
      await expectScratchOutput(page, 'print(sum(range(10)))', '45');
      await context.close();
    });
  });

  describe('should show which method the model chose', () => {
    test('for Auto choosing a program', async () => {
      const srv = await server({ script: () => "Let's write a program.\n```python\nprint(2 + 2)\n```\n```output\n" });
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await fillProblem(page, 'What is 2 + 2?', '4', 'Auto');
      await setCellSeconds(page, 10);
      await page.getByRole('button', { name: 'Solve' }).click();
      await waitForRunEnd(page);
      expect(await page.locator('.stats').textContent()).toMatch(/Chose\s*code/);
      await context.close();
    });
  });

  describe('should let an edited cell run again', () => {
    test('for Run in place, then Continue from here as a new branch', async () => {
      const srv = await server({ script: ducksScript });
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await fillProblem(page, DUCKS, '18');
      await page.getByRole('button', { name: 'Solve' }).click();
      await waitForRunEnd(page);
      const solution = page.getByRole('region', { name: 'Solution' });
      const cell = solution.getByRole('group', { name: 'Code cell 1' });
      await cell.getByLabel('Code of cell 1').fill('eggs = 16 - 3 - 4\nprint(eggs * 3)');
      await cell.getByRole('button', { name: 'Run' }).click();
      await expect.poll(() => solution.getByRole('group', { name: 'Output' }).first().textContent(), { timeout: 60_000 }).toContain('27');
      // Re-running does not change the model's answer; continuing does.
      expect(await page.getByTestId('final-answer').textContent()).toBe('18');
      await cell.getByRole('button', { name: 'Continue from here' }).click();
      await expect.poll(() => page.getByTestId('final-answer').textContent(), { timeout: 60_000 }).toBe('27');
      await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 30_000 }).toMatch(/^Incorrect — /);
      const last = srv.requests[srv.requests.length - 1]!;
      expect(lastOutputIn(last.prompt)?.trim()).toBe('27');
      expect(last.prompt).toContain('print(eggs * 3)');
      await page.getByRole('button', { name: 'Version 1' }).click();
      expect(await page.getByTestId('final-answer').textContent()).toBe('18');
      await context.close();
    });
  });
});

describe('URL parameters', () => {
  describe('should choose the engine', () => {
    test('for the OpenAI-compatible engine with its base URL and model', async () => {
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), 'http://127.0.0.1:9/v1', 'my-model'));
      expect(await page.getByLabel('Engine', { exact: true }).inputValue()).toBe('openai');
      expect(await page.getByLabel('Base URL').inputValue()).toBe('http://127.0.0.1:9/v1');
      expect(await page.getByLabel('Model', { exact: true }).inputValue()).toBe('my-model');
      await context.close();
    });

    test('for the replay engine', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/?engine=replay`);
      expect(await page.getByLabel('Engine', { exact: true }).inputValue()).toBe('replay');
      await context.close();
    });

    test('for settings that are incomplete, shown as they are until Solve says what is missing', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/?engine=openai&baseUrl=http%3A%2F%2F127.0.0.1%3A9%2Fv1`);
      expect(await page.getByLabel('Base URL').inputValue()).toBe('http://127.0.0.1:9/v1');
      await fillProblem(page, 'What is 2 + 2?', '4', 'CoT');
      await page.getByRole('button', { name: 'Solve' }).click();
      expect(await waitForRunEnd(page)).toBe('Failed');
      expect(await page.locator('.solution-pane [role=alert]').textContent()).toBe(
        'Engine settings: The OpenAI-compatible server needs Model: the name the server serves (see its /v1/models), which also picks the prompt format, e.g. qwen2.5-math-1.5b-instruct. Fix the input and try again.',
      );
      await context.close();
    });
  });

  describe('should explain a failure in a sentence that says what to do', () => {
    test('for an unreachable server', async () => {
      const { context, page } = await openApp(browser, openAiUrl(inject('baseUrl'), 'http://127.0.0.1:9/v1'));
      await fillProblem(page, 'What is 2 + 2?', '4', 'CoT');
      await page.getByRole('button', { name: 'Solve' }).click();
      expect(await waitForRunEnd(page)).toBe('Failed');
      expect(await page.locator('.solution-pane [role=alert]').textContent()).toMatch(
        /^OpenAI-compatible server cannot run: could not reach http:\/\/127\.0\.0\.1:9\/v1\/models \(Failed to fetch\): the server is not running, the address is wrong, or it does not allow cross-origin requests\. Start the server and check the Base URL\. If the server is running, let it accept this page's origin: .*OLLAMA_ORIGINS.* except on localhost\.$/,
      );
      await context.close();
    });

    test('for an engine this version does not know, said once the page opens', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/?engine=gpt`);
      await expect.poll(() => page.getByRole('alert').first().locator('span').textContent(), { timeout: 30_000 }).toBe(
        'Engine settings: engine must be replay, openai or webllm, not "gpt". Fix the input and try again.',
      );
      expect(await page.getByLabel('Engine', { exact: true }).inputValue()).toBe('replay');
      await context.close();
    });
  });
});
