import { describe, expect, test } from 'vitest';
import { crashedResult, interruptedResult, killedResult, toCellResult } from '../../../src/sandbox/host/results';
import type { RawCellResult } from '../../../src/sandbox/python-worker.api';

// The exact sentences a user reads when a cell is stopped or the worker dies, and the fields the
// core relies on (sessionLost decides whether the agent is told to define its variables again).
const LOST = 'the Python worker was restarted, so every session’s variables are lost: define them again';

function raw(over: Partial<RawCellResult> = {}): RawCellResult {
  return { stdout: 'out', stderr: 'err', value: null, error: null, ms: 12, truncated: false, recycle: false, ...over };
}

describe('toCellResult', () => {
  describe('should tell the user the variables are lost', () => {
    test('for a cell whose error made the worker recycle', () => {
      const error = { type: 'MemoryError', message: 'out of memory', traceback: 'tb' };
      const result = toCellResult(raw({ error, recycle: true }), false);
      expect(result.error).toEqual({ type: 'MemoryError', message: `out of memory (${LOST}.)`, traceback: 'tb' });
      // The worker's own object is left as it was.
      expect(error.message).toBe('out of memory');
    });
  });
});

describe('interruptedResult', () => {
  describe('should name the limit in seconds', () => {
    test('for a limit that is not a whole number of seconds', () => {
      expect(interruptedResult(2500, null, false).error?.message).toBe('The cell ran longer than its 2.5 s limit and was interrupted; this session’s variables are kept.');
    });
  });

  describe('should fill in empty output', () => {
    test('for a cell that reported nothing before it stopped', () => {
      expect(interruptedResult(1000, null, false)).toEqual({
        stdout: '',
        stderr: '',
        value: null,
        error: { type: 'TimeoutError', message: 'The cell ran longer than its 1 s limit and was interrupted; this session’s variables are kept.', traceback: '' },
        ms: 1000,
        truncated: false,
      });
    });
  });

  describe('should keep what the cell reported', () => {
    test('for partial output, traceback and truncation', () => {
      const partial = raw({ stdout: 'a', stderr: 'b', ms: 40, truncated: true, error: { type: 'KeyboardInterrupt', message: '', traceback: 'line 1' } });
      const result = interruptedResult(1000, partial, false);
      expect(result).toMatchObject({ stdout: 'a', stderr: 'b', ms: 40, truncated: true, error: { traceback: 'line 1' } });
      expect('sessionLost' in result).toBe(false);
    });
  });

  describe('should say the session was lost earlier', () => {
    test('for a session whose globals an earlier restart lost', () => {
      expect(interruptedResult(1000, null, true).sessionLost).toBe(true);
    });
  });
});

describe('killedResult', () => {
  describe('should say the worker was restarted', () => {
    test('for a cell that ignored the interrupt', () => {
      expect(killedResult(250)).toEqual({
        stdout: '',
        stderr: '',
        value: null,
        error: { type: 'TimeoutError', message: `The cell ran longer than its 0.25 s limit and did not stop when interrupted; ${LOST}.`, traceback: '' },
        ms: 250,
        truncated: false,
        sessionLost: true,
      });
    });
  });
});

describe('crashedResult', () => {
  describe('should name the reason the worker stopped', () => {
    test('for a worker that died under the cell', () => {
      expect(crashedResult('out of memory')).toEqual({
        stdout: '',
        stderr: '',
        value: null,
        error: { type: 'SandboxCrash', message: `The Python worker stopped unexpectedly (out of memory); ${LOST}.`, traceback: '' },
        ms: 0,
        truncated: false,
        sessionLost: true,
      });
    });
  });
});
