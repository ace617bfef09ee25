/**
 * Where the vendored packages live on disk and how their compiled zips get there: built once (by
 * a fresh sandbox before its first cell, or by the Vite plugin), written atomically under a lock
 * shared by every process (parallel test files, the dev server), then reused.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { VENDORED, sha256Hex, zipFileName, type VendoredPackage } from '../runtime/packages';
import { compileWheel } from './zip-compiler';

/** The repository's root directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Where the vendored wheels live. */
export const WHEELS_DIR = join(REPO_ROOT, 'vendor', 'python-wheels');
/** Where the compiled zips go (served as /pyodide-packages/ and copied into the build). */
export const ZIPS_DIR = join(REPO_ROOT, 'public', 'pyodide-packages');
/**
 * The repository's node_modules by its real path: Node's permission model grants a directory by
 * its real path, and node_modules may be a symlink (Stryker's sandboxes link it, so do some CI caches).
 */
export const NODE_MODULES_DIR = realpathSync(join(REPO_ROOT, 'node_modules'));

/** Vendored packages whose zip is not built yet. */
export function missingZips(dir = ZIPS_DIR): VendoredPackage[] {
  return Object.values(VENDORED).filter((p) => !existsSync(join(dir, zipFileName(p))));
}

const STALE_LOCK_MS = 5 * 60_000;

/** A held build lock; `release` is idempotent. */
export interface BuildLock {
  release(): void;
}

/**
 * Waits for the build lock of `dir` unless every zip is there. Resolves null when nothing is
 * missing (someone else built them meanwhile), else the lock. A lock left by a killed builder expires.
 */
export async function acquireBuildLock(dir: string): Promise<BuildLock | null> {
  const lock = join(tmpdir(), `lce-pyc-build-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.lock`);
  for (;;) {
    if (missingZips(dir).length === 0) return null;
    try {
      const fd = openSync(lock, 'wx');
      let held = true;
      return {
        release() {
          if (!held) return;
          held = false;
          closeSync(fd);
          unlinkSync(lock);
        },
      };
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) unlinkSync(lock);
      } catch {
        // Released meanwhile: try again.
      }
      await sleep(250);
    }
  }
}

/** Writes a compiled zip so that no reader ever sees half of it. */
export function writeZip(dir: string, pkg: VendoredPackage, bytes: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  // The temporary name still ends in .zip so .gitignore covers it if the write is interrupted.
  const tmp = join(dir, `.tmp-${process.pid}-${Date.now()}-${zipFileName(pkg)}`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, join(dir, zipFileName(pkg)));
}

/** Reads a vendored wheel and checks it against its SHA-256 in packages.json. */
export async function readCheckedWheel(pkg: VendoredPackage): Promise<Uint8Array> {
  const wheel = new Uint8Array(readFileSync(join(WHEELS_DIR, pkg.wheel)));
  if ((await sha256Hex(wheel)) !== pkg.sha256) {
    throw new Error(`${pkg.wheel} does not match its SHA-256 in vendor/python-wheels/packages.json; fetch it again with pip download --no-deps ${pkg.name}==${pkg.version}`);
  }
  return wheel;
}

/** Builds the missing zips with a Pyodide of its own, in this process (the Vite plugin, trusted code only). */
export async function ensurePythonPackages(dir = ZIPS_DIR): Promise<string[]> {
  const lock = await acquireBuildLock(dir);
  if (!lock) return [];
  try {
    const { loadPyodide } = await import('pyodide');
    const py = await loadPyodide();
    const built: string[] = [];
    for (const pkg of missingZips(dir)) {
      writeZip(dir, pkg, compileWheel(py, await readCheckedWheel(pkg), pkg.name));
      built.push(pkg.name);
    }
    return built;
  } finally {
    lock.release();
  }
}
