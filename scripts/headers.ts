/** Headers that make the page cross-origin isolated (SharedArrayBuffer for the sandbox's interrupt buffer). */
export const crossOriginIsolationHeaders: Record<string, string> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  // credentialless (not require-corp) so that, online, web-llm weights and Pyodide's CDN packages
  // still load from hosts that send no Cross-Origin-Resource-Policy header.
  'Cross-Origin-Embedder-Policy': 'credentialless',
};

/**
 * Content-Security-Policy of the Python worker script. In a worker it applies to the code Python
 * can reach through `js`: no eval (the `constructor.constructor` escape becomes an EvalError), wasm
 * compilation allowed for Pyodide, connections only to this origin and Pyodide's CDN (numpy online).
 */
export const pythonWorkerCsp = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self' https://cdn.jsdelivr.net",
  "worker-src 'none'",
].join('; ');
