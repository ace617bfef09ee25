import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { approx } from '../../../src/core/critic/numeric';
import { parseExpr } from '../../../src/core/critic/parse';

function value(text: string) {
  const node = parseExpr(text);
  if (!node) throw new Error(`test input does not parse: ${text}`);
  return approx(node);
}

describe('approx', () => {
  describe('should take the real root of a negative number under an odd index', () => {
    test('for every odd index up to 63', () => {
      for (let k = 3; k <= 63; k += 2) {
        const v = value(`\\sqrt[${k}]{-1}`);
        expect(v.re, `index ${k}`).toBeCloseTo(-1, 12);
        expect(v.im, `index ${k}`).toBe(0);
      }
    });
    test('for a negative odd index', () => {
      expect(value('\\sqrt[-3]{-8}').re).toBeCloseTo(-0.5, 12);
    });
  });
  describe('should take the principal root otherwise', () => {
    test('for a positive number', () => {
      expect(value('\\sqrt[3]{27}').re).toBeCloseTo(3, 12);
    });
    test('for an even index', () => {
      const v = value('\\sqrt[4]{-16}');
      expect(v.re).toBeCloseTo(Math.SQRT2, 12);
      expect(v.im).toBeCloseTo(Math.SQRT2, 12);
    });
  });
});

describe('judgeByRules', () => {
  describe('should compare an odd root of a negative number by its real value', () => {
    test('for a 49th root beside an irrational term', () => {
      expect(judgeByRules('$\\sqrt[49]{-1}+\\sqrt{2}$', '$\\sqrt{2}-1$').equal).toBe(true);
      expect(judgeByRules('$\\sqrt[49]{-1}+\\sqrt{2}$', '$\\sqrt{2}+1$').equal).toBe(false);
    });
  });
});
