import { describe, expect, test } from 'vitest';
import type { Node } from '../../../src/core/critic/ast';
import { key } from '../../../src/core/critic/ast';
import { exact } from '../../../src/core/critic/numeric';
import { ratToString } from '../../../src/core/critic/rational';
import { normalise } from '../../../src/core/critic/normalise';
import { parseValue, type Value } from '../../../src/core/critic/value';

/** An end as its exact value (`-1`, `5/2`), or ±oo. */
function end(n: Node): string {
  const r = exact(n);
  return r ? ratToString(r) : key(n).replace('-(oo)', '-oo');
}

/** An interval or union as text, `[a, b)`, parts joined by ∪. */
function show(v: Value): string {
  if (v.k === 'interval') return `${v.loClosed ? '[' : '('}${end(v.lo)}, ${end(v.hi)}${v.hiClosed ? ']' : ')'}`;
  if (v.k === 'union') return v.parts.map(show).join(' ∪ ');
  return `not an interval: ${v.k}`;
}

function expectSet(text: string, set: string): void {
  expect(show(parseValue(normalise(text))), text).toBe(set);
}

describe('parseValue', () => {
  describe('should read inequalities as intervals', () => {
    test('for both directions and ASCII forms', () => {
      expectSet('x \\geq 7', '[7, oo)');
      expectSet('x >= 7', '[7, oo)');
      expectSet('7 \\le x', '[7, oo)');
      expectSet('x =< -1', '(-oo, -1]');
    });
    test('for linear inequalities, flipped when dividing by a negative', () => {
      expectSet('-x > -2', '(-oo, 2)');
      expectSet('2x + 1 < 7', '(-oo, 3)');
      expectSet('3 - x \\le 1', '[2, oo)');
    });
    test('for chains', () => {
      expectSet('-1 \\le x < 4', '[-1, 4)');
      expectSet('-1 < 2x + 1 \\le 5', '(-1, 2]');
    });
    test('for absolute values', () => {
      expectSet('|x| < 3', '(-3, 3)');
      expectSet('|x - 1| > 2', '(-oo, -1) ∪ (3, oo)');
      expectSet('|2x+1| \\le 5', '[-3, 2]');
    });
    test('for points left out', () => {
      expectSet('x \\neq 3', '(-oo, 3) ∪ (3, oo)');
      expectSet('\\mathbb{R} \\setminus \\{0, 1\\}', '(-oo, 0) ∪ (0, 1) ∪ (1, oo)');
    });
    test('for conditions on one variable listed together', () => {
      expectSet('a \\neq 0, a \\neq 1', '(-oo, 0) ∪ (0, 1) ∪ (1, oo)');
      expectSet('x > 1, x < 5', '(1, 5)');
      expectSet('x < -1, x > 1', '(-oo, -1) ∪ (1, oo)');
    });
    test('for bounds on a function value', () => {
      const v = parseValue(normalise('-1 < g(x) < 3'));
      expect(show(v)).toBe('(-1, 3)');
      expect(v).toMatchObject({ variable: 'g(x)' });
    });
  });
  describe('should leave alone what is not an inequality in one variable', () => {
    test('for two variables and a quadratic', () => {
      expect(parseValue(normalise('x + y > 2')).k).not.toBe('interval');
      expect(parseValue(normalise('x^2 < 4')).k).not.toBe('interval');
    });
  });
});
