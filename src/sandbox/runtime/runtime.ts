/**
 * The sandbox runtime shared by the browser worker and the Node worker: sessions, cells, output
 * capture, package loading. It runs *inside* the worker next to Pyodide; the host side (timeouts,
 * respawning) lives in ../host.
 */
import type { PyodideAPI } from 'pyodide';
import type { PrepareResult, RawCellResult, RunLimits, RunOutcome } from '../python-worker.api';
import { OutputCapture } from './output-capture';
import { PRELUDE_PY } from './prelude-py';
import { ONLINE_ONLY, VENDORED, sha256Hex, vendoredFor, withDependencies, zipFileName, type VendoredPackage } from './packages';

/** What the runtime needs from the environment it runs in. */
export interface RuntimeHost {
  /** Bytes of a vendored package file (`zip`: the compiled build, `wheel`: the source wheel), or null if absent. */
  readPackageFile(kind: 'zip' | 'wheel', file: string): Promise<Uint8Array | null>;
  /** Loads an online-only package (numpy) through Pyodide; resolves to a reason when it could not. */
  loadOnline(name: string): Promise<string | null>;
}

/** The in-worker half of PythonWorkerApi (everything but init). */
export interface SandboxRuntime {
  prepare(code: string): Promise<PrepareResult>;
  run(code: string, limits: RunLimits): RunOutcome;
  reset(session: string): void;
}

interface PyCallable {
  (...args: unknown[]): unknown;
  destroy(): void;
}

const ZIP_DIR = '/lce-packages';
/** Past this wasm heap size the worker is replaced after the cell: the heap never shrinks. */
export const RECYCLE_HEAP_BYTES = 1024 * 1024 * 1024;

function heapBytes(py: PyodideAPI): number {
  const mod = (py as unknown as { _module?: { HEAPU8?: Uint8Array } })._module;
  return mod?.HEAPU8?.length ?? 0;
}

