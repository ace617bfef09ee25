import { describe, expect, test } from 'vitest';
import { drawPairs, planPairs, planSingles, splitOf, type PlanOptions } from '../../../src/core/dataset/plan';
import { summary } from './support/summaries';

const options: PlanOptions = { seed: 0, dedupeThreshold: 0.9, evalFraction: 0, pairs: { strategy: 'one-per-prompt', cap: 4 }, autocode: { alpha: 0.5 } };
const ids = (pairs: [{ id: string }, { id: string }][]) => pairs.map(([c, r]) => `${c.id}>${r.id}`);

describe('drawPairs', () => {
  const correct = [summary('c1', { chars: 300 }), summary('c2', { chars: 100 }), summary('c3', { chars: 200 })];
  const wrong = [summary('w1', { verdict: false, chars: 50 }), summary('w2', { verdict: false, chars: 250 })];

  describe('should pair correct with wrong responses of one prompt', () => {
    test('for one pair per prompt (the first of each, in rank order)', () => {
      expect(ids(drawPairs(correct, wrong, { strategy: 'one-per-prompt', cap: 9 }))).toEqual(['c1>w1']);
    });

    test('for all pairs up to a cap, spreading distinct responses first', () => {
      expect(ids(drawPairs(correct, wrong, { strategy: 'all', cap: 3 }))).toEqual(['c1>w1', 'c1>w2', 'c2>w1']);
      expect(drawPairs(correct, wrong, { strategy: 'all', cap: 99 })).toHaveLength(6);
    });

    test('for length control: shortest correct first, each against a wrong one at least as long', () => {
      // c2 (100) takes w2 (250, the closest not shorter); c3 (200) has only w1 left, shorter, so takes it.
      expect(ids(drawPairs(correct, wrong, { strategy: 'length-controlled', cap: 2 }))).toEqual(['c2>w2', 'c3>w1']);
    });

    test('for a prompt with no wrong response', () => {
      expect(drawPairs(correct, [], { strategy: 'all', cap: 4 })).toEqual([]);
    });
  });
});

describe('planPairs', () => {
  describe('should give the same pairs whatever order the samples arrive in', () => {
    test('for a shuffled merge of the same samples', () => {
      const all = ['a', 'b', 'c', 'd', 'e'].map((id, i) => summary(id, { verdict: i % 2 === 0 }));
      const one = planPairs(all, options).records;
      const two = planPairs([...all].reverse(), options).records;
      expect(two).toEqual(one);
      expect(one).toHaveLength(1);
    });
  });

  describe('should never pair responses of different prompts', () => {
    test('for a correct answer to one prompt and a wrong answer to another', () => {
      const plan = planPairs([summary('c', { promptId: 'p1' }), summary('w', { promptId: 'p2', verdict: false })], options);
      expect(plan.records).toEqual([]);
      expect(plan.unusedGroups).toBe(2);
    });
  });
});

describe('planSingles', () => {
  describe('should drop near-duplicates within a prompt', () => {
    test('for two responses differing only in case and spacing', () => {
      const plan = planSingles([summary('a', { text: 'The answer is  42, since 6 times 7 is 42.' }), summary('b', { text: 'the answer is 42, since 6 times 7 is 42.' })], () => true, options);
      expect(plan.records).toHaveLength(1);
      expect(plan.nearDuplicates).toBe(1);
    });

    test('for the same texts with de-duplication turned off', () => {
      const same = { text: 'The answer is 42.' };
      expect(planSingles([summary('a', same), summary('b', same)], () => true, { ...options, dedupeThreshold: null }).records).toHaveLength(2);
    });

    test('for the same text answering two different prompts (both kept)', () => {
      const same = { text: 'The answer is 42.' };
      expect(planSingles([summary('a', same), summary('b', { ...same, promptId: 'p2' })], () => true, options).records).toHaveLength(2);
    });
  });
});

describe('splitOf', () => {
  describe('should split by problem, stably', () => {
    test('for a key in the lower part of the hash range', () => {
      expect(splitOf('10000000ffff', 0.1)).toBe('eval');
      expect(splitOf('f0000000ffff', 0.1)).toBe('train');
      expect(splitOf('00000000ffff', 0)).toBe('train');
    });
  });
});
