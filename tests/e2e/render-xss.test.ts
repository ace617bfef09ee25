/**
 * Every payload of tests/fixtures/xss-payloads.json, rendered by the real renderer and the real
 * Transcript in real Chromium — as a text block, a code cell, an output, an error and the streaming
 * block — must stay inert: no script runs, no dangerous element, attribute or URL survives.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { armXssFlag, findDangers, openRenderCheck, settle, xssHits } from './render-inert';

interface Payload {
  id: string;
  payload: string;
  note: string;
}

const payloads = JSON.parse(readFileSync(new URL('../fixtures/xss-payloads.json', import.meta.url), 'utf8')) as Payload[];

let browser: Browser;
let page: Page;
const dialogs: string[] = [];
let seq = 0;

/** Dangers in the region, plus what only the check page can tell (its own globals and sheets). */
async function dangers(p: Page): Promise<string[]> {
  const found = [...(await findDangers(p, 'Solution', 1)), ...(await findDangers(p, 'Answer', 1))];
  const extra = await p.evaluate(() => {
    const out: string[] = [];
    if (document.styleSheets.length > 2) out.push(`${document.styleSheets.length} style sheets`);
    if (typeof (window as unknown as { renderCheck?: { runs?: unknown } }).renderCheck?.runs !== 'object') out.push('window.renderCheck clobbered');
    return out;
  });
  return [...found, ...extra];
}

async function renderPayload(p: Page, text: string): Promise<void> {
  seq++;
  await p.evaluate(
    ({ text, seq }) => {
      const blocks = [
        { type: 'text', content: text },
        { type: 'code', content: text },
        { type: 'output', content: text },
        { type: 'error', content: text },
      ];
      const props = { blocks, streaming: { type: 'text', text }, runningIndex: 1, editable: true };
      window.postMessage({ kind: 'props', seq, props, answer: text }, '*');
    },
    { text, seq },
  );
  await p.waitForFunction((s) => document.body.dataset.rendered === String(s), seq);
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await armXssFlag(page);
  await openRenderCheck(page, inject('baseUrl'));
});

afterAll(() => browser?.close());

describe('Transcript rendering of untrusted model output', () => {
  describe('should keep every payload inert', () => {
    test.for(payloads)('for $id ($note)', async ({ payload }) => {
      await renderPayload(page, payload);
      await settle(page);
      expect(await dangers(page)).toEqual([]);
      expect(await xssHits(page)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(new URL(page.url()).pathname).toBe('/render-check.html');
    });
  });

  describe('should notice a payload that does run', () => {
    test('for an unsanitised control injected past the renderer', async () => {
      await renderPayload(page, 'control');
      await page.evaluate(() => {
        const text = document.querySelector('[role="region"] .tx-text')!;
        text.innerHTML = '<img src="x" onerror="__xss(\'control\')"><a href="javascript:void 0">x</a>';
      });
      // The same wait the inert checks use: by its end, a payload image's error handler has run.
      await settle(page);
      expect(await xssHits(page)).toEqual(['control']);
      expect(await dangers(page)).toEqual(expect.arrayContaining(['element <img>', 'attribute onerror on <img>']));
      await page.evaluate(() => ((window as unknown as { __xssHits: string[] }).__xssHits.length = 0));
    });
  });

  describe('should show code and output as the exact text written', () => {
    test.for(payloads.filter((p) => /code|output|html-script|mxss/.test(p.id)))('for $id', async ({ payload }) => {
      await renderPayload(page, payload);
      const shown = await page.evaluate(() => {
        const region = document.querySelector('[role="region"]')!;
        const editor = region.querySelector<HTMLTextAreaElement>('[role="group"][aria-label="Code cell 1"] textarea')!;
        const highlighted = region.querySelector('[role="group"][aria-label="Code cell 1"] .tx-highlight')!;
        const output = region.querySelector('[role="group"][aria-label="Output"] pre')!;
        const error = region.querySelector('[role="group"][aria-label="Error"] pre')!;
        return { editor: editor.value, highlighted: highlighted.textContent, output: output.textContent, error: error.textContent };
      });
      const expected = payload.replace(/\u0000/g, '\ufffd');
      expect(shown.editor.replace(/\u0000/g, '\ufffd')).toBe(expected);
      // The HTML parser drops NUL from the highlighted copy; the editable text keeps it (as U+FFFD).
      expect(shown.highlighted?.replace(/\n $/, '\n')).toBe(payload.replace(/\u0000/g, ''));
      expect(shown.output?.replace(/\u0000/g, '\ufffd')).toBe(expected);
      expect(shown.error?.replace(/\u0000/g, '\ufffd')).toBe(expected);
    });
  });
});
