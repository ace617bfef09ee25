/** Which requests are Python packages from Pyodide's CDN, kept after their first download. */
import { PYODIDE_VERSION } from '../sandbox/runtime/packages';

/**
 * True for a package file of this Pyodide version on its CDN (`…/pyodide/v314.0.7/full/numpy-….whl`),
 * whatever the host: the files are immutable per version. A Range request is left out, because its
 * partial (206) response cannot be stored by the Cache API.
 */
export function isPyodidePackageRequest(url: URL, headers: Headers): boolean {
  return url.protocol === 'https:' && url.pathname.includes(`/pyodide/v${PYODIDE_VERSION}/full/`) && !headers.has('range');
}
