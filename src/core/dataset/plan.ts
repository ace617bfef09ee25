/**
 * Planning: from summaries to the list of records an export will write, each naming the samples
 * it is made of. Pure and deterministic — the order samples arrive in (one browser or a merge of
 * several) changes nothing: groups are keyed by SHA-256 ids and members ordered by a seeded rank.
 */
import { byRank } from './fingerprint';
import { planAutoCode, type AutoCodeOptions, type AutoCodePlan } from './plan-autocode';
import { distinct } from './dedupe';
import type { SampleSummary } from './summary';

export type Split = 'train' | 'eval';

/** How preference pairs are drawn from one prompt's correct and wrong samples. */
export type PairStrategy = 'one-per-prompt' | 'all' | 'length-controlled';

export interface PairOptions {
  strategy: PairStrategy;
  /** Most pairs per prompt (`all`, `length-controlled`). */
  cap: number;
}

/** One record of the export, before its samples are loaded. */
export type PlannedRecord =
  | { kind: 'single'; split: Split; sample: SampleSummary }
  | { kind: 'pair'; split: Split; chosen: SampleSummary; rejected: SampleSummary }
  | { kind: 'problem'; split: Split; problem: AutoCodePlan };

/** Which samples a record is made of, in the order the renderer wants them. */
export function summariesOf(record: PlannedRecord): SampleSummary[] {
  switch (record.kind) {
    case 'single':
      return [record.sample];
    case 'pair':
      return [record.chosen, record.rejected];
    case 'problem':
      return record.problem.uses;
  }
}

/** What planners need besides the summaries. */
export interface PlanOptions {
  seed: number;
  /** Estimated Jaccard similarity at or above which a response is a near-duplicate; null keeps all. */
  dedupeThreshold: number | null;
  /** Share of problems held out for evaluation (split by problem, so no problem is in both). */
  evalFraction: number;
  pairs: PairOptions;
  autocode: AutoCodeOptions;
}

/** The split of a problem: stable across exports and browsers (from its SHA-256 key). */
export function splitOf(problemKey: string, evalFraction: number): Split {
  if (evalFraction <= 0) return 'train';
  // Summaries carry problem keys only when an export needs them (./summary.ts).
  if (problemKey === '') throw new Error('an eval split needs problem keys, and this summary has none');
  return parseInt(problemKey.slice(0, 8), 16) / 2 ** 32 < evalFraction ? 'eval' : 'train';
}

/**
 * Groups in order of first appearance, by `key` and, within a key, by `sub` (two maps rather
 * than a string built per summary).
 */
function groupBy(items: readonly SampleSummary[], key: (s: SampleSummary) => string, sub: (s: SampleSummary) => unknown = () => null): SampleSummary[][] {
  const index = new Map<string, Map<unknown, SampleSummary[]>>();
  const groups: SampleSummary[][] = [];
  for (const s of items) {
    const k = key(s);
    let inner = index.get(k);
    if (inner === undefined) index.set(k, (inner = new Map()));
    const v = sub(s);
    let g = inner.get(v);
    if (g === undefined) {
      inner.set(v, (g = []));
      groups.push(g);
    }
    g.push(s);
  }
  return groups;
}

/** What a planner made and what it left out (for the report and the card). */
export interface Plan {
  records: PlannedRecord[];
  nearDuplicates: number;
  /** Prompts (or problems) that yielded no record, e.g. no wrong answer to pair with. */
  unusedGroups: number;
}

/** One record per sample that passes `keep`, near-duplicates removed within a prompt and label. */
export function planSingles(summaries: readonly SampleSummary[], keep: (s: SampleSummary) => boolean, o: PlanOptions): Plan {
  const records: PlannedRecord[] = [];
  let nearDuplicates = 0;
  const order = byRank(o.seed);
  for (const group of groupBy(summaries.filter(keep), (s) => s.promptId, (s) => s.verdict)) {
    const { kept, dropped } = distinct(group.sort(order), o.dedupeThreshold);
    nearDuplicates += dropped;
    for (const sample of kept) records.push({ kind: 'single', split: splitOf(sample.problemKey, o.evalFraction), sample });
  }
  return { records, nearDuplicates, unusedGroups: 0 };
}

