import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CellResult } from '../../src/core/ports/python-runner';
import { ISOLATION_PROBES } from '../../src/sandbox/diagnostics/probes';
import { expectProbeHolds, openProbeRange, type ProbeRange } from '../support/probe-targets';
import { launchChromium } from './support/browser';
import '../../src/sandbox/diagnostics/global';

// The same corpus as the Node sandbox's (tests/unit/sandbox/isolation-corpus.test.ts), in the page's
// real worker: each probe checks its own error, then that nothing reached the counting server (a
// cross-origin one, which allows CORS: what reaches it was not blocked), the canary and marker are
// as they were, the result carries no secret, and the runner answers the next cell.
let browser: Browser;
let page: Page;
let range: ProbeRange;

function run(code: string, session: string, timeoutMs: number): Promise<CellResult> {
  return page.evaluate(([c, s, t]) => window.lceSandbox.run(c, { session: s, timeoutMs: t }), [code, session, timeoutMs] as const);
}

beforeAll(async () => {
  range = await openProbeRange();
  browser = await launchChromium();
  page = await browser.newPage();
  // A generous grace and no standby, so a busy machine cannot turn an interrupt into a terminate.
  await page.goto(`${inject('baseUrl')}/diagnostics.html?graceMs=3000&standby=0`);
  await page.evaluate(() => window.lceSandbox.start());
  // The proof that the server counts and that the page itself may reach it: any one probe run alone proves something.
  const before = range.traces().requests.length;
  const body = await page.evaluate((u) => fetch(`${u}/control`).then((r) => r.text()), range.targets.url);
  expect(body).toBe('reached');
  expect(range.traces().requests.length).toBe(before + 1);
});

afterAll(async () => {
  await browser?.close();
  await range?.close();
});

describe('the browser sandbox facing the isolation corpus', () => {
  describe('should refuse each route with its own error and leave the host untouched', () => {
    for (const probe of ISOLATION_PROBES) {
      test(`for ${probe.claim} (${probe.id})`, () => expectProbeHolds(run, probe, 'browser', range));
    }
  });
});
