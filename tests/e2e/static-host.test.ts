/**
 * The built app on a plain static host that sends no custom headers (sirv: no COOP, COEP or CSP),
 * in real Chromium. The first visit is not cross-origin isolated: Python waits for the service
 * worker, runs under the worker CSP it supplies, and a runaway cell is stopped by terminating the
 * worker. After one reload the page is isolated, a runaway cell is interrupted (its session kept)
 * and every isolation probe of the sandbox still holds. A new deployment is offered, not forced.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ISOLATION_PROBES } from '../../src/sandbox/diagnostics/probes';
import { expectProbeHolds, openProbeRange, type ProbeRange } from '../support/probe-targets';
import { launchChromium } from './support/browser';
import { cacheNames, waitForOfflineCopy } from './support/offline';
import { startStaticHost, type StaticHost } from './support/static-host';
import { expectScratchOutput, setCellSeconds } from './ui-helpers';
import '../../src/sandbox/diagnostics/global';

const DIST = new URL('../../dist/', import.meta.url).pathname;
let browser: Browser;
let host: StaticHost;
let range: ProbeRange;
const tmp: string[] = [];

beforeAll(async () => {
  host = await startStaticHost(DIST);
  range = await openProbeRange();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await range?.close();
  for (const dir of tmp) rmSync(dir, { recursive: true, force: true });
});

const LOOP = 'while True:\n    pass';

async function openFresh(path = '/'): Promise<{ page: Page; close: () => Promise<void>; headers: Record<string, string> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${host.origin}${path}`);
  await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
  return { page, close: () => context.close(), headers: response?.headers() ?? {} };
}

describe('a static host that sends no custom headers', () => {
  test('should degrade on the first visit, then isolate the page after one reload with the sandbox intact', async () => {
    const { page, close, headers } = await openFresh();
    // The host really sends none of the headers.
    expect(Object.keys(headers).filter((h) => /cross-origin|content-security-policy/i.test(h))).toEqual([]);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await page.getByTestId('first-visit').waitFor();

    // First visit: Python waits for the service worker, then runs under the CSP it adds — a cell
    // runs only once the worker reported that it could not compile a string (the guard refuses
    // cells otherwise), and the constructor escape is refused in Python as well.
    await expectScratchOutput(page, 'print(6 * 7)', '42');
    await expectScratchOutput(page, 'import js\njs.Object.constructor.constructor("return 1")()', /PermissionError/);
    await waitForOfflineCopy(page);
    await page.getByTestId('first-visit').getByRole('button', { name: 'Reload now' }).waitFor();
    // No SharedArrayBuffer: a runaway cell is stopped by terminating the worker, and its variables go.
    await page.getByRole('tab', { name: 'Solve' }).click();
    await setCellSeconds(page, 1);
    await expectScratchOutput(page, 'kept = 5', '(no output)');
    await expectScratchOutput(page, LOOP, /TimeoutError.*variables .*lost/s);
    await expectScratchOutput(page, 'print(kept)', /NameError/);

    await page.reload();
    await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await page.getByTestId('first-visit').count()).toBe(0);
    await page.getByRole('tab', { name: 'Solve' }).click();
    await setCellSeconds(page, 1);
    await expectScratchOutput(page, 'kept = 5', '(no output)');
    // Interrupted through the SharedArrayBuffer: Python's own KeyboardInterrupt, and the session lives on.
    await expectScratchOutput(page, LOOP, /KeyboardInterrupt$/);
    await expectScratchOutput(page, 'print(kept)', '5');
    await close();
  });

  test('should keep every isolation probe of the sandbox holding once the service worker supplies the CSP', async () => {
    const { page, close } = await openFresh();
    await waitForOfflineCopy(page);
    await page.goto(`${host.origin}/diagnostics.html?standby=0`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const run = (code: string, session: string, timeoutMs: number) =>
      page.evaluate(([c, s, t]) => window.lceSandbox.run(c, { session: s, timeoutMs: t }), [code, session, timeoutMs] as const);
    // The same corpus and outside checks as tests/e2e/sandbox-isolation.test.ts, under the CSP the
    // service worker supplies instead of the server's.
    expect(await range.control()).toBe('reached');
    for (const probe of ISOLATION_PROBES) await expectProbeHolds(run, probe, 'browser', range);
    await close();
  });

  test('should offer a new deployment, switch to it only when asked (telling other tabs), and delete only its own outdated caches', async () => {
    const v1 = mkdtempSync(join(tmpdir(), 'lce-v1-'));
    const v2 = mkdtempSync(join(tmpdir(), 'lce-v2-'));
    tmp.push(v1, v2);
    cpSync(DIST, v1, { recursive: true });
    cpSync(DIST, v2, { recursive: true });
    publishChangedIndex(v2);
    host.publish(v1);
    const { page, close } = await openFresh();
    await waitForOfflineCopy(page);
    // A package cache of an older Pyodide (ours, outdated) and web-llm's weights (not ours).
    await page.evaluate(async () => {
      await (await caches.open('lce-python-packages-pyodide-0.0.1')).put('https://example.invalid/old.whl', new Response('old'));
      await (await caches.open('webllm/model')).put('https://example.invalid/weights.bin', new Response('weights'));
    });

    // A second tab on the old version, to be told when the first one switches.
    const other = await page.context().newPage();
    await other.goto(`${host.origin}/`);
    await other.getByRole('heading', { name: 'LCE Playground' }).waitFor();

    host.publish(v2);
    await page.reload();
    await page.getByTestId('update-ready').waitFor({ timeout: 120_000 });
    // Until the user agrees, the page keeps running the version it has.
    expect(await page.locator('meta[name="lce-test-build"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect.poll(() => page.locator('meta[name="lce-test-build"]').count(), { timeout: 60_000 }).toBe(1);
    await other.getByTestId('updated-elsewhere').waitFor({ timeout: 30_000 });
    expect(await other.locator('meta[name="lce-test-build"]').count()).toBe(0);
    await expect.poll(async () => (await cacheNames(page)).sort(), { timeout: 30_000 }).toEqual([expect.stringMatching(/^lce-precache-v2-/), 'webllm/model']);
    const indexEntries = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('lce-precache'))!);
      return (await cache.keys()).filter((r) => new URL(r.url).pathname === '/index.html').length;
    });
    expect(indexEntries).toBe(1);
    await close();
    host.publish(DIST);
  });
});

/**
 * A new deployment of the same build with index.html changed: the file gets a marker and its
 * precache revision (the MD5 of its content, as the build computes it) is updated in sw.js.
 */
function publishChangedIndex(dir: string): void {
  const md5 = (s: string) => createHash('md5').update(s).digest('hex');
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  if (!sw.includes(md5(index))) throw new Error('sw.js does not hold index.html’s revision');
  const changed = index.replace('<head>', '<head>\n    <meta name="lce-test-build" content="2" />');
  writeFileSync(join(dir, 'index.html'), changed);
  writeFileSync(join(dir, 'sw.js'), sw.replace(md5(index), md5(changed)));
}
