import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { readCorpus, score } from '../../fixtures/critic/corpus';

const pairs = readCorpus('pairs.jsonl');

describe('judgeByRules', () => {
  describe('should reach the accuracy goal on the labelled corpus', () => {
    test('for every pair in tests/fixtures/critic/pairs.jsonl, a NO counted only when it is a NO', () => {
      const s = score(pairs, pairs.map((p) => judgeByRules(p.pred, p.gold, { question: p.question })));
      console.info(`critic corpus: ${s.pairs} pairs, accuracy ${s.accuracy.toFixed(4)}, false YES ${s.falseYes.length} [${s.falseYes.join(' ')}], false NO ${s.falseNo.length} [${s.falseNo.join(' ')}], undecided instead of NO ${s.undecidedNo.length} [${s.undecidedNo.join(' ')}]`);
      expect(s.falseYes.length).toBeLessThanOrEqual(1);
      expect(s.accuracy).toBeGreaterThanOrEqual(0.97);
    });
    test('for a corpus of at least 300 pairs with about 40% non-matching', () => {
      expect(pairs.length).toBeGreaterThanOrEqual(300);
      const negatives = pairs.filter((p) => !p.label).length / pairs.length;
      expect(negatives).toBeGreaterThan(0.3);
    });
  });
});
