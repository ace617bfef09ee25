/**
 * Offline after one visit, in real Chromium against the built app (`vite preview`): the service
 * worker precaches the app, Pyodide and sympy; with the network cut (`context.setOffline(true)`) a
 * reload still gives the page, a Python cell with sympy, a recorded-demo solve and the samples stored
 * before (in IndexedDB, opened in the Data tab). A control with
 * service workers blocked shows the same reload failing, so the passing run is the service worker's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { findModel } from '../../src/engine/webllm/model-catalog';
import { launchChromium } from './support/browser';
import { cacheNames, plantWebLlmModel, waitForOfflineCopy } from './support/offline';
import { expectScratchOutput, waitForRunEnd } from './ui-helpers';
import { copies, importFiles, openDataTab, shownCount, tempFiles } from './support/sample-files';

let browser: Browser;
const ASSETS = new URL('../../dist/assets/', import.meta.url);

/** The Pyodide CDN base the built page really uses (read from its bundle, so a change there cannot go unnoticed). */
function pyodideCdn(): string {
  const found = new Set(readdirSync(ASSETS).filter((f) => f.endsWith('.js')).flatMap((f) => readFileSync(new URL(f, ASSETS), 'utf8').match(/https:\/\/[^`"'\s]*\/pyodide\/v[\d.]+\/full\//g) ?? []));
  if (found.size !== 1) throw new Error(`expected one Pyodide CDN URL in the built assets, found ${[...found].join(', ') || 'none'}`);
  return [...found][0]!;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function readiness(page: Page, item: string): Promise<{ text: string; ok: string }> {
  const row = page.getByTestId(`readiness-${item}`);
  return { text: (await row.textContent()) ?? '', ok: (await row.getAttribute('data-ok')) ?? '' };
}

describe('the app after one visit', () => {
  test('should load, run Python with sympy, replay a solution and show the stored samples with the network gone', async () => {
    const files = tempFiles();
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${inject('baseUrl')}/?engine=replay`);
    await waitForOfflineCopy(page);
    await page.getByRole('tab', { name: 'Models' }).click();
    await expect.poll(async () => (await readiness(page, 'app')).ok, { timeout: 30_000 }).toBe('true');
    expect((await readiness(page, 'python')).text).toMatch(/^The Pyodide runtime is saved for offline use \(5 of 5 files, \d+ MB\)\.$/);
    expect((await readiness(page, 'packages')).text).toMatch(/^sympy and mpmath are saved for offline use \(2 of 2 files, \d+ MB\)\./);
    // The app's own caches: the precache only (the models check lets web-llm open its own).
    expect((await cacheNames(page)).filter((n) => n.startsWith('lce-'))).toEqual([expect.stringMatching(/^lce-precache-v2-http:\/\/127\.0\.0\.1:\d+\/$/)]);
    await openDataTab(page);
    const stored = copies(120, 'run-offline');
    await importFiles(page, [files.write('offline.jsonl', stored.map((s) => JSON.stringify(s)))]);
    await expect.poll(() => shownCount(page)).toBe(120);

    await context.setOffline(true);
    // The network really is gone: a file the precache leaves out (a fallback wheel) cannot be fetched.
    expect(await page.evaluate(() => fetch('/pyodide-packages/wheels/mpmath-1.4.1-py3-none-any.whl', { method: 'HEAD' }).then(() => 'online', () => 'offline'))).toBe('offline');
    await page.reload();
    await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await expectScratchOutput(page, 'import sympy\nx = sympy.Symbol("x")\nprint(sympy.factor(x**2 - 1), sympy.__version__)', '(x - 1)*(x + 1) 1.14.0');

    await page.getByRole('tab', { name: 'Solve' }).click();
    const picker = page.getByLabel('Recorded problem');
    await picker.locator('option').nth(1).waitFor({ state: 'attached' });
    await picker.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Solve' }).click();
    expect(await waitForRunEnd(page)).toBe('Finished');
    const solution = page.getByRole('region', { name: 'Solution' });
    // The recording's Python ran live in the offline page's sandbox.
    expect(await solution.getByRole('group', { name: 'Output' }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('final-answer').textContent()).toBe('18');

    // The samples stored before going offline are all there, and open.
    await openDataTab(page);
    await expect.poll(() => shownCount(page), { timeout: 30_000 }).toBe(120);
    const newest = stored.at(-1)!;
    await page.locator(`[role="option"][data-id="${newest.id}"]`).click();
    await expect.poll(() => page.getByRole('region', { name: 'Stored sample' }).getByRole('group', { name: 'Output' }).count()).toBe(newest.blocks.filter((b) => b.type === 'output').length);
    expect(errors).toEqual([]);
    await context.close();
    files.cleanup();
  });

  test('should not load at all offline without its service worker (the control)', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
    await context.setOffline(true);
    const failed = await page.reload().then(() => null, (e: unknown) => String(e));
    expect(failed).toMatch(/ERR_INTERNET_DISCONNECTED/);
    await context.close();
  });
});

