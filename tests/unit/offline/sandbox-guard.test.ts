/**
 * The page starts Python only once its worker's CSP is verified. The runner is FakeRunner, a test
 * double of the browser's worker bridge (Node has no CSP to test against); what is under test is the
 * guard: when it waits, what it probes, when it refuses.
 */
import { describe, expect, test } from 'vitest';
import type { RunOptions } from '../../../src/core/ports/python-runner';
import type { WorkerInfo } from '../../../src/sandbox/python-worker.api';
import { guardSandbox, type StartableRunner } from '../../../src/ui/offline/sandbox-guard';

type CodeFromStrings = WorkerInfo['codeFromStrings'];
// What the worker reports when it could not compile a string (under the CSP) and when it could.
const UNDER_CSP: CodeFromStrings = 'blocked';
const WITHOUT_CSP: CodeFromStrings = 'allowed';

class FakeRunner implements StartableRunner {
  readonly calls: string[] = [];
  constructor(private readonly codegen: CodeFromStrings) {}
  async start(): Promise<WorkerInfo> {
    this.calls.push('start');
    return { pythonVersion: '3.14.2', pyodideVersion: '314.0.7', startMs: 1, codeFromStrings: this.codegen };
  }
  async run(code: string, options?: RunOptions) {
    this.calls.push(`run ${code}`);
    if (options?.signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    return { stdout: '', stderr: '', value: code, error: null, ms: 1, truncated: false };
  }
  async reset(session: string) {
    this.calls.push(`reset ${session}`);
  }
  async dispose() {
    this.calls.push('dispose');
  }
}

function setup(codegen: CodeFromStrings, isolated: boolean, controlled: Promise<void>) {
  const runners: FakeRunner[] = [];
  const guard = guardSandbox({ isolated, controlled, create: () => (runners.push(new FakeRunner(codegen)), runners.at(-1)!) });
  return { guard, runners };
}

const never = new Promise<void>(() => undefined);
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('guardSandbox', () => {
  describe('should run cells only after the worker reports code from strings blocked (its CSP in force)', () => {
    test('for an isolated page (the host sends the headers): no waiting for the service worker', async () => {
      const { guard, runners } = setup(UNDER_CSP, true, never);
      expect((await guard.run('1 + 1')).value).toBe('1 + 1');
      expect(runners[0]!.calls).toEqual(['start', 'run 1 + 1']);
    });

    test('for a first visit on a host without headers: Python starts once the service worker controls the page', async () => {
      let control!: () => void;
      const { guard, runners } = setup(UNDER_CSP, false, new Promise((r) => (control = r)));
      const cell = guard.run('2');
      await tick();
      expect(runners).toHaveLength(0);
      control();
      expect((await cell).value).toBe('2');
      expect(runners[0]!.calls[0]).toBe('start');
    });
  });

  describe('should refuse with a sentence that says what to do', () => {
    test('for a worker without its CSP and no service worker to add it (and try again on the next cell)', async () => {
      const { guard, runners } = setup(WITHOUT_CSP, false, Promise.reject(new Error('this browser (or a private window) does not allow service workers')));
      const err = await guard.run('2').then(() => null, (e: Error) => e);
      expect(err?.name).toBe('SandboxError');
      expect(err?.message).toMatch(/refused here: the Python worker would run without its Content-Security-Policy.*private window.*README/);
      expect(runners[0]!.calls).toEqual(['start', 'dispose']);
      await guard.run('3').catch(() => undefined);
      expect(runners).toHaveLength(2);
    });
  });

  describe('should not start Python for nothing', () => {
    test('for a reset before any cell ran, and a Stop while waiting for the service worker', async () => {
      const { guard, runners } = setup(UNDER_CSP, false, never);
      await guard.reset('solution-1');
      const controller = new AbortController();
      const cell = guard.run('2', { signal: controller.signal });
      controller.abort();
      expect((await cell.catch((e: Error) => e)) as Error).toMatchObject({ name: 'AbortError' });
      expect(runners).toHaveLength(0);
    });
  });
});

