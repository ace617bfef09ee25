/**
 * The problem worker's one object (workers/problem.worker.ts): reads a problem set and, when the
 * user saves it, stores it — both off the page's main thread. The page reaches it through
 * problem-jobs.ts only; progress comes back through a comlink-proxied callback.
 */
import type { ImportProgress, ImportSummary } from '../core/problem';
import type { ProblemSetRecord } from '../store';
import type { ReadRequest, SaveRequest } from './problem-reader';

export interface ProblemWorkerApi {
  read(request: ReadRequest, onProgress: (progress: ImportProgress) => void): Promise<ImportSummary>;
  save(request: SaveRequest): Promise<ProblemSetRecord>;
}
