import { describe, expect, test } from 'vitest';
import { batchOutcome, countCells, type BatchProgress } from '../../../src/core/collect';

const progress = (done: number, total: number): BatchProgress => ({ done, total, madeNow: done, samplesPerMinute: null, etaSeconds: null, perMethod: {}, inFlight: [], engineBusyFraction: null });
const failure = { name: 'EngineRequestError', message: 'HTTP 503' };

describe('batchOutcome', () => {
  describe('should say how a run ended, a failure first, then what was asked', () => {
    test.each([
      [failure, 'cancel', progress(3, 8), 'failed'],
      [null, 'cancel', progress(8, 8), 'cancelled'],
      [null, 'pause', progress(8, 8), 'paused'],
      [null, null, progress(5, 8), 'paused'],
      [null, null, progress(8, 8), 'finished'],
    ] as const)('for failure %j, %s asked, %j', (f, asked, p, kind) => {
      expect(batchOutcome(f, asked, p).kind).toBe(kind);
    });
  });
});

describe('countCells', () => {
  describe('should count the cells that ran and those that failed', () => {
    test('for an error block, a typed error on an output block and a code block never run', () => {
      expect(countCells([
        { type: 'code', content: '1/0' },
        { type: 'error', content: 'ZeroDivisionError: division by zero' },
        { type: 'code', content: 'while True: print(1)' },
        { type: 'output', content: '1\n1', error: { type: 'TimeoutError' } } as never,
        { type: 'code', content: 'print(2)' },
        { type: 'output', content: '2' },
        { type: 'code', content: 'unfinished(' },
      ])).toEqual({ cells: 3, errors: 2 });
    });
  });
});
