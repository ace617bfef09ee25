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

    test('for printed text, with only its trailing line ends dropped', () => {
      expect(cellOutputBlock(cell({ stdout: '\n1\n\n2\n\n\n' }), 400, 2000)).toEqual({ type: 'output', content: '\n1\n\n2' });
    });

    test('for printed text and a value, where the printed text wins (as in Jupyter)', () => {
      expect(cellOutputBlock(cell({ stdout: 'printed\n', value: "'value'" }), 400, 2000).content).toBe('printed');
    });

    test('for a value and an exception, where only the exception shows', () => {
      const block = cellOutputBlock(cell({ value: '5', error: { type: 'ValueError', message: 'bad', traceback: '' } }), 400, 2000);
      expect(block.content).toBe('ValueError: bad');
    });

    test('for an exception without a message, shown by its type alone', () => {
      expect(cellOutputBlock(cell({ error: { type: 'KeyError', message: '', traceback: '' } }), 400, 2000).content).toBe('KeyError');
    });

    test('for a timeout with a message of its own, which is kept', () => {
      expect(cellOutputBlock(cell({ error: { type: 'TimeoutError', message: 'worker replaced', traceback: '' } }), 400, 1500).content).toBe('TimeoutError: worker replaced');
    });

    test('for a timeout of a fraction of a second, said in seconds', () => {
      expect(cellOutputBlock(cell({ error: { type: 'TimeoutError', message: '', traceback: '' } }), 400, 1500).content).toBe('TimeoutError: the cell ran longer than 1.5 s and was stopped');
    });

    test('for a lost session after an exception, said after it', () => {
      const block = cellOutputBlock(cell({ error: { type: 'MemoryError', message: '', traceback: '' }, sessionLost: true }), 400, 2000);
      expect(block).toEqual({ type: 'error', content: 'MemoryError\n(The Python session was restarted: earlier variables are gone.)', error: { type: 'MemoryError' } });
    });

    test('for output longer than the cap, cut in the middle', () => {
      expect(cellOutputBlock(cell({ stdout: 'abcdefghij\n' }), 4, 2000)).toEqual({ type: 'output', content: 'ab\n... (6 characters cut) ...\nij' });
    });
  });
});

describe('truncateMiddle', () => {
  test('should keep the head and the tail around a marker', () => {
    expect(truncateMiddle('abcdefghij', 4)).toBe('ab\n... (6 characters cut) ...\nij');
  });

  test('should give the head the extra character of an odd cap', () => {
    expect(truncateMiddle('abcdefghij', 5)).toBe('abc\n... (5 characters cut) ...\nij');
  });

  describe('should leave the text whole', () => {
    test.each([
      ['for text exactly as long as the cap', 'abcd', 4],
      ['for text shorter than the cap', 'abc', 4],
      ['for a cap of 0 (no cap)', 'abcdefghij', 0],
    ])('%s', (_, text, max) => {
      expect(truncateMiddle(text, max)).toBe(text);
    });
  });
});
