// @vitest-environment jsdom
/**
 * The renderer (renderer.ts) on jsdom, since it sanitises: what it memoises, what it parses afresh
 * while a block streams, how it names code, and its warm-up while the page is idle.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createRenderer, renderer, warmUp } from '../../../src/ui/render/renderer';

const TEXT = 'One.\n\nTwo.\n\nThree, still grow';

describe('createRenderer', () => {
  test('should parse only the last chunk afresh while the block is live, and memoise the settled ones', () => {
    const r = createRenderer();
    expect(r.markdownChunks(TEXT, true)).toEqual(['<p>One.</p>\n', '<p>Two.</p>\n', '<p>Three, still grow</p>\n']);
    expect([r.parses, r.liveParses]).toEqual([2, 1]);
    r.markdownChunks(TEXT, true);
    expect([r.parses, r.liveParses]).toEqual([2, 2]);
  });

  test('should memoise every chunk of a block that is done', () => {
    const r = createRenderer();
    r.markdownChunks(TEXT, false);
    r.markdownChunks(TEXT, false);
    expect([r.parses, r.liveParses]).toEqual([3, 0]);
  });

  test('should count the parses of whole texts and of chunks together', () => {
    const r = createRenderer();
    r.markdown('a');
    r.markdown('a');
    r.markdownChunks('b\n\nc', false);
    expect(r.parses).toBe(3);
  });

  test('should highlight a code cell as Python when no language is named', () => {
    expect(createRenderer().code('def f(): pass')).toContain('<span class="hljs-keyword">def</span>');
  });

  test('should only escape a code cell in another language', () => {
    expect(createRenderer().code('def f(): x < 1', 'text')).toBe('def f(): x &#60; 1');
  });
});

describe('warmUp', () => {
  const fontsRequested: string[] = [];

  /** A FontFaceSet that records what is loaded (jsdom has none). */
  function stubFonts(): void {
    Object.defineProperty(document, 'fonts', { configurable: true, value: { load: (font: string) => (fontsRequested.push(font), Promise.resolve([])) } });
  }

  /** Fake timers for setTimeout only: vitest's default would also replace requestIdleCallback. */
  const fakeTimeouts = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(document, 'fonts');
    fontsRequested.length = 0;
  });

  test('should wait for the browser to be idle, with a deadline, then render a formula and load the KaTeX fonts', () => {
    const idle: Array<{ run: () => void; options: unknown }> = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options: unknown) => idle.push({ run, options }));
    stubFonts();
    fakeTimeouts();
    const parses = renderer.parses;
    warmUp();
    vi.runAllTimers();
    // Nothing ran on a timer: the work waits for the idle callback.
    expect(renderer.parses).toBe(parses);
    expect(idle).toHaveLength(1);
    expect(idle[0]!.options).toEqual({ timeout: expect.any(Number) });
    idle[0]!.run();
    expect(renderer.parses).toBe(parses + 1);
    expect(fontsRequested).toEqual(['1em KaTeX_Main', 'italic 1em KaTeX_Math']);
  });

  test('should fall back to a timer where there is no idle callback', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    stubFonts();
    fakeTimeouts();
    warmUp();
    expect(fontsRequested).toEqual([]);
    vi.runAllTimers();
    expect(fontsRequested).toEqual(['1em KaTeX_Main', 'italic 1em KaTeX_Math']);
  });

  test('should work where the browser cannot load fonts from script', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    fakeTimeouts();
    warmUp();
    expect(() => vi.runAllTimers()).not.toThrow();
  });
});
