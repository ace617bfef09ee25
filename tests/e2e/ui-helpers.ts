/**
 * Shared steps of the UI e2e tests: open the built app in real Chromium, fill the solve form, wait
 * for a run to finish. The LLM is the ScriptedOpenAiServer (a real local HTTP server); Python runs
 * in the page's real Pyodide worker.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { lastOutputIn, type Script } from '../support/scripted-openai-server';

/** Installs a FakeGpuAdapter — a test double of the GPU, the one edge we cannot reach — as `navigator.gpu` before the page's scripts run. */
export async function withFakeGpu(context: BrowserContext, adapter: { f16: boolean; bindingMB: number }): Promise<void> {
  await context.addInitScript((a: { f16: boolean; binding: number }) => {
    const fakeAdapter = {
      features: new Set(a.f16 ? ['shader-f16'] : []),
      limits: { maxStorageBufferBindingSize: a.binding, maxBufferSize: 2 ** 31, maxComputeWorkgroupStorageSize: 32768, maxStorageBuffersPerShaderStage: 10 },
      info: { vendor: 'fakevendor', architecture: 'fakearch', description: 'FakeGpuAdapter' },
      isFallbackAdapter: false,
    };
    Object.defineProperty(Navigator.prototype, 'gpu', { configurable: true, get: () => ({ requestAdapter: async () => fakeAdapter }) });
  }, { f16: adapter.f16, binding: adapter.bindingMB * 2 ** 20 });
}

/** A page of its own context (fresh storage), with console errors collected; `loadTimeoutMs` bounds the first load. */
export async function openApp(browser: Browser, url: string, loadTimeoutMs = 30_000): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { timeout: loadTimeoutMs });
  await page.getByRole('heading', { name: 'LCE Playground' }).waitFor({ timeout: loadTimeoutMs });
  return { context, page, errors };
}

/** The URL of the app set up for the OpenAI-compatible engine at `serverBaseUrl`. */
export function openAiUrl(baseUrl: string, serverBaseUrl: string, model = 'scripted-math-model'): string {
  const q = new URLSearchParams({ engine: 'openai', baseUrl: serverBaseUrl, model });
  return `${baseUrl}/?${q}`;
}

/** Fills the problem, the reference and the method. */
export async function fillProblem(page: Page, question: string, reference: string, method: 'CoT' | 'Code' | 'LCE' | 'Auto' = 'LCE'): Promise<void> {
  await page.getByLabel('Problem', { exact: true }).fill(question);
  await page.getByLabel('Reference answer').fill(reference);
  await page.getByRole('radio', { name: method }).check();
}

/** Waits until the solution's status is no longer Starting/Solving; returns the status text. */
export async function waitForRunEnd(page: Page, timeout = 120_000): Promise<string> {
  const status = page.locator('.solution-pane .stats dd[data-phase]').first();
  await expect.poll(async () => status.getAttribute('data-phase'), { timeout, interval: 200 }).toMatch(/done|stopped|failed|restored/);
  return (await status.textContent()) ?? '';
}

/** Sets "Seconds per cell" in the Limits section. */
export async function setCellSeconds(page: Page, seconds: number): Promise<void> {
  await page.getByText('Limits').click();
  const input = page.getByLabel('Seconds per cell');
  await input.fill(String(seconds));
  await input.blur();
}

export const DUCKS = "Janet's ducks lay 16 eggs per day. She eats three for breakfast and bakes muffins with four. She sells the rest for $2 each. How much does she make every day?";

/**
 * A model that writes one program and answers with whatever the execution printed — so a right
 * answer proves the real Python output came back through the page's sandbox.
 */
export const ducksScript: Script = ({ prompt }) => {
  const out = lastOutputIn(prompt);
  if (out === null) {
    return "She sells $16 - 3 - 4$ eggs at \\$2 each.\n```python\neggs = 16 - 3 - 4\nprint(eggs * 2)\n```\n```output\n0\n```\n";
  }
  return `The program printed ${out.trim()}, so she makes $\\boxed{${out.trim()}}$ dollars a day.`;
};

/** Runs `code` in the Python tab's scratch cell and expects `expected` as its whole output. */
export async function expectScratchOutput(page: Page, code: string, expected: string | RegExp, timeout = 90_000): Promise<void> {
  await page.getByRole('tab', { name: 'Python' }).click();
  await page.getByLabel('Python code').fill(code);
  await page.getByRole('button', { name: 'Run' }).click();
  const poll = expect.poll(() => page.getByLabel('Python output').textContent(), { timeout });
  await (typeof expected === 'string' ? poll.toBe(expected) : poll.toMatch(expected));
}
