/**
 * What the service worker precaches from the build (dist/), as @serwist/build glob options.
 * In: the app shell, the self-hosted Pyodide core, the compiled sympy/mpmath zips, the example
 * problems and the demo recordings — everything the app, Python and a replay need offline — and the
 * web-llm worker, so a cached model loads offline too.
 * Out: source maps, the render test page, the wheels (only a fallback when a zip was not built) and
 * KaTeX's woff/ttf fonts (every browser that runs this app takes the woff2).
 */
import { resolve } from 'node:path';
import type { ResolvedConfig } from 'vite';

/**
 * Largest file precached. Workbox's and Serwist's default is 2 MB, which would silently leave out
 * Pyodide's wasm (9.6 MB) and the sympy zip (25 MB); the build checks they are in (precache.test.ts).
 */
export const MAX_PRECACHE_FILE_BYTES = 64 * 2 ** 20;

/** The @serwist/vite options that choose the precached files (from the build's own outDir). */
export function precacheGlobs() {
  return {
    globDirectory: 'dist',
    integration: {
      // A build into another folder (the benchmarks build into a temporary one) precaches that folder.
      configureOptions(config: ResolvedConfig, options: { globDirectory: string }) {
        options.globDirectory = resolve(config.root, config.build.outDir);
      },
    },
    globPatterns: ['*.html', 'favicon.svg', 'assets/*.{js,css,woff2}', 'pyodide/*', 'pyodide-packages/*.zip', 'problems/*', 'replay/*'],
    globIgnores: ['render-check.html', 'assets/renderCheck-*', '**/*.map', 'sw.js'],
    maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
  };
}
