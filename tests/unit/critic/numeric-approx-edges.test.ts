import { describe, expect, test } from 'vitest';
import type { Node } from '../../../src/core/critic/ast';
import { approx } from '../../../src/core/critic/numeric';
import { parseExpr } from '../../../src/core/critic/parse';

function tree(text: string): Node {
  const node = parseExpr(text);
  if (!node) throw new Error(`test input does not parse: ${text}`);
  return node;
}

function expectApprox(text: string, re: number, im = 0, env: Record<string, number> = {}): void {
  const v = approx(tree(text), env);
  expect(v.re, text).toBeCloseTo(re, 12);
  expect(v.im, text).toBeCloseTo(im, 12);
}

function expectUndefined(text: string, env: Record<string, number> = {}): void {
  expect(Number.isNaN(approx(tree(text), env).re), text).toBe(true);
}

describe('approx', () => {
  describe('should take powers of complex and zero bases', () => {
    test('for an integer power of i, multiplied out exactly', () => {
      const v = approx(tree('i^{64}'));
      expect(v.re).toBe(1);
      expect(Math.abs(v.im)).toBe(0);
    });
    test('for a huge integer exponent, without multiplying it out', () => {
      expect(approx(tree('2^{1000000000000000}')).re).toBe(Infinity);
    });
    test('for a fractional power of a complex base, the principal value', () => {
      expectApprox('\\sqrt{i}', Math.SQRT1_2, Math.SQRT1_2);
      expectApprox('(-1+i)^{1/3}', 2 ** (1 / 6) * Math.SQRT1_2, 2 ** (1 / 6) * Math.SQRT1_2);
      expectApprox('i^{i}', Math.exp(-Math.PI / 2));
    });
    test('for a negative base under a complex exponent, the principal value', () => {
      const v = approx(tree('(-8)^{1/3+i}'));
      const w = { re: Math.log(8) / 3 - Math.PI, im: Math.PI / 3 + Math.log(8) };
      expect(v.re).toBeCloseTo(Math.exp(w.re) * Math.cos(w.im), 12);
      expect(v.im).toBeCloseTo(Math.exp(w.re) * Math.sin(w.im), 12);
    });
    test('for zero under a complex exponent with a positive real part', () => {
      expectApprox('0^{1+i}', 0);
    });
    test('for zero under a negative fractional exponent, a positive infinity', () => {
      expect(approx(tree('0^{-1/2}')).re).toBe(Infinity);
      expect(approx(tree('0^{-1/3}')).re).toBe(Infinity);
    });
    test('for a positive base under a fractional exponent', () => {
      expectApprox('8^{1/3}', 2);
    });
  });
  describe('should keep the exponential of a real number real', () => {
    test('for an exponential that overflows', () => {
      const v = approx(tree('\\exp(1000)'));
      expect(v.re).toBe(Infinity);
      expect(v.im).toBe(0);
    });
  });
  describe('should take a real function of a value whose imaginary part is within the tolerance', () => {
    test('for an imaginary part at the tolerance of a small value', () => {
      expectApprox('\\sin(x+y i)', Math.sin(1), 0, { x: 1, y: 1e-12 });
    });
    test('for an imaginary part within the tolerance scaled by a large value', () => {
      expectApprox('\\sin(x+y i)', Math.sin(1000), 0, { x: 1000, y: 1e-10 });
    });
  });
  describe('should take factorials of integers from 0 to 170 only', () => {
    test('for 0, a small integer and 170', () => {
      expectApprox('0!', 1);
      expectApprox('5!', 120);
      expect(approx(tree('170!')).re).toBeCloseTo(7.257415615307994e306, -295);
    });
    test('for 171', () => {
      expectUndefined('171!');
    });
  });
  describe('should take binomials of real integers', () => {
    test('for small n and k', () => {
      expectApprox('\\binom{5}{2}', 10);
      expectApprox('\\binom{5}{5}', 1);
    });
    test('for k above n or n not an integer', () => {
      expectUndefined('\\binom{5}{7}');
      expectUndefined('\\binom{2.5}{1}');
    });
    test('for a complex n or k', () => {
      expectUndefined('\\binom{5+i}{2}');
      expectUndefined('\\binom{5}{2+i}');
    });
  });
  describe('should leave an unknown function undefined', () => {
    test('for a function that is not an applied name, even when the probe has a value for its key', () => {
      const node: Node = { t: 'fn', name: 'gcd', args: [{ t: 'sym', name: 'x' }] };
      expect(Number.isNaN(approx(node, { x: 2, 'gcd(x)': 3 }).re)).toBe(true);
    });
  });
});
