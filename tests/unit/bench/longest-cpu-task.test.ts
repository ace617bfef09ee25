/**
 * The benches' "longest task by CPU" figure, read from a Chromium trace: only the page's main
 * thread, only between the two marks, a task with the microtask checkpoint Blink runs after it, and
 * never more CPU than the slice's wall time (a few trace events on the shared VM report a `tdur`
 * above their `dur`).
 */
import { describe, expect, test } from 'vitest';
import { longestCpuTask, type Trace } from '../../../bench/suites/ui';

const PID = 7;
const MAIN = 1;
const task = (ts: number, dur: number, tdur: number, tid = MAIN) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: PID, tid, ts, dur, tdur });
const checkpoint = (ts: number, dur: number, tdur: number) => ({ name: 'BlinkScheduler_PerformMicrotaskCheckpoint', ph: 'X', pid: PID, tid: MAIN, ts, dur, tdur });
const mark = (name: string, ts: number) => ({ name, ph: 'R', pid: PID, tid: MAIN, ts });

const trace: Trace = {
  traceEvents: [
    { name: 'thread_name', ph: 'M', pid: PID, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    task(500, 90_000, 80_000),
    mark('lce-import-start', 1_000),
    task(2_000, 40_000, 30_000),
    checkpoint(10_000, 1_000, 1_000),
    task(50_000, 42, 58_000),
    task(51_000, 1_000, 1_000),
    checkpoint(52_000, 20_000, 12_000),
    checkpoint(72_000, 30, 30),
    task(60_000, 70_000, 65_000, 2),
    mark('lce-import-end', 100_000),
    task(120_000, 45_000, 44_000),
  ],
};

describe('longestCpuTask', () => {
  describe('should take the main thread between the marks, capped at wall time', () => {
    test('for tasks before, inside and after the marks, and on another thread', () => {
      expect(longestCpuTask(trace, 'lce-import-start', 'lce-import-end')).toBe(30);
    });
  });

  describe('should count the microtask checkpoint after a task as part of it, and one inside it once', () => {
    test('for a 1 ms task followed by checkpoints of 12 ms and 30 µs', () => {
      const tasks = trace.traceEvents.filter((e) => e.ts !== 2_000);
      expect(longestCpuTask({ traceEvents: tasks }, 'lce-import-start', 'lce-import-end')).toBe(13.03);
    });
  });

  describe('should run to the end of the trace without an end mark, and give NaN for a missing mark', () => {
    test('for the same trace', () => {
      expect(longestCpuTask(trace, 'lce-import-start')).toBe(44);
      expect(longestCpuTask(trace, 'lce-import-start', 'lce-save-end')).toBeNaN();
      expect(longestCpuTask(trace)).toBeNaN();
    });
  });
});
