/**
 * Builds the sandbox's fast import path: each vendored wheel compiled by Pyodide itself into a
 * sourceless `.pyc` zip (unchecked-hash pycs, tests dropped). Importing sympy this way takes ~0.5 s
 * instead of ~3.5 s from source. Bytecode is specific to the interpreter, hence "compiled by Pyodide".
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { PyodideAPI } from 'pyodide';
import { VENDORED, sha256Hex, zipFileName, type VendoredPackage } from '../runtime/packages';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where the vendored wheels live. */
export const WHEELS_DIR = join(root, 'vendor', 'python-wheels');
/** Where the compiled zips go (served as /pyodide-packages/ and copied into the build). */
export const ZIPS_DIR = join(root, 'public', 'pyodide-packages');

/** Vendored packages whose zip is not built yet. */
export function missingZips(dir = ZIPS_DIR): VendoredPackage[] {
  return Object.values(VENDORED).filter((p) => !existsSync(join(dir, zipFileName(p))));
}

const COMPILE_PY = String.raw`
import compileall, os, py_compile, shutil, warnings, zipfile
warnings.simplefilter("ignore", SyntaxWarning)

def build(wheel_path, work, out_path):
    shutil.rmtree(work, ignore_errors=True)
    with zipfile.ZipFile(wheel_path) as wheel:
        wheel.extractall(work)
    for dirpath, dirnames, _ in os.walk(work):
        for d in list(dirnames):
            if d in ("tests", "__pycache__"):
                shutil.rmtree(os.path.join(dirpath, d))
                dirnames.remove(d)
    ok = compileall.compile_dir(work, quiet=2, legacy=True, workers=1,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    if not ok:
        raise RuntimeError("compileall reported errors")
    count = 0
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_STORED) as out:
        for dirpath, _, files in os.walk(work):
            for f in sorted(files):
                full = os.path.join(dirpath, f)
                if f.endswith(".py") and os.path.exists(full + "c"):
                    continue
                out.write(full, os.path.relpath(full, work))
                count += 1
    shutil.rmtree(work)
    return count
`;

/**
 * Compiles every missing zip with the given (fresh, untouched by user code) Pyodide and writes it
 * to `dir` atomically, so concurrent builders never expose a half-written file. Returns the names built.
 */
export async function buildMissingZips(py: PyodideAPI, dir = ZIPS_DIR): Promise<string[]> {
  if (missingZips(dir).length === 0) return [];
  return withBuildLock(dir, () => compileMissing(py, dir));
}

const STALE_LOCK_MS = 5 * 60_000;

/**
 * One builder at a time across processes (parallel test files, the Vite plugin): the others wait
 * for it and then find the zips built. A lock left by a killed builder expires.
 */
async function withBuildLock(dir: string, build: () => Promise<string[]>): Promise<string[]> {
  const lock = join(tmpdir(), `lce-pyc-build-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.lock`);
  let fd: number | null = null;
  while (fd === null) {
    try {
      fd = openSync(lock, 'wx');
    } catch {
      if (missingZips(dir).length === 0) return [];
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) unlinkSync(lock);
      } catch {
        // Released meanwhile: try again.
      }
      await sleep(250);
    }
  }
  try {
    return await build();
  } finally {
    closeSync(fd);
    unlinkSync(lock);
  }
}

async function compileMissing(py: PyodideAPI, dir: string): Promise<string[]> {
  const todo = missingZips(dir);
  if (todo.length === 0) return [];
  mkdirSync(dir, { recursive: true });
  const scope = py.toPy({}) as { destroy(): void };
  py.runPython(COMPILE_PY, { globals: scope as never });
  const build = (scope as unknown as { get(k: string): (...a: unknown[]) => number }).get('build');
  const built: string[] = [];
  for (const pkg of todo) {
    const wheel = new Uint8Array(readFileSync(join(WHEELS_DIR, pkg.wheel)));
    if ((await sha256Hex(wheel)) !== pkg.sha256) {
      throw new Error(`${pkg.wheel} does not match its SHA-256 in vendor/python-wheels/packages.json; fetch it again with pip download --no-deps ${pkg.name}==${pkg.version}`);
    }
    py.FS.writeFile('/tmp/lce-wheel.whl', wheel);
    build('/tmp/lce-wheel.whl', `/tmp/lce-build-${pkg.name}`, '/tmp/lce-out.zip');
    const bytes = py.FS.readFile('/tmp/lce-out.zip') as Uint8Array;
    py.FS.unlink('/tmp/lce-out.zip');
    py.FS.unlink('/tmp/lce-wheel.whl');
    // Temporary name still ends in .zip so .gitignore covers it if a build is interrupted.
    const tmp = join(dir, `.tmp-${process.pid}-${Date.now()}-${zipFileName(pkg)}`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, join(dir, zipFileName(pkg)));
    built.push(pkg.name);
  }
  (build as unknown as { destroy(): void }).destroy();
  scope.destroy();
  return built;
}

/** Builds the missing zips with a Pyodide of its own (for the CLI script and the Vite plugin). */
export async function ensurePythonPackages(dir = ZIPS_DIR): Promise<string[]> {
  if (missingZips(dir).length === 0) return [];
  const { loadPyodide } = await import('pyodide');
  const py = await loadPyodide();
  return buildMissingZips(py, dir);
}
