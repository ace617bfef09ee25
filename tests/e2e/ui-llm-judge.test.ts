/**
 * The critic's optional LLM judge in the real page: an answer the rules leave undecided gets a
 * button that asks the loaded model (the scripted server), and the model's verdict replaces it.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server';
import { fillProblem, openAiUrl, openApp, waitForRunEnd } from './ui-helpers';

let browser: Browser;
let srv: ScriptedOpenAiServer;

beforeAll(async () => {
  browser = await launchChromium();
  // Solving: a phrase the rules cannot compare with the reference. Judging: YES.
  srv = await startScriptedOpenAiServer({ script: ({ prompt }) => (prompt.includes('Reference answer:') ? 'YES' : 'So S is \\boxed{\\text{all integers divisible by two}}.') });
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
});

describe('the LLM judge offer', () => {
  describe('should let the loaded model decide what the rules leave undecided', () => {
    test('for a phrase against a differently worded reference', async () => {
      const { context, page, errors } = await openApp(browser, openAiUrl(inject('baseUrl'), srv.baseUrl));
      await fillProblem(page, 'Describe the set S of integers n for which n/2 is an integer.', 'the set of even numbers', 'CoT');
      await page.getByRole('button', { name: 'Solve' }).click();
      expect(await waitForRunEnd(page)).toBe('Finished');
      await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 30_000 }).toMatch(/^Undecided — /);
      await page.getByRole('button', { name: 'Ask the language model judge' }).click();
      await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 30_000 }).toBe('Correct — The language model judge said YES.');
      expect(await page.getByTestId('llm-judge-offer').count()).toBe(0);
      const judged = srv.requests[srv.requests.length - 1]!.prompt;
      expect(judged).toContain('Reference answer: the set of even numbers');
      expect(judged).toContain('Result to check: \\text{all integers divisible by two}');
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
