/**
 * What the models panel asks of the browser's storage: is a model downloaded, delete it, how much
 * space is used, and ask for persistent storage so the browser does not evict gigabytes of weights.
 * web-llm is imported on first use so listing models does not load its bundle.
 */
import { ModelLoadError } from '../../core/errors';
import type { CatalogModel } from './model-catalog';

export type CacheBackend = 'cache' | 'indexeddb' | 'opfs';

/** The part of `navigator.storage` used here. */
export interface StorageLike {
  estimate(): Promise<{ usage?: number; quota?: number }>;
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
}

export interface StorageReport {
  usedBytes: number | null;
  quotaBytes: number | null;
  /** Whether the browser promised not to evict this site's data; null when it cannot say. */
  persisted: boolean | null;
}

function appConfig(model: CatalogModel, cacheBackend?: CacheBackend) {
  return { model_list: [model.record], ...(cacheBackend ? { cacheBackend } : {}) };
}

/** True when the model's weights are all in the browser cache (it then loads offline). */
export async function isModelCached(model: CatalogModel, cacheBackend?: CacheBackend): Promise<boolean> {
  const { hasModelInCache } = await import('@mlc-ai/web-llm');
  try {
    return await hasModelInCache(model.id, appConfig(model, cacheBackend));
  } catch {
    // No Cache Storage (insecure context, private mode in some browsers): treat as not cached.
    return false;
  }
}

/** How much of a model this browser holds: all it needs to load offline, part of it, or nothing. */
export type ModelAvailability = 'offline' | 'partial' | 'none';

/** The part of the Cache API read here (`globalThis.caches` in a page). */
export interface CacheStorageLike {
  has(name: string): Promise<boolean>;
  open(name: string): Promise<{ match(url: string): Promise<unknown> }>;
}

// web-llm's rule for a weights URL (cleanModelUrl, not exported): `…/MODEL` → `…/MODEL/resolve/main/`.
function weightsBase(modelUrl: string): string {
  const withSlash = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
  return new URL(/.+\/resolve\/.+\//.test(withSlash) ? withSlash : `${withSlash}resolve/main/`).href;
}

async function inCache(storage: CacheStorageLike, cache: string, url: string): Promise<boolean> {
  if (!(await storage.has(cache))) return false;
  return (await (await storage.open(cache)).match(url)) !== undefined;
}

/**
 * Whether the model loads with the network gone: web-llm's own weights check, plus — in its default
 * Cache Storage backend — its compiled library (`webllm/wasm`) and its chat config (`webllm/config`),
 * which a download interrupted at the wrong moment can leave missing. Reads web-llm's caches only.
 */
export async function modelAvailability(model: CatalogModel, cacheBackend?: CacheBackend, storage: CacheStorageLike | undefined = (globalThis as { caches?: CacheStorageLike }).caches): Promise<ModelAvailability> {
  if (!(await isModelCached(model, cacheBackend))) return 'none';
  if ((cacheBackend ?? 'cache') !== 'cache' || !storage) return 'offline';
  try {
    const library = await inCache(storage, 'webllm/wasm', model.record.model_lib);
    const config = await inCache(storage, 'webllm/config', new URL('mlc-chat-config.json', weightsBase(model.record.model)).href);
    return library && config ? 'offline' : 'partial';
  } catch {
    return 'partial';
  }
}

/** Deletes the model's weights, tokenizer, library and config from the cache (web-llm keeps tensor-cache.json). */
export async function deleteCachedModel(model: CatalogModel, cacheBackend?: CacheBackend): Promise<void> {
  const { deleteModelAllInfoInCache } = await import('@mlc-ai/web-llm');
  try {
    await deleteModelAllInfoInCache(model.id, appConfig(model, cacheBackend));
  } catch (err) {
    throw new ModelLoadError(model.id, `deleting it from the browser cache failed (${(err as Error).message ?? String(err)}). Clear the site's data in the browser settings instead.`);
  }
}

function defaultStorage(): StorageLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageLike } }).navigator?.storage;
}

/** Used and available bytes for this site, and whether its storage is persistent. */
export async function storageEstimate(storage: StorageLike | undefined = defaultStorage()): Promise<StorageReport> {
  if (!storage) return { usedBytes: null, quotaBytes: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => ({}) as { usage?: number; quota?: number }),
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
  ]);
  return { usedBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null, persisted };
}

/** Asks the browser to keep this site's data (downloaded models) under storage pressure; null when unsupported. */
export async function requestPersistentStorage(storage: StorageLike | undefined = defaultStorage()): Promise<boolean | null> {
  if (!storage?.persist) return null;
  return storage.persist().catch(() => false);
}

/** Whether `bytes` more would fit in the quota, with a sentence when they would not. */
export function checkRoomFor(bytes: number, report: StorageReport): { fits: boolean | null; sentence: string | null } {
  if (report.quotaBytes === null || report.usedBytes === null) return { fits: null, sentence: null };
  const free = report.quotaBytes - report.usedBytes;
  if (free >= bytes) return { fits: true, sentence: null };
  const gb = (n: number) => (n / 2 ** 30).toFixed(1);
  return { fits: false, sentence: `The download needs about ${gb(bytes)} GB but the browser allows only ${gb(free)} GB more for this site. Delete models you do not use, or free disk space.` };
}
