/**
 * Offline and static-host costs: builds the app into a temporary folder, serves it with a plain
 * static host (sirv: no COOP, COEP or CSP), and in headless Chromium measures
 * - `offline.precache_files` / `offline.precache_mb`: what the service worker saves on a first visit;
 * - `offline.first_install_ms`: from navigation to the service worker controlling the page (the
 *   precache written), on a first visit from localhost;
 * - `offline.first_cell_ms`: from navigation to the first Python cell's output on that first visit
 *   (Python waits for the saved copy, which adds the worker's CSP);
 * - `offline.offline_reload_cell_ms`: with the network cut, from reload to a sympy cell's output.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';
import { startStaticHost } from '../../tests/e2e/support/static-host';

export const name = 'offline';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function runScratch(page: Page, code: string, expected: string): Promise<void> {
  await page.getByRole('tab', { name: 'Python' }).click();
  await page.getByLabel('Python code').fill(code);
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForFunction((text) => document.querySelector('[aria-label="Python output"]')?.textContent === text, expected, { timeout: 180_000, polling: 50 });
}

/** Builds, serves and measures; see the file comment for the metrics. */
export async function measure(): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'lce-bench-offline-'));
  try {
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
    const urls = [...readFileSync(join(outDir, 'sw.js'), 'utf8').matchAll(/url:`([^`]+)`/g)].map((m) => m[1]!);
    const bytes = urls.reduce((sum, u) => sum + statSync(join(outDir, u)).size, 0);
    const host = await startStaticHost(outDir);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${host.origin}/`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 180_000, polling: 50 });
      const installed = performance.now() - t0;
      await runScratch(page, 'print(6 * 7)', '42');
      const firstCell = performance.now() - t0;
      await context.setOffline(true);
      const t1 = performance.now();
      await page.reload();
      await runScratch(page, 'import sympy\nprint(sympy.factor("x**2 - 1"))', '(x - 1)*(x + 1)');
      const offlineCell = performance.now() - t1;
      await context.close();
      return {
        'offline.precache_files': urls.length,
        'offline.precache_mb': Math.round((bytes / 2 ** 20) * 10) / 10,
        'offline.first_install_ms': Math.round(installed),
        'offline.first_cell_ms': Math.round(firstCell),
        'offline.offline_reload_cell_ms': Math.round(offlineCell),
      };
    } finally {
      await browser.close();
      await host.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
