import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CellResult, RunOptions } from '../../src/core/ports/python-runner';
import { ISOLATION_PROBES } from '../../src/sandbox/diagnostics/probes';
import { launchChromium } from './support/browser';
import '../../src/sandbox/diagnostics/global';

let browser: Browser;
let page: Page;
const workerUrls: string[] = [];

/** Runs a cell through the self-test page's real bridge and worker. */
function run(code: string, options: Omit<RunOptions, 'signal'> = {}): Promise<CellResult> {
  return page.evaluate(([c, o]) => window.lceSandbox.run(c, o), [code, options] as const);
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('worker', (w) => workerUrls.push(w.url()));
  // A generous grace and no standby start-up competing for the CPU, so a busy machine cannot turn an
  // interrupt into a terminate (timing is the bench's job; the self-test below keeps the standby on).
  await page.goto(`${inject('baseUrl')}/diagnostics.html?graceMs=3000&standby=0`);
  await page.evaluate(() => window.lceSandbox.start());
});

afterAll(async () => {
  await browser?.close();
});

describe('the browser Python sandbox', () => {
  describe('should run cells in the page’s worker', () => {
    test('for an expression, returning its repr and printed output', async () => {
      const r = await run('print("hi")\n6 * 7');
      expect(r).toMatchObject({ stdout: 'hi\n', value: '42', error: null });
    });

    test('for sympy, imported offline from the vendored build', async () => {
      const r = await run('import sympy as sp\nsp.nsimplify("0.125") + sp.Rational(1, 8)');
      expect(r.error).toBeNull();
      expect(r.value).toBe('1/4');
      // The fast path: the compiled zip served by the build, not the wheel's sources.
      expect((await run('sp.__file__')).value).toContain('.pyc.zip');
    });

    test('for a Python exception, as data with the user’s frames only', async () => {
      const r = await run('def f():\n    return 1 / 0\nf()');
      expect(r.error?.type).toBe('ZeroDivisionError');
      expect(r.error?.traceback).toContain('<cell ');
      expect(r.error?.traceback).not.toContain('_lce_sandbox');
    });
  });

  describe('should stop a runaway cell', () => {
    test('for a Python loop: a TimeoutError that keeps the session, then the next cell works', async () => {
      await run('kept = 5', { session: 'loop' });
      const r = await run('while True: pass', { session: 'loop', timeoutMs: 1000 });
      expect(r.error?.type).toBe('TimeoutError');
      expect(r.sessionLost).toBeFalsy();
      expect((await run('kept + 1', { session: 'loop' })).value).toBe('6');
    });

    test('for a cell that swallows the interrupt: the worker is replaced and the loss is reported', async () => {
      await run('kept = 5', { session: 'stubborn' });
      await run('other = 1', { session: 'bystander' });
      const r = await run('while True:\n    try:\n        while True: pass\n    except BaseException: pass', { session: 'stubborn', timeoutMs: 1000 });
      expect(r.error?.type).toBe('TimeoutError');
      expect(r.sessionLost).toBe(true);
      const next = await run('kept', { session: 'stubborn' });
      expect(next.error?.type).toBe('NameError');
      const bystander = await run('other', { session: 'bystander' });
      expect(bystander.error?.type).toBe('NameError');
      expect(bystander.sessionLost).toBe(true);
      expect((await run('2 + 2')).value).toBe('4');
    });

    test('for time.sleep, which the raw interrupt cannot stop', async () => {
      const r = await run('import time\ntime.sleep(60)\n"slept"', { timeoutMs: 1000 });
      expect(r.error?.type).toBe('TimeoutError');
      expect(r.sessionLost).toBeFalsy();
    });
  });

  describe('should pass its own self-test page', () => {
    test('for every check a user sees on /diagnostics.html', async () => {
      const selfTest = await browser.newPage();
      try {
        await selfTest.goto(`${inject('baseUrl')}/diagnostics.html?graceMs=3000`);
        await selfTest.click('#self-test');
        await selfTest.waitForSelector('body[data-self-test]', { timeout: 150_000 });
        // 4 sandbox checks + one row per isolation probe + the runner answering after them.
        const expected = 4 + ISOLATION_PROBES.length + 1;
        const rows = await selfTest.$$eval('#checks tr', (trs) => trs.map((tr) => ({ ok: (tr as HTMLElement).dataset.ok, text: tr.textContent })));
        expect(rows).toHaveLength(expected);
        expect(rows.filter((r) => r.ok !== 'true')).toEqual([]);
      } finally {
        await selfTest.close();
      }
    });
  });

  describe('should run on a page that', () => {
    test('is cross-origin isolated, so the interrupt buffer exists', async () => {
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    });

    test('serves the worker script with its Content-Security-Policy', async () => {
      const url = workerUrls.find((u) => u.includes('python.worker'));
      expect(url).toBeDefined();
      const res = await fetch(url!);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    });
  });
});
