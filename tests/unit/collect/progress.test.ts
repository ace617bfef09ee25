import { describe, expect, test } from 'vitest';
import { addOutcome, samplesPerMinute, startProgress, viewProgress, type SampleOutcome } from '../../../src/core/collect';

function outcome(method: SampleOutcome['method'], verdict: SampleOutcome['verdict']): SampleOutcome {
  return { id: Math.random().toString(), runId: 'r', problemId: 'p', method, attempt: 0, model: 'm', verdict, answer: '1', rounds: 1, cells: 0, codeErrors: 0, promptTokens: 0, completionTokens: 0, responseChars: 0, stopReason: 'answered', createdAt: '' };
}

describe('progress', () => {
  describe('should count stored samples as done but not in the rate', () => {
    test('for a resumed run with 3 stored of 10', () => {
      const state = startProgress(10, [outcome('lce', 'correct'), outcome('lce', 'wrong'), outcome('cot', 'unjudged')], 0);
      const view = viewProgress(state, 1000, [], null);
      expect(view).toMatchObject({ done: 3, total: 10, madeNow: 0, samplesPerMinute: null, etaSeconds: null, engineBusyFraction: null });
      expect(view.perMethod).toEqual({ lce: { done: 2, judged: 2, correct: 1, accuracy: 0.5 }, cot: { done: 1, judged: 0, correct: 0, accuracy: null } });
    });
  });

  describe('should give the rate and the time left', () => {
    test('for 2 samples made in the first 30 s of a 10-sample run', () => {
      let state = startProgress(10, [], 0);
      state = addOutcome(state, outcome('lce', 'correct'), { made: true, at: 10_000 });
      state = addOutcome(state, outcome('lce', 'correct'), { made: true, at: 30_000 });
      expect(samplesPerMinute(state)).toBe(4);
      expect(viewProgress(state, 30_000, [], 15_000)).toMatchObject({ done: 2, samplesPerMinute: 4, etaSeconds: 120, engineBusyFraction: 0.5 });
    });

    test('for a run that sped up: the rate follows the last 20 samples', () => {
      let state = startProgress(100, [], 0);
      for (let i = 1; i <= 10; i++) state = addOutcome(state, outcome('cot', 'wrong'), { made: true, at: i * 60_000 });
      for (let i = 1; i <= 20; i++) state = addOutcome(state, outcome('cot', 'wrong'), { made: true, at: 600_000 + i * 1000 });
      expect(samplesPerMinute(state)).toBeCloseTo(60, 6);
    });

    test('for a finished run: no time left', () => {
      const state = addOutcome(startProgress(1, [], 0), outcome('cot', 'wrong'), { made: true, at: 5 });
      expect(viewProgress(state, 5, [], 5).etaSeconds).toBe(0);
    });
  });
});
