/**
 * The models tab in real Chromium. This machine has no GPU, so one test runs as is (no adapter) and
 * the others give the page a FakeGpuAdapter — a test double of the GPU, the one edge we cannot
 * reach — to check the WebGPU report. Real weights cannot be downloaded here (no internet).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './support/browser';
import { openApp, withFakeGpu } from './ui-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the models tab', () => {
  describe('should list each math model with its download size, GPU memory and cache state, and the storage', () => {
    test('for a machine without a GPU, where nothing can be downloaded', async () => {
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/`);
      await page.getByRole('tab', { name: 'Models' }).click();
      const row = page.getByRole('listitem', { name: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC' });
      expect(await row.textContent()).toMatch(/Download\s*≈ 4\.0 GB/);
      expect(await row.textContent()).toMatch(/GPU memory\s*≈ 5\.0 GB/);
      await row.getByText('not downloaded').waitFor({ timeout: 60_000 });
      // Without a GPU nothing can be downloaded, and the page does not repeat the no-WebGPU notice.
      expect(await row.getByRole('button', { name: 'Download' }).isDisabled()).toBe(true);
      expect((await page.locator('body').innerText()).match(/no webgpu/gi)).toHaveLength(1);
      await expect.poll(() => page.getByTestId('storage-estimate').textContent(), { timeout: 30_000 }).toMatch(/used of .* available to this site\.$/);
      await page.getByRole('button', { name: 'Keep downloads (persistent storage)' }).click();
      await expect.poll(() => page.locator('.storage [role=status]').textContent(), { timeout: 30_000 }).toMatch(/browser/);
      await context.close();
    });
  });

  describe('should pick the in-browser model from the URL', () => {
    test('for a model that cannot run here, with a sentence saying why', async () => {
      const model = 'Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC';
      const { context, page } = await openApp(browser, `${inject('baseUrl')}/?engine=webllm&model=${model}`);
      expect(await page.getByLabel('Engine', { exact: true }).inputValue()).toBe('webllm');
      expect(await page.getByLabel('Model', { exact: true }).inputValue()).toBe(model);
      await page.getByLabel('Problem', { exact: true }).fill('What is 2 + 2?');
      await page.getByRole('button', { name: 'Solve' }).click();
      await expect.poll(() => page.locator('.solution-pane [role=alert]').textContent(), { timeout: 60_000 }).toMatch(/WebGPU.*\.$/);
      await context.close();
    });
  });

  describe('should report what the GPU can run', () => {
    test('for a capable GPU, whose recommended in-browser model becomes the default engine', async () => {
      const context = await browser.newContext();
      await withFakeGpu(context, { f16: true, bindingMB: 2048 });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}/`);
      await expect.poll(() => page.getByLabel('Engine', { exact: true }).inputValue(), { timeout: 30_000 }).toBe('webllm');
      expect(await page.getByLabel('Model', { exact: true }).inputValue()).toBe('Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC');
      expect(await page.getByTestId('no-webgpu').count()).toBe(0);
      await page.getByRole('tab', { name: 'Models' }).click();
      const report = page.getByRole('region', { name: 'This machine' });
      expect(await report.textContent()).toContain('FakeGpuAdapter');
      expect(await report.textContent()).toContain('yes — f16 models can run');
      expect(await report.textContent()).toContain('Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC should run here.');
      const row = page.getByRole('listitem', { name: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC' });
      expect(await row.getByRole('button', { name: 'Download' }).isEnabled()).toBe(true);
      // There is no network for weights here: the download starts (progress shown), fails, ends in a
      // sentence, and the panel stays usable.
      await row.getByRole('button', { name: 'Download' }).click();
      await expect.poll(() => page.locator('.models > [role=status]').first().textContent(), { timeout: 120_000 }).toMatch(/^Could not load Qwen2-Math-7B-Instruct-q4f16_1-MLC: .*\.$/);
      expect(await row.getByRole('button', { name: 'Download' }).isEnabled()).toBe(true);
      await context.close();
    });

    test('for a small GPU without shader-f16, where the page picks a model that fits', async () => {
      const context = await browser.newContext();
      await withFakeGpu(context, { f16: false, bindingMB: 128 });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}/`);
      await expect.poll(() => page.getByLabel('Model', { exact: true }).inputValue().catch(() => ''), { timeout: 30_000 }).toBe('Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC');
      await page.getByRole('tab', { name: 'Models' }).click();
      const report = page.getByRole('region', { name: 'This machine' });
      await report.getByText('Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC should run here.').waitFor();
      expect(await report.textContent()).toContain('no — use the q4f32 models');
      expect(await page.getByRole('listitem', { name: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC' }).getByTestId('gpu-fit').textContent()).toBe('does not fit this GPU');
      await context.close();
    });

    test('for a model named in the URL that does not fit, kept, with one that does', async () => {
      const context = await browser.newContext();
      await withFakeGpu(context, { f16: false, bindingMB: 128 });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}/?engine=webllm&model=Qwen2-Math-7B-Instruct-q4f16_1-MLC`);
      await page.getByRole('tab', { name: 'Models' }).click();
      const report = page.getByRole('region', { name: 'This machine' });
      await report.getByText('cannot run here').waitFor();
      expect(await report.textContent()).toMatch(/shader-f16/);
      expect(await report.textContent()).toMatch(/Try Qwen2(\.5)?-Math-1\.5B-Instruct-q4f32_1-MLC/);
      await page.getByRole('tab', { name: 'Solve' }).click();
      expect(await page.getByLabel('Model', { exact: true }).inputValue()).toBe('Qwen2-Math-7B-Instruct-q4f16_1-MLC');
      await context.close();
    });
  });
});
