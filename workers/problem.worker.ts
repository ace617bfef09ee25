/**
 * The problem worker: parses a problem set the page imports and saves it to the local database,
 * so neither the parsing nor the 85,000 structured clones of a 50 MB set's save run on the page's
 * main thread (src/data-io/problem-reader.ts). One read per worker; the page terminates it to
 * cancel, and once the set is saved or discarded.
 */
import { expose } from 'comlink';
import { atMostEvery, createProblemReader } from '../src/data-io/problem-reader';
import type { ProblemWorkerApi } from '../src/data-io/problem-worker.api';
import { openStore, type LceStore } from '../src/store';

let store: Promise<LceStore> | null = null;
const reader = createProblemReader({
  store: () => {
    store ??= openStore();
    // A failed open is tried again by the next save (the page may have freed the database meanwhile).
    store.catch(() => (store = null));
    return store;
  },
});

/** At most ten progress reports a second: enough for a line that says how far the read is. */
const PROGRESS_EVERY_MS = 100;

const api: ProblemWorkerApi = {
  read: (request, onProgress) => reader.read(request, atMostEvery(PROGRESS_EVERY_MS, onProgress)),
  save: (request) => reader.save(request),
};

expose(api);
