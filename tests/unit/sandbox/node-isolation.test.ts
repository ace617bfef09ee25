import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useTestRunner } from './shared-runner';

// The Node runner is for trusted use (CLI, tests, benchmarks): it promises containment of failures
// and a clean environment, not a security boundary. These are exactly the claims docs/readme/sandbox.md makes.
const SECRET = 'LCE_SANDBOX_TEST_SECRET';

// Registered before the runner's hooks, so the secret is set before its worker starts.
beforeAll(() => {
  process.env[SECRET] = 'do-not-leak';
});
afterAll(() => {
  delete process.env[SECRET];
});
const runner = useTestRunner();

describe('the Node runner’s isolation', () => {
  describe('should hide the host’s environment variables', () => {
    test('for os.environ', async () => {
      const r = await runner.run(`import os\nos.environ.get("${SECRET}")`);
      expect(r).toMatchObject({ value: null, error: null });
    });

    test('for the worker’s process.env reached through js', async () => {
      const r = await runner.run(`import js\n(js.process.pid > 0, getattr(js.process.env, "${SECRET}", None))`);
      expect(r.value).toBe('(True, None)');
    });
  });

  describe('should give Python an in-memory file system', () => {
    test('for a host file, which open() does not see', async () => {
      const r = await runner.run(`open(${JSON.stringify(__filename)}).read()`);
      expect(r.error?.type).toBe('FileNotFoundError');
    });
  });

  describe('should survive the worker’s death', () => {
    test('for a cell that exits the worker thread, reporting the lost session', async () => {
      await runner.run('kept = 1');
      const r = await runner.run('import js\njs.process.exit(7)');
      expect(r.error?.type).toBe('SandboxCrash');
      expect(r.sessionLost).toBe(true);
      expect((await runner.run('kept')).error?.type).toBe('NameError');
      expect((await runner.run('"alive"')).value).toBe("'alive'");
    });
  });
});
