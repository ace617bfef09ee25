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
