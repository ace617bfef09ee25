import { afterEach, describe, expect, test, vi } from 'vitest';
import { AbortError } from '../../../src/core/errors';
import { PythonSupervisor } from '../../../src/sandbox/host/supervisor';
import { INFO, fakeSpawn, fakeWorker, ran, settle, type FakeBehaviour, type FakeWorker } from './fake-worker';

// How the supervisor recovers from a lost worker over fake workers: a failed start retried with a
// fresh one, the replacement started as soon as a worker is lost (and never once the runner is
// disposed), a cancelled start that spawns nothing more, sessions told of a loss however many
// workers came before, and no start-up timer left behind.
afterEach(() => {
  vi.useRealTimers();
});

/** A worker whose cell `recycle` asks to be replaced, as a MemoryError does; every other cell runs. */
function recycling(): FakeWorker {
  return fakeWorker({ run: (code) => Promise.resolve(ran({ recycle: code === 'recycle' })) });
}

/** A supervisor without a standby over recycling workers, so each lost worker is replaced by exactly one. */
function recyclingSupervisor(): { spawned: FakeWorker[]; supervisor: PythonSupervisor } {
  const { spawned, options } = fakeSpawn(recycling);
  return { spawned, supervisor: new PythonSupervisor({ ...options, standby: false }) };
}

/** A worker that is still starting (its `init` never answers unless it dies). */
function starting(): FakeWorker {
  return fakeWorker({ init: () => new Promise<never>(() => undefined) });
}

describe('a worker that fails to start', () => {
  describe('should be replaced by a fresh one that runs the cell', () => {
    test('for a first worker whose init fails', async () => {
      const failing: FakeBehaviour = { init: () => Promise.reject(new Error('no wasm')) };
      const { spawned, options } = fakeSpawn((i) => fakeWorker(i === 0 ? failing : {}));
      const supervisor = new PythonSupervisor({ ...options, standby: false });
      const result = await supervisor.run('1');
      expect(result.error).toBeNull();
      expect(spawned.map((fake) => fake.runs)).toEqual([[], ['1']]);
      expect(spawned[0]!.terminated).toBe(true);
    });
  });
});

describe('a worker that starts', () => {
  describe('should leave no start-up timer behind', () => {
    test('for a worker that started well within its limit', async () => {
      // A pending 120 s timer would keep a Node process (the CLI runner) alive long after its work.
      vi.useFakeTimers();
      const { options } = fakeSpawn();
      const supervisor = new PythonSupervisor({ ...options, standby: false });
      expect(await supervisor.start()).toEqual(INFO);
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});

describe('a cancelled call', () => {
  describe('should start no second worker', () => {
    test('for a call cancelled in the same turn as its starting worker dies', async () => {
      // The death has marked the worker dead but not yet failed its start when the abort is handled:
      // the abort must end the call, not count as a failed start to retry.
      const { spawned, options } = fakeSpawn(starting);
      const supervisor = new PythonSupervisor(options);
      const controller = new AbortController();
      const run = supervisor.run('1', { signal: controller.signal });
      await settle();
      spawned[0]!.die('out of memory');
      controller.abort();
      await expect(run).rejects.toThrow(new AbortError('The Python cell'));
      await settle();
      expect(spawned).toHaveLength(1);
    });
  });
});

describe('a lost worker', () => {
  describe('should be replaced at once, before the next cell', () => {
    test('for a worker recycled without a standby', async () => {
      const { spawned, supervisor } = recyclingSupervisor();
      expect((await supervisor.run('recycle')).sessionLost).toBe(true);
      // The replacement's start-up overlaps the time until the next cell.
      expect(spawned).toHaveLength(2);
      expect(spawned[1]!.init).not.toBeNull();
      expect(spawned[1]!.runs).toEqual([]);
    });

    test('for a worker recycled with a standby, which takes over while a new standby starts', async () => {
      const { spawned, options } = fakeSpawn(recycling);
      const supervisor = new PythonSupervisor(options);
      await supervisor.run('recycle');
      expect(spawned).toHaveLength(3);
      expect(spawned.map((fake) => fake.init !== null)).toEqual([true, true, true]);
    });
  });

  describe('should not be replaced once the runner is disposed', () => {
    test('for a cell running when dispose() terminates its worker', async () => {
      // Like the Node sandbox process, this worker exits when terminated, so the cell ends as a death.
      const { spawned, options } = fakeSpawn(() => {
        const fake = fakeWorker({ run: () => new Promise(() => undefined) });
        const terminate = fake.worker.terminate;
        fake.worker.terminate = () => {
          terminate();
          fake.die('killed by the host');
        };
        return fake;
      });
      const supervisor = new PythonSupervisor({ ...options, standby: false });
      const run = supervisor.run('while True: pass');
      await settle();
      expect(spawned[0]!.runs).toEqual(['while True: pass']);
      await supervisor.dispose();
      await run;
      await settle();
      expect(spawned).toHaveLength(1);
    });
  });
});

describe('a session', () => {
  describe('should be told its variables were lost', () => {
    test('for a session first used on the third worker, which another session recycled', async () => {
      const { spawned, supervisor } = recyclingSupervisor();
      await supervisor.run('recycle', { session: 'b' });
      await supervisor.run('recycle', { session: 'b' });
      expect((await supervisor.run('x = 1', { session: 'a' })).sessionLost).toBeUndefined();
      await supervisor.run('recycle', { session: 'b' });
      expect((await supervisor.run('x', { session: 'a' })).sessionLost).toBe(true);
      expect(spawned.map((fake) => fake.runs)).toEqual([['recycle'], ['recycle'], ['x = 1', 'recycle'], ['x']]);
    });

    test('for cells without a session, which are the session "default"', async () => {
      const { supervisor } = recyclingSupervisor();
      await supervisor.run('x = 1');
      await supervisor.run('recycle', { session: 'b' });
      expect((await supervisor.run('x', { session: 'default' })).sessionLost).toBe(true);
    });
  });
});
