import { describe, expect, test } from 'vitest';
import { approx, exact, finite, relDiff } from '../../../src/core/critic/numeric';
import { parseExpr } from '../../../src/core/critic/parse';
import { ratToString } from '../../../src/core/critic/rational';

function tree(text: string) {
  const node = parseExpr(text);
  if (!node) throw new Error(`test input does not parse: ${text}`);
  return node;
}

function expectExact(text: string, value: string | null): void {
  const r = exact(tree(text));
  expect(r && ratToString(r), text).toBe(value);
}

function expectApprox(text: string, re: number, im = 0, env: Record<string, number> = {}): void {
  const v = approx(tree(text), env);
  expect(v.re, text).toBeCloseTo(re, 12);
  expect(v.im, text).toBeCloseTo(im, 12);
}

describe('exact', () => {
  describe('should evaluate rational expressions exactly', () => {
    test('for arithmetic, powers and perfect roots', () => {
      expectExact('\\frac{1}{3}+\\frac{1}{6}', '1/2');
      expectExact('2^{64}+1', '18446744073709551617');
      expectExact('8^{2/3}', '4');
      expectExact('\\sqrt{\\frac{9}{4}}', '3/2');
      expectExact('\\sqrt[3]{-8}', '-2');
    });
    test('for factorials, binomials, floors, ceilings and absolute values', () => {
      expectExact('5!', '120');
      expectExact('\\binom{5}{2}', '10');
      expectExact('\\lfloor -2.5 \\rfloor', '-3');
      expectExact('\\lceil 2.1 \\rceil', '3');
      expectExact('|-7|', '7');
    });
  });
  describe('should give up on what is not rational', () => {
    test('for radicals, constants, variables and division by zero', () => {
      expectExact('\\sqrt{2}', null);
      expectExact('\\pi', null);
      expectExact('x+1', null);
      expectExact('\\frac{1}{0}', null);
      expectExact('0^{-1}', null);
    });
  });
});

describe('approx', () => {
  describe('should evaluate closed forms as complex doubles', () => {
    test('for radicals, constants, logarithms and trigonometry', () => {
      expectApprox('\\frac{\\sqrt{2}}{2}', Math.SQRT1_2);
      expectApprox('e^{2}', Math.E ** 2);
      expectApprox('\\ln 8', Math.log(8));
      expectApprox('\\cos 60°', 0.5);
    });
    test('for complex values', () => {
      expectApprox('(1+2i)(1-2i)', 5);
      expectApprox('\\sqrt{-4}', 0, 2);
    });
    test('for the real odd root of a negative number, as people mean it', () => {
      expectApprox('\\sqrt[3]{-27}', -3);
      expectApprox('(-8)^{1/3}', -2);
    });
    test('for variables given values', () => {
      expectApprox('x^2+y', 7, 0, { x: 2, y: 3 });
    });
  });
  describe('should mark what is undefined', () => {
    test('for an unknown variable, a real function of a complex value and a huge factorial', () => {
      expect(Number.isNaN(approx(tree('x+1')).re)).toBe(true);
      expect(Number.isNaN(approx(tree('\\sin(i)')).re)).toBe(true);
      expect(finite(approx(tree('200!')))).toBe(false);
    });
  });
});

describe('relDiff', () => {
  describe('should measure the difference relative to the larger magnitude, never absolutely', () => {
    test('for large values, tiny values and two zeros', () => {
      expect(relDiff({ re: 1000, im: 0 }, { re: 1001, im: 0 })).toBeCloseTo(1 / 1001, 12);
      expect(relDiff({ re: 1e-12, im: 0 }, { re: 2e-12, im: 0 })).toBeCloseTo(0.5, 12);
      expect(relDiff({ re: 0, im: 0 }, { re: 0, im: 0 })).toBe(0);
    });
  });
});
