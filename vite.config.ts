import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crossOriginIsolationHeaders } from './scripts/headers';
import { pyodideAssets } from './scripts/vite-pyodide-assets';

// Cross-origin isolation (COOP + COEP) gives the page SharedArrayBuffer, which the Python sandbox
// needs for its interrupt buffer. Both the dev server and `vite preview` send the headers.
export default defineConfig({
  plugins: [preact(), pyodideAssets()],
  server: { headers: crossOriginIsolationHeaders, port: 5173, strictPort: false },
  preview: { headers: crossOriginIsolationHeaders, port: 4173, strictPort: false },
  worker: { format: 'es' },
  // Pyodide loads its own wasm and stdlib at run time; pre-bundling breaks its relative URLs.
  optimizeDeps: { exclude: ['pyodide', '@mlc-ai/web-llm'] },
  build: { target: 'es2022', sourcemap: true },
});
