/**
 * The Data tab's long-lived parts: made once the local database is open, kept while the user is on
 * other tabs (the app renders only the active tab), so filters, the scroll's rows and a running
 * export survive a switch.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { DataJobs } from '../../data-io/data-jobs';
import type { StorageReport } from '../../engine/webllm/model-cache';
import { createDataViewStore, type DataViewStore } from './data-view-store';
import { createExportStore, type ExportStore } from './export-store';
import type { LocalStore } from './local-store';

export interface DataTabDeps {
  jobs: DataJobs;
  storage?: () => Promise<StorageReport>;
  download(blob: Blob, name: string): void;
}

export function createDataTab(local: ReadonlySignal<LocalStore>, deps: DataTabDeps) {
  let stores: { data: DataViewStore; exporter: ExportStore } | null = null;
  const showExport = signal(false);
  return {
    local,
    showExport,
    /** The view's stores, made on first use once the database is open; null before. */
    stores() {
      const state = local.value;
      if (state.kind !== 'ready') return null;
      stores ??= {
        data: createDataViewStore({ store: state.store, jobs: deps.jobs, download: deps.download, ...(deps.storage ? { storage: deps.storage } : {}) }),
        exporter: createExportStore({ jobs: deps.jobs, download: deps.download }),
      };
      return stores;
    },
  };
}

export type DataTab = ReturnType<typeof createDataTab>;

/** Saves `blob` as `name` through a temporary link (the object URL is released once the browser has it). */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
