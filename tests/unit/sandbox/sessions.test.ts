import { describe, expect, test } from 'vitest';
import { createNodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { useTestRunner } from './shared-runner';

const runner = useTestRunner({ standby: false });

describe('the Node runner’s sessions', () => {
  describe('should share globals between the cells of one session', () => {
    test('for a variable and a function defined in earlier cells', async () => {
      await runner.run('a = 20', { session: 's1' });
      await runner.run('def add(x):\n    return x + a', { session: 's1' });
      expect((await runner.run('add(22)', { session: 's1' })).value).toBe('42');
    });
  });

  describe('should keep sessions independent', () => {
    test('for the same name in two sessions', async () => {
      await runner.run('v = "one"', { session: 'i1' });
      await runner.run('v = "two"', { session: 'i2' });
      expect((await runner.run('v', { session: 'i1' })).value).toBe("'one'");
      expect((await runner.run('v', { session: 'i2' })).value).toBe("'two'");
    });

    test('for a session that never defined the name', async () => {
      await runner.run('only_here = 1', { session: 'i3' });
      expect((await runner.run('only_here', { session: 'i4' })).error?.type).toBe('NameError');
    });
  });

  describe('should forget a session on reset', () => {
    test('for its globals, leaving other sessions alone', async () => {
      await runner.run('r = 1', { session: 'r1' });
      await runner.run('r = 2', { session: 'r2' });
      await runner.reset('r1');
      expect((await runner.run('r', { session: 'r1' })).error?.type).toBe('NameError');
      expect((await runner.run('r', { session: 'r2' })).value).toBe('2');
    });
  });
});

describe('the Node runner’s results', () => {
  describe('should be plain data', () => {
    test('for a cell with output and a value, surviving a JSON round trip', async () => {
      const r = await runner.run('print("p")\n[1, "a", {2: 3.5}]');
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      expect(r).toMatchObject({ stdout: 'p\n', stderr: '', value: "[1, 'a', {2: 3.5}]", error: null, truncated: false });
      expect(typeof r.ms).toBe('number');
    });
  });

  describe('should give the repr of the last expression like Jupyter', () => {
    test('for a string, quoted', async () => {
      expect((await runner.run('"x"')).value).toBe("'x'");
    });

    test('for None, as no value', async () => {
      expect((await runner.run('None')).value).toBeNull();
    });

    test('for a trailing semicolon, which suppresses it', async () => {
      expect((await runner.run('1 + 1;')).value).toBeNull();
    });

    test('for a statement, as no value', async () => {
      expect((await runner.run('y = 3')).value).toBeNull();
    });
  });

  describe('should report a Python exception as a result', () => {
    test('for an error in a function, with only the cell’s frames', async () => {
      const r = await runner.run('def f(x):\n    return {}[x]\nf("k")');
      expect(r.error).toMatchObject({ type: 'KeyError', message: "'k'" });
      expect(r.error!.traceback).toContain('File "<cell ');
      expect(r.error!.traceback).toContain('return {}[x]');
      expect(r.error!.traceback).not.toMatch(/lce-sandbox|\/lib\/python/);
    });

    test('for a syntax error, naming the line', async () => {
      const r = await runner.run('x = (1,\n');
      expect(r.error?.type).toBe('SyntaxError');
      expect(r.error!.traceback).toContain('<cell ');
    });

    test('for an exception raised from a stdlib call, keeping the cell’s line', async () => {
      const r = await runner.run('import json\njson.loads("{")');
      expect(r.error?.type).toBe('JSONDecodeError');
      expect(r.error!.traceback).toContain('json.loads("{")');
      expect(r.error!.traceback).not.toContain('/lib/python');
    });
  });
});

describe('the Node runner’s cancellation', () => {
  describe('should reject with AbortError', () => {
    test('for a signal aborted before the call', async () => {
      const controller = new AbortController();
      controller.abort();
      await expect(runner.run('1', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    });

    test('for a signal aborted while a loop runs, after which the next cell works', async () => {
      const controller = new AbortController();
      const pending = runner.run('while True: pass', { signal: controller.signal, timeoutMs: 60_000 });
      setTimeout(() => controller.abort(), 200).unref();
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
      expect((await runner.run('2 * 3')).value).toBe('6');
    });
  });

  describe('should reject with AbortError while Python is still starting', () => {
    test('for a first cell aborted during start-up, after which the runner still starts', async () => {
      const cold = createNodePythonRunner({ online: false, standby: false });
      try {
        const controller = new AbortController();
        const first = cold.run('1', { signal: controller.signal });
        // Pyodide takes seconds to start: 100 ms in, the call is waiting for it.
        setTimeout(() => controller.abort(), 100).unref();
        await expect(first).rejects.toMatchObject({ name: 'AbortError' });
        expect((await cold.run('40 + 2')).value).toBe('42');
      } finally {
        await cold.dispose();
      }
    }, 300_000);
  });

  describe('should reject with SandboxError', () => {
    test('for a call after dispose', async () => {
      const short = createNodePythonRunner({ online: false });
      await short.dispose();
      await expect(short.run('1')).rejects.toMatchObject({ name: 'SandboxError' });
    });
  });
});
