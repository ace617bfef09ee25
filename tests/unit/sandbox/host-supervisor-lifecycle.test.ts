import { describe, expect, test } from 'vitest';
import { AbortError, SandboxError } from '../../../src/core/errors';
import { PythonSupervisor } from '../../../src/sandbox/host/supervisor';
import type { WorkerInfo } from '../../../src/sandbox/python-worker.api';
import { INFO, fakeSpawn, fakeWorker, ran, settle } from './fake-worker';

// The supervisor's life-cycle over fake workers: what a disposed or cancelled runner refuses, when
// the standby worker is used, and the messages of a worker that fails to start or dies.
const LOST = 'the Python worker was restarted, so every session’s variables are lost: define them again';
const DISPOSED = 'The Python sandbox failed: the runner was disposed; create a new one';

describe('a disposed supervisor', () => {
  describe('should refuse to start a worker', () => {
    test('for start() and run(), with the reason', async () => {
      const { spawned, options } = fakeSpawn();
      const supervisor = new PythonSupervisor(options);
      expect(await supervisor.start()).toEqual(INFO);
      await supervisor.dispose();
      await expect(supervisor.start()).rejects.toThrow(new SandboxError('the runner was disposed; create a new one'));
      await expect(supervisor.run('1')).rejects.toThrow(DISPOSED);
      expect(spawned).toHaveLength(1);
      expect(spawned[0]!.terminated).toBe(true);
    });
  });
});

describe('a cancelled call', () => {
  describe('should start no worker', () => {
    test('for a signal aborted before the call', async () => {
      const { spawned, options } = fakeSpawn();
      const supervisor = new PythonSupervisor(options);
      const controller = new AbortController();
      controller.abort();
      const run = supervisor.run('1', { signal: controller.signal });
      await expect(run).rejects.toThrow(new AbortError('The Python cell'));
      await expect(run).rejects.toThrow('The Python cell was cancelled.');
      expect(spawned).toHaveLength(0);
    });
  });
});

describe('the standby worker', () => {
  describe('should be waited for by standbyReady', () => {
    test('for a standby that is still starting', async () => {
      let readySpare: (info: WorkerInfo) => void = () => undefined;
      const { spawned, options } = fakeSpawn((i) => fakeWorker(i === 0 ? {} : { init: () => new Promise((resolve) => (readySpare = resolve)) }));
      const supervisor = new PythonSupervisor(options);
      await supervisor.run('1');
      expect(spawned).toHaveLength(2);
      let waited = false;
      const waiting = supervisor.standbyReady().then(() => (waited = true));
      await settle();
      expect(waited).toBe(false);
      readySpare(INFO);
      await waiting;
      expect(waited).toBe(true);
    });
  });

  describe('should not be started when the runner is told to run without one', () => {
    test('for standby: false, over two cells', async () => {
      const { spawned, options } = fakeSpawn();
      const supervisor = new PythonSupervisor({ ...options, standby: false });
      await supervisor.run('1');
      await supervisor.run('2');
      await settle();
      expect(spawned.map((fake) => fake.runs)).toEqual([['1', '2']]);
    });
  });

  describe('should take over from a recycled worker', () => {
    test('for the cell after one that made the worker recycle', async () => {
      const { spawned, options } = fakeSpawn((i) => fakeWorker(i === 0 ? { run: () => Promise.resolve(ran({ error: { type: 'MemoryError', message: 'm', traceback: '' }, recycle: true })) } : {}));
      const supervisor = new PythonSupervisor(options);
      expect((await supervisor.run('big = [0] * 10**10')).sessionLost).toBe(true);
      await supervisor.run('2');
      // The standby (the second worker) ran the next cell; only one new standby was started.
      expect(spawned.map((fake) => fake.runs)).toEqual([['big = [0] * 10**10'], ['2'], []]);
      expect(spawned[0]!.terminated).toBe(true);
    });
  });
});

describe('a worker that does not start', () => {
  describe('should be reported with the start limit in seconds', () => {
    test('for a worker that never answers init', async () => {
      const { options } = fakeSpawn(() => fakeWorker({ init: () => new Promise<never>(() => undefined) }));
      const supervisor = new PythonSupervisor({ ...options, startLimitMs: 50 });
      await expect(supervisor.start()).rejects.toThrow(
        'The Python sandbox failed: Python did not start (no answer within 0.05 s). Reload the page or check that the Pyodide files are served.',
      );
    });
  });
});

describe('a worker that dies', () => {
  describe('should give a crash result naming why', () => {
    test('for a worker that stopped between its start and the cell', async () => {
      // Dies in the same turn as it reports ready: the cell finds it already dead.
      const { options } = fakeSpawn(() =>
        fakeWorker({
          init: (_, fake) => {
            fake.die('gone');
            return Promise.resolve(INFO);
          },
          run: () => new Promise(() => undefined),
        }),
      );
      const result = await new PythonSupervisor({ ...options, standby: false }).run('1');
      expect(result.error).toEqual({ type: 'SandboxCrash', message: `The Python worker stopped unexpectedly (the worker had already stopped); ${LOST}.`, traceback: '' });
    });

    test('for a worker that asks for packages again after loading them', async () => {
      const { options } = fakeSpawn(() => fakeWorker({ run: () => Promise.resolve({ kind: 'needs-packages', names: ['sympy'] }) }));
      const result = await new PythonSupervisor({ ...options, standby: false }).run('import sympy');
      expect(result.error?.message).toBe(`The Python worker stopped unexpectedly (the worker asked for packages again after loading them); ${LOST}.`);
    });
  });
});
