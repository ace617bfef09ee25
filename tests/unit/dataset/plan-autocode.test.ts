import { describe, expect, test } from 'vitest';
import { planAutoCode } from '../../../src/core/dataset/plan-autocode';
import { summary } from './support/summaries';

const rollouts = [
  summary('k1', { methodology: 'code', verdict: true }),
  summary('k2', { methodology: 'code', verdict: true }),
  summary('k3', { methodology: 'code', verdict: false }),
  summary('c1', { method: 'cot', methodology: 'cot', verdict: false }),
  summary('c2', { method: 'cot', methodology: 'cot', verdict: true }),
  summary('a1', { method: 'auto', methodology: 'cot', autoChoice: 'cot', verdict: false }),
  // A switched auto rollout counts for the prior (its first choice), not for either estimate.
  summary('a2', { method: 'auto', methodology: null, autoChoice: 'code', verdict: true }),
  summary('a3', { method: 'auto', methodology: null, autoChoice: 'code', verdict: null }),
  summary('u', { verdict: null }),
];

describe('planAutoCode', () => {
  describe('should estimate Q(x, m) by Monte Carlo from judged rollouts', () => {
    test('for code (2 of 3) and cot (1 of 3, the auto rollout that reasoned included)', () => {
      const p = planAutoCode(rollouts, { alpha: 0.5 }, 0);
      expect(p.estimates).toEqual({ code: { q: 2 / 3, successes: 2, rollouts: 3 }, cot: { q: 1 / 3, successes: 1, rollouts: 3 } });
      expect(p.rollouts.map((s) => s.id)).toEqual(['k1', 'k2', 'k3', 'c1', 'c2', 'a1']);
    });
  });

  describe('should weigh the prior by exp(Q / α)', () => {
    test('for a prior from three auto choices (one cot, two code), add-one smoothed', () => {
      const p = planAutoCode(rollouts, { alpha: 0.5 }, 0);
      expect(p.prior).toMatchObject({ cot: 2 / 5, code: 3 / 5, source: 'auto-rollouts', choices: { cot: 1, code: 2 } });
      const wc = (2 / 5) * Math.exp(1 / 3 / 0.5);
      const wk = (3 / 5) * Math.exp(2 / 3 / 0.5);
      expect(p.reference!.code).toBeCloseTo(wk / (wc + wk), 12);
      expect(p.reference!.cot + p.reference!.code).toBeCloseTo(1, 12);
    });

    test('for a tiny α, without overflowing', () => {
      const p = planAutoCode(rollouts, { alpha: 1e-6 }, 0);
      expect(p.reference).toEqual({ cot: 0, code: 1 });
      expect(p.decision).toBe('code');
    });

    test('for a uniform prior when the model never chose under auto', () => {
      const p = planAutoCode(rollouts.filter((s) => s.method !== 'auto'), { alpha: 1 }, 0);
      expect(p.prior).toMatchObject({ cot: 0.5, code: 0.5, source: 'uniform' });
    });
  });

  describe('should draw the reference decision reproducibly', () => {
    test('for the same seed (same decision) and across seeds (both methods drawn)', () => {
      const decisions = new Set<string | null>();
      for (let seed = 0; seed < 40; seed++) {
        const a = planAutoCode(rollouts, { alpha: 1 }, seed);
        expect(planAutoCode(rollouts, { alpha: 1 }, seed)).toEqual(a);
        expect(a.draw! < a.reference!.cot).toBe(a.decision === 'cot');
        decisions.add(a.decision);
      }
      expect(decisions).toEqual(new Set(['cot', 'code']));
    });
  });

  describe('should pick the rollouts the synthesized responses are made of', () => {
    test('for a code decision: a code success, and a cot failure before it', () => {
      const p = planAutoCode(rollouts, { alpha: 1e-6 }, 0);
      expect(p.exploratory?.id).toBe('k1');
      expect(p.reflective).toEqual({ failed: expect.objectContaining({ id: 'c1' }), succeeded: expect.objectContaining({ id: 'k1' }) });
    });

    test('for a problem with one methodology only (no reference strategy)', () => {
      const p = planAutoCode(rollouts.filter((s) => s.methodology === 'code'), { alpha: 1 }, 0);
      expect(p).toMatchObject({ reference: null, decision: null, exploratory: null, reflective: null });
    });
  });
});
