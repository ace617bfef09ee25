/**
 * The Transcript component in real Chromium (render-check page): accessible names, labelled output
 * and errors, the running indicator, editing and re-running cells, step mode, incremental rendering.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Block } from '../../src/core/transcript';
import type { CheckProps } from '../../src/ui/render/check/protocol';
import { launchChromium } from './support/browser';
import { openRenderCheck } from './render-inert';

let browser: Browser;
let page: Page;
let seq = 0;

const blocks: Block[] = [
  { type: 'text', content: 'Let $x = 2$. Then\n\n$$x^2 = 4$$' },
  { type: 'code', content: 'x = 2\nprint(x ** 2)' },
  { type: 'output', content: '4' },
  { type: 'code', content: 'while True: pass' },
  { type: 'error', content: 'TimeoutError: the cell ran longer than 10 s', error: { type: 'TimeoutError' } },
  { type: 'text', content: 'So the answer is $\\boxed{4}$.' },
];

async function show(props: Partial<CheckProps>, answer?: string): Promise<void> {
  seq++;
  const full: CheckProps = { blocks: [], streaming: null, runningIndex: null, editable: false, ...props };
  await page.evaluate(({ props, seq, answer }) => window.postMessage({ kind: 'props', seq, props, answer }, '*'), { props: full, seq, answer });
  await page.waitForFunction((s) => document.body.dataset.rendered === String(s), seq);
}

/** Shows `props` in a transcript mounted anew, so nothing an earlier test typed or clicked is left in it. */
async function showFresh(props: Partial<CheckProps>): Promise<void> {
  await show({ blocks: [] });
  await show(props);
}

const record = () => page.evaluate(() => (window as unknown as { renderCheck: { runs: unknown[]; continues: unknown[]; parses: number } }).renderCheck);

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await openRenderCheck(page, inject('baseUrl'));
});

afterAll(() => browser?.close());

