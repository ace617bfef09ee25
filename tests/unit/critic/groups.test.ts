import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { readCorpus, score } from '../../fixtures/critic/corpus';

const pairs = readCorpus('groups.jsonl');
const groups = [...new Set(pairs.map((p) => p.group!))];

describe('judgeByRules', () => {
  describe('should judge answers as models and datasets write them (issue 16), group by group', () => {
    test.each(groups)('for the group %s', (group) => {
      const mine = pairs.filter((p) => p.group === group);
      const s = score(mine, mine.map((p) => judgeByRules(p.pred, p.gold, { question: p.question })));
      const wrong = [...s.falseYes.map((id) => `${id} (false YES)`), ...s.falseNo.map((id) => `${id} (false NO)`), ...s.undecidedNo.map((id) => `${id} (undecided)`)];
      expect(s.falseYes, wrong.join(', ')).toEqual([]);
      expect(s.accuracy, wrong.join(', ')).toBeGreaterThanOrEqual(0.97);
    });
    test('for the whole set: at most one false YES per 200 pairs', () => {
      const s = score(pairs, pairs.map((p) => judgeByRules(p.pred, p.gold, { question: p.question })));
      expect(s.falseYes.length).toBeLessThanOrEqual(Math.floor(pairs.length / 200));
      expect(s.accuracy).toBeGreaterThanOrEqual(0.97);
    });
    test('for a corpus with every group of the issue and both verdicts in each', () => {
      expect(groups.sort()).toEqual(['choices', 'computed', 'not-a-number', 'notation', 'ordered-lists', 'prose', 'ratios-labels', 'relation-reference', 'relations', 'several-answers', 'symbolic', 'text']);
      for (const group of groups) {
        const labels = new Set(pairs.filter((p) => p.group === group).map((p) => p.label));
        expect(labels.size, group).toBe(2);
      }
    });
  });
});
