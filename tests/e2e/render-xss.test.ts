/**
 * Every payload of tests/fixtures/xss-payloads.json, rendered by the real renderer and the real
 * Transcript in real Chromium — as a text block, a code cell, an output, an error and the streaming
 * block — must stay inert: no script runs, no dangerous element, attribute or URL survives.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';

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

/** Anything a payload could use to run code, load a resource, navigate or cover the page. */
async function findDangers(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const found: string[] = [];
    const region = document.querySelector('[role="region"]');
    if (!region) return ['no transcript region'];
    const untrusted = region.querySelectorAll('.tx-text, .tx-highlight, .tx-output');
    const bad = 'script,style,iframe,frame,object,embed,form,input,button,textarea,select,img,video,audio,source,' +
      'link,meta,base,template,noscript,use,image,foreignObject,animate,set,annotation-xml,maction,mglyph';
    for (const root of Array.from(untrusted)) {
      for (const el of Array.from(root.querySelectorAll(bad))) found.push(`element <${el.localName}>`);
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        for (const attr of Array.from(el.attributes)) {
          const name = attr.name.toLowerCase();
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (name.startsWith('on')) found.push(`attribute ${name} on <${el.localName}>`);
          if (['src', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster'].includes(name)) {
            found.push(`attribute ${name} on <${el.localName}>`);
          }
          if (name === 'href' && !/^(https?:|mailto:)/.test(value)) found.push(`href ${value} on <${el.localName}>`);
          if (name === 'style' && /url\(|expression|fixed|javascript|@import/.test(value)) found.push(`style ${value}`);
          if ((name === 'id' || name === 'name') && !value.startsWith('user-content-')) found.push(`${name}=${value}`);
        }
        if (el.localName === 'a' && el.hasAttribute('href')) {
          const rel = el.getAttribute('rel') ?? '';
          if (!rel.includes('noopener') || !rel.includes('noreferrer') || el.getAttribute('target') !== '_blank') {
            found.push(`link without rel=noopener noreferrer / target=_blank`);
          }
        }
      }
    }
    if (document.querySelectorAll('iframe, object, embed, base, meta[http-equiv]').length > 0) found.push('embedding or navigation element in the document');
    if (document.scripts.length !== 1) found.push(`${document.scripts.length} script elements`);
    if (document.styleSheets.length > 2) found.push(`${document.styleSheets.length} style sheets`);
    if (document.baseURI !== `${location.origin}/render-check.html`) found.push(`base URI ${document.baseURI}`);
    if (typeof (window as unknown as { renderCheck?: { runs?: unknown } }).renderCheck?.runs !== 'object') found.push('window.renderCheck clobbered');
    return found;
  });
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
      window.postMessage({ kind: 'props', seq, props: { blocks, streaming: { type: 'text', text }, runningIndex: 1, editable: true } }, '*');
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
  // The flag every payload would raise if any of its script ran.
  await page.addInitScript(() => {
    const w = window as unknown as { __xssHits: string[]; __xss: (id: unknown) => void };
    w.__xssHits = [];
    w.__xss = (id) => void w.__xssHits.push(String(id));
  });
  await page.goto(`${inject('baseUrl')}/render-check.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
});

afterAll(async () => {
  await browser?.close();
});

describe('Transcript rendering of untrusted model output', () => {
  describe('should keep every payload inert', () => {
    test.for(payloads)('for $id ($note)', async ({ payload }) => {
      await renderPayload(page, payload);
      // Let queued events (image errors, animations, refreshes) fire before looking.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      expect(await findDangers(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits)).toEqual([]);
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
      await page.waitForFunction(() => (window as unknown as { __xssHits: string[] }).__xssHits.length > 0);
      expect(await findDangers(page)).toEqual(expect.arrayContaining(['element <img>', 'attribute onerror on <img>']));
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
