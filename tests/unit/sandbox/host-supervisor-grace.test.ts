import { afterEach, describe, expect, test, vi } from 'vitest';
import { PythonSupervisor } from '../../../src/sandbox/host/supervisor';
import { DEFAULT_GRACE_MS } from '../../../src/sandbox/host/supervisor-options';
import type { RunOutcome } from '../../../src/sandbox/python-worker.api';
import { fakeSpawn, fakeWorker, ran, type FakeWorker } from './fake-worker';

// The grace period between interrupting a cell at its limit and terminating its worker, over fake
// workers on a fake clock: a cell that stops within it keeps its worker and its session's variables,
// one that is still running at its end loses both. The fake clock orders the cell's stop and the
// terminate exactly, so a busy machine cannot change which one comes first.
afterEach(() => {
  vi.useRealTimers();
});

const LIMIT_MS = 1000;
const INTERRUPTED = 'The cell ran longer than its 1 s limit and was interrupted; this session’s variables are kept.';
const KILLED = 'The cell ran longer than its 1 s limit and did not stop when interrupted; the Python worker was restarted, so every session’s variables are lost: define them again.';

/**
 * A worker whose cell runs until interrupted and then stops `stopsAfterMs` later, as a cell whose
 * `finally:` clean-up takes a while; the worker brings its own interrupter.
 */
function stoppingAfter(stopsAfterMs: number): FakeWorker {
  let interrupted: () => void = () => undefined;
  return fakeWorker({
    interrupter: { raise: () => interrupted(), clear: () => undefined },
    run: (code) =>
      new Promise<RunOutcome>((resolve) => {
        if (code !== 'while True: pass') return resolve(ran({ stdout: code }));
        interrupted = () => {
          setTimeout(() => resolve(ran({ stdout: 'cleaned up\n', error: { type: 'KeyboardInterrupt', message: '', traceback: 'tb' } })), stopsAfterMs);
        };
      }),
  });
}

/** Runs a runaway cell over a worker that stops `stopsAfterMs` after the interrupt, with the runner's grace option as given. */
async function runaway(stopsAfterMs: number, graceMs: number | undefined): Promise<{ supervisor: PythonSupervisor; spawned: FakeWorker[]; message: string | undefined; stdout: string; sessionLost: boolean | undefined }> {
  vi.useFakeTimers();
  const { spawned, options } = fakeSpawn(() => stoppingAfter(stopsAfterMs));
  const supervisor = new PythonSupervisor({ ...options, standby: false, ...(graceMs === undefined ? {} : { graceMs }) });
  const run = supervisor.run('while True: pass', { timeoutMs: LIMIT_MS });
  await vi.runAllTimersAsync();
  const result = await run;
  return { supervisor, spawned, message: result.error?.message, stdout: result.stdout, sessionLost: result.sessionLost };
}

describe('a cell interrupted at its limit', () => {
  describe('should keep its worker and session when it stops within the grace period', () => {
    test.for([
      ['the default grace, stopping after half of it', DEFAULT_GRACE_MS / 2, undefined],
      ['a configured grace longer than the default, stopping after half of it', 1000, 2000],
    ] as const)('for %s', async ([, stopsAfterMs, graceMs]) => {
      const { supervisor, spawned, message, stdout, sessionLost } = await runaway(stopsAfterMs, graceMs);
      expect(message).toBe(INTERRUPTED);
      // What the cell printed before it stopped is kept.
      expect(stdout).toBe('cleaned up\n');
      expect(sessionLost).toBeUndefined();
      expect(spawned[0]!.terminated).toBe(false);
      // The same worker runs the next cell, with nothing to say about lost variables.
      const next = await supervisor.run('x');
      expect([next.stdout, next.sessionLost]).toEqual(['x', undefined]);
      expect(spawned.map((fake) => fake.runs)).toEqual([['while True: pass', 'x']]);
      await supervisor.dispose();
    });
  });

  describe('should have its worker terminated when it is still running at the end of the grace period', () => {
    test.for([
      ['the default grace, stopping after twice it', DEFAULT_GRACE_MS * 2, undefined],
      ['a configured grace shorter than the default, stopping after twice it', 200, 100],
    ] as const)('for %s', async ([, stopsAfterMs, graceMs]) => {
      const { supervisor, spawned, message, stdout, sessionLost } = await runaway(stopsAfterMs, graceMs);
      expect(message).toBe(KILLED);
      expect(stdout).toBe('');
      expect(sessionLost).toBe(true);
      expect(spawned[0]!.terminated).toBe(true);
      // A fresh worker runs the next cell.
      expect((await supervisor.run('x')).stdout).toBe('x');
      expect(spawned.map((fake) => fake.runs)).toEqual([['while True: pass'], ['x']]);
      await supervisor.dispose();
    });
  });
});
