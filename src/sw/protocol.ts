/**
 * Messages between the page and the service worker, and the shape of the offline status it
 * reports. Plain data only: the page imports this file too.
 */

/** What a precached file is for, as the offline readiness summary groups it. */
export type PrecacheGroup = 'app' | 'python-runtime' | 'python-packages';

/** The group of a precached path (relative to the app's base, e.g. `pyodide/pyodide.asm.wasm`). */
export function precacheGroupOf(path: string): PrecacheGroup {
  const p = path.replace(/^\/+/, '');
  if (p.startsWith('pyodide/')) return 'python-runtime';
  if (p.startsWith('pyodide-packages/')) return 'python-packages';
  return 'app';
}

/** How much of one group is in the precache. */
export interface GroupStatus {
  files: number;
  cached: number;
  /** Sum of the cached files' sizes (from their Content-Length; 0 when the host sent none). */
  bytes: number;
}

/** The service worker's answer to a status request. */
export interface OfflineStatus {
  /** Identifies the precache manifest this service worker was built with. */
  buildId: string;
  groups: Record<PrecacheGroup, GroupStatus>;
  /** File names of the Python packages fetched from Pyodide's CDN and kept for offline use. */
  onlinePackages: string[];
}

/** Page → service worker: "send me an OfflineStatus" (reply on the message's port). */
export const STATUS_REQUEST = 'lce:offline-status';

/** Service worker → pages: precache progress while a version installs. */
export const PRECACHE_PROGRESS = 'lce:precache-progress';

export interface PrecacheProgress {
  type: typeof PRECACHE_PROGRESS;
  cached: number;
  total: number;
}