describe('Transcript', () => {
  describe('should name its region', () => {
    test('for the default label', async () => {
      await show({ blocks });
      await expect(page.getByRole('region', { name: 'Solution' }).count()).resolves.toBe(1);
    });

    test('for a given label', async () => {
      await show({ blocks, label: 'CoT solution' });
      await expect(page.getByRole('region', { name: 'CoT solution', exact: true }).count()).resolves.toBe(1);
    });
  });

  test('should render math with KaTeX and mark the boxed answer', async () => {
    await show({ blocks });
    const region = page.getByRole('region', { name: 'Solution' });
    await expect(region.locator('.katex').count()).resolves.toBe(3);
    await expect(region.locator('.katex-display').count()).resolves.toBe(1);
    await expect(region.locator('.katex .fbox').count()).resolves.toBe(1);
  });

  test('should label output and errors, and say when a cell timed out', async () => {
    await show({ blocks });
    const output = page.getByRole('group', { name: 'Output' });
    await expect(output.locator('pre').textContent()).resolves.toBe('4');
    const error = page.getByRole('group', { name: 'Error' });
    await expect(error.textContent()).resolves.toContain('timed out');
    await expect(error.locator('pre').textContent()).resolves.toBe(blocks[4]!.content);
  });

  describe('should decide the timeout badge from the block error type, not its text', () => {
    const badges = () => page.locator('.tx-output .tx-label').allTextContents();

    test('for a timed-out cell that printed before it was stopped', async () => {
      await show({ blocks: [{ type: 'code', content: 'print(1)\nwhile True: pass' }, { type: 'error', content: '1\n... (80 characters cut) ...\nstopped', error: { type: 'TimeoutError' } }] });
      await expect(badges()).resolves.toEqual(['Error · timed out']);
    });

    test('for output and errors whose text says "timed out"', async () => {
      await show({
        blocks: [
          { type: 'code', content: 'print("the request timed out")' },
          { type: 'output', content: 'the request timed out' },
          { type: 'code', content: 'raise ValueError("timed out")' },
          { type: 'error', content: 'ValueError: timed out', error: { type: 'ValueError' } },
          { type: 'error', content: 'TimeoutError: recorded without a type' },
        ],
      });
      await expect(badges()).resolves.toEqual(['Output', 'Error', 'Error']);
    });
  });

  test('should highlight Python in code cells', async () => {
    await show({ blocks });
    const cell = page.getByRole('group', { name: 'Code cell 1' });
    await expect(cell.locator('.hljs-built_in').first().textContent()).resolves.toBe('print');
  });

  test('should show which cell is running', async () => {
    await show({ blocks, runningIndex: 3 });
    const cell = page.getByRole('group', { name: 'Code cell 2' });
    await expect(cell.getAttribute('aria-busy')).resolves.toBe('true');
    await expect(cell.getByRole('status').textContent()).resolves.toBe('Running…');
    await expect(page.getByRole('group', { name: 'Code cell 1' }).getByRole('status').count()).resolves.toBe(0);
  });

  describe('should let an edited cell be run again or continued from', () => {
    test('for "Run"', async () => {
      await showFresh({ blocks, editable: true });
      const before = (await record()).runs.length;
      const cell = page.getByRole('group', { name: 'Code cell 1' });
      await cell.getByRole('textbox', { name: 'Code of cell 1' }).fill('x = 3\nprint(x ** 2)');
      await expect(cell.textContent()).resolves.toContain('edited');
      await cell.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(record().then((r) => r.runs.slice(before))).resolves.toEqual([{ index: 1, code: 'x = 3\nprint(x ** 2)' }]);
    });

    test('for "Continue from here"', async () => {
      await showFresh({ blocks, editable: true });
      const before = (await record()).continues.length;
      const cell = page.getByRole('group', { name: 'Code cell 2' });
      await expect(cell.textContent()).resolves.not.toContain('edited');
      await cell.getByRole('textbox', { name: 'Code of cell 2' }).fill('print("fixed")');
      await cell.getByRole('button', { name: 'Continue from here' }).click();
      await expect(record().then((r) => r.continues.slice(before))).resolves.toEqual([{ index: 3, code: 'print("fixed")' }]);
    });

    test('for no controls while not editable', async () => {
      await show({ blocks, editable: false });
      await expect(page.getByRole('button').count()).resolves.toBe(0);
      await expect(page.getByRole('textbox').count()).resolves.toBe(0);
    });
  });

  test('should show only the first blocks in step mode', async () => {
    await show({ blocks, visibleCount: 2, streaming: { type: 'text', text: 'hidden while stepping' } });
    const region = page.getByRole('region', { name: 'Solution' });
    await expect(region.locator(':scope > *').count()).resolves.toBe(2);
    await expect(region.textContent()).resolves.not.toContain('hidden while stepping');
  });

  test('should render an answer inline with the Markdown component', async () => {
    await show({ blocks }, '$\\frac{6}{5}$ (**exact**)');
    const answer = page.getByRole('region', { name: 'Answer' });
    await expect(answer.locator('.katex').count()).resolves.toBe(1);
    await expect(answer.locator('strong').textContent()).resolves.toBe('exact');
    await expect(answer.locator('p').count()).resolves.toBe(0);
  });

  describe('should render a streaming block incrementally', () => {
    const paragraphs = ['First paragraph with $a^2$.', '$$\n\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}\n$$', 'Third paragraph, *emphasis*.', 'Last one.'];
    const text = paragraphs.join('\n\n');

    test('for each settled paragraph parsed once and the streamed DOM kept when the block finishes', async () => {
      await show({ blocks: [] });
      const before = (await record()).parses;
      for (let end = 3; end < text.length; end += 3) {
        await show({ blocks: [], streaming: { type: 'text', text: text.slice(0, end) } });
        if (end === 30) {
          // Tag the first paragraph's element to see whether later frames replace it.
          await page.evaluate(() => ((document.querySelector('.md-chunk') as unknown as { tag: string }).tag = 'first'));
        }
      }
      await show({ blocks: [{ type: 'text', content: text }] });
      // Three settled chunks while streaming, plus the last one once the block is finished.
      expect((await record()).parses - before).toBe(paragraphs.length);
      const chunks = await page.evaluate(() => Array.from(document.querySelectorAll('.md-chunk')).map((c) => (c as unknown as { tag?: string }).tag ?? null));
      expect(chunks).toEqual(['first', null, null, null]);
      await expect(page.locator('.md-chunk em').textContent()).resolves.toBe('emphasis');
    });
  });
});
