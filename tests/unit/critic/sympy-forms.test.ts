import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

const rows = readFileSync(new URL('../../fixtures/critic/sympy-forms.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; pred: string; gold: string; label: boolean });

describe('judgeByRules', () => {
  describe('should read sympy\'s own printing of real reference answers', () => {
    test('for str, latex, simplified and decimal forms, and perturbed values', () => {
      const falseYes = rows.filter((r) => r.label === false && judgeByRules(r.pred, r.gold).equal === true).map((r) => r.id);
      const falseNo = rows.filter((r) => r.label === true && judgeByRules(r.pred, r.gold).equal !== true).map((r) => r.id);
      expect(falseYes).toEqual([]);
      expect(falseNo.length / rows.length).toBeLessThan(0.01);
    });
  });
});
