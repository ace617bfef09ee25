/**
 * AutoCode4Math's E-step over collected rollouts, per problem x:
 *   Q(x, m)   — Monte-Carlo success rate of methodology m ∈ {cot, code}, with its counts;
 *   prior(m|x) — how often the model itself picks m under `auto` (add-one smoothed), or uniform;
 *   π*(m|x)   ∝ prior(m|x) · exp(Q(x, m) / α), and a reference decision m* sampled from it;
 * then which rollouts make the synthesized responses: self-exploratory (a success that follows m*)
 * and self-reflective (a failure with the other method, then a success with m*).
 */
import { fnv1a } from './fingerprint';
import type { SampleSummary } from './summary';

export type Methodology = 'cot' | 'code';

export interface AutoCodeOptions {
  /** Temperature α of the reference strategy: small α follows Q closely, large α the prior. */
  alpha: number;
}

export interface Estimate {
  /** Successes / rollouts, or null without rollouts. */
  q: number | null;
  successes: number;
  rollouts: number;
}

export interface AutoCodePlan {
  problemKey: string;
  alpha: number;
  estimates: Record<Methodology, Estimate>;
  prior: Record<Methodology, number> & { source: 'auto-rollouts' | 'uniform'; choices: Record<Methodology, number> };
  /** π*(m|x), or null when one methodology has no judged rollout (nothing to compare). */
  reference: Record<Methodology, number> | null;
  decision: Methodology | null;
  /** The uniform draw that chose `decision` (reproducible from the seed and the problem key). */
  draw: number | null;
  exploratory: SampleSummary | null;
  reflective: { failed: SampleSummary; succeeded: SampleSummary } | null;
  /** Every rollout counted in the estimates. */
  rollouts: SampleSummary[];
  /** The samples the record must load: one for the question, plus the responses'. */
  uses: SampleSummary[];
}

/** mulberry32: a tiny seeded PRNG, so a decision is the same on every machine. */
function uniform(seed: number): number {
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}

/** Plans one problem from its judged rollouts, given in rank order. */
export function planAutoCode(group: readonly SampleSummary[], options: AutoCodeOptions, seed: number): AutoCodePlan {
  const rollouts = group.filter((s) => s.verdict !== null && s.methodology !== null);
  const estimate = (m: Methodology): Estimate => {
    const of = rollouts.filter((s) => s.methodology === m);
    const successes = of.filter((s) => s.verdict === true).length;
    return { q: of.length > 0 ? successes / of.length : null, successes, rollouts: of.length };
  };
  const estimates = { cot: estimate('cot'), code: estimate('code') };
  const choices = { cot: 0, code: 0 };
  for (const s of group) if (s.autoChoice) choices[s.autoChoice]++;
  const n = choices.cot + choices.code;
  const prior = n > 0
    ? { cot: (choices.cot + 1) / (n + 2), code: (choices.code + 1) / (n + 2), source: 'auto-rollouts' as const, choices }
    : { cot: 0.5, code: 0.5, source: 'uniform' as const, choices };

  let reference: Record<Methodology, number> | null = null;
  let decision: Methodology | null = null;
  let draw: number | null = null;
  const qc = estimates.cot.q;
  const qk = estimates.code.q;
  if (qc !== null && qk !== null) {
    // Subtract the larger exponent first: exp(Q/α) overflows for small α.
    const top = Math.max(qc, qk) / options.alpha;
    const wc = prior.cot * Math.exp(qc / options.alpha - top);
    const wk = prior.code * Math.exp(qk / options.alpha - top);
    reference = { cot: wc / (wc + wk), code: wk / (wc + wk) };
    draw = uniform((seed ^ fnv1a(group[0]!.problemKey)) >>> 0);
    decision = draw < reference.cot ? 'cot' : 'code';
  }

  const success = (m: Methodology) => rollouts.find((s) => s.methodology === m && s.verdict === true) ?? null;
  const failure = (m: Methodology) => rollouts.find((s) => s.methodology === m && s.verdict === false) ?? null;
  const exploratory = decision ? success(decision) : null;
  const failed = decision ? failure(decision === 'cot' ? 'code' : 'cot') : null;
  const reflective = exploratory && failed ? { failed, succeeded: exploratory } : null;
  const uses = [...new Set([group[0]!, ...(exploratory ? [exploratory] : []), ...(failed ? [failed] : [])])];
  return { problemKey: group[0]!.problemKey, alpha: options.alpha, estimates, prior, reference, decision, draw, exploratory, reflective, rollouts, uses };
}
