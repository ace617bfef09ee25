/**
 * The host side of SandboxHostApi for one sandbox process. Everything the sandbox sends is
 * untrusted: a zip is stored only by a sandbox that holds the build lock and has not run a cell
 * yet, only a vendored package's and only a real zip, and only online-only packages are downloaded.
 */
import { ONLINE_ONLY, VENDORED } from '../runtime/packages';
import { acquireBuildLock, missingZips, writeZip, type BuildLock } from './package-build';
import { fetchOnlinePackage } from './online-packages';
import type { SandboxHostApi } from './sandbox-host.api';

/** Where the host keeps packages. */
export interface SandboxHostOptions {
  packagesDir: string;
  /** Base URL of Pyodide's CDN for online-only packages; null: offline. */
  onlinePackagesUrl: string | null;
  packageCacheDir: string | null;
}

/** SandboxHostApi plus `endStartup`, after which zips are no longer accepted (the sandbox may have run user code). */
export interface SandboxHost extends SandboxHostApi {
  endStartup(): void;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Creates the host service for one sandbox process. */
export function createSandboxHost(options: SandboxHostOptions): SandboxHost {
  let lock: BuildLock | null = null;
  let startup = true;
  const release = (): void => {
    lock?.release();
    lock = null;
  };
  return {
    async zipsToBuild() {
      if (!startup || lock) return [];
      const held = await acquireBuildLock(options.packagesDir);
      if (!held) return [];
      if (!startup) {
        held.release();
        return [];
      }
      lock = held;
      return missingZips(options.packagesDir).map((p) => p.name);
    },
    async storeZip(name, bytes) {
      const pkg = typeof name === 'string' && Object.hasOwn(VENDORED, name) ? VENDORED[name] : undefined;
      if (!startup || !lock || !pkg || !(bytes instanceof Uint8Array) || !ZIP_MAGIC.every((b, i) => bytes[i] === b)) return;
      writeZip(options.packagesDir, pkg, bytes);
    },
    async zipsDone() {
      release();
    },
    async fetchOnlinePackage(name) {
      if (typeof name !== 'string' || !(ONLINE_ONLY as readonly string[]).includes(name)) return 'that is not an online-only package';
      if (!options.onlinePackagesUrl || !options.packageCacheDir) return 'this runner was started offline-only';
      return fetchOnlinePackage(name, options.onlinePackagesUrl, options.packageCacheDir);
    },
    endStartup() {
      startup = false;
      release();
    },
  };
}
