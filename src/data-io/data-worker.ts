/** The data worker's object: opens the database once, on the first job, and runs each job on it. */
import { openStore, type LceStore } from '../store';
import type { DataWorkerApi } from './data-worker.api';
import { exportZip, previewRows, samplesJsonl } from './export-job';
import { importSampleFiles } from './import-job';

export function createDataWorker(open: () => Promise<LceStore> = () => openStore()): DataWorkerApi {
  let store: Promise<LceStore> | null = null;
  const db = () => {
    store ??= open();
    // A failed open is tried again by the next job (the page may have freed the database meanwhile).
    store.catch(() => (store = null));
    return store;
  };
  return {
    async importFiles(files, onProgress) {
      return importSampleFiles(await db(), files, onProgress);
    },
    async exportZip(request, onProgress) {
      return exportZip(await db(), request, onProgress);
    },
    async preview(request, limit) {
      return previewRows(await db(), request, limit);
    },
    async downloadSamples(filter, onProgress) {
      return samplesJsonl(await db(), filter, onProgress);
    },
  };
}
