import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

interface Pair {
  id: string;
  pred: string;
  gold: string;
  question?: string;
  label: boolean;
  kind: string;
}

const pairs = readFileSync(new URL('../../fixtures/critic/pairs.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Pair);

describe('judgeByRules', () => {
  describe('should reach the accuracy goal on the labelled corpus', () => {
    test('for every pair in tests/fixtures/critic/pairs.jsonl', () => {
      let correct = 0;
      const falseYes: string[] = [];
      const falseNo: string[] = [];
      for (const p of pairs) {
        const said = judgeByRules(p.pred, p.gold, { question: p.question }).equal === true;
        if (said === p.label) correct++;
        else (said ? falseYes : falseNo).push(p.id);
      }
      const accuracy = correct / pairs.length;
      console.info(`critic corpus: ${pairs.length} pairs, accuracy ${accuracy.toFixed(4)}, false YES ${falseYes.length} [${falseYes.join(' ')}], false NO ${falseNo.length} [${falseNo.join(' ')}]`);
      expect(falseYes.length).toBeLessThanOrEqual(1);
      expect(accuracy).toBeGreaterThanOrEqual(0.97);
    });
    test('for a corpus of at least 300 pairs with about 40% non-matching', () => {
      expect(pairs.length).toBeGreaterThanOrEqual(300);
      const negatives = pairs.filter((p) => !p.label).length / pairs.length;
      expect(negatives).toBeGreaterThan(0.3);
    });
  });
});