describe('the models panel', () => {
  test('should say which models load offline, reading web-llm’s own cache', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    await waitForOfflineCopy(page);
    const complete = findModel('Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC')!;
    const partial = findModel('Qwen2-Math-7B-Instruct-q4f16_1-MLC')!;
    const base = (m: typeof complete) => `${m.record.model}/resolve/main/`;
    await plantWebLlmModel(page, { weightsBase: base(complete), library: complete.record.model_lib, withLibrary: true });
    await plantWebLlmModel(page, { weightsBase: base(partial), library: partial.record.model_lib, withLibrary: false });
    await page.getByRole('tab', { name: 'Models' }).click();
    const badge = (m: typeof complete) => page.getByRole('listitem', { name: m.id }).getByTestId('availability');
    await expect.poll(() => badge(complete).textContent(), { timeout: 30_000 }).toBe('available offline');
    expect(await badge(partial).textContent()).toBe('partly downloaded');
    expect(await badge(findModel('WizardMath-7B-V1.1-q4f16_1-MLC')!).textContent()).toBe('not downloaded');
    await expect.poll(async () => (await readiness(page, 'models')).text, { timeout: 30_000 }).toMatch(
      new RegExp(`^Available offline: ${complete.id.replace(/\./g, '\\.')}\\. Partly downloaded: ${partial.id}`),
    );
    // The app's own caches never hold a copy of the weights.
    expect((await cacheNames(page)).sort()).toEqual([expect.stringMatching(/^lce-precache-v2-/), 'webllm/config', 'webllm/model', 'webllm/wasm']);
    await context.close();
  });
});

describe('Python packages from Pyodide’s CDN', () => {
  test('should be kept after their first download and served offline, never as a partial response', async () => {
    const PYODIDE_CDN = pyodideCdn();
    const context = await browser.newContext();
    // Pyodide's CDN is the edge this machine cannot reach: a route stands in for it (requests from the
    // service worker are routed too), counting what reaches the "network".
    const served: string[] = [];
    let networkUp = true;
    await context.route(`${PYODIDE_CDN}**`, async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      // A routed request bypasses setOffline: the stand-in goes offline with the page.
      if (!networkUp) return route.abort('internetdisconnected');
      served.push(name);
      const partial = name.startsWith('partial');
      await route.fulfill({ status: partial ? 206 : 200, body: `bytes of ${name}`, headers: { 'access-control-allow-origin': '*', 'content-type': 'application/octet-stream' } });
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    await waitForOfflineCopy(page);
    const get = (file: string) => page.evaluate((url) => fetch(url).then((r) => r.text(), (e: unknown) => `failed: ${String(e)}`), `${PYODIDE_CDN}${file}`);
    expect(await get('numpy-2.2.5-cp314-cp314-pyodide_2026_0_wasm32.whl')).toBe('bytes of numpy-2.2.5-cp314-cp314-pyodide_2026_0_wasm32.whl');
    expect(await get('partial-1.0.whl')).toBe('bytes of partial-1.0.whl');
    expect(served).toEqual(['numpy-2.2.5-cp314-cp314-pyodide_2026_0_wasm32.whl', 'partial-1.0.whl']);

    await context.setOffline(true);
    networkUp = false;
    expect(await get('numpy-2.2.5-cp314-cp314-pyodide_2026_0_wasm32.whl')).toBe('bytes of numpy-2.2.5-cp314-cp314-pyodide_2026_0_wasm32.whl');
    expect(await get('partial-1.0.whl')).toMatch(/^failed: TypeError/);
    expect(served).toHaveLength(2);
    await page.getByRole('tab', { name: 'Models' }).click();
    await expect.poll(async () => (await readiness(page, 'packages')).text, { timeout: 30_000 }).toMatch(/Kept after their first download from Pyodide's CDN: numpy-2\.2\.5-cp314-cp314-pyodide_2026_0_wasm32\.whl\.$/);
    expect(await cacheNames(page)).toContain('lce-python-packages-pyodide-314.0.7');
    await context.close();
  });
});

describe('the built service worker', () => {
  test('should precache Pyodide’s wasm and the sympy zip despite their size, and leave out maps and fallback wheels', () => {
    const sw = readFileSync(new URL('../../dist/sw.js', import.meta.url), 'utf8');
    const urls = [...sw.matchAll(/url:`([^`]+)`/g)].map((m) => m[1]!);
    // Above the 2 MB default limit of Workbox and Serwist: silently dropped without the raised limit.
    for (const big of ['pyodide/pyodide.asm.wasm', 'pyodide/python_stdlib.zip', 'pyodide-packages/sympy-1.14.0-pyodide314.0.7.pyc.zip', 'pyodide-packages/mpmath-1.4.1-pyodide314.0.7.pyc.zip']) {
      expect(urls).toContain(big);
    }
    expect(urls).toEqual(expect.arrayContaining(['index.html', 'diagnostics.html', 'pyodide/pyodide.mjs', 'pyodide/pyodide-lock.json', 'replay/index.json', 'problems/samples.json']));
    expect(urls.some((u) => /^assets\/llm\.worker-.*\.js$/.test(u))).toBe(true);
    expect(urls.filter((u) => /\.map$|wheels\/|render-check|renderCheck|\.ttf$|\.woff$/.test(u))).toEqual([]);
  });
});
