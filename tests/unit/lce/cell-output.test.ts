import { describe, expect, test } from 'vitest';
import { cellOutputBlock, truncateMiddle } from '../../../src/core/lce/cell-output';
import type { CellResult } from '../../../src/core/ports/python-runner';

/** A cell result as the sandbox reports it (plain data). */
function cell(over: Partial<CellResult>): CellResult {
  return { stdout: '', stderr: '', value: null, error: null, ms: 1, truncated: false, ...over };
}

describe('cellOutputBlock', () => {
  describe('should keep the error type as data, whatever the text says', () => {
    test('for a timed-out cell that printed before it was stopped', () => {
      const block = cellOutputBlock(cell({ stdout: 'step 1\nstep 2\n', error: { type: 'TimeoutError', message: '', traceback: '' } }), 400, 2000);
      expect(block).toEqual({ type: 'error', content: 'step 1\nstep 2\nTimeoutError: the cell ran longer than 2 s and was stopped', error: { type: 'TimeoutError' } });
    });

    test('for a timed-out cell whose text was cut so the type no longer shows', () => {
      const block = cellOutputBlock(cell({ stdout: 'x'.repeat(500), error: { type: 'TimeoutError', message: '', traceback: '' } }), 40, 2000);
      expect(block.content).not.toContain('TimeoutError');
      expect(block.error).toEqual({ type: 'TimeoutError' });
    });

    test('for a cell that printed the words "timed out" and raised nothing', () => {
      expect(cellOutputBlock(cell({ stdout: 'the request timed out\n' }), 400, 2000)).toEqual({ type: 'output', content: 'the request timed out' });
    });

    test('for an exception whose message says "timed out"', () => {
      const block = cellOutputBlock(cell({ error: { type: 'ValueError', message: 'timed out waiting', traceback: '' } }), 400, 2000);
      expect(block).toEqual({ type: 'error', content: 'ValueError: timed out waiting', error: { type: 'ValueError' } });
    });
  });

  describe('should show what the cell produced', () => {
    test('for a value when nothing was printed', () => {
      expect(cellOutputBlock(cell({ value: '42' }), 400, 2000)).toEqual({ type: 'output', content: '42' });
    });

    test('for a lost session, said out loud', () => {
      expect(cellOutputBlock(cell({ stdout: '1\n', sessionLost: true }), 400, 2000).content).toBe('1\n(The Python session was restarted: earlier variables are gone.)');
    });
  });
});

describe('truncateMiddle', () => {
  test('should keep the head and the tail around a marker', () => {
    expect(truncateMiddle('abcdefghij', 4)).toBe('ab\n... (6 characters cut) ...\nij');
  });
});
