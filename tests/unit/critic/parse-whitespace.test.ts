import { describe, expect, test } from 'vitest';
import { key } from '../../../src/core/critic/ast';
import { parseExpr } from '../../../src/core/critic/parse';

/** The parsed tree in the canonical `key` form, or null when the text does not parse. */
function tree(text: string): string | null {
  const node = parseExpr(text);
  return node === null ? null : key(node);
}

describe('parseExpr', () => {
  describe('should read whitespace between tokens as a space', () => {
    test('for tabs', () => {
      expect(tree('1\t+\t2')).toBe('(1/1 add 2/1)');
      expect(tree('\\frac{1}{2}\t\\cdot\t3')).toBe('((1/1 div 2/1) mul 3/1)');
    });
    test('for line breaks', () => {
      expect(tree('1\n+\n2')).toBe('(1/1 add 2/1)');
      expect(tree('\\frac{1}{2}\n\\cdot\n3')).toBe('((1/1 div 2/1) mul 3/1)');
    });
    test('for a mix of spaces, tabs and line breaks', () => {
      expect(tree(' \t\n1 \t\n- \t\n2 \t\n')).toBe('(1/1 sub 2/1)');
    });
  });
});
