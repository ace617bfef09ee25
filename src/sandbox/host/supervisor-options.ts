/**
 * What a PythonSupervisor is given and assumes: how a worker is started and interrupted, and the
 * limits it applies when neither the call nor the runner sets one. Split from supervisor.ts.
 */
import type { PythonWorkerApi, WorkerInit } from '../python-worker.api';

/** Raises KeyboardInterrupt in a worker's running cell, and takes a pending one back. */
export interface Interrupter {
  raise(): void;
  clear(): void;
}

/** A started worker as the supervisor sees it. */
export interface SpawnedWorker {
  api: { [K in keyof PythonWorkerApi]: (...args: Parameters<PythonWorkerApi[K]>) => Promise<Awaited<ReturnType<PythonWorkerApi[K]>>> };
  terminate(): void;
  /** Resolves with a reason if the worker dies on its own (crash, out of memory). */
  exited: Promise<string>;
  /**
   * The worker's own way to interrupt (a worker in another process, which no SharedArrayBuffer can
   * reach). Without it the supervisor shares an interrupt byte with the worker through `init`.
   */
  interrupter?: Interrupter;
}

/** How a runner starts workers and what limits it applies. */
export interface SupervisorOptions {
  spawn(): SpawnedWorker;
  /** Worker settings other than the interrupt buffer, which the supervisor owns. */
  init: Omit<WorkerInit, 'interruptBuffer'>;
  /** Default per-cell limit (ms). */
  timeoutMs?: number;
  /** Default cap on captured stdout + stderr bytes together. */
  maxOutputBytes?: number;
  /** How long an interrupted cell may take to stop before the worker is terminated (ms). */
  graceMs?: number;
  /** Limit on loading a cell's packages (ms); past it the worker is considered wedged. */
  prepareLimitMs?: number;
  /** Limit on a worker's start-up (ms); past it the start counts as failed. */
  startLimitMs?: number;
  /**
   * Keep a second, idle worker ready once the first cell has run, so a terminated worker is replaced
   * at once instead of after a 2–3 s Pyodide start. Costs one more interpreter's memory. Default true.
   */
  standby?: boolean;
}

/** Per-cell limit when neither the call nor the runner sets one. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Cap on a cell's stdout + stderr together when neither the call nor the runner sets one. */
export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024;
/** Interrupt → terminate: a Python loop stops in ~2 ms, a sliced sleep in ~20 ms; the rest is slack for a busy machine. */
export const DEFAULT_GRACE_MS = 400;
/** While an interrupted cell runs on, the interrupt is raised again this often (a raise can be lost, see watch()). */
export const REPEAT_INTERRUPT_MS = 50;
/** A worker that has not started Python after this long is considered dead. */
export const START_LIMIT_MS = 120_000;
/** Loading a cell's packages longer than this means the worker is wedged. */
export const PREPARE_LIMIT_MS = 180_000;

/** Interrupts through a byte shared with the worker (Pyodide's interrupt buffer). */
export function bufferInterrupter(buffer: Uint8Array): Interrupter {
  return {
    raise: () => {
      buffer[0] = 2;
    },
    clear: () => {
      buffer[0] = 0;
    },
  };
}
