/**
 * Batch collection: a run is a problem set × methods × k attempts, sampled with a seed
 * per attempt, judged by the critic as each sample finishes, and stored through a `SampleSink`
 * port so the page (IndexedDB) and the command line (JSONL) share one runner.
 */
import type { Sample } from '../dataset/sample';
import type { SolveCaps, SolveEvent, StopReason } from '../lce/events';
import type { EngineInfo } from '../ports/llm-engine';
import type { Problem } from '../problem/types';
import type { Method } from '../transcript';

/**
 * Which model made a run. Runs are compared by model version (SIaM's D0 → train → D1 → D2), so a
 * custom model URL (weights trained on a cluster and converted for WebGPU) is part of the tag.
 */
export interface ModelTag {
  /** The engine registry kind that made it (`EngineInfo.kind`). */
  engine: EngineInfo['kind'];
  /** Model id as the engine names it. */
  id: string;
  quantization?: string;
  /** Where custom weights were loaded from, when not a catalogue model. */
  url?: string;
  /** The user's name for this version, e.g. "D1 (after one DPO round)". */
  label?: string;
}

/** Sampling for every attempt of a run; each attempt gets its own seed derived from `seed`. */
export interface RunSampling {
  temperature: number;
  topP: number;
  /** Base seed; attempt seeds are derived from it, the problem, the method and the attempt number. */
  seed: number;
  /** Ask the engine for log-probabilities (AutoCode4Math's behaviour policy). */
  logprobs?: boolean;
}

/** What a run is, fixed when it is created. Plain data: the store keeps it as the run's record. */
export interface RunSpec {
  /** Letters, digits, `-`, `_` and `.` only: it starts every sample id of the run. */
  id: string;
  /** The problem set it draws from (the store's id, or a file name on the command line). */
  setId: string;
  methods: Method[];
  /** Attempts per problem and method. */
  k: number;
  sampling: RunSampling;
  caps: SolveCaps;
  model: ModelTag;
}

/** One attempt the run will make. Its id is a function of run × problem × method × attempt. */
export interface PlannedSample {
  id: string;
  problem: Problem;
  method: Method;
  attempt: number;
  seed: number;
}

/** The critic's verdict as a key that can be indexed and counted. */
export type VerdictKey = 'correct' | 'wrong' | 'undecided' | 'unjudged';

/**
 * The few numbers of a sample that progress, results and lists need, without its transcript. The
 * store keeps one per sample beside the full record; the results math reads only these.
 */
export interface SampleOutcome {
  id: string;
  runId: string | null;
  problemId: string;
  method: Method;
  attempt: number | null;
  /** `modelKey` of the model that made it. */
  model: string;
  verdict: VerdictKey;
  /** The extracted final answer (cut to 200 characters), what majority voting compares. */
  answer: string | null;
  rounds: number;
  /** Code cells that ran, and how many of them ended in an error (exception, timeout). */
  cells: number;
  codeErrors: number;
  promptTokens: number;
  completionTokens: number;
  /** Characters the model wrote (text and code, not the execution output fed back). */
  responseChars: number;
  stopReason: StopReason;
  createdAt: string;
}

/** Where finished samples go. The page's store and the command line's JSONL file implement it. */
export interface SampleSink {
  /** Outcomes of the samples already stored for this run, to resume and to count progress. */
  stored(runId: string): Promise<SampleOutcome[]>;
  /** Stores one finished sample atomically; `exists` when that id was stored before (nothing written). */
  put(sample: Sample, outcome: SampleOutcome): Promise<'written' | 'exists'>;
}

/** What a sample in flight is doing now. */
export type SamplePhase = 'waiting-for-engine' | 'generating' | 'running-code' | 'judging' | 'saving';

export interface InFlightSample {
  id: string;
  problemId: string;
  method: Method;
  attempt: number;
  phase: SamplePhase;
  round: number;
}

export interface MethodProgress {
  done: number;
  /** Samples with a reference (and so a verdict). */
  judged: number;
  correct: number;
  /** correct / judged, null until one is judged. */
  accuracy: number | null;
}

/** Everything a progress line or panel shows, at a glance. */
export interface BatchProgress {
  done: number;
  total: number;
  /** Made since this runner started (the rest were stored before). */
  madeNow: number;
  samplesPerMinute: number | null;
  etaSeconds: number | null;
  perMethod: Partial<Record<Method, MethodProgress>>;
  inFlight: InFlightSample[];
  /** Share of wall time the engine spent generating since the runner started. */
  engineBusyFraction: number | null;
}

/** How a runner ended. Resuming is running it again: stored samples are skipped. */
export type BatchOutcome =
  | { kind: 'finished'; progress: BatchProgress }
  | { kind: 'paused'; progress: BatchProgress }
  | { kind: 'cancelled'; progress: BatchProgress }
  | { kind: 'failed'; error: { name: string; message: string }; progress: BatchProgress };

export type BatchEvent =
  | { type: 'start'; runId: string; total: number; stored: number; todo: number }
  | { type: 'sample-start'; runId: string; sample: InFlightSample }
  | { type: 'phase'; runId: string; sampleId: string; phase: SamplePhase }
  /** Every event of the sample's solve, for a live transcript of the sample being generated. */
  | { type: 'solve'; runId: string; sampleId: string; event: SolveEvent }
  | { type: 'retry'; runId: string; sampleId: string; error: { name: string; message: string }; retry: number; waitMs: number }
  | { type: 'sample-done'; runId: string; sample: Sample; outcome: SampleOutcome; stored: 'written' | 'exists' }
  | { type: 'progress'; runId: string; progress: BatchProgress }
  | { type: 'end'; runId: string; outcome: BatchOutcome };
