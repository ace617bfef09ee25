import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CellResult } from '../../src/core/ports/python-runner';
import { ISOLATION_PROBES, probeCode } from '../../src/sandbox/diagnostics/probes';
import { launchChromium } from './support/browser';
import '../../src/sandbox/diagnostics/global';

let browser: Browser;
let page: Page;
let server: Server;
let target: string;
const hits: string[] = [];

function run(code: string, session: string): Promise<CellResult> {
  return page.evaluate(([c, s]) => window.lceSandbox.run(c, { session: s }), [code, session] as const);
}

beforeAll(async () => {
  // A real cross-origin server that records every request and allows CORS: anything that reaches it was not blocked.
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', 'Content-Type': 'text/plain' });
    res.end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${inject('baseUrl')}/diagnostics.html`);
  await page.evaluate(() => window.lceSandbox.start());
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the browser sandbox’s isolation', () => {
  describe('should leave the counting server reachable from the page itself', () => {
    test('for the control request, which proves the server counts', async () => {
      const body = await page.evaluate((u) => fetch(`${u}/control`).then((r) => r.text()), target);
      expect(body).toBe('reached');
      expect(hits).toContain('/control');
    });
  });

  describe('should stop Python code from reaching', () => {
    for (const probe of ISOLATION_PROBES) {
      test(`for ${probe.claim.replace(/^no /, '')} (${probe.id})`, async () => {
        const r = await run(probeCode(probe, target), `probe-${probe.id}`);
        if (probe.mustRaise) {
          expect(r.error, JSON.stringify(r)).not.toBeNull();
          return;
        }
        expect(r.error).toBeNull();
        // Scheduled work: wait (event-driven, by polling the future) until it has finished.
        let done = 'False';
        for (let i = 0; i < 200 && done !== 'True'; i++) {
          done = (await run('_t.done()', `probe-${probe.id}`)).value ?? 'False';
        }
        expect(done).toBe('True');
        if (probe.pending === 'failed') {
          expect((await run('_t.exception() is not None', `probe-${probe.id}`)).value).toBe('True');
        }
      });
    }
  });

  describe('should let no request from Python arrive', () => {
    test('for the cross-origin counting server, after every probe above has settled', () => {
      expect(hits.filter((h) => h !== '/control')).toEqual([]);
    });
  });
});
