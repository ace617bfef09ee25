/** The Python sandbox as the core sees it. Implemented by src/sandbox (browser worker bridge, Node runner). */

/** `CellError.type` of a cell the runner stopped because it ran past its time limit. */
export const CELL_TIMEOUT = 'TimeoutError';

/** A Python exception raised by user code: data, not a thrown error. */
export interface CellError {
  /** Exception class name, e.g. `ZeroDivisionError`, or `CELL_TIMEOUT` when the cell was stopped. */
  type: string;
  message: string;
  /** Traceback limited to the user's own frames (`<cell N>`), empty when not meaningful. */
  traceback: string;
}

/** What one cell produced. Every field is plain, serialisable data. */
export interface CellResult {
  stdout: string;
  stderr: string;
  /** `repr()` of the cell's final expression, like Jupyter; null when there is none. */
  value: string | null;
  error: CellError | null;
  /** Wall time of the cell itself (package loading excluded). */
  ms: number;
  /** True when stdout/stderr were cut (head + tail kept, a marker in between). */
  truncated: boolean;
  /** True when the session's globals were lost (the worker had to be restarted). */
  sessionLost?: boolean;
}

export interface RunOptions {
  /** Cells with the same session share globals. Default: "default". */
  session?: string;
  /** Time limit for the cell; package loading does not count. */
  timeoutMs?: number;
  /** Cap on captured stdout + stderr bytes (head + tail kept). */
  maxOutputBytes?: number;
  signal?: AbortSignal;
}

export interface PythonRunner {
  /** Runs one cell. A Python exception or timeout is in the result; only sandbox failures throw. */
  run(code: string, options?: RunOptions): Promise<CellResult>;
  /** Forgets a session's globals. */
  reset(session: string): Promise<void>;
  /** Stops the sandbox and frees its memory. */
  dispose(): Promise<void>;
}
