/**
 * The one object a Python worker exposes (browser: comlink over `Worker`; Node: comlink over the
 * sandbox process's IPC channel). Both sides import this file with `import type` only.
 *
 * Package loading never counts against a cell's time limit: `run` (under the cell's limit) answers
 * `needs-packages` when the code imports a package not loaded yet; `prepare` then loads and imports
 * it (under its own, long limit) and `run` is called again. A worker that does not answer `run`
 * within the cell's limit (something a cell left behind is blocking it) is stopped like a runaway cell.
 */

/** Everything a fresh worker needs; plain data (the buffer is shared, not copied). */
export interface WorkerInit {
  /**
   * One byte the host sets to 2 to raise KeyboardInterrupt in the running cell. Null: no interrupts,
   * or (Node) the sandbox process owns the byte and the host interrupts by message.
   */
  interruptBuffer: Uint8Array | null;
  /** Browser only: absolute URL of the self-hosted Pyodide core (Node's sandbox knows its own). */
  indexURL?: string;
  /** Browser only: base URL of `<name>-<version>.pyc.zip` (Node's host serves the files). */
  packagesBase?: string;
  /** Browser only: base URL of the vendored wheels, the fallback when a zip is absent. */
  wheelsBase?: string;
  /** Node only: compile missing package zips at start-up (default true); false leaves the wheel fallback. */
  compileMissing?: boolean;
  /** Base URL of Pyodide's CDN for the packages that are not vendored (numpy); null: never go online. */
  onlinePackagesUrl: string | null;
}

/** What the worker reports once Python is ready. */
export interface WorkerInfo {
  pythonVersion: string;
  pyodideVersion: string;
  /** Milliseconds from worker start to a ready interpreter. */
  startMs: number;
  /**
   * Whether the worker can compile JavaScript from strings (`eval`, `Function`), tried by the worker
   * itself before Python starts: `blocked` under the browser worker's CSP and under Node's
   * `--disallow-code-generation-from-strings`. The page refuses to run cells in a worker that says
   * `allowed` (src/ui/offline/sandbox-guard.ts).
   */
  codeFromStrings: 'blocked' | 'allowed';
}

/** Outcome of loading a cell's imports. `missing` names packages that could not be had. */
export interface PrepareResult {
  loaded: string[];
  missing: { name: string; reason: string }[];
  ms: number;
}

/** One cell's raw outcome, before the host adds timeouts and session loss. */
export interface RawCellResult {
  stdout: string;
  stderr: string;
  value: string | null;
  error: { type: string; message: string; traceback: string } | null;
  ms: number;
  truncated: boolean;
  /** The interpreter is no longer trustworthy (MemoryError, fatal error): the host must recycle the worker. */
  recycle: boolean;
}

/** Per-cell limits passed to `run`. */
export interface RunLimits {
  session: string;
  maxOutputBytes: number;
  /** `prepare` has run for this code: run it whatever its imports (a failed package raises at its import). */
  prepared?: boolean;
}

/** What `run` did: ran the cell, or found packages to load first. */
export type RunOutcome = { kind: 'ran'; result: RawCellResult } | { kind: 'needs-packages'; names: string[] };

/** The worker's API: 4 coarse methods. */
export interface PythonWorkerApi {
  /** Loads Pyodide and installs the sandbox prelude. Called once per worker. */
  init(init: WorkerInit): Promise<WorkerInfo>;
  /** Loads the vendored packages (or numpy online) that `code` imports. Never raises for user code. */
  prepare(code: string): Promise<PrepareResult>;
  /** Runs one cell synchronously in its session's globals (unless it needs packages first). Python exceptions come back as data. */
  run(code: string, limits: RunLimits): Promise<RunOutcome>;
  /** Forgets one session's globals. */
  reset(session: string): Promise<void>;
}
