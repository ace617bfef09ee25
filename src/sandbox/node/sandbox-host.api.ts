/**
 * What the Node sandbox process may ask of the host process that started it. The sandbox process
 * may read the vendored packages but write nothing and reach no network, so the host stores the
 * package zips a fresh sandbox compiled and downloads Pyodide's online-only packages.
 * Every argument is untrusted: the host checks each name against the vendored list.
 */
export interface SandboxHostApi {
  /** Names of vendored packages whose zip is missing, once this sandbox holds the build lock; [] when none. Only before its first cell. */
  zipsToBuild(): Promise<string[]>;
  /** Stores a zip this sandbox compiled from its wheel (only while it holds the build lock). */
  storeZip(name: string, bytes: Uint8Array): Promise<void>;
  /** Releases the build lock. */
  zipsDone(): Promise<void>;
  /** Downloads an online-only package (numpy) into the package cache the sandbox reads; null when done, else why not. */
  fetchOnlinePackage(name: string): Promise<string | null>;
}

/** What the sandbox process hands its Python thread. */
export interface PythonThreadData {
  /** Set to 2 by the sandbox process's main thread to interrupt the running cell. */
  interrupt: Uint8Array;
  /** Directory of the Pyodide core (readable by the sandbox). */
  indexURL: string;
  /** Directory of downloaded online-only packages (readable by the sandbox), or null when offline. */
  packageCacheDir: string | null;
  /** Directories of the compiled zips and of the wheels (readable by the sandbox). */
  packagesDir: string;
  wheelsDir: string;
}

/** Control messages from the host to the sandbox process's main thread (everything else is relayed). */
export type SandboxControl = { ctl: 'interrupt' } | { ctl: 'clear' };

/** What the sandbox process's main thread says when its Python thread is gone. */
export interface SandboxExit {
  ctl: 'exit';
  reason: string;
}
