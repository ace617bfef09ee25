/**
 * Removes network, storage and messaging capabilities from a worker's global scope once Pyodide is
 * loaded, so Python (which sees the global scope as its `js` module) cannot reach them.
 *
 * Deleting `js` inside Python is no barrier (any JS proxy's `.constructor.constructor` returns the
 * global), so the capabilities themselves go: from the global object *and* every prototype on its
 * chain, since a getter left on `WorkerGlobalScope.prototype` could be called on the global again.
 * The worker script's Content-Security-Policy (no 'unsafe-eval') keeps `Function('…')` from
 * rebuilding them; the host treats every message from the worker as untrusted anyway.
 */

/** Globals Python must not reach. `postMessage`/`close` included: the worker talks through a captured port. */
export const REMOVED_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'indexedDB',
  'caches',
  'importScripts',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'postMessage',
  'close',
  'webkitRequestFileSystem',
  'webkitRequestFileSystemSync',
] as const;

/** Navigator members that open storage or other contexts. */
export const REMOVED_NAVIGATOR = ['storage', 'locks', 'serviceWorker', 'sendBeacon'] as const;

function removeEverywhere(target: object, name: string): void {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    const desc = Object.getOwnPropertyDescriptor(o, name);
    if (!desc) continue;
    if (desc.configurable) delete (o as Record<string, unknown>)[name];
  }
  if (name in target && !Object.getOwnPropertyDescriptor(target, name)) {
    // Left on a prototype that refused deletion: shadow it on the object itself.
    Object.defineProperty(target, name, { value: undefined, configurable: false, writable: false });
  }
}

/** Deletes REMOVED_GLOBALS and REMOVED_NAVIGATOR; returns the names still reachable, which the worker refuses to start with. */
export function lockDown(scope: object = globalThis): string[] {
  for (const name of REMOVED_GLOBALS) removeEverywhere(scope, name);
  const nav = (scope as { navigator?: object }).navigator;
  if (nav) for (const name of REMOVED_NAVIGATOR) removeEverywhere(nav, name);
  const left: string[] = REMOVED_GLOBALS.filter((n) => (scope as Record<string, unknown>)[n] !== undefined);
  if (nav) left.push(...REMOVED_NAVIGATOR.filter((n) => (nav as Record<string, unknown>)[n] !== undefined).map((n) => `navigator.${n}`));
  return left;
}
