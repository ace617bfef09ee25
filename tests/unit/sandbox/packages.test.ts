import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createNodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { useTestRunner } from './shared-runner';
import { ZIPS_DIR, missingZips } from '../../../src/sandbox/node/package-build';
import { VENDORED, zipFileName } from '../../../src/sandbox/runtime/packages';

const runner = useTestRunner({ standby: false });

describe('the sandbox’s packages', () => {
  describe('should fall back to the vendored wheels', () => {
    test('for a package directory without compiled zips, checking the wheel and importing from source', async () => {
      const empty = mkdtempSync(join(tmpdir(), 'lce-no-zips-'));
      const slow = createNodePythonRunner({ online: false, packagesDir: empty, compilePackages: false, standby: false });
      try {
        const r = await slow.run('import sympy\n(sympy.__version__, ".pyc.zip" in sympy.__file__, str(sympy.factor(sympy.Symbol("x")**2 - 1)))', { timeoutMs: 120_000 });
        expect(r.error).toBeNull();
        expect(r.value).toBe("('1.14.0', False, '(x - 1)*(x + 1)')");
        expect(readdirSync(empty)).toEqual([]);
      } finally {
        await slow.dispose();
        rmSync(empty, { recursive: true, force: true });
      }
    }, 240_000);
  });

  describe('should import the vendored packages offline', () => {
    test('for sympy 1.14.0, including sympify with evaluate=False', async () => {
      const r = await runner.run('import sympy as sp\n(sp.__version__, str(sp.sympify("2/4", evaluate=False)), sp.integrate(sp.Symbol("x")**2, (sp.Symbol("x"), 0, 3)))');
      expect(r.error).toBeNull();
      expect(r.value).toBe("('1.14.0', '2/4', 9)");
    });

    test('for mpmath 1.4.1', async () => {
      const r = await runner.run('import mpmath\nmpmath.mp.dps = 30\n(mpmath.__version__, str(mpmath.pi))');
      expect(r.value).toBe("('1.4.1', '3.14159265358979323846264338328')");
    });

    test('for sympy from the compiled .pyc zip, not from source', async () => {
      const r = await runner.run('import sympy\nsympy.__file__');
      expect(r.value).toContain('.pyc.zip');
      expect(r.value).toContain('__init__.pyc');
    });
  });

  describe('should not count loading and importing a package against the cell’s limit', () => {
    test('for `import sympy` in a fresh sandbox with a 300 ms limit (the import alone takes longer)', async () => {
      const fresh = createNodePythonRunner({ online: false, standby: false });
      try {
        const r = await fresh.run('import sympy\nsympy.Integer(2) + 1', { timeoutMs: 300 });
        expect(r).toMatchObject({ value: '3', error: null });
        expect(r.ms).toBeLessThan(300);
      } finally {
        await fresh.dispose();
      }
    }, 240_000);
  });

  describe('should build missing zips in a fresh sandbox, stored by the host', () => {
    test('for an empty package directory, which holds both zips afterwards and serves sympy from one', async () => {
      const empty = mkdtempSync(join(tmpdir(), 'lce-build-zips-'));
      const building = createNodePythonRunner({ online: false, packagesDir: empty, standby: false });
      try {
        await building.start();
        expect(readdirSync(empty).sort()).toEqual(Object.values(VENDORED).map(zipFileName).sort());
        expect((await building.run('import sympy\nsympy.__file__', { timeoutMs: 60_000 })).value).toContain('.pyc.zip');
      } finally {
        await building.dispose();
        rmSync(empty, { recursive: true, force: true });
      }
    }, 600_000);
  });

  describe('should build the compiled zips once', () => {
    test('for every vendored package, present after the runner started', () => {
      expect(missingZips()).toEqual([]);
      for (const pkg of Object.values(VENDORED)) expect(existsSync(join(ZIPS_DIR, zipFileName(pkg)))).toBe(true);
    });
  });

  describe('should explain a package that cannot be had', () => {
    test('for numpy offline, as a ModuleNotFoundError that names the CDN', async () => {
      const r = await runner.run('import numpy as np');
      expect(r.error?.type).toBe('ModuleNotFoundError');
      expect(r.error!.message).toContain('CDN');
    });

    test('for code that falls back when numpy is missing', async () => {
      const r = await runner.run('try:\n    import numpy\n    have = True\nexcept ImportError:\n    have = False\nhave');
      expect(r).toMatchObject({ value: 'False', error: null });
    });

    test('for a vendored package reached only through importlib, naming the fix', async () => {
      const fresh = createNodePythonRunner({ online: false, standby: false });
      try {
        const r = await fresh.run('import importlib\nimportlib.import_module("mpmath")');
        expect(r.error?.type).toBe('ModuleNotFoundError');
        expect(r.error!.message).toContain('import mpmath');
        expect((await fresh.run('import mpmath\nimportlib.import_module("mpmath").__name__')).value).toBe("'mpmath'");
      } finally {
        await fresh.dispose();
      }
    }, 240_000);

    test('for a module that exists nowhere, as Python’s own error', async () => {
      const r = await runner.run('import no_such_module_here');
      expect(r.error).toMatchObject({ type: 'ModuleNotFoundError', message: "No module named 'no_such_module_here'" });
    });
  });
});
