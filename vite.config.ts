import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { serwist } from '@serwist/vite';
import { crossOriginIsolationHeaders } from './scripts/headers';
import { pyodideAssets } from './scripts/vite-pyodide-assets';
import { precacheGlobs } from './scripts/precache';

// Cross-origin isolation (COOP + COEP) gives the page SharedArrayBuffer, which the Python sandbox
// needs for its interrupt buffer. Both the dev server and `vite preview` send the headers; on a
// static host that cannot, the service worker (src/sw/sw.ts) adds them after the first visit.
export default defineConfig({
  plugins: [
    preact(),
    pyodideAssets(),
    // The service worker: precache + offline + host headers. Built for `vite build` only.
    serwist({ swSrc: 'src/sw/sw.ts', swDest: 'sw.js', rollupFormat: 'iife', ...precacheGlobs() }),
  ],
  // The training smoke test makes a Python venv in training/.venv (~35k files); watching it made
  // the dev server's first page load three times slower (30 s against 10 s under load).
  server: { headers: crossOriginIsolationHeaders, port: 5173, strictPort: false, watch: { ignored: ['**/training/.venv/**'] } },
  preview: { headers: crossOriginIsolationHeaders, port: 4173, strictPort: false },
  worker: { format: 'es' },
  // Pyodide loads its own wasm and stdlib at run time; pre-bundling breaks its relative URLs.
  // idb and chart.js (the Batch tab's store and its lazily drawn charts) are pre-bundled at start:
  // found later, the dev server would re-optimise and reload the page mid-session.
  optimizeDeps: { exclude: ['pyodide', '@mlc-ai/web-llm'], include: ['idb', 'chart.js'] },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: {
        main: 'index.html',
        // Test/bench page: mounts the real Transcript with blocks sent by postMessage (tests/e2e/render-*).
        renderCheck: 'render-check.html',
        // The Python sandbox self-test page (src/sandbox/diagnostics); also what tests/e2e/sandbox-* drive.
        diagnostics: 'diagnostics.html',
      },
    },
  },
});
