import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PythonSupervisor } from '../../../src/sandbox/host/supervisor';
import type { RunOutcome } from '../../../src/sandbox/python-worker.api';
import { INFO, fakeSpawn, fakeWorker, ran, settle, type FakeWorker } from './fake-worker';

// The watchdog around each call, over fake workers: what it leaves behind on the caller's signal
// and in the timer queue once a call is over, and how often it interrupts a cell that is stopping.
const LOST = 'the Python worker was restarted, so every session’s variables are lost: define them again';
const CANCELLED = { name: 'AbortError', message: 'The Python cell was cancelled.' };

afterEach(() => {
  vi.useRealTimers();
});

/** The listeners still waiting on `signal`'s abort: each one keeps its call's worker reachable. */
function abortListeners(signal: AbortSignal): number {
  return getEventListeners(signal, 'abort').length;
}

/**
 * A worker whose cell `stopping` runs until told to answer, and counts the interrupts it is sent;
 * any other cell prints its own code. A second interrupt would not be harmless: Pyodide raises one
 * KeyboardInterrupt per interrupt, so it would cut short the `except KeyboardInterrupt:` or
 * `finally:` clean-up the first one started.
 */
function counting(): { fake: FakeWorker; interrupts: string[]; answer: () => void; interrupted: Promise<void> } {
  const interrupts: string[] = [];
  let answer: () => void = () => undefined;
  let heard: () => void = () => undefined;
  const interrupted = new Promise<void>((resolve) => (heard = resolve));
  const fake = fakeWorker({
    interrupter: {
      raise: () => {
        interrupts.push('raise');
        heard();
      },
      clear: () => undefined,
    },
    run: (code) =>
      new Promise<RunOutcome>((resolve) => {
        if (code === 'stopping') answer = () => resolve(ran({ error: { type: 'KeyboardInterrupt', message: '', traceback: 'tb' } }));
        else resolve(ran({ stdout: code }));
      }),
  });
  return { fake, interrupts, answer: () => answer(), interrupted };
}

describe("a caller's signal", () => {
  describe('should hold no listener of the supervisor once the call is over', () => {
    test('for one signal shared by several cells that ran to the end', async () => {
      // As a batch passes one signal to all its cells: a listener left per cell would keep every
      // worker alive through it and, past ten, make Node warn of a leak.
      const { spawned, options } = fakeSpawn();
      const supervisor = new PythonSupervisor({ ...options, standby: false });
      const controller = new AbortController();
      for (const code of ['1', '2', '3']) expect((await supervisor.run(code, { signal: controller.signal })).error).toBeNull();
      expect(abortListeners(controller.signal)).toBe(0);
      expect(spawned.map((fake) => fake.runs)).toEqual([['1', '2', '3']]);
    });
  });
});

describe('a worker that died just after it started', () => {
  describe('should end the call as a crash and leave no timer or listener behind', () => {
    test('for a worker that exits as its start-up answers, before the cell is sent', async () => {
      // Its start wins the race, so the cell is sent to a worker already marked dead: the watchdog
      // has nothing to watch, and a pending limit would keep a Node process alive for the whole limit.
      vi.useFakeTimers();
      const { spawned, options } = fakeSpawn((i) =>
        fakeWorker({
          init: (_init, fake) => {
            if (i === 0) fake.die('out of memory');
            return Promise.resolve(INFO);
          },
        }),
      );
      const supervisor = new PythonSupervisor({ ...options, standby: false });
      const controller = new AbortController();
      const result = await supervisor.run('1', { signal: controller.signal });
      expect(result.error?.message).toBe(`The Python worker stopped unexpectedly (the worker had already stopped); ${LOST}.`);
      expect(result.sessionLost).toBe(true);
      await settle();
      expect(abortListeners(controller.signal)).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
      // The replacement, started at once, runs the next cell.
      expect((await supervisor.run('2')).error).toBeNull();
      expect(spawned.map((fake) => fake.runs)).toEqual([['1'], ['2']]);
    });
  });
});

describe('a cell that is stopping', () => {
  describe('should be interrupted once', () => {
    test('for a cell cancelled after its limit interrupted it, before it answers', async () => {
      const worker = counting();
      const { spawned, options } = fakeSpawn(() => worker.fake);
      // A long grace: the cell is never terminated here, it answers when told.
      const supervisor = new PythonSupervisor({ ...options, standby: false, graceMs: 60_000 });
      const controller = new AbortController();
      const run = supervisor.run('stopping', { signal: controller.signal, timeoutMs: 1 });
      await worker.interrupted;
      controller.abort();
      worker.answer();
      await expect(run).rejects.toMatchObject(CANCELLED);
      expect(worker.interrupts).toEqual(['raise']);
      // Interrupted, not terminated: the same worker runs the next cell with the session's variables.
      const next = await supervisor.run('x');
      expect(next.stdout).toBe('x');
      expect(next.sessionLost).toBeUndefined();
      expect(spawned).toHaveLength(1);
      expect(spawned[0]!.terminated).toBe(false);
    });
  });
});
