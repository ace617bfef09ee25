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
import type { BatchControl } from './control';
import { createEngineGate } from './gate';
import { outcomeOf } from './outcome';
import { checkRun, modelKey, planRun } from './plan';
import { addOutcome, startProgress, viewProgress, type ProgressState } from './progress';
import type { BatchEvent, BatchOutcome, InFlightSample, PlannedSample, RunSpec, SampleSink, SamplePhase } from './types';

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

/** Runs (or resumes) a run over its problems. Yields events; returns, and ends with, how it stopped. */
export async function* runBatch(spec: RunSpec, problems: readonly Problem[], ports: BatchPorts, options: BatchOptions = {}): AsyncGenerator<BatchEvent, BatchOutcome> {
  const bad = checkRun(spec, problems);
  if (bad) throw new InvalidInputError(`run ${spec.id}`, bad);
  const now = ports.now ?? Date.now;
  const concurrency = options.concurrency ?? 1;
  const depth = Math.max(concurrency, options.inFlight ?? concurrency + 2);
  const retries = options.retries ?? 2;
  const backoff = options.retryBackoffMs ?? 2000;
  const model = modelKey(spec.model);
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

  const gate = createEngineGate(ports.engine, concurrency, now);
  const channel = createChannel<BatchEvent>();
  const inFlight = new Map<string, InFlightSample>();
  let progress: ProgressState = startProgress(plan.length, stored, now());
  let failure: Failure | null = null;
  const view = () => viewProgress(progress, now(), [...inFlight.values()], gate.busyMs(now()));
  const emitProgress = () => channel.push({ type: 'progress', runId, progress: view() });
  const setPhase = (id: string, phase: SamplePhase, round?: number) => {
    const s = inFlight.get(id);
    if (!s || (s.phase === phase && round === undefined)) return;
    s.phase = phase;
    if (round !== undefined) s.round = round;
    channel.push({ type: 'phase', runId, sampleId: id, phase });
  };
  const fail = (error: Failure) => {
    failure ??= error;
    inner.abort();
  };

  channel.push({ type: 'start', runId, total: plan.length, stored: stored.length, todo: todo.length });

  async function attempt(item: PlannedSample): Promise<void> {
    const engine = gate.engineFor({
      onWait: () => setPhase(item.id, 'waiting-for-engine'),
      onStart: () => setPhase(item.id, 'generating'),
    });
    for (let retry = 0; ; retry++) {
      const made = await makeAttempt({
        spec, item, engine, runner: ports.runner, critic: ports.critic ?? {}, software: ports.software, now, signal: inner.signal,
        onSolveEvent: (event) => {
          if (event.type === 'round') setPhase(item.id, inFlight.get(item.id)!.phase, event.round);
          if (event.type === 'exec-start') setPhase(item.id, 'running-code');
          channel.push({ type: 'solve', runId, sampleId: item.id, event });
        },
        onJudging: () => setPhase(item.id, 'judging'),
      });
      if (made.kind === 'abandoned') return;
      if (made.kind === 'failed') {
        if (retry >= retries) return fail(made.error);
        const waitMs = backoff * 2 ** retry;
        channel.push({ type: 'retry', runId, sampleId: item.id, error: made.error, retry: retry + 1, waitMs });
        if (ports.sleep && waitMs > 0) await ports.sleep(waitMs, inner.signal).catch(() => undefined);
        if (inner.signal.aborted) return;
        continue;
      }
      setPhase(item.id, 'saving');
      const outcome = outcomeOf(made.sample, model);
      let written: 'written' | 'exists';
      try {
        written = await ports.sink.put(made.sample, outcome);
      } catch (err) {
        const e = err as { name?: string; message?: string };
        return fail({ name: e.name ?? 'Error', message: e.message ?? String(err) });
      }
      progress = addOutcome(progress, outcome, { made: written === 'written', at: now() });
      inFlight.delete(item.id);
      channel.push({ type: 'sample-done', runId, sample: made.sample, outcome, stored: written });
      emitProgress();
      return;
    }
  }

  let next = 0;
  async function worker(): Promise<void> {
    while (!inner.signal.aborted && next < todo.length) {
      const item = todo[next++]!;
      inFlight.set(item.id, { id: item.id, problemId: item.problem.id, method: item.method, attempt: item.attempt, phase: 'waiting-for-engine', round: 0 });
      channel.push({ type: 'sample-start', runId, sample: { ...inFlight.get(item.id)! } });
      try {
        await attempt(item);
      } catch (err) {
        const e = err as { name?: string; message?: string };
        fail({ name: e.name ?? 'Error', message: e.message ?? String(err) });
      } finally {
        inFlight.delete(item.id);
      }
    }
  }

  const workers = Promise.all(Array.from({ length: Math.min(depth, Math.max(1, todo.length)) }, worker)).finally(() => channel.close());
  try {
    for await (const event of channel) yield event;
  } finally {
    // The consumer may stop listening early: stop the workers before leaving.
    inner.abort();
    await workers;
    control?.signal.removeEventListener('abort', onControl);
  }

  const final = view();
  const outcome: BatchOutcome = failure
    ? { kind: 'failed', error: failure, progress: final }
    : control?.requested === 'cancel'
      ? { kind: 'cancelled', progress: final }
      : control?.requested === 'pause' || final.done < final.total
        ? { kind: 'paused', progress: final }
        : { kind: 'finished', progress: final };
  yield { type: 'end', runId, outcome };
  return outcome;
}
