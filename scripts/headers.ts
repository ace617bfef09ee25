/** Headers that make the page cross-origin isolated (SharedArrayBuffer for the sandbox's interrupt buffer). */
export const crossOriginIsolationHeaders: Record<string, string> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  // credentialless (not require-corp) so that, online, web-llm weights and Pyodide's CDN packages
  // still load from hosts that send no Cross-Origin-Resource-Policy header.
  'Cross-Origin-Embedder-Policy': 'credentialless',
};
