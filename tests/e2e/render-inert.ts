/**
 * Shared checks of the render e2e tests: what a payload could use to run code, load a resource,
 * navigate or cover the page, looked for in the DOM of a transcript region.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { lastOutputIn, type Script } from '../support/scripted-openai-server';

/** Defines the `__xss(id)` flag every payload calls if any of its script runs; call before `goto`. */
export async function armXssFlag(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __xssHits: string[]; __xss: (id: unknown) => void };
    w.__xssHits = [];
    w.__xss = (id) => void w.__xssHits.push(String(id));
  });
}

/** Ids passed to `__xss` so far (empty when every payload stayed inert). */
export function xssHits(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits);
}

/**
 * Every dangerous element, attribute, URL or style left in the rendered (untrusted) parts of the
 * region named `region`, plus document-wide embeds/navigation and scripts beyond `scripts`.
 */
export function findDangers(page: Page, region: string, scripts: number): Promise<string[]> {
  return page.evaluate(
    ({ region, scripts }) => {
      const found: string[] = [];
      const root = document.querySelector(`[role="region"][aria-label="${region}"]`);
      if (!root) return [`no region named ${region}`];
      const bad = 'script,style,iframe,frame,object,embed,form,input,button,textarea,select,img,video,audio,source,' +
        'link,meta,base,template,noscript,use,image,foreignObject,animate,set,annotation-xml,maction,mglyph';
      for (const part of Array.from(root.querySelectorAll('.tx-text, .tx-highlight, .tx-output, [data-untrusted]'))) {
        for (const el of Array.from(part.querySelectorAll(bad))) found.push(`element <${el.localName}>`);
        for (const el of [part, ...Array.from(part.querySelectorAll('*'))]) {
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
              found.push('link without rel=noopener noreferrer / target=_blank');
            }
          }
        }
      }
      if (document.querySelectorAll('iframe, object, embed, base, meta[http-equiv]').length > 0) found.push('embedding or navigation element in the document');
      if (document.scripts.length !== scripts) found.push(`${document.scripts.length} script elements`);
      if (document.baseURI !== location.href.split('#')[0]) found.push(`base URI ${document.baseURI}`);
      return found;
    },
    { region, scripts },
  );
}

/**
 * Waits until the events a render queued have fired, instead of sleeping a fixed time (a payload
 * that fired after a fixed sleep would pass unseen): an image that cannot load, inserted after the
 * render as `<img src=x onerror>` payloads are, has reported its error, and then two animation
 * frames have run (where animation, transition and layout events fire).
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const canary = new Image();
        const afterFrames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        canary.onerror = afterFrames;
        canary.onload = afterFrames;
        canary.src = 'x';
      }),
  );
}

/** Opens the render-check page (the real Transcript, fed by postMessage) and waits for its renderer. */
export async function openRenderCheck(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/render-check.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
}

/**
 * A scripted model (for the ScriptedOpenAiServer) that writes every corpus payload that can stream
 * through the LCE loop as model text, then a cell that prints `outputPayload`, then a boxed answer
 * holding a payload marked `boxedId`. Fences would be taken for code cells and run, and a very long
 * payload would spend the round's token budget: the render-check test covers both.
 */
export function payloadModel(outputPayload: string, boxedId: string): Script {
  const payloads = JSON.parse(readFileSync(new URL('../fixtures/xss-payloads.json', import.meta.url), 'utf8')) as { payload: string }[];
  const text = payloads.filter((p) => !p.payload.includes('```') && p.payload.length < 1000).map((p) => p.payload).join('\n\n');
  return ({ prompt }) =>
    lastOutputIn(prompt) === null
      ? `${text}\n\nNow a cell that prints HTML.\n\`\`\`python\nprint(${JSON.stringify(outputPayload)})\n\`\`\`\n\`\`\`output\n`
      : `The answer is $\\boxed{<img src=x onerror=__xss('${boxedId}')>}$.`;
}
