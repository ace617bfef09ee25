/**
 * The batch runner: makes every attempt of a run that is not stored yet, keeps the engine busy,
 * judges and stores each sample as it finishes, and streams progress. Running it again after a
 * pause, a reload or a crash resumes: stored ids are skipped, so nothing is made twice.
 */
import { InvalidInputError } from '../errors';
import type { LlmEngine } from '../ports/llm-engine';
import type { PythonRunner } from '../ports/python-runner';
import type { Problem } from '../problem/types';
import { makeAttempt, type CriticPorts } from './attempt';
import { createChannel } from './channel';
import type { BatchControl, StopRequest } from './control';
import { createEngineGate, type EngineGate } from './gate';
import { createInFlightBoard, type InFlightBoard } from './in-flight';
import { outcomeOf } from './outcome';
import { checkRun, modelKey, planRun } from './plan';
import { addOutcome, startProgress, viewProgress, type ProgressState } from './progress';
import type { BatchEvent, BatchOutcome, BatchProgress, PlannedSample, RunSpec, SampleSink } from './types';

/** What the runner needs from outside: the engine, the sandbox, storage, the critic's engines, time. */
export interface BatchPorts {
  engine: LlmEngine;
  runner: PythonRunner;
  sink: SampleSink;
  critic?: CriticPorts;
  /** Versions recorded in every sample. */
  software: Record<string, string>;
  /** Milliseconds since some origin (default `Date.now`). */
  now?: () => number;
  /** Waits before a retry (default: no wait). Rejects when the signal aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface BatchOptions {
  control?: BatchControl;
  /** Sequences the engine decodes at once: 1 for web-llm, N for a server that batches. Default 1. */
  concurrency?: number;
  /**
   * Samples in flight. Default concurrency + 2: while one sample's Python cell or critic check
   * runs, another generates — and a third is ready for when both others are between rounds — so
   * a single-sequence engine is not left waiting (bench: `collect.engine_busy_fraction`).
   */
  inFlight?: number;
  /** Retries of an attempt after an engine or sandbox failure before the run stops. Default 2. */
  retries?: number;
  /** First retry's wait; each next one waits twice as long. Default 2 s. */
  retryBackoffMs?: number;
}

type Failure = { name: string; message: string };

/** How a run ended, from what stopped it: a failure first, then what the user asked, then whether all is done. */
export function batchOutcome(failure: Failure | null, requested: StopRequest | null, progress: BatchProgress): BatchOutcome {
  if (failure) return { kind: 'failed', error: failure, progress };
  if (requested === 'cancel') return { kind: 'cancelled', progress };
  if (requested === 'pause' || progress.done < progress.total) return { kind: 'paused', progress };
  return { kind: 'finished', progress };
}

const asFailure = (err: unknown): Failure => {
  const e = err as { name?: string; message?: string } | null;
  return { name: e?.name ?? 'Error', message: e?.message ?? String(err) };
};

/** What every attempt of one runner shares. */
interface Session {
  spec: RunSpec;
  ports: BatchPorts;
  now: () => number;
  model: string;
  retries: number;
  backoff: number;
  signal: AbortSignal;
  gate: EngineGate;
  board: InFlightBoard;
  push(event: BatchEvent): void;
  fail(error: Failure): void;
  /** Counts a stored sample and tells of it. */
  done(event: Extract<BatchEvent, { type: 'sample-done' }>): void;
}

