/**
 * A sample: one attempt at one problem, the unit that is stored, filtered by the critic and
 * exported (SFT / DPO / ORPO / AutoCode). Every export format is derived from samples without
 * loss, so a sample keeps everything that produced it: problem, method, engine and model,
 * sampling, caps, the typed transcript, answer, verdict, usage, timings and software versions.
 * Plain, serialisable data only (it goes to IndexedDB and JSONL as is).
 */
import type { Verdict } from '../critic/types';
import type { SolveCaps, SolveResult, StopReason, StrategyChoice, RoundUsage } from '../lce/events';
import type { EngineInfo } from '../ports/llm-engine';
import type { Problem } from '../problem/types';
import { copyBlock, type Block, type Method } from '../transcript';
import type { Sampling } from '../lce/solve';

/**
 * Bumped when a stored field changes meaning; `upgradeSample` (sample-upgrade.ts) reads every
 * older version. 2: a sample made by a batch run names the run (`runId`) and which of its k
 * attempts it is (`attempt`).
 */
export const SAMPLE_SCHEMA_VERSION = 2;

export interface Sample {
  schema: typeof SAMPLE_SCHEMA_VERSION;
  id: string;
  /** The sample this one branched from (an edited cell continued), if any. */
  parentId?: string;
  /** The batch run that made it (src/core/collect); absent for a single solve from the page. */
  runId?: string;
  /** Which of the run's k attempts at this problem × method it is, from 0. */
  attempt?: number;
  createdAt: string;
  problem: Problem;
  method: Method;
  engine: EngineInfo;
  sampling: Sampling;
  caps: SolveCaps;
  /**
   * The transcript. An `error` block made from a cell's result carries `error: { type }` (e.g.
   * `TimeoutError`); the field is optional and additive — blocks from recordings have none — so it
   * did not need a new `schema` version.
   */
  blocks: Block[];
  answer: string | null;
  /** Null when no reference was given or the critic was not run. */
  verdict: Verdict | null;
  rounds: number;
  stopReason: StopReason;
  stopDetail: string;
  strategy?: StrategyChoice;
  /** Behaviour-policy log-probability of the generated tokens, when the engine reported them. */
  logprob?: number;
  usage: { promptTokens: number; completionTokens: number; perRound: RoundUsage[] };
  ms: number;
  /** Versions of what produced it, e.g. `{ app: '0.1.0', pyodide: '314.0.7', webllm: '0.2.86' }`. */
  software: Record<string, string>;
}

export interface SampleContext {
  id: string;
  createdAt: Date;
  sampling?: Sampling;
  caps: SolveCaps;
  verdict?: Verdict | null;
  parentId?: string;
  runId?: string;
  attempt?: number;
  software: Record<string, string>;
}

/** Builds the stored record of a finished solve. Copies arrays so later UI edits cannot alter it. */
export function createSample(problem: Problem, result: SolveResult, ctx: SampleContext): Sample {
  const sample: Sample = {
    schema: SAMPLE_SCHEMA_VERSION,
    id: ctx.id,
    createdAt: ctx.createdAt.toISOString(),
    problem: { ...problem },
    method: result.method,
    engine: { ...result.engine },
    sampling: { ...ctx.sampling },
    caps: { ...ctx.caps },
    blocks: result.blocks.map(copyBlock),
    answer: result.answer,
    verdict: ctx.verdict ?? null,
    rounds: result.rounds,
    stopReason: result.stopReason,
    stopDetail: result.stopDetail,
    usage: { ...result.usage, perRound: result.usage.perRound.map((u) => ({ ...u })) },
    ms: result.ms,
    software: { ...ctx.software },
  };
  if (result.strategy) sample.strategy = { ...result.strategy };
  if (result.logprob !== undefined) sample.logprob = result.logprob;
  if (ctx.parentId) sample.parentId = ctx.parentId;
  if (ctx.runId !== undefined) sample.runId = ctx.runId;
  if (ctx.attempt !== undefined) sample.attempt = ctx.attempt;
  return sample;
}
