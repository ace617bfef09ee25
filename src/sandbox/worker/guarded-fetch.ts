/**
 * The only fetch the browser worker ever lends to Pyodide's package loader: it fetches nothing but
 * the files Pyodide's lockfile names, under the online-packages URL, as plain GETs (the caller's
 * method, headers and body are ignored), and only until it is revoked. Python code that runs while
 * a package loads (a timer a cell left behind) may catch it, but can do no more with it than
 * download numpy again.
 */

/** A lent fetch and the switch that ends the loan. */
export interface LentFetch {
  fetch: typeof fetch;
  revoke(): void;
}

/** Wraps `realFetch` for one package load; `packages` is the lockfile's `packages` table. */
export function guardedFetch(realFetch: typeof fetch, baseUrl: string, packages: Record<string, { file_name: string }>): LentFetch {
  const allowed = new Set(Object.values(packages).map((p) => new URL(p.file_name, baseUrl).href));
  let live = true;
  const lent = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : String((input as Request).url);
    let href: string;
    try {
      href = new URL(url).href;
    } catch {
      return Promise.reject(new TypeError('the package loader may fetch only package files'));
    }
    if (!live || !allowed.has(href)) return Promise.reject(new TypeError('the package loader may fetch only package files'));
    const integrity = typeof init?.integrity === 'string' ? init.integrity : undefined;
    return realFetch(href, integrity ? { integrity } : {});
  };
  return {
    fetch: lent as typeof fetch,
    revoke: () => {
      live = false;
    },
  };
}
