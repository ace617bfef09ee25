/**
 * The page's side of the problem worker: a `ProblemReader` whose reading and saving run in a
 * worker of its own per read. The worker holds the problems until they are saved or discarded and
 * is ended then — or on Cancel, the only way to stop it mid-read (squoosh's rule).
 */
import { proxy, wrap, type Remote } from 'comlink';
import { AbortError } from '../core/errors';
import type { ProblemReader } from './problem-reader';
import type { ProblemWorkerApi } from './problem-worker.api';

export interface SpawnedProblemWorker {
  api: Remote<ProblemWorkerApi>;
  terminate(): void;
}

function spawnProblemWorker(): SpawnedProblemWorker {
  const worker = new Worker(new URL('../../workers/problem.worker.ts', import.meta.url), { type: 'module', name: 'problems' });
  return { api: wrap<ProblemWorkerApi>(worker), terminate: () => worker.terminate() };
}

/** The reader that works in a worker (`spawn` is the test seam). */
export function createWorkerProblemReader(spawn: () => SpawnedProblemWorker = spawnProblemWorker): ProblemReader {
  let current: SpawnedProblemWorker | null = null;
  const end = () => {
    current?.terminate();
    current = null;
  };
  return {
    async read(request, onProgress, signal) {
      end();
      if (signal?.aborted) throw new AbortError('The import');
      const worker = spawn();
      current = worker;
      let onAbort = () => {};
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(new AbortError('The import'));
        signal?.addEventListener('abort', onAbort, { once: true });
      });
      try {
        return await Promise.race([worker.api.read(request, proxy(onProgress)), aborted]);
      } catch (err) {
        // A failed or cancelled read holds nothing worth keeping.
        if (current === worker) end();
        throw err;
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },
    async save(request) {
      const worker = current;
      if (!worker) throw new Error('Nothing has been read to save.');
      // On failure (a full disk) the worker and its problems stay, so Save can be tried again.
      const record = await worker.api.save(request);
      if (current === worker) end();
      return record;
    },
    discard: end,
  };
}
