import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { root, type Rat } from '../../../src/core/critic/rational';

const r = (n: bigint, d = 1n): Rat => ({ n, d });

/** An exact square root needs both the numerator and the denominator to be squares. */
describe('root', () => {
  test('should take the square root of a fraction of two squares', () => {
    expect(root(r(9n, 4n), 2n)).toEqual(r(3n, 2n));
  });
  test('should give no square root when only the numerator is a square', () => {
    expect(root(r(1n, 2n), 2n)).toBe(null);
    expect(root(r(9n, 8n), 2n)).toBe(null);
  });
});

describe('judgeByRules on a square root of a fraction', () => {
  test('should not call the square root of one half one', () => {
    const { equal, method, reason } = judgeByRules('\\sqrt{\\frac{1}{2}}', '1');
    expect({ equal, method, reason }).toEqual({ equal: false, method: 'numeric', reason: '0.7071067812 is not 1.' });
  });
});
