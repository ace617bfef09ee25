/** Turning what a worker reported (or failed to report) into the CellResult the core sees. */
import type { CellResult } from '../../core/ports/python-runner';
import type { RawCellResult } from '../python-worker.api';

const LOST = 'the Python worker was restarted, so every session’s variables are lost: define them again';

/** A finished cell. `lostBefore`: this session's globals had been lost to an earlier restart. */
export function toCellResult(raw: RawCellResult, lostBefore: boolean): CellResult {
  const result: CellResult = {
    stdout: raw.stdout,
    stderr: raw.stderr,
    value: raw.value,
    error: raw.error ? { ...raw.error } : null,
    ms: raw.ms,
    truncated: raw.truncated,
  };
  if (lostBefore) result.sessionLost = true;
  if (raw.recycle && result.error) result.error.message += ` (${LOST}.)`;
  return result;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** The cell hit its limit and stopped at the interrupt: the session survives. */
export function interruptedResult(timeoutMs: number, partial: RawCellResult | null, lostBefore: boolean): CellResult {
  return {
    stdout: partial?.stdout ?? '',
    stderr: partial?.stderr ?? '',
    value: null,
    error: {
      type: 'TimeoutError',
      message: `The cell ran longer than its ${seconds(timeoutMs)} limit and was interrupted; this session’s variables are kept.`,
      traceback: partial?.error?.traceback ?? '',
    },
    ms: partial?.ms ?? timeoutMs,
    truncated: partial?.truncated ?? false,
    ...(lostBefore ? { sessionLost: true } : {}),
  };
}

/** The cell ignored the interrupt (a long C-level call, a swallowed KeyboardInterrupt): the worker was terminated. */
export function killedResult(timeoutMs: number): CellResult {
  return {
    stdout: '',
    stderr: '',
    value: null,
    error: {
      type: 'TimeoutError',
      message: `The cell ran longer than its ${seconds(timeoutMs)} limit and did not stop when interrupted; ${LOST}.`,
      traceback: '',
    },
    ms: timeoutMs,
    truncated: false,
    sessionLost: true,
  };
}

/** The worker died under the cell (out of memory, a fatal interpreter error). */
export function crashedResult(reason: string): CellResult {
  return {
    stdout: '',
    stderr: '',
    value: null,
    error: { type: 'SandboxCrash', message: `The Python worker stopped unexpectedly (${reason}); ${LOST}.`, traceback: '' },
    ms: 0,
    truncated: false,
    sessionLost: true,
  };
}