/** Installs the prelude into `py` and returns the runtime that drives it. */
export function createSandboxRuntime(py: PyodideAPI, host: RuntimeHost, interruptBuffer: Uint8Array | null): SandboxRuntime {
  // A module object of its own, reachable from nowhere in Python (not __main__, not sys.modules).
  const scratch = py.toPy({}) as { destroy(): void };
  const mod = py.runPython(
    `import types as _t\n_m = _t.ModuleType('_lce_sandbox')\nexec(compile(${JSON.stringify(PRELUDE_PY)}, '<lce-sandbox>', 'exec'), _m.__dict__)\n_m`,
    { globals: scratch as never },
  ) as {
    run: PyCallable;
    reset: PyCallable;
    find_imports: PyCallable;
    mark_unavailable: PyCallable;
    mark_available: PyCallable;
    add_path: PyCallable;
    _install: PyCallable;
    warm_interrupt: PyCallable;
    import_now: PyCallable;
  };
  scratch.destroy();
  if (interruptBuffer) py.setInterruptBuffer(interruptBuffer);
  mod._install(() => py.checkInterrupt());
  if (interruptBuffer) {
    // The first KeyboardInterrupt that crosses from JS into Python costs ~0.5 s (Pyodide sets up its
    // error conversion lazily): pay it now, not in the first timed-out cell's grace period.
    mod.warm_interrupt(() => {
      interruptBuffer[0] = 2;
    });
    interruptBuffer[0] = 0;
  }
  // Vendored packages load before a cell that imports them with a statement; say so to a cell that
  // reaches them some other way (importlib, __import__) instead of a bare "No module named".
  for (const pkg of Object.values(VENDORED)) {
    for (const name of pkg.imports) {
      mod.mark_unavailable(name, `${name} is loaded for cells that import it with an import statement (e.g. \`import ${name}\`); add one to this cell`);
    }
  }
  py.setStdin({ error: true });
  // Raw write handlers: the batched mode held a line without a newline back into the next cell.
  let output = new OutputCapture(0);
  py.setStdout({ write: (buf: Uint8Array) => output.write('stdout', buf) });
  py.setStderr({ write: (buf: Uint8Array) => output.write('stderr', buf) });
  py.FS.mkdirTree(ZIP_DIR);

  const installed = new Set<string>();
  const failed = new Map<string, string>();
  /** Packages imported once in `prepare`: a later cell's import is a dictionary lookup. */
  const imported = new Set<string>();

  /** The packages `names` refer to that still need `prepare` (neither imported nor known to have failed). */
  function needsLoading(names: string[]): string[] {
    return names.filter((name) => (vendoredFor(name) || (ONLINE_ONLY as readonly string[]).includes(name)) && !imported.has(name) && !failed.has(name));
  }
  let cellNo = 0;

  async function installVendored(pkg: VendoredPackage): Promise<string | null> {
    if (installed.has(pkg.name)) return null;
    const zip = await host.readPackageFile('zip', zipFileName(pkg));
    if (zip) {
      const path = `${ZIP_DIR}/${zipFileName(pkg)}`;
      py.FS.writeFile(path, zip);
      mod.add_path(path);
    } else {
      // Slow path (~3.5 s to import sympy from source): only when the compiled zip was not built.
      const wheel = await host.readPackageFile('wheel', pkg.wheel);
      if (!wheel) return `${pkg.wheel} is missing from the vendored packages`;
      const hash = await sha256Hex(wheel);
      if (hash !== pkg.sha256) return `${pkg.wheel} does not match its SHA-256 in packages.json`;
      py.unpackArchive(wheel, 'wheel');
      mod.add_path(py.runPython('import site; site.getsitepackages()[0]') as string);
    }
    installed.add(pkg.name);
    for (const name of pkg.imports) mod.mark_available(name);
    return null;
  }

  async function load(name: string, loaded: string[], missing: PrepareResult['missing']): Promise<void> {
    const known = failed.get(name);
    if (known) {
      missing.push({ name, reason: known });
      return;
    }
    const vendored = vendoredFor(name);
    let reason: string | null = null;
    if (vendored) {
      for (const pkg of withDependencies(vendored)) {
        const wasInstalled = installed.has(pkg.name);
        reason = await installVendored(pkg);
        if (reason) break;
        if (!wasInstalled) loaded.push(pkg.name);
      }
    } else if ((ONLINE_ONLY as readonly string[]).includes(name)) {
      if (installed.has(name)) return;
      reason = await host.loadOnline(name);
      if (!reason) {
        installed.add(name);
        loaded.push(name);
      }
    } else {
      return;
    }
    if (reason) {
      failed.set(name, reason);
      mod.mark_unavailable(name, reason);
      missing.push({ name, reason });
    }
  }

  return {
    async prepare(code) {
      if (interruptBuffer) interruptBuffer[0] = 0;
      const t0 = performance.now();
      const names = toStrings(mod.find_imports(code));
      const loaded: string[] = [];
      const missing: PrepareResult['missing'] = [];
      for (const name of needsLoading(names)) {
        await load(name, loaded, missing);
        // Import it now, outside the cell's limit: executing sympy's modules takes ~0.5 s.
        if (installed.has(vendoredFor(name)?.name ?? name)) {
          mod.import_now(name);
          imported.add(name);
        }
      }
      return { loaded, missing, ms: performance.now() - t0 };
    },

    run(code, limits) {
      if (!limits.prepared) {
        let imports: string[];
        try {
          imports = toStrings(mod.find_imports(code));
        } catch (thrown) {
          // A stop raised before this call arrived fires in the first Python it meets — here, not in
          // the cell. It is still this cell's stop: report it as one, or the host reads a failed call
          // as a dead worker and kills it, losing the session.
          if (!isKeyboardInterrupt(thrown)) throw thrown;
          if (interruptBuffer) interruptBuffer[0] = 0;
          const error = { type: 'KeyboardInterrupt', message: 'stopped before the cell started', traceback: '' };
          return { kind: 'ran', result: { stdout: '', stderr: '', value: null, error, ms: 0, truncated: false, recycle: false } };
        }
        const names = needsLoading(imports);
        if (names.length) return { kind: 'needs-packages', names };
      }
      cellNo += 1;
      output = new OutputCapture(limits.maxOutputBytes);
      // The buffer is not cleared here: the host clears it after every call, so a set byte now is
      // this cell's own stop, raised before a loaded worker reached it, and must not be lost.
      const t0 = performance.now();
      let value: string | null = null;
      let error: RawCellResult['error'] = null;
      let recycle = false;
      try {
        const proxy = mod.run(limits.session, code, cellNo, limits.maxOutputBytes) as { toJs(): unknown[]; destroy(): void };
        const [v, e] = proxy.toJs() as [string | undefined, string[] | undefined];
        proxy.destroy();
        value = v ?? null;
        if (e) {
          error = { type: e[0] ?? 'Error', message: e[1] ?? '', traceback: e[2] ?? '' };
          // The wasm heap never shrinks: after a MemoryError the worker is replaced.
          recycle = e[3] === 'memory';
        }
      } catch (thrown) {
        if (isKeyboardInterrupt(thrown)) {
          // The stop landed in the runner's own Python around the cell (its except or finally).
          error = { type: 'KeyboardInterrupt', message: 'stopped', traceback: '' };
        } else {
          // Not a Python exception (those are caught in Python): the interpreter itself failed.
          recycle = true;
          const message = thrown instanceof Error ? thrown.message : String(thrown);
          error = { type: 'SandboxCrash', message: `The Python interpreter failed (${message.split('\n')[0]})`, traceback: '' };
        }
      }
      const ms = performance.now() - t0;
      if (interruptBuffer) interruptBuffer[0] = 0;
      if (heapBytes(py) > RECYCLE_HEAP_BYTES) recycle = true;
      return { kind: 'ran', result: { stdout: output.text('stdout'), stderr: output.text('stderr'), value, error, ms, truncated: output.truncated, recycle } };
    },

    reset(session) {
      mod.reset(session);
    },
  };
}

/** Pyodide's `PythonError` for a KeyboardInterrupt (the interrupt byte), told apart by its Python type. */
function isKeyboardInterrupt(thrown: unknown): boolean {
  return (thrown as { type?: unknown } | null)?.type === 'KeyboardInterrupt';
}

function toStrings(value: unknown): string[] {
  const proxy = value as { toJs(): unknown; destroy(): void };
  const list = proxy.toJs() as string[];
  proxy.destroy();
  return list;
}

