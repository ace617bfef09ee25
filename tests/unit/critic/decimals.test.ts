import { describe, expect, test } from 'vitest';
import { compareNodes } from '../../../src/core/critic/scalar';
import { parseExpr } from '../../../src/core/critic/parse';

/** compareNodes(answer, reference) on two expressions. */
function verdict(answer: string, reference: string): boolean | null {
  const [a, b] = [parseExpr(answer), parseExpr(reference)];
  if (!a || !b) throw new Error(`test input does not parse: ${answer} / ${reference}`);
  return compareNodes(a, b).equal;
}

describe('compareNodes', () => {
  describe('should take program round-off as equal', () => {
    test('for a float at full precision a few ulps off', () => {
      expect(verdict('0.30000000000000004', '0.3')).toBe(true);
      expect(verdict('0.9999999999999999', '1')).toBe(true);
      expect(verdict('0.33333333333333326', '\\frac13')).toBe(true);
    });
    test('for a tiny float against an exact zero', () => {
      expect(verdict('-2.4492935982947064e-16', '0')).toBe(true);
      expect(verdict('1e-13', '0')).toBe(true);
    });
    test('for complex round-off from a program', () => {
      expect(verdict('1.0000000000000002+1.2246467991473532e-16j', '1')).toBe(true);
    });
  });
  describe('should not take a value that is merely close as equal', () => {
    test('for too few digits to be a float, or too far from zero', () => {
      expect(verdict('1.0000001', '1')).toBe(false);
      expect(verdict('3.0000000001', '3')).toBe(false);
      expect(verdict('4.999999999999', '5')).toBe(false);
      expect(verdict('1e-9', '0')).toBe(false);
    });
    test('for tiny values that differ, never an absolute epsilon', () => {
      expect(verdict('1e-12', '2e-12')).toBe(false);
    });
  });
  describe('should read a short decimal as the value correctly rounded', () => {
    test('for three or more significant digits', () => {
      expect(verdict('3.46', '2\\sqrt{3}')).toBe(true);
      expect(verdict('3.4641', '2\\sqrt{3}')).toBe(true);
      expect(verdict('0.667', '\\frac23')).toBe(true);
      expect(verdict('-0.667', '-\\frac23')).toBe(true);
      expect(verdict('3.14', '\\pi')).toBe(true);
    });
    test('for a decimal that is not the correct rounding', () => {
      expect(verdict('3.47', '2\\sqrt{3}')).toBe(false);
      expect(verdict('0.666', '\\frac23')).toBe(false);
      expect(verdict('3.141', '\\pi')).toBe(false);
    });
    test('for too few significant digits', () => {
      expect(verdict('0.33', '\\frac13')).toBe(false);
      expect(verdict('0.67', '\\frac23')).toBe(false);
    });
    test('for a decimal cut off after six digits or more', () => {
      expect(verdict('0.666666', '\\frac23')).toBe(true);
      expect(verdict('1.7320508075688', '\\sqrt3')).toBe(true);
    });
    test('for an integer rounded to tens or more, never', () => {
      expect(verdict('1.23e6', '1234567')).toBe(false);
    });
  });
  describe('should take the reference decimal as exact as written', () => {
    test('for an answer that rounds the reference', () => {
      expect(verdict('12.5', '12.46')).toBe(true);
    });
    test('for a longer answer that the reference would be a rounding of', () => {
      expect(verdict('5.477', '5.48')).toBe(false);
      expect(verdict('12.46', '12.5')).toBe(false);
    });
    test('for a reference decimal that rounds an exact answer', () => {
      expect(verdict('20\\sqrt{3}', '34.64')).toBe(true);
      expect(verdict('\\frac13', '0.333')).toBe(true);
    });
  });
  describe('should read decimals inside an expression as exact', () => {
    test('for a power of one half', () => {
      expect(verdict('2**0.5', '\\sqrt{2}')).toBe(true);
    });
  });
});
