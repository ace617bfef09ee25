import { describe, expect, test } from 'vitest';
import { key } from '../../../src/core/critic/ast';
import { exact } from '../../../src/core/critic/numeric';
import { normalise } from '../../../src/core/critic/normalise';
import { ratToString } from '../../../src/core/critic/rational';
import { parseValue } from '../../../src/core/critic/value';

function read(text: string) {
  return parseValue(normalise(text));
}

function expectScalar(text: string, value: string): void {
  const v = read(text);
  expect(v.k, text).toBe('scalar');
  if (v.k === 'scalar') expect(exact(v.node) && ratToString(exact(v.node)!), text).toBe(value);
}

describe('parseValue', () => {
  describe('should read ratios and computations as values', () => {
    test('for a ratio, bare or labelled', () => {
      expectScalar('3:2', '3/2');
      expectScalar('S_1 : S_2 = 5 : 9', '5/9');
    });
    test('for a chain of equal computations, its last value', () => {
      expectScalar('12 + 30 = 42', '42');
      expectScalar('39200 + 56000 = 95200', '95200');
    });
  });
  describe('should read named values and relations', () => {
    test('for a name, a function value and a relation between unknowns', () => {
      expect(read('x = 7')).toMatchObject({ k: 'eq', name: 'x' });
      expect(read('f(2) = 3')).toMatchObject({ k: 'eq', name: 'f(2)' });
      const rel = read('2a + b = 7');
      expect(rel).toMatchObject({ k: 'eq', name: '2a+b' });
      expect(rel.k === 'eq' && rel.lhs && key(rel.lhs)).toBe('((2/1 mul a) add b)');
    });
    test('for an equation with unknowns on both sides', () => {
      expect(read('x^2 + y^2 = 2x').k).toBe('equation');
    });
  });
  describe('should read solutions separated by semicolons as a list of systems', () => {
    test('for two labelled pairs', () => {
      const v = read('a=3, b=1; a=1, b=3');
      expect(v.k === 'seq' && v.items.map((i) => i.k === 'seq' && i.items.length)).toEqual([2, 2]);
    });
  });
  describe('should read sets, matrices and transposes', () => {
    test('for a union of finite sets', () => {
      const v = read('\\{1,4\\}\\cup\\{6\\}');
      expect(v.k === 'seq' && v.open === '{' && v.items.length).toBe(3);
    });
    test('for a transposed matrix and a matrix in brackets', () => {
      const t = read('\\begin{pmatrix}1 & 2\\\\3 & 4\\end{pmatrix}^T');
      expect(t.k === 'matrix' && t.rows.map((r) => r.map((c) => (c.k === 'scalar' ? key(c.node) : '?')))).toEqual([['1/1', '3/1'], ['2/1', '4/1']]);
      expect(read('\\left(\\begin{array}{cc}1 & 2\\\\3 & 4\\end{array}\\right)').k).toBe('matrix');
    });
    test('for a determinant, which is not a matrix', () => {
      expect(read('\\begin{vmatrix}1 & 2\\\\3 & 4\\end{vmatrix}').k).not.toBe('matrix');
    });
  });
});
