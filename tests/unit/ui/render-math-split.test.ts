import { describe, expect, test } from 'vitest';
import { maskMath, matchBlockMath, matchInlineMath, nextBlockMathStart, nextMathStart } from '../../../src/ui/render/math-split';

describe('matchInlineMath', () => {
  describe('should find the formula at the start', () => {
    test.for([
      ['$x^2$ rest', '$x^2$', 'x^2', false],
      ['\\(a + b\\) rest', '\\(a + b\\)', 'a + b', false],
      ['$$\\frac12$$ rest', '$$\\frac12$$', '\\frac12', true],
      ['\\[y\\] rest', '\\[y\\]', 'y', true],
      ['$a \\$ b$ c', '$a \\$ b$', 'a \\$ b', false],
      ['$a$5 and $b$', '$a$5 and $b$', 'a$5 and $b', false],
      ['\\boxed{\\frac{1}{2}}. So', '\\boxed{\\frac{1}{2}}', '\\boxed{\\frac{1}{2}}', false],
    ] as const)('for %j', ([src, raw, tex, display]) => {
      expect(matchInlineMath(src)).toEqual({ raw, tex, display });
    });
  });

  describe('should leave text that is not math', () => {
    test.for(['\\boxed{never closed', '\\boxed{a\n\nb}', '$5 and $10', '$ x$', '$x $', 'no math', '$x', '\\(never closed', '$a\n\nb$', '$$ $$', '$$abc never closed', '\\(  \\)', '\\(a\n\nb\\)', '\\alpha \\begin{align}a\\end{align}', '\\begin{align} never closed', '\\color{red} text'])('for %j', (src) => {
      expect(matchInlineMath(src)).toBeNull();
    });
  });

  test('should find a bare boxed answer inside a sentence', () => {
    expect(nextMathStart('So the answer is \\boxed{18}.')).toBe(17);
  });

  test('should take a bare align environment whole', () => {
    const src = '\\begin{align} a &= b \\end{align} tail';
    expect(matchInlineMath(src)).toEqual({ raw: '\\begin{align} a &= b \\end{align}', tex: '\\begin{align} a &= b \\end{align}', display: true });
  });
});

describe('matchBlockMath', () => {
  test('should consume display math standing on its own lines', () => {
    expect(matchBlockMath('\\[\nx=1\n\\]\nnext')).toEqual({ raw: '\\[\nx=1\n\\]\n', tex: '\nx=1\n', display: true });
  });

  test('should refuse display math followed by text on the same line', () => {
    expect(matchBlockMath('$$x$$ and more')).toBeNull();
  });

  test('should refuse inline math', () => {
    expect(matchBlockMath('$x$\n')).toBeNull();
  });

  test.for([
    ['indented by three spaces, with text on the next line', '   $$x$$\nnext', '   $$x$$\n'],
    ['at the very end of the text', '$$x$$', '$$x$$'],
    ['in brackets, indented by two spaces', '  \\[y\\]  \n', '  \\[y\\]  \n'],
  ] as const)('should take display math %s', ([, src, raw]) => {
    expect(matchBlockMath(src)?.raw).toBe(raw);
  });
});

describe('nextMathStart', () => {
  describe('should skip escaped delimiters', () => {
    test.for([
      ['a \\$5 then $x$', 11],
      ['\\$5 at the very start, then $x$', 28],
      ['a \\\\[x] \\(y\\)', 8],
      ['plain', -1],
    ] as const)('for %j', ([src, at]) => {
      expect(nextMathStart(src)).toBe(at);
    });
  });
});

describe('nextBlockMathStart', () => {
  test('should only report the start of a line', () => {
    expect(nextBlockMathStart('inline $$x$$ here\n\\[\ny\n\\]')).toBe(18);
    expect(nextBlockMathStart('text $$x$$')).toBe(-1);
  });

  test('should find block math on the very first line', () => {
    expect(nextBlockMathStart('$$x$$\nmore')).toBe(0);
    expect(nextBlockMathStart('  \\[y\\]')).toBe(0);
  });
});

describe('maskMath', () => {
  test('should hide emphasis characters inside math and keep the length', () => {
    const src = '_a $x_1 * y_2$ b_';
    const masked = maskMath(src);
    expect(masked).toHaveLength(src.length);
    expect(masked).toBe('_a mmmmmmmmmmm b_');
  });

  test.for([
    ['math at the very start and again later', '$a_b$ and $c_d$ _e_', 'mmmmm and mmmmm _e_'],
    ['a lone dollar before the math', 'a $ b $x_1$ _c_', 'a $ b mmmmm _c_'],
    ['two lone dollars before the math', '$ $ $x_1$', '$ $ mmmmm'],
  ] as const)('should mask every formula and nothing else, for %s', ([, src, masked]) => {
    expect(maskMath(src)).toBe(masked);
  });
});
