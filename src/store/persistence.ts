/**
 * Before the first run: ask the browser to keep this site's data under storage pressure (an
 * evicted database would lose every sample) and read the estimate the page shows beside the run.
 */
import { requestPersistentStorage, storageEstimate, type StorageReport } from '../engine/webllm/model-cache';
import { storageOf, type LceStore } from './open';

/** Asks for persistent storage unless already granted, then returns usage, quota and whether it is persistent. */
export async function prepareStorageForRuns(store: LceStore): Promise<StorageReport> {
  const storage = storageOf(store);
  const before = await storageEstimate(storage);
  if (before.persisted === true) return before;
  const granted = await requestPersistentStorage(storage);
  return { ...(await storageEstimate(storage)), persisted: granted ?? before.persisted };
}
