import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

const pairs = readFileSync(new URL('../../fixtures/critic/pairs.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { pred: string; gold: string });

/** Deterministic pseudo-random generator so failures reproduce. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function expectVerdictShape(pred: string, gold: string): void {
  const v = judgeByRules(pred, gold);
  expect([true, false, null]).toContain(v.equal);
  expect(typeof v.reason).toBe('string');
  expect(judgeByRules(pred, gold)).toEqual(v);
}

describe('judgeByRules', () => {
  describe('should never throw and always give the same verdict', () => {
    test('for every corpus answer against every kind of reference', () => {
      const next = lcg(7);
      for (let k = 0; k < 1500; k++) {
        const a = pairs[Math.floor(next() * pairs.length)]!;
        const b = pairs[Math.floor(next() * pairs.length)]!;
        expectVerdictShape(a.pred, b.gold);
      }
    });
    test('for truncated and spliced strings', () => {
      const next = lcg(11);
      const alphabet = ['\\frac{', '}', '{', '(', ')', '[', ']', '\\sqrt', '^', '_', '\\', ',', '=', '\\left(', '\\right)', '1', 'x', '\\pi', '%', '$', '\\boxed{', '```output\n', '.', '-', '\\infty', '\\cup', 'or', ' '];
      for (let k = 0; k < 1500; k++) {
        let s = '';
        const len = 1 + Math.floor(next() * 12);
        for (let j = 0; j < len; j++) s += alphabet[Math.floor(next() * alphabet.length)];
        expectVerdictShape(s, '1');
        expectVerdictShape('1', s);
      }
    });
  });
});
