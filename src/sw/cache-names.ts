/**
 * Names of the caches the service worker owns. Every one starts with `lce-` and carries its version,
 * so an update can delete the outdated ones without touching anything else in the origin's Cache
 * Storage — above all web-llm's own caches of model weights (`webllm/model`, `webllm/wasm`, …).
 */

/** Prefix of every cache this app's service worker creates. */
export const CACHE_PREFIX = 'lce';

/** The precache (app shell, Pyodide core, compiled sympy/mpmath); Serwist appends `-precache-v2-<scope>`. */
export function precacheCacheName(scope: string): string {
  return `${CACHE_PREFIX}-precache-v2-${scope}`;
}

/** Packages fetched from Pyodide's CDN on first use (numpy…): their bytecode is tied to the Pyodide version. */
export function pythonPackagesCacheName(pyodideVersion: string): string {
  return `${CACHE_PREFIX}-python-packages-pyodide-${pyodideVersion}`;
}

/** The app's caches in `all` that are not in `current`: what an activated version deletes. */
export function outdatedCaches(all: readonly string[], current: readonly string[]): string[] {
  return all.filter((name) => name.startsWith(`${CACHE_PREFIX}-`) && !current.includes(name));
}
