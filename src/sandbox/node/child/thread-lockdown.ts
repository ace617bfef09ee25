/**
 * Strips the Python thread's real global scope and Node's `process` object once Pyodide is loaded.
 * Python never sees this scope (its `js` is the object from sandbox-globals.ts); this is the
 * layer under that one, for a path to the real scope that nobody has found yet.
 */
import { permissionError } from '../../runtime/sandbox-globals';

/** Globals of a Node worker thread that reach the network, other threads or the host process. */
export const THREAD_REMOVED_GLOBALS = [
  'process', 'require', 'module', 'fetch', 'WebSocket', 'EventSource', 'Request', 'Response', 'Headers', 'FormData',
  'BroadcastChannel', 'MessageChannel', 'MessagePort', 'Worker', 'navigator', 'Buffer', 'global',
] as const;

/** Members of `process` that reach the host: modules, addons, signals, exit, the working directory. */
export const PROCESS_DENIED = {
  getBuiltinModule: 'loading host modules',
  binding: 'loading host modules',
  _linkedBinding: 'loading host modules',
  dlopen: 'loading native addons',
  kill: 'signalling processes',
  _kill: 'signalling processes',
  exit: 'ending the sandbox',
  reallyExit: 'ending the sandbox',
  abort: 'ending the sandbox',
  _debugProcess: 'signalling processes',
  chdir: 'changing the working directory',
  setuid: 'changing the user',
  setgid: 'changing the user',
  umask: 'changing the file mode mask',
  send: 'messaging the host',
  disconnect: 'messaging the host',
  openStdin: 'reading the host’s input',
} as const;

/** Applies both strips; returns what it could not remove. */
export function lockDownThread(scope: Record<string, unknown> = globalThis as never): string[] {
  const left: string[] = [];
  const proc = scope.process as Record<string, unknown> | undefined;
  if (proc) {
    for (const [name, what] of Object.entries(PROCESS_DENIED)) {
      try {
        Object.defineProperty(proc, name, { value: () => { throw permissionError(what); }, writable: false, configurable: false });
      } catch {
        left.push(`process.${name}`);
      }
    }
    try {
      Object.defineProperty(proc, 'env', { value: Object.freeze({}), writable: false, configurable: false });
    } catch {
      left.push('process.env');
    }
  }
  for (const name of THREAD_REMOVED_GLOBALS) {
    if (!(name in scope)) continue;
    try {
      delete scope[name];
    } catch {
      // Checked below.
    }
    if (scope[name] !== undefined) left.push(name);
  }
  return left;
}
