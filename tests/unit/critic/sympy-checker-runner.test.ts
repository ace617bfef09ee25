import { describe, expect, test } from 'vitest';
import { createSympyChecker, SYMBOLIC_TIMEOUT_MS, symbolicProgram, type SymbolicPair } from '../../../src/core/critic';
import type { CellError, CellResult, PythonRunner, RunOptions } from '../../../src/core/ports/python-runner';

/** A sandbox stand-in that prints `stdout` (and fails with `error`) for every cell, recording what it was asked to run. */
function fakeRunner(stdout: string, error: CellError | null = null): PythonRunner & { calls: { code: string; options: RunOptions | undefined }[] } {
  const calls: { code: string; options: RunOptions | undefined }[] = [];
  return {
    calls,
    run: async (code, options): Promise<CellResult> => {
      calls.push({ code, options });
      return { stdout, stderr: '', value: null, error, ms: 1, truncated: false };
    },
    reset: async () => {},
    dispose: async () => {},
  };
}

const ONE: SymbolicPair[] = [{ a: '(x+1)**2', b: 'x**2+2*x+1', mode: 'equal' }];
const TWO: SymbolicPair[] = [...ONE, { a: 'x', b: 'y', mode: 'equal' }];
const TIMEOUT: CellError = { type: 'TimeoutError', message: 'stopped', traceback: '' };

describe('symbolicProgram', () => {
  describe('should carry the pairs into the program as one Python string literal of JSON', () => {
    test('for a pair with quotes and backslashes', () => {
      const pairs: SymbolicPair[] = [{ a: 'Symbol("a\\\\b")', b: '1', mode: 'proportional' }];
      const program = symbolicProgram(pairs);
      expect(program).toContain(`_json.loads(${JSON.stringify(JSON.stringify(pairs))})`);
      expect(program).not.toContain('__DATA__');
      expect(program).toMatch(/^from sympy\.parsing\.sympy_parser import parse_expr as _parse$/m);
    });
  });
});

describe('createSympyChecker', () => {
  describe('should run its checks in the session it is given', () => {
    test('for the default session', async () => {
      const runner = fakeRunner('[true]\n');
      await createSympyChecker(runner).check(ONE);
      expect(runner.calls.map((c) => c.options?.session)).toEqual(['critic-sympy']);
    });
    test('for a session named by the caller', async () => {
      const runner = fakeRunner('[true]\n');
      await createSympyChecker(runner, { session: 'grading' }).check(ONE);
      expect(runner.calls.map((c) => c.options?.session)).toEqual(['grading']);
    });
  });

  describe('should bound each batch by the nearest time limit given', () => {
    test('for no limit at all', async () => {
      const runner = fakeRunner('[true]\n');
      await createSympyChecker(runner).check(ONE);
      expect(runner.calls[0]!.options).toEqual({ session: 'critic-sympy', timeoutMs: SYMBOLIC_TIMEOUT_MS });
    });
    test('for a limit set on the checker', async () => {
      const runner = fakeRunner('[true]\n');
      await createSympyChecker(runner, { timeoutMs: 20_000 }).check(ONE);
      expect(runner.calls[0]!.options).toEqual({ session: 'critic-sympy', timeoutMs: 20_000 });
    });
    test('for a limit set on the check, which wins', async () => {
      const runner = fakeRunner('[true]\n');
      const signal = new AbortController().signal;
      await createSympyChecker(runner, { timeoutMs: 20_000 }).check(ONE, { timeoutMs: 500, signal });
      expect(runner.calls[0]!.options).toEqual({ session: 'critic-sympy', timeoutMs: 500, signal });
    });
  });

  describe('should not start the sandbox', () => {
    test('for an empty batch', async () => {
      const runner = fakeRunner('[]\n');
      expect(await createSympyChecker(runner).check([])).toEqual([]);
      expect(runner.calls).toEqual([]);
    });
  });

  describe('should read the verdicts from the last line the program printed', () => {
    test('for one line', async () => {
      expect(await createSympyChecker(fakeRunner('[true, false]\n')).check(TWO)).toEqual([true, false]);
    });
    test('for a warning printed before it', async () => {
      expect(await createSympyChecker(fakeRunner('SymPyDeprecationWarning: something\n[false, true]\n')).check(TWO)).toEqual([false, true]);
    });
    test('and count anything but true or false as undecided', async () => {
      expect(await createSympyChecker(fakeRunner('[null, 1]\n')).check(TWO)).toEqual([null, null]);
    });
  });

  describe('should count the whole batch as undecided', () => {
    test('for a cell that failed, whatever it printed first', async () => {
      expect(await createSympyChecker(fakeRunner('[true, true]\n', TIMEOUT)).check(TWO)).toEqual([null, null]);
    });
    test('for a line with another number of verdicts', async () => {
      expect(await createSympyChecker(fakeRunner('[true]\n')).check(TWO)).toEqual([null, null]);
    });
    test('for output that is not JSON', async () => {
      expect(await createSympyChecker(fakeRunner('Traceback (most recent call last):\n')).check(TWO)).toEqual([null, null]);
    });
  });
});
