/**
 * Runs (or resumes) one stored run in this tab: takes the run's lease so no other tab makes the
 * same samples, asks for persistent storage, loads the engine, feeds `runBatch` with the store as
 * its sink, and records how it ended. Losing the lease (another tab took over a stalled one) stops
 * the run without touching its status.
 */
import { createBatchControl, runBatch, type BatchControl, type BatchEvent, type BatchOutcome, type CriticPorts } from '../../../core/collect';
import type { LlmEngine } from '../../../core/ports/llm-engine';
import type { PythonRunner } from '../../../core/ports/python-runner';
import type { Problem } from '../../../core/problem/types';
import type { StorageReport } from '../../../engine/webllm/model-cache';
import { acquireRunLease, createStoreSink, getProblems, prepareStorageForRuns, setRunStatus, type LceStore, type RunRecord, type RunStatus } from '../../../store';

export interface DriveRunPorts {
  store: LceStore;
  /** The engine the run generates with, loaded; rejects with a sentence when it cannot. */
  engine(signal: AbortSignal): Promise<LlmEngine>;
  runner: PythonRunner;
  critic?: CriticPorts;
  software: Record<string, string>;
  /** Wall clock in ms (sample timestamps). */
  now?: () => number;
  /** Retry waits; default a timer. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Lease options (tests force the IndexedDB lease). */
  lease?: Parameters<typeof acquireRunLease>[2];
}

export type DriveOutcome =
  /** Another tab holds the run's lease: watch it instead. */
  | { kind: 'held' }
  | { kind: 'ran'; outcome: BatchOutcome }
  /** The lease was lost mid-run (this tab stalled and another took over): nothing recorded. */
  | { kind: 'lost' }
  /** The run could not start (engine, problem set); recorded as failed. */
  | { kind: 'not-started'; error: { name: string; message: string } };

export interface DriveHooks {
  onEvent(event: BatchEvent): void;
  /** The storage estimate, once persistence was asked for. */
  onStorage?(report: StorageReport): void;
  /** The lease is ours: the run is starting. */
  onStarted?(control: BatchControl): void;
  /** The run's problems, read from the store (to show the question of the sample being made). */
  onProblems?(problems: readonly Problem[]): void;
  concurrency?: number;
}

const STATUS: Record<BatchOutcome['kind'], RunStatus> = { finished: 'finished', paused: 'paused', cancelled: 'cancelled', failed: 'failed' };

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

const asError = (err: unknown) => ({ name: (err as { name?: string })?.name ?? 'Error', message: (err as { message?: string })?.message ?? String(err) });

/** Drives `run` to its end, a pause or a cancel in this tab. */
export async function driveRun(ports: DriveRunPorts, run: RunRecord, hooks: DriveHooks): Promise<DriveOutcome> {
  const { store } = ports;
  const got = await acquireRunLease(store, run.id, ports.lease);
  if (got.kind === 'held') return { kind: 'held' };
  const { lease } = got;
  const control = createBatchControl();
  let lost = false;
  const onLost = () => {
    lost = true;
    control.pause();
  };
  lease.lost.addEventListener('abort', onLost, { once: true });
  try {
    await setRunStatus(store, run.id, 'running');
    hooks.onStarted?.(control);
    // Before the first sample: an evicted database would lose every one of them.
    void prepareStorageForRuns(store).then((r) => hooks.onStorage?.(r)).catch(() => undefined);
    let engine: LlmEngine;
    let problems;
    try {
      problems = await getProblems(store, run.spec.setId);
      if (problems.length === 0) throw new Error(`The problem set "${run.setName}" of this run was deleted; its stored samples stay, but the run cannot go on.`);
      hooks.onProblems?.(problems);
      engine = await ports.engine(control.signal);
    } catch (err) {
      if (control.signal.aborted) {
        if (!lost) await setRunStatus(store, run.id, control.requested === 'cancel' ? 'cancelled' : 'paused');
        return lost ? { kind: 'lost' } : { kind: 'ran', outcome: { kind: control.requested === 'cancel' ? 'cancelled' : 'paused', progress: emptyProgress(run) } };
      }
      const error = asError(err);
      await setRunStatus(store, run.id, 'failed', error);
      return { kind: 'not-started', error };
    }
    const batch = runBatch(run.spec, problems, {
      engine,
      runner: ports.runner,
      sink: createStoreSink(store, run),
      ...(ports.critic ? { critic: ports.critic } : {}),
      software: ports.software,
      now: ports.now ?? Date.now,
      sleep: ports.sleep ?? defaultSleep,
    }, { control, concurrency: hooks.concurrency ?? 1 });
    let outcome: BatchOutcome | null = null;
    try {
      for await (const event of batch) {
        hooks.onEvent(event);
        if (event.type === 'end') outcome = event.outcome;
      }
    } catch (err) {
      // runBatch refuses a run it cannot make (checkRun) before any sample: record why.
      const error = asError(err);
      if (!lost) await setRunStatus(store, run.id, 'failed', error);
      return lost ? { kind: 'lost' } : { kind: 'not-started', error };
    }
    if (lost) return { kind: 'lost' };
    const final = outcome!;
    await setRunStatus(store, run.id, STATUS[final.kind], final.kind === 'failed' ? final.error : undefined);
    return { kind: 'ran', outcome: final };
  } finally {
    lease.lost.removeEventListener('abort', onLost);
    await lease.release().catch(() => undefined);
  }
}

function emptyProgress(run: RunRecord) {
  return { done: 0, total: run.total, madeNow: 0, samplesPerMinute: null, etaSeconds: null, perMethod: {}, inFlight: [], engineBusyFraction: null };
}
