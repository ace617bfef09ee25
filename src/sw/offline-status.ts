/** The service worker's side of the readiness summary: what of its precache and package cache is stored. */
import { precacheGroupOf, type GroupStatus, type OfflineStatus, type PrecacheGroup } from './protocol';

/** The caches the status reads: the precache (by cache key) and the CDN package cache. */
export interface StatusSources {
  buildId: string;
  /** Precached URL (absolute) → its cache key, as Serwist keeps them. */
  precacheKeys: Map<string, string>;
  precache: Cache;
  /** Null while no package was kept (opening the cache would create it). */
  packages: Cache | null;
  /** The app's base URL, to turn precached URLs into paths. */
  base: string;
}

function emptyGroups(): Record<PrecacheGroup, GroupStatus> {
  return { app: { files: 0, cached: 0, bytes: 0 }, 'python-runtime': { files: 0, cached: 0, bytes: 0 }, 'python-packages': { files: 0, cached: 0, bytes: 0 } };
}

/** Counts, per group, the precached files that really are in the cache, and lists the CDN packages kept. */
export async function readOfflineStatus(src: StatusSources): Promise<OfflineStatus> {
  const groups = emptyGroups();
  const stored = new Set((await src.precache.keys()).map((r) => r.url));
  for (const [url, key] of src.precacheKeys) {
    const group = groups[precacheGroupOf(url.startsWith(src.base) ? url.slice(src.base.length) : new URL(url).pathname)];
    group.files++;
    if (!stored.has(key)) continue;
    group.cached++;
    const response = await src.precache.match(key);
    group.bytes += Number(response?.headers.get('content-length') ?? 0) || 0;
  }
  const onlinePackages = ((await src.packages?.keys()) ?? []).map((r) => decodeURIComponent(new URL(r.url).pathname.split('/').pop() ?? '')).filter(Boolean).sort();
  return { buildId: src.buildId, groups, onlinePackages };
}

/** A short stable id for a precache manifest (FNV-1a over its JSON). */
export function manifestId(manifest: unknown): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(manifest ?? null)) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
