import { afterEach, describe, expect, test, vi } from 'vitest';
import { PythonSupervisor } from '../../../src/sandbox/host/supervisor';
import { DEFAULT_GRACE_MS, REPEAT_INTERRUPT_MS } from '../../../src/sandbox/host/supervisor-options';
import type { RunOutcome } from '../../../src/sandbox/python-worker.api';
import { fakeSpawn, fakeWorker, ran, type FakeWorker } from './fake-worker';

// Pyodide takes its interrupt byte by reading it and then writing 0, two steps another thread can
// fall between: a raise written there is wiped and the cell runs on. The host raises again while the
// call is still running, so a lost raise costs one period instead of the worker and every session.
// Fake workers on a fake clock stage the lost raise exactly; the real race is 1 in tens of
// interrupts, too rare to stage with real Pyodide in a test.
afterEach(() => {
  vi.useRealTimers();
});

const LIMIT_MS = 1000;
const INTERRUPTED = 'The cell ran longer than its 1 s limit and was interrupted; this session’s variables are kept.';
const KILLED = 'The cell ran longer than its 1 s limit and did not stop when interrupted; the Python worker was restarted, so every session’s variables are lost: define them again.';

interface Interrupts {
  raised: number[];
  cleared: number[];
}

/**
 * A worker whose runaway cell ignores the first `lost` raises (wiped as Pyodide's read-then-zero can
 * wipe them) and stops at the next one; `Infinity` never stops. Records when each raise and clear came.
 */
function losingRaises(lost: number, log: Interrupts): FakeWorker {
  let stop: () => void = () => undefined;
  return fakeWorker({
    interrupter: {
      raise: () => {
        log.raised.push(Date.now());
        if (log.raised.length > lost) stop();
      },
      clear: () => void log.cleared.push(Date.now()),
    },
    run: (code) =>
      new Promise<RunOutcome>((resolve) => {
        if (code !== 'while True: pass') return resolve(ran({ stdout: code }));
        stop = () => resolve(ran({ error: { type: 'KeyboardInterrupt', message: '', traceback: 'tb' } }));
      }),
  });
}

async function runaway(lost: number): Promise<{ supervisor: PythonSupervisor; spawned: FakeWorker[]; log: Interrupts; message: string | undefined; sessionLost: boolean | undefined; start: number }> {
  vi.useFakeTimers();
  const start = Date.now();
  const log: Interrupts = { raised: [], cleared: [] };
  const { spawned, options } = fakeSpawn(() => losingRaises(lost, log));
  const supervisor = new PythonSupervisor({ ...options, standby: false });
  const run = supervisor.run('while True: pass', { timeoutMs: LIMIT_MS });
  await vi.runAllTimersAsync();
  const result = await run;
  return { supervisor, spawned, log, message: result.error?.message, sessionLost: result.sessionLost, start };
}

describe('a cell whose interrupt is lost', () => {
  test('should be interrupted again one period later, keeping its worker and session', async () => {
    const { supervisor, spawned, log, message, sessionLost, start } = await runaway(1);
    expect(message).toBe(INTERRUPTED);
    expect(sessionLost).toBeUndefined();
    expect(spawned[0]!.terminated).toBe(false);
    expect(log.raised.map((at) => at - start)).toEqual([LIMIT_MS, LIMIT_MS + REPEAT_INTERRUPT_MS]);
    expect((await supervisor.run('x')).stdout).toBe('x');
    await supervisor.dispose();
  });

  test('should be interrupted as often as the grace period allows when several raises are lost', async () => {
    const lost = Math.floor(DEFAULT_GRACE_MS / REPEAT_INTERRUPT_MS) - 1;
    const { spawned, log, message } = await runaway(lost);
    expect(message).toBe(INTERRUPTED);
    expect(spawned[0]!.terminated).toBe(false);
    expect(log.raised).toHaveLength(lost + 1);
  });
});

describe('the repeated interrupt', () => {
  test('should stop once the cell stops, and the byte be cleared after the last raise', async () => {
    const { supervisor, log } = await runaway(0);
    expect(log.raised).toHaveLength(1);
    const clearedAt = log.cleared.at(-1)!;
    expect(clearedAt).toBeGreaterThanOrEqual(log.raised.at(-1)!);
    // Much later, nothing raises again: the next cell cannot be hit by this one's interrupt.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(log.raised).toHaveLength(1);
    await supervisor.dispose();
  });

  test('should stop when a cell that never stops has its worker terminated', async () => {
    const { supervisor, spawned, log, message, start } = await runaway(Infinity);
    expect(message).toBe(KILLED);
    expect(spawned[0]!.terminated).toBe(true);
    // Raised at the limit and every period after it, until the grace period ended.
    expect(log.raised.length).toBe(Math.floor(DEFAULT_GRACE_MS / REPEAT_INTERRUPT_MS));
    expect(log.raised.every((at) => at - start >= LIMIT_MS && at - start < LIMIT_MS + DEFAULT_GRACE_MS)).toBe(true);
    const raisedBefore = log.raised.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(log.raised).toHaveLength(raisedBefore);
    await supervisor.dispose();
  });
});
