/**
 * Which packages a cell may import beyond the stdlib, and how each one arrives:
 * sympy/mpmath from the vendored build (a `.pyc` zip, else the wheel), numpy from Pyodide's CDN.
 */
import manifest from '../../../vendor/python-wheels/packages.json';

/** A vendored pure-Python package as described by vendor/python-wheels/packages.json. */
export interface VendoredPackage {
  name: string;
  version: string;
  wheel: string;
  sha256: string;
  imports: string[];
  depends: string[];
}

/** The vendored packages, by name. */
export const VENDORED: Record<string, VendoredPackage> = Object.fromEntries(
  Object.entries(manifest.packages).map(([name, p]) => [name, { name, ...p }]),
);

/** Pyodide version the vendored zips were compiled for (their bytecode is version-specific). */
export const PYODIDE_VERSION: string = manifest.pyodide;

/** Packages fetched from Pyodide's CDN when online (native code: no offline build exists here). */
export const ONLINE_ONLY = ['numpy'] as const;

/** Pyodide's CDN for the packages not vendored here (numpy); must match the core's version. */
export const PYODIDE_CDN_URL = `https://cdn.jsdelivr.net/pyodide/v${manifest.pyodide}/full/`;

/** File name of the sourceless bytecode zip built for `pkg`. */
export function zipFileName(pkg: VendoredPackage): string {
  return `${pkg.name}-${pkg.version}-pyodide${PYODIDE_VERSION}.pyc.zip`;
}

/** The vendored package that provides top-level module `module`, if any. */
export function vendoredFor(module: string): VendoredPackage | undefined {
  return Object.values(VENDORED).find((p) => p.imports.includes(module));
}

/** The vendored package whose compiled zip (`zip`) or source wheel (`wheel`) is called `file`, if any. */
export function vendoredFile(kind: 'zip' | 'wheel', file: string): VendoredPackage | undefined {
  return Object.values(VENDORED).find((p) => (kind === 'zip' ? zipFileName(p) : p.wheel) === file);
}

/** `pkg` and everything it depends on, dependencies first. */
export function withDependencies(pkg: VendoredPackage): VendoredPackage[] {
  const out: VendoredPackage[] = [];
  const visit = (p: VendoredPackage): void => {
    if (out.includes(p)) return;
    for (const d of p.depends) {
      const dep = VENDORED[d];
      if (dep) visit(dep);
    }
    out.push(p);
  };
  visit(pkg);
  return out;
}

/** Hex SHA-256 of `bytes` (WebCrypto: the same in a browser worker and in Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The sentence a cell gets when an online-only package could not be downloaded. */
export function offlineReason(name: string, errors: string[]): string {
  const detail = errors.join(' ').replace(/\s+/g, ' ').slice(0, 200);
  return `${name} is not available offline: it only comes from Pyodide's CDN, which could not be reached (${detail || 'no network'}). Use plain Python, fractions or sympy instead`;
}
