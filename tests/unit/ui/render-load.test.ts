// @vitest-environment jsdom
/**
 * loadRenderer (render/index.ts): how the page gets its renderer, as a chunk loaded on first use.
 * The chunk is loaded inside each test, as the page loads it, so a renderer that cannot load (marked
 * refusing its own extensions when the chunk is evaluated, say) fails these tests by name; a static
 * import of it would fail the whole file before any test ran, which Stryker's vitest runner counts
 * as no test at all (docs/readme/testing.md, "A survivor with no test run may be a false one").
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadRenderer, loadedRenderer } from '../../../src/ui/render';

const MATHML = '<math xmlns="http://www.w3.org/1998/Math/MathML"';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadRenderer', () => {
  test('should load the renderer once, on first use, and hand the same one to every caller', async () => {
    // The warm-up it schedules is left waiting: it is tested in render-renderer.test.ts.
    vi.stubGlobal('requestIdleCallback', () => 0);
    expect(loadedRenderer()).toBeUndefined();
    const loading = loadRenderer();
    expect(loadRenderer()).toBe(loading);
    const renderer = await loading;
    expect(loadedRenderer()).toBe(renderer);
    expect(await loadRenderer()).toBe(renderer);
  });

  describe('should give a renderer that renders math with KaTeX', () => {
    test('for inline math inside a sentence and display math on lines of its own', async () => {
      vi.stubGlobal('requestIdleCallback', () => 0);
      const html = (await loadRenderer()).markdown('Let $x$ be\n\n$$\ny\n$$');
      // Inline: phrasing content inside the paragraph, no display wrapper.
      expect(html.startsWith(`<p>Let <span class="katex"><span class="katex-mathml">${MATHML}><mrow><mi>x</mi></mrow>x</math></span>`)).toBe(true);
      // Display: a block of its own after the paragraph, in KaTeX's display mode.
      expect(html).toContain(` be</p>\n<div class="math-display"><span class="katex-display"><span class="katex"><span class="katex-mathml">${MATHML} display="block"><mrow><mi>y</mi></mrow>`);
      expect(html.endsWith('</div>\n')).toBe(true);
      expect(html.match(/<span class="katex">/g)).toHaveLength(2);
    });
  });
});
