/**
 * Entry of the Node runner's worker_threads worker: the same runtime module as the browser worker,
 * over Pyodide from node_modules and the vendored packages on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import { loadPyodide, version } from 'pyodide';
import type { PythonWorkerApi } from '../python-worker.api';
import { createSandboxRuntime, type SandboxRuntime } from '../runtime/runtime';
import { buildMissingZips } from './package-build';
import { nodeEndpoint } from './node-endpoint';

let runtime: SandboxRuntime | null = null;

function ready(): SandboxRuntime {
  if (!runtime) throw new Error('init() must be called first');
  return runtime;
}

const api: PythonWorkerApi = {
  async init(init) {
    const t0 = performance.now();
    const py = await loadPyodide({ stdout: () => undefined, stderr: () => undefined });
    // Built here, before any user code has run in this interpreter, so a cell can never poison the
    // shared on-disk cache; after that it is a no-op.
    try {
      await buildMissingZips(py, init.packagesBase);
    } catch {
      // The wheel path below still works, only slower.
    }
    const cdn = init.cdnBase;
    runtime = createSandboxRuntime(
      py,
      {
        async readPackageFile(kind, file) {
          const path = kind === 'zip' ? join(init.packagesBase, file) : join(init.wheelsBase ?? '', file);
          return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
        },
        async loadOnline(name) {
          if (!cdn) return `${name} is not available: it is only fetched from Pyodide's CDN, and this runner is offline-only`;
          const errors: string[] = [];
          await py.loadPackage(name, { messageCallback: () => undefined, errorCallback: (m: string) => errors.push(m) });
          if (py.loadedPackages[name]) return null;
          const detail = errors.join(' ').replace(/\s+/g, ' ').slice(0, 200);
          return `${name} is not available offline: it only comes from Pyodide's CDN, which could not be reached (${detail || 'no network'}). Use plain Python, fractions or sympy instead`;
        },
      },
      init.interruptBuffer,
    );
    const pythonVersion = py.runPython('import sys; sys.version.split()[0]') as string;
    return { pythonVersion, pyodideVersion: version, startMs: performance.now() - t0 };
  },
  async prepare(code) {
    return ready().prepare(code);
  },
  async run(code, limits) {
    return ready().run(code, limits);
  },
  async reset(session) {
    ready().reset(session);
  },
};

if (!parentPort) throw new Error('python-node.worker.ts must run in a worker thread');
expose(api, nodeEndpoint(parentPort));
