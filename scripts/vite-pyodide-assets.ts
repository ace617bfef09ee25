import type { Plugin } from 'vite';

/** Placeholder, replaced by the sandbox work: serves and copies the Pyodide core and vendored packages. */
export function pyodideAssets(): Plugin {
  return { name: 'lce:pyodide-assets' };
}
