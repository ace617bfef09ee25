/** Syntax highlighting of code cells: which language names count as Python, and escaping of the rest. */
import { describe, expect, test } from 'vitest';
import { highlightCode } from '../../../src/ui/render/highlight';

const CODE = 'def f(x):\n    return x < 2';

describe('highlightCode', () => {
  describe('should highlight as Python', () => {
    test('for no language named', () => {
      expect(highlightCode(CODE)).toContain('<span class="hljs-keyword">def</span>');
    });

    test.for(['python', 'py', 'python3', ' Python ', 'PY'])('for the language name %j', (lang) => {
      expect(highlightCode(CODE, lang)).toBe(highlightCode(CODE, 'python'));
      expect(highlightCode(CODE, lang)).toContain('<span class="hljs-keyword">return</span>');
    });
  });

  test('should still highlight Python with syntax highlight.js calls illegal in it (models write such code)', () => {
    expect(highlightCode('def f(x) => x', 'python')).toContain('<span class="hljs-keyword">def</span>');
  });

  describe('should only escape the code', () => {
    test.for(['text', 'pyth', ''])('for a language it does not know, %j', (lang) => {
      expect(highlightCode(CODE, lang)).toBe('def f(x):\n    return x &#60; 2');
    });
  });
});
