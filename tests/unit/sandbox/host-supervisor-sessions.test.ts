import { describe, expect, test } from 'vitest';
import { PythonSupervisor } from '../../../src/sandbox/host/supervisor';
import type { RunOutcome } from '../../../src/sandbox/python-worker.api';
import { fakeSpawn, fakeWorker, ran, settle, type FakeWorker } from './fake-worker';

// What a session is told after its worker is lost, interrupted or cancelled, over fake workers: the
// loss reported once (and never for a cell that kept its variables), a lost worker never used again,
// a cancelled call that rejects whatever stopped its cell, and a cell run again once its packages load.
const LOST = 'the Python worker was restarted, so every session’s variables are lost: define them again';
const CANCELLED = { name: 'AbortError', message: 'The Python cell was cancelled.' };

/**
 * A worker whose cells act by their code: `recycle` asks for a new worker (as a MemoryError does),
 * `stoppable` runs until interrupted, `stubborn` ignores the interrupt, `unanswered` never gets its
 * answer back (the call fails), and any other cell prints its own code. `onInterrupt` runs when the
 * supervisor interrupts, before the cell stops.
 */
function scripted(onInterrupt: () => void = () => undefined): FakeWorker {
  let stop: () => void = () => undefined;
  return fakeWorker({
    interrupter: {
      raise: () => {
        onInterrupt();
        stop();
      },
      clear: () => undefined,
    },
    run: (code) =>
      new Promise<RunOutcome>((resolve, reject) => {
        if (code === 'recycle') resolve(ran({ recycle: true }));
        else if (code === 'stoppable') stop = () => resolve(ran({ error: { type: 'KeyboardInterrupt', message: '', traceback: 'tb' } }));
        else if (code === 'unanswered') reject(new Error('the message port closed'));
        else if (code !== 'stubborn') resolve(ran({ stdout: code }));
      }),
  });
}

/**
 * A supervisor without a standby (each lost worker is replaced by exactly one) and with no grace
 * period: a cell that stops at the interrupt still answers first (its answer is a promise callback,
 * the terminate a timer), and a stubborn one is terminated without waiting.
 */
function supervise(next: () => FakeWorker = () => scripted()): { spawned: FakeWorker[]; supervisor: PythonSupervisor } {
  const { spawned, options } = fakeSpawn(next);
  return { spawned, supervisor: new PythonSupervisor({ ...options, standby: false, graceMs: 0 }) };
}

/** Runs `code` and cancels it once it is running; the call must reject as cancelled. */
async function cancelWhileRunning(supervisor: PythonSupervisor, code: string): Promise<void> {
  const controller = new AbortController();
  const run = supervisor.run(code, { signal: controller.signal });
  await settle();
  controller.abort();
  await expect(run).rejects.toMatchObject(CANCELLED);
}

describe('a session', () => {
  describe('should be told of a lost worker once, on the first result after the loss', () => {
    test('for the cell after one that made its worker recycle', async () => {
      const { spawned, supervisor } = supervise();
      expect((await supervisor.run('recycle')).sessionLost).toBe(true);
      const next = await supervisor.run('x');
      expect(next.stdout).toBe('x');
      expect(next.sessionLost).toBeUndefined();
      expect(spawned.map((fake) => fake.runs)).toEqual([['recycle'], ['x']]);
    });

    test('for the cell after one whose worker was terminated at the limit', async () => {
      const { spawned, supervisor } = supervise();
      const stopped = await supervisor.run('stubborn', { timeoutMs: 1 });
      expect(stopped.error?.message).toBe(`The cell ran longer than its 0.001 s limit and did not stop when interrupted; ${LOST}.`);
      expect(stopped.sessionLost).toBe(true);
      expect((await supervisor.run('x')).sessionLost).toBeUndefined();
      expect(spawned.map((fake) => fake.runs)).toEqual([['stubborn'], ['x']]);
    });

    test('for the cell after a cancelled one whose worker was terminated, which returned no result to tell', async () => {
      const { spawned, supervisor } = supervise();
      await cancelWhileRunning(supervisor, 'stubborn');
      expect((await supervisor.run('x')).sessionLost).toBe(true);
      expect((await supervisor.run('y')).sessionLost).toBeUndefined();
      expect(spawned.map((fake) => fake.runs)).toEqual([['stubborn'], ['x', 'y']]);
    });
  });

  describe('should be told of a later loss after a cell that was interrupted and kept its variables', () => {
    test('for a session interrupted at its limit whose worker another session then recycled', async () => {
      const { spawned, supervisor } = supervise();
      const interrupted = await supervisor.run('stoppable', { session: 'a', timeoutMs: 1 });
      expect(interrupted.error?.message).toBe('The cell ran longer than its 0.001 s limit and was interrupted; this session’s variables are kept.');
      expect(interrupted.sessionLost).toBeUndefined();
      await supervisor.run('recycle', { session: 'b' });
      expect((await supervisor.run('x', { session: 'a' })).sessionLost).toBe(true);
      expect(spawned.map((fake) => fake.runs)).toEqual([['stoppable', 'recycle'], ['x']]);
    });
  });
});

