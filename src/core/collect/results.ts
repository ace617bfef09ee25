/**
 * Results per model version × method: accuracy, pass@k, maj@k, mean rounds, code-error rate,
 * tokens and response length — the numbers SIaM's self-improvement rounds are judged by.
 */
import { judgeByRules } from '../critic';
import type { Method } from '../transcript';
import type { SampleOutcome } from './types';

/**
 * The unbiased pass@k estimator (Chen et al., 2021): the chance that at least one of k attempts
 * drawn without replacement from n, of which c are correct, is correct — 1 − C(n−c, k) / C(n, k),
 * computed as a product so large n does not overflow.
 */
export function passAtK(n: number, c: number, k: number): number {
  if (k > n) throw new RangeError(`pass@${k} needs at least ${k} attempts, got ${n}.`);
  if (n - c < k) return 1;
  let allWrong = 1;
  for (let i = n - c + 1; i <= n; i++) allWrong *= 1 - k / i;
  return 1 - allWrong;
}

/** Most distinct answers compared by the critic per problem; past it answers vote by exact text. */
const MAX_CLUSTERS = 64;

/**
 * Majority vote (self-consistency) over one problem's answers. Answers are grouped by the critic:
 * all answers it accepted equal the reference and so vote together; the others are grouped when
 * the critic's rules find them equal (`1/2` and `0.5`). The score is the share of correct groups
 * among the tied winners — the expected accuracy when a tie is broken at random.
 */
export function majorityVote(answers: ReadonlyArray<{ answer: string | null; correct: boolean }>): number {
  const groups: Array<{ repr: string; votes: number; correct: boolean }> = [];
  const correct = { repr: '', votes: 0, correct: true };
  for (const a of answers) {
    if (a.answer === null || a.answer.trim() === '') continue;
    if (a.correct) {
      correct.votes++;
      continue;
    }
    const text = a.answer.trim();
    const same = groups.find((g) => g.repr === text) ?? (groups.length < MAX_CLUSTERS ? groups.find((g) => judgeByRules(text, g.repr).equal === true) : undefined);
    if (same) same.votes++;
    else groups.push({ repr: text, votes: 1, correct: false });
  }
  if (correct.votes > 0) groups.push(correct);
  const top = Math.max(0, ...groups.map((g) => g.votes));
  if (top === 0) return 0;
  const winners = groups.filter((g) => g.votes === top);
  return winners.filter((g) => g.correct).length / winners.length;
}

/** One row of the results table. Rates are null when nothing could be measured. */
export interface ResultRow {
  model: string;
  method: Method;
  runIds: string[];
  problems: number;
  samples: number;
  /** Samples with a reference, so with a verdict. */
  judged: number;
  correct: number;
  undecided: number;
  accuracy: number | null;
  /** pass@k for k = 1, 2, 4, … up to the fewest judged attempts any problem has. */
  passAtK: Array<{ k: number; value: number }>;
  /** Majority vote over each problem's attempts (k = the fewest judged attempts per problem). */
  majAtK: { k: number; value: number } | null;
  meanRounds: number | null;
  /** Failed cells / cells run; null when no code ran. */
  codeErrorRate: number | null;
  meanCompletionTokens: number | null;
  totalTokens: number;
  meanResponseChars: number | null;
}

function ksUpTo(max: number): number[] {
  const ks: number[] = [];
  for (let k = 1; k <= max; k *= 2) ks.push(k);
  if (max >= 1 && ks.at(-1) !== max) ks.push(max);
  return ks;
}

const mean = (sum: number, n: number) => (n === 0 ? null : sum / n);

function rowOf(model: string, method: Method, outcomes: readonly SampleOutcome[]): ResultRow {
  const byProblem = new Map<string, SampleOutcome[]>();
  let correct = 0, undecided = 0, judged = 0, rounds = 0, cells = 0, errors = 0, completion = 0, prompt = 0, chars = 0;
  const runIds = new Set<string>();
  for (const o of outcomes) {
    if (o.runId) runIds.add(o.runId);
    const list = byProblem.get(o.problemId) ?? [];
    list.push(o);
    byProblem.set(o.problemId, list);
    if (o.verdict !== 'unjudged') judged++;
    if (o.verdict === 'correct') correct++;
    if (o.verdict === 'undecided') undecided++;
    rounds += o.rounds;
    cells += o.cells;
    errors += o.codeErrors;
    completion += o.completionTokens;
    prompt += o.promptTokens;
    chars += o.responseChars;
  }
  const judgedSets = [...byProblem.values()].map((list) => list.filter((o) => o.verdict !== 'unjudged')).filter((l) => l.length > 0);
  const minN = judgedSets.length === 0 ? 0 : Math.min(...judgedSets.map((l) => l.length));
  const passAtKRows = ksUpTo(minN).map((k) => ({
    k,
    value: judgedSets.reduce((s, l) => s + passAtK(l.length, l.filter((o) => o.verdict === 'correct').length, k), 0) / judgedSets.length,
  }));
  // maj@k votes over the first k attempts of each problem so every problem has the same k.
  const maj = minN === 0 ? null : {
    k: minN,
    value: judgedSets.reduce((s, l) => s + majorityVote(firstAttempts(l, minN).map((o) => ({ answer: o.answer, correct: o.verdict === 'correct' }))), 0) / judgedSets.length,
  };
  const n = outcomes.length;
  return {
    model,
    method,
    runIds: [...runIds].sort(),
    problems: byProblem.size,
    samples: n,
    judged,
    correct,
    undecided,
    accuracy: mean(correct, judged),
    passAtK: passAtKRows,
    majAtK: maj,
    meanRounds: mean(rounds, n),
    codeErrorRate: cells === 0 ? null : errors / cells,
    meanCompletionTokens: mean(completion, n),
    totalTokens: prompt + completion,
    meanResponseChars: mean(chars, n),
  };
}

function firstAttempts(list: readonly SampleOutcome[], k: number): SampleOutcome[] {
  return [...list].sort((a, b) => (a.attempt ?? 0) - (b.attempt ?? 0) || a.id.localeCompare(b.id)).slice(0, k);
}

/** The results table: one row per model version × method, in the order the pairs first appear. */
export function summarise(outcomes: Iterable<SampleOutcome>): ResultRow[] {
  const groups = new Map<string, { model: string; method: Method; list: SampleOutcome[] }>();
  for (const o of outcomes) {
    const key = `${o.model}\u0000${o.method}`;
    const g = groups.get(key) ?? { model: o.model, method: o.method, list: [] };
    g.list.push(o);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => rowOf(g.model, g.method, g.list));
}

/** One point of a model-version comparison chart. */
export interface VersionPoint {
  model: string;
  accuracy: number | null;
  meanCompletionTokens: number | null;
  samples: number;
}

/**
 * The two curves people watch across self-improvement rounds (D0 → D1 → D2): accuracy and
 * response length per model version, for one method, in the order given (oldest version first).
 */
export function versionSeries(rows: readonly ResultRow[], method: Method, versions: readonly string[]): VersionPoint[] {
  return versions.flatMap((model) => {
    const row = rows.find((r) => r.model === model && r.method === method);
    return row ? [{ model, accuracy: row.accuracy, meanCompletionTokens: row.meanCompletionTokens, samples: row.samples }] : [];
  });
}
