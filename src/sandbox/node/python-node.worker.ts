/**
 * Entry of the Node runner's worker_threads worker: the same runtime module as the browser worker,
 * over Pyodide from node_modules and the vendored packages on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import { loadPyodide, version } from 'pyodide';
import type { WorkerInit } from '../python-worker.api';
import { offlineReason } from '../runtime/packages';
import { createSandboxRuntime } from '../runtime/runtime';
import { createWorkerApi, type Started } from '../runtime/worker-api';
import { buildMissingZips } from './package-build';
import { nodeEndpoint } from './node-endpoint';

// The parent's stdout may be a machine-read stream (`lce exec` prints JSON lines): anything the
// worker logs goes to stderr instead. (Piping the worker's streams would keep an idle CLI alive.)
console.log = console.info = console.debug = console.error;

async function start(init: WorkerInit): Promise<Started> {
  const py = await loadPyodide({ stdout: () => undefined, stderr: () => undefined });
  // Built here, before any user code has run in this interpreter, so a cell can never poison the
  // shared on-disk cache; a no-op once the zips exist.
  if (init.compileMissing !== false) {
    await buildMissingZips(py, init.packagesBase).catch(() => {
      // The wheel fallback still works, only slower.
    });
  }
  const runtime = createSandboxRuntime(
    py,
    {
      async readPackageFile(kind, file) {
        const path = kind === 'zip' ? join(init.packagesBase, file) : join(init.wheelsBase ?? '', file);
        return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
      },
      async loadOnline(name) {
        if (!init.cdnBase) return `${name} is not available: it only comes from Pyodide's CDN, and this runner was started offline-only`;
        const errors: string[] = [];
        // In Node, Pyodide looks next to its core first, then on its CDN.
        await py.loadPackage(name, { messageCallback: () => undefined, errorCallback: (m: string) => errors.push(m) });
        return py.loadedPackages[name] ? null : offlineReason(name, errors);
      },
    },
    init.interruptBuffer,
  );
  const pythonVersion = py.runPython('import sys; sys.version.split()[0]') as string;
  return { runtime, pythonVersion, pyodideVersion: version };
}

if (!parentPort) throw new Error('python-node.worker.ts must run in a worker thread');
expose(createWorkerApi(start), nodeEndpoint(parentPort));
