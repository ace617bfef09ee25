/**
 * The page's side of the Python worker: one bridge owning the worker's life (lazy start, queued
 * calls, AbortSignal on every call, interrupt-then-terminate watchdog, respawn). The UI never calls
 * comlink itself.
 */
import { wrap } from 'comlink';
import type { PythonWorkerApi } from '../python-worker.api';
import { PythonSupervisor, type SpawnedWorker } from '../host/supervisor';
import { PYODIDE_CDN_URL } from '../runtime/packages';

/** Options of createBrowserPythonRunner; every field has a default. */
export interface BrowserPythonRunnerOptions {
  /** Default per-cell limit in ms (10 s). */
  timeoutMs?: number;
  /** Default cap on captured stdout + stderr bytes together (64 KiB). */
  maxOutputBytes?: number;
  /** How long an interrupted cell may take to stop before the worker is terminated (400 ms). */
  graceMs?: number;
  /** Base URL of Pyodide's CDN for numpy (default: the CDN of this Pyodide version); null to never go online. */
  onlinePackagesUrl?: string | null;
  /** Keep an idle standby worker so a terminated one is replaced at once (default true). */
  standby?: boolean;
}

function spawnBrowserWorker(): SpawnedWorker {
  const worker = new Worker(new URL('../../../workers/python.worker.ts', import.meta.url), { type: 'module', name: 'python' });
  const exited = new Promise<string>((resolve) => {
    worker.addEventListener('error', (e) => resolve(`worker error: ${e.message || 'the worker script failed to load'}`), { once: true });
  });
  return { api: wrap<PythonWorkerApi>(worker), terminate: () => worker.terminate(), exited };
}

/** The browser PythonRunner: Pyodide in a locked-down module worker served with a CSP. */
export class PythonWorkerBridge extends PythonSupervisor {
  constructor(options: BrowserPythonRunnerOptions = {}) {
    const base = new URL(import.meta.env.BASE_URL, location.href);
    super({
      spawn: spawnBrowserWorker,
      init: {
        // Absolute: a relative indexURL or lock URL is resolved against the worker script and fails.
        indexURL: new URL('pyodide/', base).href,
        packagesBase: new URL('pyodide-packages/', base).href,
        wheelsBase: new URL('pyodide-packages/wheels/', base).href,
        onlinePackagesUrl: options.onlinePackagesUrl === undefined ? PYODIDE_CDN_URL : options.onlinePackagesUrl,
      },
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxOutputBytes !== undefined ? { maxOutputBytes: options.maxOutputBytes } : {}),
      ...(options.graceMs !== undefined ? { graceMs: options.graceMs } : {}),
      ...(options.standby !== undefined ? { standby: options.standby } : {}),
    });
  }
}

/** Creates the browser PythonRunner. The worker starts at the first call (or `start()`). */
export function createBrowserPythonRunner(options?: BrowserPythonRunnerOptions): PythonWorkerBridge {
  return new PythonWorkerBridge(options);
}
