/**
 * Downloads Pyodide's online-only packages (numpy) for the Node sandbox, which has no network:
 * the host fetches each file its lockfile names, checks it against the lockfile's SHA-256 and
 * stores it in the cache directory the sandbox may read, where Pyodide's loader finds it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../runtime/packages';
import { NODE_MODULES_DIR } from './package-build';

/** The part of a Pyodide lockfile this reads. */
export interface LockfilePackages {
  packages: Record<string, { file_name: string; sha256: string; depends: string[] }>;
}

/** Where downloaded packages are kept (readable by the sandbox, written only by the host). */
export const PACKAGE_CACHE_DIR = join(NODE_MODULES_DIR, '.cache', 'lce-sandbox', 'pyodide-packages');
/** The lockfile of the Pyodide core the sandbox runs. */
export const PYODIDE_LOCKFILE = join(NODE_MODULES_DIR, 'pyodide', 'pyodide-lock.json');

/** `name` and its dependencies per the lockfile, dependencies first; throws for a name it lacks. */
export function lockClosure(lock: LockfilePackages, name: string): string[] {
  const out: string[] = [];
  const visit = (n: string): void => {
    if (out.includes(n)) return;
    const entry = lock.packages[n];
    if (!entry) throw new Error(`${n} is not in Pyodide's lockfile`);
    for (const d of entry.depends) visit(d);
    out.push(n);
  };
  visit(name);
  return out;
}

/**
 * Makes every file of `name` (and its dependencies) present in `cacheDir`, downloading from
 * `baseUrl`. Resolves null when done, else a sentence saying what failed. A file whose bytes do not
 * match the lockfile is never stored.
 */
export async function fetchOnlinePackage(name: string, baseUrl: string, cacheDir = PACKAGE_CACHE_DIR, lock: LockfilePackages = JSON.parse(readFileSync(PYODIDE_LOCKFILE, 'utf8')) as LockfilePackages, timeoutMs = 120_000): Promise<string | null> {
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const n of lockClosure(lock, name)) {
      const { file_name: file, sha256 } = lock.packages[n]!;
      if (file.includes('/') || file.includes('\\')) return `${file} is not a plain file name`;
      const path = join(cacheDir, file);
      if (existsSync(path)) continue;
      const res = await fetch(new URL(file, baseUrl), { signal: AbortSignal.timeout(timeoutMs) });
      if (!res.ok) return `${file}: HTTP ${res.status}`;
      const bytes = new Uint8Array(await res.arrayBuffer());
      if ((await sha256Hex(bytes)) !== sha256) return `${file} does not match the SHA-256 in Pyodide's lockfile`;
      const tmp = `${path}.${process.pid}.part`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, path);
    }
    return null;
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return `${err instanceof Error ? err.message : String(err)}${cause ? ` (${cause})` : ''}`;
  }
}
