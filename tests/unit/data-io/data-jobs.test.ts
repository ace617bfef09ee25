import { expose, proxy, wrap } from 'comlink';
import { describe, expect, test } from 'vitest';
import { createDataJobs, type SpawnedDataWorker } from '../../../src/data-io/data-jobs';
import type { DataWorkerApi, ExportProgress } from '../../../src/data-io/data-worker.api';

/**
 * A stand-in for the data worker (test double at the Worker edge: Node has no DOM Worker), reached
 * through real comlink over a real MessageChannel. Its jobs send `reports` progress messages at once,
 * without waiting, and never finish — as a worker does that is ended mid-job with reports in flight.
 * `handled` settles when the page side has taken every one of them off its queue.
 */
function floodingWorker(reports: number) {
  let handled: Promise<unknown> = Promise.resolve();
  const flood = (onProgress: (p: ExportProgress) => Promise<void>) => {
    handled = Promise.all(Array.from({ length: reports }, (_, i) => onProgress({ phase: 'reading', done: i + 1, total: reports })));
    return new Promise<never>(() => {});
  };
  const api = { exportZip: (_r: unknown, onProgress: never) => flood(onProgress), importFiles: (_f: unknown, onProgress: never) => flood(onProgress), downloadSamples: (_f: unknown, onProgress: never) => flood(onProgress) };
  const spawn = (): SpawnedDataWorker => {
    const channel = new MessageChannel();
    expose(api, channel.port1 as never);
    return { api: wrap<DataWorkerApi>(channel.port2 as never), terminate: () => (channel.port1.close(), channel.port2.close()) };
  };
  return { spawn, handled: () => handled };
}

const jobs = ['exportZip', 'importFiles', 'downloadSamples'] as const;

describe('createDataJobs', () => {
  describe('should deliver no progress after a job is cancelled, though reports were already in flight', () => {
    test.each(jobs)('for %s', async (name) => {
      const worker = floodingWorker(20);
      const data = createDataJobs(worker.spawn);
      const controller = new AbortController();
      const seen: number[] = [];
      const onProgress = (p: { done: number }) => {
        seen.push(p.done);
        controller.abort(); // the user presses Cancel as the first report shows
      };
      const run = name === 'exportZip' ? data.exportZip({} as never, onProgress, controller.signal) : name === 'importFiles' ? data.importFiles([], onProgress as never, controller.signal) : data.downloadSamples({}, onProgress, controller.signal);
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
      await worker.handled();
      expect(seen).toEqual([1]);
    });
  });
});
