/**
 * Takes the host-reaching parts out of the Pyodide API that Python can reach as `pyodide_js`
 * (and through it `_api` and `_module`), in both workers, once the worker has what it needs.
 *
 * Pyodide offers Python real sockets in Node (`useNodeSockFS` imports `node:net`), host directory
 * mounts (`mountNodeFS`, the `NODEFS` file system, the File System Access API), and package loading
 * from any URL or path. Each is replaced by a function that throws a `PermissionError`. The worker
 * keeps the originals it needs (the package loader) in its own closures.
 */
import type { PyodideAPI } from 'pyodide';
import { deniedStub } from './sandbox-globals';

/** Public API members that reach the host or the network. */
export const DENIED_API = {
  useNodeSockFS: 'network access',
  mountNodeFS: 'mounting host directories',
  mountNativeFS: 'mounting host directories',
  loadPackage: 'loading packages (a cell gets them by importing them)',
  loadPackagesFromImports: 'loading packages (a cell gets them by importing them)',
  registerComlink: 'changing the sandbox',
  setInterruptBuffer: 'changing the sandbox',
  makeMemorySnapshot: 'changing the sandbox',
} as const;

/** Members of the internal `_api` object that do the same behind the public API. */
export const DENIED_INTERNAL_API = {
  initializeNodeSockFS: 'network access',
  loadBinaryFile: 'reading host files and URLs',
  install: 'loading packages (a cell gets them by importing them)',
  loadDynlib: 'loading packages (a cell gets them by importing them)',
  packageManager: 'loading packages (a cell gets them by importing them)',
  restoreSnapshot: 'changing the sandbox',
  makeSnapshot: 'changing the sandbox',
} as const;

/** Emscripten file systems that are windows onto the host. */
export const DENIED_FILESYSTEMS = ['NODEFS', 'NODESOCKFS', 'NODERAWFS', 'WORKERFS', 'PROXYFS', 'NATIVEFS_ASYNC'] as const;

function deny(target: Record<string, unknown>, name: string, what: string): void {
  Object.defineProperty(target, name, { value: deniedStub(what), writable: false, configurable: false, enumerable: true });
}

/** Replaces the members above; returns the names it could not replace (the worker then refuses to start). */
export function lockDownPyodide(py: PyodideAPI): string[] {
  const failed: string[] = [];
  const attempt = (target: Record<string, unknown> | undefined, name: string, what: string, label: string): void => {
    if (!target) return;
    try {
      deny(target, name, what);
    } catch {
      failed.push(label);
    }
  };
  const api = py as unknown as Record<string, unknown>;
  for (const [name, what] of Object.entries(DENIED_API)) attempt(api, name, what, name);
  const internal = api._api as Record<string, unknown> | undefined;
  for (const [name, what] of Object.entries(DENIED_INTERNAL_API)) attempt(internal, name, what, `_api.${name}`);
  const module = api._module as { FS?: { filesystems?: Record<string, unknown> } } | undefined;
  for (const name of DENIED_FILESYSTEMS) attempt(module?.FS?.filesystems, name, 'mounting host directories', `FS.filesystems.${name}`);
  return failed;
}
