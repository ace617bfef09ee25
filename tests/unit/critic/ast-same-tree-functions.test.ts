import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import type { Node } from '../../../src/core/critic/ast';
import { sameTree } from '../../../src/core/critic/ast';
import { parseExpr } from '../../../src/core/critic/parse';

/** sameTree: two applications are the same tree only when the function and every argument are the same. */
const node = (t: string) => parseExpr(t)!;
const x: Node = { t: 'sym', name: 'x' };
const y: Node = { t: 'sym', name: 'y' };
const f = (...args: Node[]): Node => ({ t: 'fn', name: 'f', args });

describe('sameTree', () => {
  describe('should tell apart different functions of the same argument', () => {
    test('for sin x and cos x', () => {
      expect(sameTree(node('\\sin x'), node('\\cos x'))).toBe(false);
    });
    test('for the same function and argument', () => {
      expect(sameTree(node('\\sin x'), node('\\sin x'))).toBe(true);
    });
  });

  describe('should tell apart applications with more arguments', () => {
    test('for f(x) and f(x, y)', () => {
      expect(sameTree(f(x), f(x, y))).toBe(false);
    });
    test('for f(x, y) and f(x, y)', () => {
      expect(sameTree(f(x, y), f(x, y))).toBe(true);
    });
  });
});

describe('judgeByRules', () => {
  describe('should not take different functions of the same argument for the same expression', () => {
    test('for sin x against cos x', () => {
      expect(judgeByRules('\\sin x', '\\cos x').equal).toBe(false);
    });
    test('for sin 2 against cos 2', () => {
      expect(judgeByRules('\\sin 2', '\\cos 2').equal).toBe(false);
    });
  });
});
