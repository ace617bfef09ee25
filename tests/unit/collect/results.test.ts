import { describe, expect, test } from 'vitest';
import { majorityVote, passAtK, summarise, versionSeries, type SampleOutcome } from '../../../src/core/collect';

/** pass@k by brute force: the share of all k-subsets of n attempts (c correct) with one correct. */
function passAtKByEnumeration(n: number, c: number, k: number): number {
  let hit = 0, all = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let bits = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) bits++;
    if (bits !== k) continue;
    all++;
    let any = false;
    for (let i = 0; i < c; i++) if (mask & (1 << i)) any = true;
    if (any) hit++;
  }
  return hit / all;
}

function outcome(o: Partial<SampleOutcome> & Pick<SampleOutcome, 'problemId' | 'verdict'>): SampleOutcome {
  return {
    id: `${o.problemId}/${o.attempt ?? 0}/${Math.random()}`, runId: 'r', method: 'lce', attempt: 0, model: 'm1', answer: null, rounds: 1, cells: 0, codeErrors: 0,
    promptTokens: 10, completionTokens: 20, responseChars: 50, stopReason: 'answered', createdAt: '2026-12-02T00:00:00Z', ...o,
  };
}

describe('passAtK', () => {
  describe('should equal the share of k-subsets with a correct attempt', () => {
    for (const [n, c, k] of [[5, 0, 1], [5, 1, 1], [5, 2, 2], [8, 3, 4], [8, 7, 2], [6, 6, 3], [10, 1, 10]]) {
      test(`for n = ${n}, c = ${c}, k = ${k}`, () => {
        expect(passAtK(n!, c!, k!)).toBeCloseTo(passAtKByEnumeration(n!, c!, k!), 12);
      });
    }
  });

  describe('should refuse k above n', () => {
    test('for 3 attempts and k = 4', () => expect(() => passAtK(3, 1, 4)).toThrow(RangeError));
  });
});

describe('majorityVote', () => {
  describe('should group answers the critic finds equal', () => {
    test('for 1/2 and 0.5 outvoting a correct answer', () => {
      expect(majorityVote([{ answer: '1/2', correct: false }, { answer: '0.5', correct: false }, { answer: '3', correct: true }])).toBe(0);
    });

    test('for correct answers written differently', () => {
      expect(majorityVote([{ answer: '\\frac{1}{2}', correct: true }, { answer: '0.5', correct: true }, { answer: '7', correct: false }])).toBe(1);
    });
  });

  describe('should score ties as a random pick would', () => {
    test('for one correct and one wrong answer', () => {
      expect(majorityVote([{ answer: '4', correct: true }, { answer: '5', correct: false }])).toBe(0.5);
    });

    test('for no answers at all', () => {
      expect(majorityVote([{ answer: null, correct: false }])).toBe(0);
    });
  });
});

describe('summarise', () => {
  describe('should give one row per model version and method', () => {
    test('for two problems with 4 attempts each', () => {
      const rows = summarise([
        ...[0, 1, 2, 3].map((a) => outcome({ problemId: 'p1', attempt: a, verdict: a === 0 ? 'correct' : 'wrong', answer: a === 0 ? '5' : '6', cells: 2, codeErrors: a === 1 ? 1 : 0, rounds: 2 })),
        ...[0, 1, 2, 3].map((a) => outcome({ problemId: 'p2', attempt: a, verdict: 'correct', answer: '9', cells: 2, rounds: 2 })),
        outcome({ problemId: 'p1', verdict: 'correct', method: 'cot', model: 'm2', completionTokens: 40 }),
      ]);
      expect(rows).toHaveLength(2);
      const [lce, cot] = rows;
      expect(lce).toMatchObject({ model: 'm1', method: 'lce', problems: 2, samples: 8, judged: 8, correct: 5, accuracy: 5 / 8, meanRounds: 2, codeErrorRate: 1 / 16, totalTokens: 240, meanCompletionTokens: 20, meanResponseChars: 50 });
      expect(lce!.passAtK).toEqual([
        { k: 1, value: (0.25 + 1) / 2 },
        { k: 2, value: (0.5 + 1) / 2 },
        { k: 4, value: 1 },
      ]);
      expect(lce!.majAtK).toEqual({ k: 4, value: 0.5 });
      expect(cot).toMatchObject({ model: 'm2', method: 'cot', accuracy: 1, codeErrorRate: null, majAtK: { k: 1, value: 0 } });
    });

    test('for samples without a reference', () => {
      const [row] = summarise([outcome({ problemId: 'p', verdict: 'unjudged', answer: '3' })]);
      expect(row).toMatchObject({ judged: 0, accuracy: null, passAtK: [], majAtK: null, samples: 1 });
    });
  });

  describe('should put model versions side by side', () => {
    test('for the accuracy and length curves of D0 → D1', () => {
      const rows = summarise([
        outcome({ problemId: 'p', verdict: 'wrong', model: 'D0', completionTokens: 300 }),
        outcome({ problemId: 'p', verdict: 'correct', model: 'D1', completionTokens: 200 }),
      ]);
      expect(versionSeries(rows, 'lce', ['D0', 'D1', 'D2'])).toEqual([
        { model: 'D0', accuracy: 0, meanCompletionTokens: 300, samples: 1 },
        { model: 'D1', accuracy: 1, meanCompletionTokens: 200, samples: 1 },
      ]);
    });
  });
});
