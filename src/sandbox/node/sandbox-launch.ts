/**
 * How the Node sandbox process is started: the command line that puts it under Node's permission
 * model with no code generation from strings, inside an empty network namespace where the kernel
 * allows one, running a bundle of its own code (it can read no other project file).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { platform } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { SandboxError } from '../../core/errors';
import { NODE_MODULES_DIR, REPO_ROOT } from './package-build';

/** A protection the sandbox process runs under, as reported by the runner. */
export type Protection = 'permission-model' | 'no-code-generation' | 'network-namespace' | 'network-permission';

/** A ready command line and what it protects with. */
export interface SandboxCommand {
  command: string;
  args: string[];
  protections: Protection[];
}

/** Where the Pyodide core lives (the one directory of node_modules the sandbox may read). */
export const PYODIDE_DIR = join(NODE_MODULES_DIR, 'pyodide');
const CACHE_DIR = join(NODE_MODULES_DIR, '.cache', 'lce-sandbox');
const ENTRIES = {
  'sandbox-process': join(REPO_ROOT, 'src', 'sandbox', 'node', 'child', 'sandbox-process.ts'),
  'python-thread': join(REPO_ROOT, 'src', 'sandbox', 'node', 'child', 'python-thread.ts'),
};

let bundleDir: string | null = null;

/** True when `dir` holds exactly these files with these bytes (a cached bundle nobody changed). */
function holds(dir: string, files: { name: string; contents: Uint8Array }[]): boolean {
  try {
    return files.every((f) => Buffer.from(readFileSync(join(dir, f.name))).equals(Buffer.from(f.contents)));
  } catch {
    return false;
  }
}

/** Writes `files` into a new directory `dir` (through a temporary one, so no reader sees half of it); false if `dir` appeared meanwhile. */
function writeBundle(dir: string, files: { name: string; contents: Uint8Array }[]): boolean {
  const tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
  mkdirSync(tmp, { recursive: true });
  for (const file of files) writeFileSync(join(tmp, file.name), file.contents);
  try {
    renameSync(tmp, dir);
    return true;
  } catch {
    rmSync(tmp, { recursive: true, force: true });
    return false;
  }
}

/**
 * Bundles the sandbox process's two entries (with comlink, Pyodide's loader and the shared
 * runtime) into a content-addressed directory of `cacheDir`, once per host process (~50 ms). A
 * cached directory is used only if its bytes are the ones just built (the sandbox runs whatever
 * is there); otherwise a fresh one is written beside it.
 */
export function sandboxBundle(cacheDir = CACHE_DIR): string {
  if (bundleDir && existsSync(bundleDir) && cacheDir === CACHE_DIR) return bundleDir;
  const result = buildSync({
    entryPoints: ENTRIES,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: CACHE_DIR,
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'silent',
  });
  const files = result.outputFiles.map((f) => ({ name: f.path.slice(CACHE_DIR.length + 1), contents: f.contents }));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.name).update(file.contents);
  let dir = join(cacheDir, `bundle-${hash.digest('hex').slice(0, 16)}`);
  if (!existsSync(dir)) writeBundle(dir, files);
  if (!holds(dir, files)) {
    dir = `${dir}-${process.pid}-${Date.now()}`;
    if (!writeBundle(dir, files)) throw new SandboxError(`could not write the sandbox's code to ${dir}`);
  }
  if (cacheDir === CACHE_DIR) bundleDir = dir;
  return dir;
}

/** Node's permission-model flag on this Node (`--permission` from 22.13/23.5, experimental before), or null. */
export function permissionFlag(flags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): string | null {
  if (flags.has('--permission')) return '--permission';
  if (flags.has('--experimental-permission')) return '--experimental-permission';
  return null;
}

let unshare: string | null | undefined;

/** `unshare` when this kernel lets us create a user + network namespace (Linux), else null. */
export function networkNamespaceLauncher(): string | null {
  if (unshare !== undefined) return unshare;
  unshare = null;
  if (platform() !== 'linux') return null;
  for (const path of ['/usr/bin/unshare', '/bin/unshare']) {
    if (!existsSync(path)) continue;
    const probe = spawnSync(path, ['--net', '--map-root-user', 'true'], { stdio: 'ignore', timeout: 5000 });
    if (probe.status === 0) unshare = path;
    break;
  }
  return unshare;
}

/** What the sandbox process may read and how it is isolated. */
export interface LaunchOptions {
  /** Directory of online-only packages the host downloads (readable), or null offline. */
  packageCacheDir: string | null;
  /** Directories of the vendored packages' compiled zips and wheels (readable). */
  packagesDir: string;
  wheelsDir: string;
  /** Use an empty network namespace when the kernel allows one (default true). */
  networkNamespace?: boolean;
  /** The flags this Node accepts (default: its own); for tests of other Node versions. */
  nodeFlags?: ReadonlySet<string>;
}

/**
 * Node's flags for a sandboxed script that may read only `readable`: the permission model (no
 * other file, no child process, no addon; worker threads allowed for the Python thread, whose way
 * to start another is stripped), no code generation from strings, no addons.
 */
export function sandboxNodeArgs(readable: string[], flags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): string[] {
  const permission = permissionFlag(flags);
  if (!permission) {
    throw new SandboxError(`Node ${process.version} has no permission model (--permission or --experimental-permission), which the Python sandbox needs; use Node 20.19 or later`);
  }
  return [permission, ...readable.map((p) => `--allow-fs-read=${p}`), '--allow-worker', '--disallow-code-generation-from-strings', '--no-addons', '--no-warnings'];
}

/** Prefixes `command` with the network-namespace launcher when asked for and available. */
export function inNetworkNamespace(command: string, args: string[], wanted = true): { command: string; args: string[]; isolated: boolean } {
  const launcher = wanted ? networkNamespaceLauncher() : null;
  return launcher ? { command: launcher, args: ['--net', '--map-root-user', command, ...args], isolated: true } : { command, args, isolated: false };
}

/**
 * The command line of a sandbox process. Throws a SandboxError on a Node without a permission
 * model rather than running Python unprotected.
 */
export function sandboxCommand(options: LaunchOptions): SandboxCommand {
  const flags = options.nodeFlags ?? process.allowedNodeEnvironmentFlags;
  // Refuse before any work on a Node that cannot protect the host.
  sandboxNodeArgs([], flags);
  const dir = sandboxBundle();
  const readable = [dir, PYODIDE_DIR, options.packagesDir, options.wheelsDir, ...(options.packageCacheDir ? [options.packageCacheDir] : [])];
  const protections: Protection[] = ['permission-model', 'no-code-generation'];
  // From the Node version that has network permissions (--allow-net), not passing it refuses them.
  if (flags.has('--allow-net')) protections.push('network-permission');
  const args = [
    ...sandboxNodeArgs(readable, flags),
    join(dir, 'sandbox-process.mjs'),
    JSON.stringify({ indexURL: `${PYODIDE_DIR}/`, packageCacheDir: options.packageCacheDir, packagesDir: options.packagesDir, wheelsDir: options.wheelsDir }),
  ];
  const launched = inNetworkNamespace(process.execPath, args, options.networkNamespace !== false);
  if (launched.isolated) protections.push('network-namespace');
  return { command: launched.command, args: launched.args, protections };
}
