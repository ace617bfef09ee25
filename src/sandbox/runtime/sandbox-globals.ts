/**
 * The object Python sees as its `js` module (`loadPyodide({ jsglobals })`), in both workers.
 *
 * Python's `js` is by default the worker's whole global scope: `process`, `fetch`, `require`…
 * Instead it gets the language's own objects, timers and a few pure utilities, and a stub for every
 * well-known capability that throws a `PermissionError` saying why. This is one layer of several
 * (docs/readme/sandbox.md): without code generation from strings there is no way back from these
 * objects to the real global scope, and the real global scope is stripped too.
 */

/** Names copied from the real global scope: data types, timers and pure utilities, no I/O. */
export const PASSED_GLOBALS = [
  'Object', 'Function', 'Array', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Promise',
  'JSON', 'Math', 'Date', 'Number', 'String', 'Boolean', 'Symbol', 'BigInt', 'RegExp', 'Reflect', 'Proxy', 'Intl',
  'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError',
  'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  'WebAssembly', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'URL', 'URLSearchParams',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'structuredClone',
  'performance', 'crypto', 'eval', 'isFinite', 'isNaN', 'parseFloat', 'parseInt',
  'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'atob', 'btoa', 'NaN', 'Infinity', 'undefined',
] as const;

/** Capabilities that exist in a browser worker or in Node and are refused by name, with the reason. */
export const DENIED_GLOBALS: Record<string, string> = {
  fetch: 'network access',
  XMLHttpRequest: 'network access',
  WebSocket: 'network access',
  WebSocketStream: 'network access',
  EventSource: 'network access',
  WebTransport: 'network access',
  Request: 'network access',
  importScripts: 'loading scripts',
  Worker: 'starting threads',
  SharedWorker: 'starting threads',
  BroadcastChannel: 'messaging other contexts',
  MessageChannel: 'messaging other contexts',
  postMessage: 'messaging other contexts',
  indexedDB: 'browser storage',
  caches: 'browser storage',
  localStorage: 'browser storage',
  navigator: 'the browser’s navigator',
  self: 'the worker’s global scope',
  globalThis: 'the worker’s global scope',
  window: 'the page',
  document: 'the page',
  location: 'the page’s location',
  process: 'the host process (files, processes, environment, signals)',
  require: 'loading host modules',
  module: 'loading host modules',
  Buffer: 'the host process',
  Deno: 'the host process',
  Bun: 'the host process',
};

/** An Error whose `name` the sandbox reports as a Python `PermissionError` (see prelude-py.ts). */
export function permissionError(what: string): Error {
  const err = new Error(`${what} is disabled in the sandbox`);
  err.name = 'PermissionError';
  return err;
}

/** A stub that throws a PermissionError on every use: read a property, call it, construct it, enumerate it. */
export function deniedStub(what: string): object {
  const deny = (): never => {
    throw permissionError(what);
  };
  return new Proxy(function denied() {}, {
    get: deny,
    set: deny,
    has: deny,
    apply: deny,
    construct: deny,
    ownKeys: deny,
    getPrototypeOf: deny,
    getOwnPropertyDescriptor: deny,
    defineProperty: deny,
    deleteProperty: deny,
  });
}

/** Builds the `js` namespace from `real` (the worker's global scope, read before it is locked down). */
export function createSandboxGlobals(real: object): Record<string, unknown> {
  const globals: Record<string, unknown> = {};
  const source = real as Record<string, unknown>;
  for (const name of PASSED_GLOBALS) {
    if (!(name in source)) continue;
    const value = source[name];
    // A browser's timers refuse any `this` but the global scope ("Illegal invocation"), and Python
    // calls them as methods of `js`; classes (capitalised) keep their static members unbound.
    globals[name] = typeof value === 'function' && /^[a-z]/.test(name) ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  }
  for (const [name, what] of Object.entries(DENIED_GLOBALS)) globals[name] = deniedStub(what);
  return globals;
}
