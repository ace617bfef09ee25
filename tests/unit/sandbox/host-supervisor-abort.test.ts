import { getEventListeners } from 'node:events';
import { describe, expect, test } from 'vitest';
import { PythonSupervisor } from '../../../src/sandbox/host/supervisor';
import type { WorkerInfo } from '../../../src/sandbox/python-worker.api';
import { INFO, fakeSpawn, fakeWorker, ran, settle, type FakeWorker } from './fake-worker';

// A call cancelled before the watchdog has started listening to its signal, over fake workers: while
// its worker starts, while a failed start is retried, and as its cell is sent. The call must end as
// cancelled at once, its cell must never run (or be interrupted if it was sent), and the caller's
// signal must hold nothing of the supervisor's once the call is over.
const CANCELLED = { name: 'AbortError', message: 'The Python cell was cancelled.' };

/** The listeners still waiting on `signal`'s abort: each one keeps the closure of a call that is over. */
function abortListeners(signal: AbortSignal): number {
  return getEventListeners(signal, 'abort').length;
}

/** A supervisor without a standby over workers whose start answers only when told (by `answer`). */
function slowStart(): { spawned: FakeWorker[]; supervisor: PythonSupervisor; answer: () => void } {
  let answer: (info: WorkerInfo) => void = () => undefined;
  const { spawned, options } = fakeSpawn(() => fakeWorker({ init: () => new Promise((resolve) => (answer = resolve)) }));
  return { spawned, supervisor: new PythonSupervisor({ ...options, standby: false }), answer: () => answer(INFO) };
}

/** Whether `promise` has settled yet: a call that should be over is checked without waiting on it forever. */
function settledYet(promise: Promise<unknown>): () => boolean {
  let over = false;
  promise.then(
    () => (over = true),
    () => (over = true),
  );
  return () => over;
}

/** Runs `code` with a signal and cancels it once the supervisor waits for the worker's start. */
async function cancelWhileStarting(supervisor: PythonSupervisor, code: string): Promise<{ run: Promise<unknown>; signal: AbortSignal; over: () => boolean }> {
  const controller = new AbortController();
  const run = supervisor.run(code, { signal: controller.signal });
  const over = settledYet(run);
  await settle();
  controller.abort();
  await settle();
  return { run, signal: controller.signal, over };
}

describe('a call cancelled while its worker starts', () => {
  describe('should be rejected at once and its cell never run', () => {
    test('for a worker whose start answers only after the cancel', async () => {
      const { spawned, supervisor, answer } = slowStart();
      const cancelled = await cancelWhileStarting(supervisor, 'cancelled');
      // Over before the start answers: the caller does not wait for Python to load.
      expect(cancelled.over()).toBe(true);
      await expect(cancelled.run).rejects.toMatchObject(CANCELLED);
      answer();
      await settle();
      expect(spawned[0]!.runs).toEqual([]);
      // The start went on: the same worker runs the next cell.
      expect((await supervisor.run('x')).error).toBeNull();
      expect(spawned.map((fake) => fake.runs)).toEqual([['x']]);
    });
  });

  describe("should leave no listener on the caller's signal once the call is over", () => {
    test('for a worker still starting after the call was rejected', async () => {
      // A start may take up to its limit (minutes): the call's listener must not wait for it.
      const { spawned, supervisor } = slowStart();
      const cancelled = await cancelWhileStarting(supervisor, 'cancelled');
      expect(cancelled.over()).toBe(true);
      await expect(cancelled.run).rejects.toMatchObject(CANCELLED);
      expect(abortListeners(cancelled.signal)).toBe(0);
      expect(spawned).toHaveLength(1);
      expect(spawned[0]!.init).not.toBeNull();
    });
  });
});

describe('a call cancelled while a failed start is retried', () => {
  describe('should be rejected and its cell never run', () => {
    test('for a cancel that comes as the replacement worker is spawned', async () => {
      // Spawning the replacement stands in for a caller's cancel landing between the first start's
      // failure and the wait for the second: the signal is already aborted when that wait begins.
      const controller = new AbortController();
      const { spawned, options } = fakeSpawn((i) => {
        if (i === 1) controller.abort();
        return fakeWorker(i === 0 ? { init: () => Promise.reject(new Error('no wasm')) } : {});
      });
      const supervisor = new PythonSupervisor({ ...options, standby: false });
      const run = supervisor.run('cancelled', { signal: controller.signal });
      const over = settledYet(run);
      await settle();
      expect(over()).toBe(true);
      await expect(run).rejects.toMatchObject(CANCELLED);
      expect(spawned.map((fake) => fake.runs)).toEqual([[], []]);
      expect(abortListeners(controller.signal)).toBe(0);
      // The replacement started all the same and runs the next cell.
      expect((await supervisor.run('x')).error).toBeNull();
      expect(spawned.map((fake) => fake.runs)).toEqual([[], ['x']]);
    });
  });
});

describe('a call cancelled as its cell is sent', () => {
  describe('should be rejected, not answered, and its cell interrupted', () => {
    test('for a cancel that comes before the watchdog listens to the signal', async () => {
      // The worker cancels as it receives the cell, so the abort event has fired before the watchdog
      // could listen for it: only the signal's state tells the watchdog the call was cancelled.
      const controller = new AbortController();
      const interrupts: string[] = [];
      const { spawned, options } = fakeSpawn(() =>
        fakeWorker({
          interrupter: { raise: () => interrupts.push('raise'), clear: () => undefined },
          run: (code) => {
            if (code === 'cancelled') controller.abort();
            return Promise.resolve(ran({ stdout: code }));
          },
        }),
      );
      const supervisor = new PythonSupervisor({ ...options, standby: false });
      await expect(supervisor.run('cancelled', { signal: controller.signal })).rejects.toMatchObject(CANCELLED);
      expect(interrupts).toEqual(['raise']);
      expect(abortListeners(controller.signal)).toBe(0);
      // Interrupted, not terminated: the same worker runs the next cell with the session's variables.
      const next = await supervisor.run('x');
      expect(next.stdout).toBe('x');
      expect(next.sessionLost).toBeUndefined();
      expect(spawned.map((fake) => fake.runs)).toEqual([['cancelled', 'x']]);
      expect(spawned[0]!.terminated).toBe(false);
    });
  });
});
