/**
 * The exported helpers of critic/intervals.ts on inputs the verdict tests cannot tell apart: what they
 * return for sets that are not unions of intervals, empty and one-part lists, and the order of parts.
 */
import { describe, expect, test } from 'vitest';
import type { Node } from '../../../src/core/critic/ast';
import { key } from '../../../src/core/critic/ast';
import { conditions, fromIntervals, intervalsOf, solveInequality, type Interval } from '../../../src/core/critic/intervals';
import { normalise } from '../../../src/core/critic/normalise';
import { exact } from '../../../src/core/critic/numeric';
import { ratToString } from '../../../src/core/critic/rational';
import { parseValue, type Value } from '../../../src/core/critic/value';

const read = (text: string): Value => parseValue(normalise(text));
const x: Node = { t: 'sym', name: 'x' };
const num = (n: bigint): Node => ({ t: 'num', v: { n, d: 1n }, approx: false, text: String(n) });

/** The parts of an interval or union in the order they are stored, as `(lo, hi]` text. */
function parts(v: Value | null): string[] {
  const at = (n: Node) => (exact(n) ? ratToString(exact(n)!) : key(n));
  const one = (i: Interval) => `${i.loClosed ? '[' : '('}${at(i.lo)}, ${at(i.hi)}${i.hiClosed ? ']' : ')'}`;
  if (!v) return [];
  return v.k === 'interval' ? [one(v)] : v.k === 'union' ? v.parts.map((p) => parts(p)).flat() : [`not a set: ${v.k}`];
}

describe('intervals helpers', () => {
  describe('intervalsOf', () => {
    // (0, 1] ∪ {3} has an isolated point: it is not a union of intervals.
    test('should give null for a union with a part that is not an interval', () => {
      const v = read('(0, 1] \\cup \\{3\\}');
      expect(v.k).toBe('union');
      expect(intervalsOf(v)).toBe(null);
    });
  });

  describe('fromIntervals', () => {
    test('should give null for no intervals (the empty set is not an interval)', () => {
      expect(fromIntervals([], 'x')).toBe(null);
    });
    test('should give the interval itself for one interval, not a union of one', () => {
      const one = read('x > 1') as Interval;
      expect(fromIntervals([one], 'x')).toBe(one);
    });
  });

  describe('solveInequality', () => {
    // `f(x, y) > 0` bounds a function of two variables, not the value f(x).
    test('should give null for a function value with two arguments', () => {
      const side: Node = { t: 'fn', name: 'apply_f', args: [x, { t: 'sym', name: 'y' }] };
      expect(solveInequality(side, '>', num(0n))).toBe(null);
    });
    // |1 - x| > 2 is x > 3 or x < -1: the parts come out lowest first.
    test('should order the two parts of |u| > c from the left when u decreases', () => {
      const side: Node = { t: 'fn', name: 'abs', args: [{ t: 'sub', a: num(1n), b: x }] };
      expect(parts(solveInequality(side, '>', num(2n)))).toEqual(['(-(oo), -1)', '(3, oo)']);
    });
  });

  describe('conditions', () => {
    test('should give null for a single condition (a list has two or more)', () => {
      expect(conditions([read('x > 1')])).toBe(null);
    });
    // x > 1, x < -1 cannot both hold: either, lowest part first whatever the written order.
    test('should order the parts of an either-or reading from the left', () => {
      expect(parts(conditions([read('x > 1'), read('x < -1')]))).toEqual(['(-(oo), -1)', '(1, oo)']);
    });
    // Each later condition is intersected with the first once: the first's own parts are not
    // intersected with each other (overlapping parts would multiply into (1, 2) twice).
    test('should keep the parts of a first condition whose parts overlap', () => {
      const first: Value = { ...(read('(-\\infty, 2) \\cup (1, \\infty)') as Extract<Value, { k: 'union' }>), variable: 'x' };
      const all: Value = { ...(read('\\mathbb{R}') as Interval), variable: 'x' };
      expect(parts(conditions([first, all]))).toEqual(['(-(oo), 2)', '(1, oo)']);
    });
  });
});
