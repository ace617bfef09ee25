import { describe, expect, test } from 'vitest';
import { checkRun, parseSampleId, planRun, sampleIdOf, seedFor } from '../../../src/core/collect';
import { runSpec, sums } from './support';

describe('planRun', () => {
  describe('should list every attempt once, problem by problem', () => {
    test('for 2 problems × 2 methods × k = 2', () => {
      const plan = planRun(runSpec(), sums(2));
      expect(plan.map((p) => p.id)).toEqual([
        'run-1/sum#0/lce/0', 'run-1/sum#0/cot/0', 'run-1/sum#0/lce/1', 'run-1/sum#0/cot/1',
        'run-1/sum#1/lce/0', 'run-1/sum#1/cot/0', 'run-1/sum#1/lce/1', 'run-1/sum#1/cot/1',
      ]);
      expect(new Set(plan.map((p) => p.seed)).size).toBe(8);
    });
  });

  describe('should give each attempt a seed of its own identity', () => {
    test('for a problem set that was reordered and grown', () => {
      const before = planRun(runSpec(), sums(3));
      const after = planRun(runSpec(), [...sums(4)].reverse());
      for (const p of before) expect(after.find((q) => q.id === p.id)?.seed).toBe(p.seed);
    });

    test('for another base seed', () => {
      expect(seedFor(1, 'p', 'lce', 0)).not.toBe(seedFor(2, 'p', 'lce', 0));
      expect(seedFor(1, 'p', 'lce', 0)).toBe(seedFor(1, 'p', 'lce', 0));
      expect(seedFor(1, 'p', 'lce', 0)).toBeLessThanOrEqual(0x7fffffff);
    });
  });
});

describe('parseSampleId', () => {
  describe('should read back what sampleIdOf wrote', () => {
    test.each([['sum#1'], ['minerva/test/12'], ['a/lce/0'], ['with space']])('for the problem id %s', (problemId) => {
      expect(parseSampleId(sampleIdOf('run-1', problemId, 'cot', 12))).toEqual({ runId: 'run-1', problemId, method: 'cot', attempt: 12 });
    });
  });

  describe('should refuse other ids', () => {
    test.each([['s1'], ['run/p/lce'], ['run/p/poetry/0'], ['run/p/lce/01'], ['run/p/lce/-1'], ['run//lce/0']])('for %s', (id) => {
      expect(parseSampleId(id)).toBeNull();
    });
  });
});

describe('checkRun', () => {
  describe('should say what is wrong before a run starts', () => {
    test.each([
      [{ id: 'a/b' }, 'The run id "a/b" must be 1–64 letters, digits, ".", "-" or "_".'],
      [{ methods: [] }, 'Choose at least one method.'],
      [{ methods: ['lce', 'lce'] }, 'Each method may be chosen once.'],
      [{ k: 2.5 }, 'k must be a whole number from 1 to 1024, got 2.5.'],
      [{ sampling: { temperature: 3, topP: 1, seed: 0 } }, 'Temperature must be between 0 and 2, got 3.'],
      [{ sampling: { temperature: 1, topP: 0, seed: 0 } }, 'Top-p must be above 0 and at most 1, got 0.'],
    ] as const)('for %j', (overrides, sentence) => {
      expect(checkRun(runSpec(overrides as never), sums(1))).toBe(sentence);
    });

    test('for a problem set with a repeated id or no problems', () => {
      expect(checkRun(runSpec(), [...sums(2), sums(1)[0]!])).toMatch(/^The problem id "sum#0" appears twice/);
      expect(checkRun(runSpec(), [])).toBe('The problem set is empty.');
      expect(checkRun(runSpec(), sums(2))).toBeNull();
    });
  });
});