/** Pairs (chosen correct, rejected wrong) of the same prompt, drawn with the chosen strategy. */
export function planPairs(summaries: readonly SampleSummary[], o: PlanOptions): Plan {
  const records: PlannedRecord[] = [];
  let nearDuplicates = 0;
  let unusedGroups = 0;
  const order = byRank(o.seed);
  for (const group of groupBy(summaries, (s) => s.promptId)) {
    const ranked = group.sort(order);
    const correct = distinct(ranked.filter((s) => s.verdict === true), o.dedupeThreshold);
    const wrong = distinct(ranked.filter((s) => s.verdict === false), o.dedupeThreshold);
    nearDuplicates += correct.dropped + wrong.dropped;
    const pairs = drawPairs(correct.kept, wrong.kept, o.pairs);
    if (pairs.length === 0) unusedGroups++;
    for (const [chosen, rejected] of pairs) records.push({ kind: 'pair', split: splitOf(chosen.problemKey, o.evalFraction), chosen, rejected });
  }
  return { records, nearDuplicates, unusedGroups };
}

/** The pairs of one prompt. Both lists are in rank order. */
export function drawPairs(correct: readonly SampleSummary[], wrong: readonly SampleSummary[], o: PairOptions): [SampleSummary, SampleSummary][] {
  if (correct.length === 0 || wrong.length === 0) return [];
  switch (o.strategy) {
    case 'one-per-prompt':
      return [[correct[0]!, wrong[0]!]];
    case 'all': {
      // Diagonal order: distinct chosen and rejected samples come first, so a cap spreads them out.
      const out: [SampleSummary, SampleSummary][] = [];
      for (let d = 0; d < correct.length + wrong.length - 1 && out.length < o.cap; d++) {
        for (let i = Math.max(0, d - wrong.length + 1); i <= Math.min(d, correct.length - 1) && out.length < o.cap; i++) {
          out.push([correct[i]!, wrong[d - i]!]);
        }
      }
      return out;
    }
    case 'length-controlled':
      return lengthControlled(correct, wrong, o.cap);
  }
}

/**
 * SIaM's worry: preference training lengthens answers when chosen responses are longer than
 * rejected ones. Take the shortest correct responses first, each against the wrong response
 * closest in length that is not shorter (the longest one when all are shorter).
 */
function lengthControlled(correct: readonly SampleSummary[], wrong: readonly SampleSummary[], cap: number): [SampleSummary, SampleSummary][] {
  const chosen = [...correct].sort((a, b) => a.chars - b.chars).slice(0, cap);
  const pool = [...wrong].sort((a, b) => a.chars - b.chars);
  const out: [SampleSummary, SampleSummary][] = [];
  for (const c of chosen) {
    if (pool.length === 0) pool.push(...[...wrong].sort((a, b) => a.chars - b.chars));
    let at = pool.findIndex((w) => w.chars >= c.chars);
    if (at < 0) at = pool.length - 1;
    out.push([c, pool.splice(at, 1)[0]!]);
  }
  return out;
}

/** One AutoCode record per problem (all methods together). */
export function planProblems(summaries: readonly SampleSummary[], o: PlanOptions): Plan {
  const records: PlannedRecord[] = [];
  const order = byRank(o.seed);
  for (const group of groupBy(summaries, (s) => s.problemKey)) {
    const problem = planAutoCode(group.sort(order), o.autocode, o.seed);
    records.push({ kind: 'problem', split: splitOf(problem.problemKey, o.evalFraction), problem });
  }
  return { records, nearDuplicates: 0, unusedGroups: 0 };
}
