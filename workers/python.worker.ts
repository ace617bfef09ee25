/**
 * The browser's Python worker: Pyodide (self-hosted core) + the shared sandbox runtime, exposing one
 * PythonWorkerApi object with comlink. Served with a Content-Security-Policy (scripts/headers.ts),
 * Python's `js` is a minimal namespace (src/sandbox/runtime/sandbox-globals.ts), and the worker's
 * global scope and the Pyodide API are locked down after start-up.
 */
import { expose, type Endpoint } from 'comlink';
import { loadPyodide, version } from 'pyodide';
import type { WorkerInit } from '../src/sandbox/python-worker.api';
import { offlineReason } from '../src/sandbox/runtime/packages';
import { lockDownPyodide } from '../src/sandbox/runtime/pyodide-lockdown';
import { createSandboxRuntime } from '../src/sandbox/runtime/runtime';
import { createSandboxGlobals } from '../src/sandbox/runtime/sandbox-globals';
import { createWorkerApi, type Started } from '../src/sandbox/runtime/worker-api';
import { guardedFetch } from '../src/sandbox/worker/guarded-fetch';
import { lockDown } from '../src/sandbox/worker/lockdown';

// Captured before lockDown removes them from the global scope.
const scope = self;
const realFetch = fetch.bind(scope);
const endpoint: Endpoint = {
  postMessage: scope.postMessage.bind(scope) as Endpoint['postMessage'],
  addEventListener: scope.addEventListener.bind(scope) as Endpoint['addEventListener'],
  removeEventListener: scope.removeEventListener.bind(scope) as Endpoint['removeEventListener'],
};

async function fetchBytes(url: string): Promise<Uint8Array | null> {
  const res = await realFetch(url);
  // A host with an SPA fallback answers a missing file with index.html: that is "absent", not a zip.
  if (!res.ok || (res.headers.get('content-type') ?? '').includes('text/html')) return null;
  return new Uint8Array(await res.arrayBuffer());
}

async function start(init: WorkerInit): Promise<Started> {
  const py = await loadPyodide({
    indexURL: init.indexURL,
    jsglobals: createSandboxGlobals(scope),
    // Non-vendored packages (numpy) come from the CDN; the lock is the self-hosted one that matches the core.
    ...(init.onlinePackagesUrl ? { packageBaseUrl: init.onlinePackagesUrl } : {}),
    stdout: () => undefined,
    stderr: () => undefined,
  });
  const loadPackage = py.loadPackage.bind(py);
  const runtime = createSandboxRuntime(
    py,
    {
      readPackageFile: (kind, file) => fetchBytes(kind === 'zip' ? `${init.packagesBase}${file}` : `${init.wheelsBase}${file}`),
      async loadOnline(name) {
        if (!init.onlinePackagesUrl) return `${name} is not available: this page loads it from no CDN`;
        const errors: string[] = [];
        // Pyodide's loader calls the global fetch. It gets a guard instead, defined (not assigned, so
        // no setter Python planted can catch it) for the length of this load: it fetches only the
        // lockfile's files under the CDN URL, and is revoked afterwards, even if Python kept it.
        const lent = guardedFetch(realFetch, init.onlinePackagesUrl, py.lockfile.packages);
        Object.defineProperty(scope, 'fetch', { value: lent.fetch, configurable: true, writable: false });
        try {
          await loadPackage(name, { messageCallback: () => undefined, errorCallback: (m: string) => errors.push(m) });
        } finally {
          lent.revoke();
          lockDown(scope);
        }
        return py.loadedPackages[name] ? null : offlineReason(name, errors);
      },
    },
    init.interruptBuffer,
  );
  const pythonVersion = py.runPython('import sys; sys.version.split()[0]') as string;
  const left = [...lockDownPyodide(py), ...lockDown(scope)];
  if (left.length) throw new Error(`could not remove ${left.join(', ')} from the worker`);
  return { runtime, pythonVersion, pyodideVersion: version };
}

expose(createWorkerApi(start), endpoint);
