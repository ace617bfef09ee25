/**
 * The Python thread of the Node sandbox process: Pyodide and the shared runtime, exposing
 * PythonWorkerApi over its port. It runs under the sandbox process's permission model (no host
 * files but the Pyodide core, no processes, no addons, no code from strings) and, once started,
 * strips what Python could reach: its `js` is a minimal namespace, the Pyodide API loses its
 * host-reaching members and this thread's global scope loses `process`, `fetch` and the rest.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { constants as fsConstants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expose } from 'comlink';
import { loadPyodide, version, type PyodideAPI } from 'pyodide';
import type { WorkerInit } from '../../python-worker.api';
import { offlineReason, VENDORED, vendoredFile } from '../../runtime/packages';
import { lockDownPyodide } from '../../runtime/pyodide-lockdown';
import { createSandboxRuntime } from '../../runtime/runtime';
import { createSandboxGlobals } from '../../runtime/sandbox-globals';
import { createWorkerApi, type Started } from '../../runtime/worker-api';
import { compileWheel } from '../zip-compiler';
import { hostClient } from '../host-rpc';
import { channelEndpoint, portCarrier } from '../node-endpoint';
import type { PythonThreadData } from '../sandbox-host.api';
import { lockDownThread } from './thread-lockdown';

if (!parentPort) throw new Error('python-thread must run in a worker thread');
const carrier = portCarrier(parentPort);
const data = workerData as PythonThreadData;
const host = hostClient(carrier);

// Emscripten's NODEFS reads its open flags from process.binding('constants'), which the permission
// model refuses; give it those constants and nothing else (lockDownThread replaces this shim too).
(process as unknown as { binding: (name: string) => unknown }).binding = (name) => {
  if (name === 'constants') return { fs: fsConstants };
  throw new Error(`process.binding('${name}') is not available in the sandbox`);
};

/** Bytes of a vendored package file, read directly (the permission model lets this process read the two package directories). */
async function readPackageFile(kind: 'zip' | 'wheel', file: string): Promise<Uint8Array | null> {
  if (!vendoredFile(kind, file)) return null;
  try {
    const bytes = await readFile(join(kind === 'zip' ? data.packagesDir : data.wheelsDir, file));
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch {
    return null;
  }
}

/** Compiles the vendored zips the host is missing, before any user code has run in `py`. */
async function buildMissingZips(py: PyodideAPI): Promise<void> {
  const names = await host.zipsToBuild();
  try {
    for (const name of names) {
      const pkg = VENDORED[name];
      const wheel = pkg ? await readPackageFile('wheel', pkg.wheel) : null;
      if (!pkg || !wheel) continue;
      await host.storeZip(name, compileWheel(py, wheel, name));
    }
  } finally {
    await host.zipsDone();
  }
}

async function start(init: WorkerInit): Promise<Started> {
  const py = await loadPyodide({
    indexURL: data.indexURL,
    jsglobals: createSandboxGlobals(globalThis),
    ...(data.packageCacheDir ? { packageCacheDir: data.packageCacheDir } : {}),
    stdout: () => undefined,
    stderr: () => undefined,
  });
  if (init.compileMissing !== false) {
    // The wheel fallback still works when this fails, only slower.
    await buildMissingZips(py).catch(() => undefined);
  }
  const loadPackage = py.loadPackage.bind(py);
  const runtime = createSandboxRuntime(
    py,
    {
      readPackageFile,
      async loadOnline(name) {
        if (!data.packageCacheDir || !init.onlinePackagesUrl) return `${name} is not available: it only comes from Pyodide's CDN, and this runner was started offline-only`;
        // The host downloads it (this process has no network) into the cache Pyodide reads from.
        const reason = await host.fetchOnlinePackage(name);
        if (reason) return offlineReason(name, [reason]);
        const errors: string[] = [];
        await loadPackage(name, { messageCallback: () => undefined, errorCallback: (m: string) => errors.push(m) });
        return py.loadedPackages[name] ? null : offlineReason(name, errors);
      },
    },
    data.interrupt,
  );
  const pythonVersion = py.runPython('import sys; sys.version.split()[0]') as string;
  const left = [...lockDownPyodide(py), ...lockDownThread()];
  if (left.length) throw new Error(`could not remove ${left.join(', ')} from the sandbox`);
  return { runtime, pythonVersion, pyodideVersion: version };
}

expose(createWorkerApi(start), channelEndpoint(carrier, 'api'));