/** One attempt, retried after machinery failures, then stored. Ends the run through `fail` when it cannot go on. */
async function runAttempt(s: Session, item: PlannedSample): Promise<void> {
  const { spec, ports, board } = s;
  const engine = s.gate.engineFor({ onWait: () => board.setPhase(item.id, 'waiting-for-engine'), onStart: () => board.setPhase(item.id, 'generating') });
  for (let retry = 0; ; retry++) {
    const made = await makeAttempt({
      spec, item, engine, runner: ports.runner, critic: ports.critic ?? {}, software: ports.software, now: s.now, signal: s.signal,
      onSolveEvent: (event) => {
        if (event.type === 'round') board.setPhase(item.id, board.phaseOf(item.id) ?? 'generating', event.round);
        if (event.type === 'exec-start') board.setPhase(item.id, 'running-code');
        s.push({ type: 'solve', runId: spec.id, sampleId: item.id, event });
      },
      onJudging: () => board.setPhase(item.id, 'judging'),
    });
    if (made.kind === 'abandoned') return;
    if (made.kind === 'failed') {
      if (retry >= s.retries) return s.fail(made.error);
      const waitMs = s.backoff * 2 ** retry;
      s.push({ type: 'retry', runId: spec.id, sampleId: item.id, error: made.error, retry: retry + 1, waitMs });
      if (ports.sleep && waitMs > 0) await ports.sleep(waitMs, s.signal).catch(() => undefined);
      if (s.signal.aborted) return;
      continue;
    }
    board.setPhase(item.id, 'saving');
    const outcome = outcomeOf(made.sample, s.model);
    let stored: 'written' | 'exists';
    try {
      stored = await ports.sink.put(made.sample, outcome);
    } catch (err) {
      return s.fail(asFailure(err));
    }
    board.remove(item.id);
    return s.done({ type: 'sample-done', runId: spec.id, sample: made.sample, outcome, stored });
  }
}

/** Runs (or resumes) a run over its problems. Yields events; returns, and ends with, how it stopped. */
export async function* runBatch(spec: RunSpec, problems: readonly Problem[], ports: BatchPorts, options: BatchOptions = {}): AsyncGenerator<BatchEvent, BatchOutcome> {
  const bad = checkRun(spec, problems);
  if (bad) throw new InvalidInputError(`run ${spec.id}`, bad);
  const now = ports.now ?? Date.now;
  const concurrency = options.concurrency ?? 1;
  const depth = Math.max(concurrency, options.inFlight ?? concurrency + 2);
  const runId = spec.id;

  const plan = planRun(spec, problems);
  const planned = new Set(plan.map((p) => p.id));
  const stored = (await ports.sink.stored(runId)).filter((o) => planned.has(o.id));
  const storedIds = new Set(stored.map((o) => o.id));
  const todo = plan.filter((p) => !storedIds.has(p.id));

  const inner = new AbortController();
  const control = options.control;
  const onControl = () => inner.abort();
  control?.signal.addEventListener('abort', onControl, { once: true });
  if (control?.signal.aborted) inner.abort();

  const channel = createChannel<BatchEvent>();
  const gate = createEngineGate(ports.engine, concurrency, now);
  const board = createInFlightBoard(runId, (e) => channel.push(e));
  let progress: ProgressState = startProgress(plan.length, stored, now());
  let failure: Failure | null = null;
  const view = () => viewProgress(progress, now(), board.list(), gate.busyMs(now()));
  const session: Session = {
    spec, ports, now, gate, board, model: modelKey(spec.model), retries: options.retries ?? 2, backoff: options.retryBackoffMs ?? 2000, signal: inner.signal,
    push: (e) => channel.push(e),
    fail(error) {
      failure ??= error;
      inner.abort();
    },
    done(event) {
      progress = addOutcome(progress, event.outcome, { made: event.stored === 'written', at: now() });
      channel.push(event);
      channel.push({ type: 'progress', runId, progress: view() });
    },
  };

  channel.push({ type: 'start', runId, total: plan.length, stored: stored.length, todo: todo.length });
  let next = 0;
  const worker = async () => {
    while (!inner.signal.aborted && next < todo.length) {
      const item = todo[next++]!;
      board.add(item);
      await runAttempt(session, item).catch((err: unknown) => session.fail(asFailure(err)));
      board.remove(item.id);
    }
  };
  const workers = Promise.all(Array.from({ length: Math.min(depth, Math.max(1, todo.length)) }, worker)).finally(() => channel.close());
  try {
    for await (const event of channel) yield event;
  } finally {
    // The consumer may stop listening early: stop the workers before leaving.
    inner.abort();
    await workers;
    control?.signal.removeEventListener('abort', onControl);
  }

  const outcome = batchOutcome(failure, control?.requested ?? null, view());
  yield { type: 'end', runId, outcome };
  return outcome;
}
