/**
 * What the service worker adds to the app's own responses so that a static host that sends no
 * custom headers still gives a cross-origin isolated page and a Python worker under its CSP — the
 * approach known from coi-serviceworker. The values come from scripts/headers.ts, the one module the
 * dev server and `vite preview` send them from.
 */
import { crossOriginIsolationHeaders, pythonWorkerCsp } from '../../scripts/headers';

/** The bundled Python worker script (`assets/python.worker-<hash>.js`). */
export function isPythonWorkerScript(pathname: string): boolean {
  return /\/python\.worker[^/]*\.js$/.test(pathname);
}

/** Requests whose responses carry the headers that matter: documents (COOP/COEP) and worker scripts (COEP, CSP). */
export function needsHostHeaders(request: { mode: string; destination: string }): boolean {
  return request.mode === 'navigate' || ['document', 'iframe', 'worker', 'sharedworker'].includes(request.destination);
}

/**
 * The headers `response` should carry: COOP/COEP where the host sent none (a host's own choice wins),
 * and the Python worker's CSP appended — several CSP headers are all enforced, so appending can only
 * make a host's own policy stricter, never weaker.
 */
export function hostHeaders(existing: Headers, pathname: string): Headers {
  const headers = new Headers(existing);
  for (const [name, value] of Object.entries(crossOriginIsolationHeaders)) {
    if (!headers.has(name)) headers.set(name, value);
  }
  if (isPythonWorkerScript(pathname)) headers.append('Content-Security-Policy', pythonWorkerCsp);
  return headers;
}

/** `response` with the host headers added; an opaque or error response is returned as it is. */
export function withHostHeaders(response: Response, pathname: string): Response {
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: hostHeaders(response.headers, pathname) });
}
