/**
 * The Node PythonRunner (CLI, tests, benchmarks): the shared runtime in a `worker_threads` worker so
 * a runaway cell can be stopped, with the same watchdog as the browser (interrupt, then terminate).
 * Not a security boundary: see docs/readme/sandbox.md.
 */
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import type { PythonWorkerApi } from '../python-worker.api';
import { PythonSupervisor, type SpawnedWorker } from '../host/supervisor';
import { nodeEndpoint } from './node-endpoint';
import { WHEELS_DIR, ZIPS_DIR } from './package-build';

/** Options of createNodePythonRunner; every field has a default. */
export interface NodePythonRunnerOptions {
  /** Default per-cell limit in ms (10 s). */
  timeoutMs?: number;
  /** Default cap on captured bytes per stream (64 KiB). */
  maxOutputBytes?: number;
  /** How long an interrupted cell may take to stop before the worker is terminated (400 ms). */
  graceMs?: number;
  /** Try Pyodide's CDN for numpy (default true; offline it fails with a clear ModuleNotFoundError). */
  online?: boolean;
  /** Directory of the compiled package zips (default public/pyodide-packages). */
  packagesDir?: string;
  /** Compile missing package zips when a worker starts (default true; false: import from the wheels, slowly). */
  compilePackages?: boolean;
  /** Keep an idle standby worker so a terminated one is replaced at once (default true). */
  standby?: boolean;
}

/** A Node runner with `start()` to warm the worker ahead of the first cell. */
export type NodePythonRunner = PythonSupervisor;

// A plain .mjs entry that loads the TypeScript worker through tsx's API: the same under vitest and
// under the tsx CLI (see the entry's comment).
const entry = new URL('./python-node-worker-entry.mjs', import.meta.url);

function spawnNodeWorker(): SpawnedWorker {
  const worker = new Worker(entry, {
    // The parent's environment (tokens, keys) is not visible to Python.
    env: {},
  });
  const exited = new Promise<string>((resolve) => {
    worker.once('error', (err) => resolve(`worker error: ${err.message}`));
    worker.once('exit', (code) => resolve(`worker exited with code ${code}`));
  });
  return { api: holdWhileBusy(worker, wrap<PythonWorkerApi>(nodeEndpoint(worker))), terminate: () => void worker.terminate(), exited };
}

/**
 * An idle runner must not keep a CLI alive (nobody has to call dispose), but a pending call must:
 * the worker is ref'd exactly while a call is in flight.
 */
function holdWhileBusy(worker: Worker, remote: SpawnedWorker['api']): SpawnedWorker['api'] {
  let busy = 0;
  worker.unref();
  const hold = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    if (busy++ === 0) worker.ref();
    try {
      return await fn(...args);
    } finally {
      if (--busy === 0) worker.unref();
    }
  };
  return { init: hold(remote.init), prepare: hold(remote.prepare), run: hold(remote.run), reset: hold(remote.reset) };
}

/** Creates a PythonRunner over a Node worker thread running Pyodide. */
export function createNodePythonRunner(options: NodePythonRunnerOptions = {}): NodePythonRunner {
  return new PythonSupervisor({
    spawn: spawnNodeWorker,
    init: {
      packagesBase: options.packagesDir ?? ZIPS_DIR,
      wheelsBase: WHEELS_DIR,
      compileMissing: options.compilePackages !== false,
      // Node's Pyodide knows its own CDN; any non-null value means "may go online".
      cdnBase: options.online === false ? null : 'https://cdn.jsdelivr.net/pyodide/',
    },
    // A first start on a fresh clone also compiles the package zips (or waits for another process to).
    startLimitMs: 600_000,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxOutputBytes !== undefined ? { maxOutputBytes: options.maxOutputBytes } : {}),
    ...(options.graceMs !== undefined ? { graceMs: options.graceMs } : {}),
    ...(options.standby !== undefined ? { standby: options.standby } : {}),
  });
}
