import { afterEach, describe, expect, test, vi } from 'vitest';
import { PythonSupervisor } from '../../../src/sandbox/host/supervisor';
import type { RunOutcome } from '../../../src/sandbox/python-worker.api';
import { fakeSpawn, fakeWorker, ran, type FakeWorker } from './fake-worker';

// How the supervisor stops a runaway cell depending on where it runs: through a byte shared with the
// worker when SharedArrayBuffer is there (browser with COOP/COEP, Node), by terminating the worker at
// once when it is not (a page served without cross-origin isolation), and never through a shared
// byte when the worker brings its own interrupter (the Node sandbox process).
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A cell that runs until the shared byte says 2, then stops like Python's KeyboardInterrupt. */
function untilInterrupted(_code: string, fake: FakeWorker): Promise<RunOutcome> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (fake.init?.interruptBuffer?.[0] !== 2) return;
      clearInterval(poll);
      resolve(ran({ error: { type: 'KeyboardInterrupt', message: '', traceback: 'tb' } }));
    }, 2);
  });
}

async function runaway(): Promise<{ fake: FakeWorker; message: string | undefined }> {
  const { spawned, options } = fakeSpawn(() => fakeWorker({ run: untilInterrupted }));
  // A long grace: a cell that heard the interrupt is never terminated by a slow machine.
  const supervisor = new PythonSupervisor({ ...options, standby: false, graceMs: 20_000 });
  const result = await supervisor.run('while True: pass', { timeoutMs: 30 });
  await supervisor.dispose();
  return { fake: spawned[0]!, message: result.error?.message };
}

describe('the shared interrupt byte', () => {
  describe('should interrupt the cell and be cleared after it', () => {
    test('for Node, which has SharedArrayBuffer and no crossOriginIsolated', async () => {
      const { fake, message } = await runaway();
      expect(fake.init?.interruptBuffer?.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(message).toBe('The cell ran longer than its 0.03 s limit and was interrupted; this session’s variables are kept.');
      // Cleared, so a late interrupt cannot hit the next cell.
      expect(fake.init?.interruptBuffer?.[0]).toBe(0);
    });

    test('for a cross-origin isolated page', async () => {
      vi.stubGlobal('crossOriginIsolated', true);
      const { message } = await runaway();
      expect(message).toMatch(/was interrupted; this session’s variables are kept\.$/);
    });
  });

  describe('should not be used', () => {
    test('for a worker with its own interrupter', async () => {
      const interrupter = { raise: vi.fn(), clear: vi.fn() };
      const { spawned, options } = fakeSpawn(() => fakeWorker({ interrupter }));
      const supervisor = new PythonSupervisor({ ...options, standby: false });
      await supervisor.run('1');
      await supervisor.dispose();
      expect(spawned[0]!.init?.interruptBuffer).toBeNull();
      expect(interrupter.clear).toHaveBeenCalled();
    });

    test('for a page that is not cross-origin isolated, where the worker is terminated at once', async () => {
      vi.stubGlobal('crossOriginIsolated', false);
      const { fake, message } = await runaway();
      expect(fake.init?.interruptBuffer).toBeNull();
      expect(fake.terminated).toBe(true);
      expect(message).toMatch(/^The cell ran longer than its 0\.03 s limit and did not stop when interrupted;/);
    });

    test('for a runtime without SharedArrayBuffer', async () => {
      vi.stubGlobal('SharedArrayBuffer', undefined);
      const { fake, message } = await runaway();
      expect(fake.init?.interruptBuffer).toBeNull();
      expect(message).toMatch(/did not stop when interrupted/);
    });
  });
});
