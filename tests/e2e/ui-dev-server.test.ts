/**
 * `npm start` serves the app with Vite's dev server: the page must be cross-origin isolated there
 * too, and Python (with the vendored sympy) must run, since dev serves Pyodide from a middleware
 * rather than from the build.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { openApp } from './ui-helpers';

let browser: Browser;
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the dev server (npm start)', () => {
  describe('should serve a cross-origin isolated page whose Python runs', () => {
    test('for sympy, vendored and served by a middleware in dev', async () => {
      // A cold dev server transforms every module of the page on its first load: on a loaded CI
      // machine that took over 30 s (a wait limit, not a speed goal).
      const { context, page, errors } = await openApp(browser, `${base}/`, 120_000);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      let output = '';
      // Vite's dev server may reload the page once when it discovers a dependency to pre-bundle
      // (a cold node_modules/.vite cache): then the tab and the cell are set up again.
      for (let attempt = 0; attempt < 3 && output !== '{2: 3, 11: 1, 23: 1}'; attempt++) {
        try {
          await page.getByRole('tab', { name: 'Python' }).click();
          await page.getByLabel('Python code').fill('import sympy\nprint(sympy.factorint(2024))');
          await page.getByRole('button', { name: 'Run' }).click();
          await page.getByLabel('Python output').getByText(/^(?!Running…)\S/).waitFor({ timeout: 120_000 });
          output = (await page.getByLabel('Python output').textContent()) ?? '';
        } catch {
          await page.waitForLoadState('load');
        }
      }
      expect(output).toBe('{2: 3, 11: 1, 23: 1}');
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