describe('a worker lost under a cell', () => {
  describe('should be replaced at once, before the next cell', () => {
    test('for a worker terminated because its cell ignored the interrupt', async () => {
      const { spawned, supervisor } = supervise();
      await supervisor.run('stubborn', { timeoutMs: 1 });
      // The replacement's start-up overlaps the time until the next cell.
      expect(spawned).toHaveLength(2);
      expect(spawned[0]!.terminated).toBe(true);
      expect(spawned[1]!.init).not.toBeNull();
      expect(spawned[1]!.runs).toEqual([]);
    });
  });

  describe('should be terminated and run no further cell', () => {
    test('for a worker whose answer to a cell never came back', async () => {
      // The worker itself did not exit, but nothing it says can be trusted any more.
      const { spawned, supervisor } = supervise();
      const crashed = await supervisor.run('unanswered');
      expect(crashed.error?.message).toBe(`The Python worker stopped unexpectedly (the message port closed); ${LOST}.`);
      expect(crashed.sessionLost).toBe(true);
      expect((await supervisor.run('x')).stdout).toBe('x');
      expect(spawned.map((fake) => fake.runs)).toEqual([['unanswered'], ['x']]);
      expect(spawned[0]!.terminated).toBe(true);
    });
  });
});

describe('a cancelled cell', () => {
  describe('should reject the call and keep the worker and its variables', () => {
    test('for a cell cancelled while it runs, which stops at the interrupt', async () => {
      const { spawned, supervisor } = supervise();
      await cancelWhileRunning(supervisor, 'stoppable');
      expect((await supervisor.run('x')).sessionLost).toBeUndefined();
      expect(spawned.map((fake) => fake.runs)).toEqual([['stoppable', 'x']]);
      expect(spawned[0]!.terminated).toBe(false);
    });

    test('for a call cancelled as its limit is reached, before the interrupted cell stops', async () => {
      // The limit interrupts first; the cancel comes before the cell's answer, so the call ends as
      // cancelled rather than with a timeout result nobody asked for any more.
      const controller = new AbortController();
      const { spawned, supervisor } = supervise(() => scripted(() => controller.abort()));
      await expect(supervisor.run('stoppable', { signal: controller.signal, timeoutMs: 1 })).rejects.toMatchObject(CANCELLED);
      expect((await supervisor.run('x')).sessionLost).toBeUndefined();
      expect(spawned.map((fake) => fake.runs)).toEqual([['stoppable', 'x']]);
    });
  });
});

describe('a cell that needs packages', () => {
  describe('should be run again as prepared once they are loaded', () => {
    test('for a worker that runs it only when told its packages were prepared', async () => {
      const prepared: boolean[] = [];
      const { spawned, supervisor } = supervise(() => {
        const fake = fakeWorker();
        // As the real worker does: an import of a package not loaded yet is reported, not run.
        fake.worker.api.run = (_code, limits) => {
          prepared.push(limits.prepared === true);
          return Promise.resolve(limits.prepared ? ran({ stdout: 'loaded' }) : { kind: 'needs-packages', names: ['sympy'] });
        };
        return fake;
      });
      const result = await supervisor.run('import sympy');
      expect(result.error).toBeNull();
      expect(result.stdout).toBe('loaded');
      expect(prepared).toEqual([false, true]);
      expect(spawned).toHaveLength(1);
    });
  });
});
