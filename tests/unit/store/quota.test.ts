import { afterEach, describe, expect, test } from 'vitest';
import { countRunSamples, createRun, getSample, putSample, runRows, setRunStatus } from '../../../src/store';
import { quotaAfterWrites } from './quota-double';
import { freshStore, sample, spec } from './support';

let disarm: (() => void) | null = null;
afterEach(() => disarm?.());

describe('a full disk', () => {
  describe('should turn the quota error into a sentence with usage and what to delete', () => {
    test('for the sample write that fills the quota', async () => {
      const store = await freshStore();
      const run = await createRun(store, spec(), { setName: 'sums', total: 8 });
      for (const i of [1, 2, 3]) await putSample(store, sample(i), run);
      disarm = quotaAfterWrites(0).disarm;
      const error = await putSample(store, sample(4), run).catch((e: unknown) => e);
      expect(error).toMatchObject({
        name: 'StorageFullError',
        usedBytes: 512 * 2 ** 20,
        quotaBytes: 600 * 2 ** 20,
        message:
          'Browser storage for this site is full (512 MB used of 600 MB allowed). Everything stored before is kept; the last write was not saved. ' +
          'Export what you need, then delete runs you no longer need in the Data view — the largest are run-a on sums (3 samples) — or delete downloaded models in the Models panel, then resume.',
      });
    });

    test('for runs imported from another browser, which have samples but no run record here', async () => {
      const store = await freshStore();
      const run = await createRun(store, spec(), { setName: 'sums', total: 8 });
      await putSample(store, sample(1), run);
      for (const i of [1, 2]) await putSample(store, sample(i, { runId: 'run-from-laptop' }));
      disarm = quotaAfterWrites(0).disarm;
      const error = await putSample(store, sample(9), run).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/ — the largest are run-from-laptop \(2 samples\), run-a on sums \(1 samples\) — /);
    });
  });

  describe('should lose nothing stored before and leave no half record', () => {
    test('for a quota failure on the row after the sample was added in the same transaction', async () => {
      const store = await freshStore();
      const run = await createRun(store, spec(), { setName: 'sums', total: 8 });
      await putSample(store, sample(1), run);
      const quota = quotaAfterWrites(1);
      disarm = quota.disarm;
      await expect(putSample(store, sample(2), run)).rejects.toMatchObject({ name: 'StorageFullError' });
      expect(quota.writes()).toBe(2);
      quota.disarm();
      expect(await getSample(store, sample(2).id)).toBeUndefined();
      expect((await runRows(store, 'run-a')).map((r) => r.id)).toEqual([sample(1).id]);
      expect(await getSample(store, sample(1).id)).toEqual(sample(1));
      // Once there is room again, the same sample goes in.
      expect(await putSample(store, sample(2), run)).toBe('written');
      expect(await countRunSamples(store, 'run-a')).toBe(2);
    });

    test('for a run status update on a full disk', async () => {
      const store = await freshStore();
      await createRun(store, spec(), { setName: 'sums', total: 8 });
      disarm = quotaAfterWrites(0).disarm;
      await expect(setRunStatus(store, 'run-a', 'running')).rejects.toMatchObject({ name: 'StorageFullError' });
    });
  });

  describe('should say what to do when there is no run to delete', () => {
    test('for an empty database', async () => {
      const store = await freshStore({ storage: { estimate: async () => ({}) } });
      disarm = quotaAfterWrites(0).disarm;
      const error = await putSample(store, sample(1, { runId: '' })).catch((e: unknown) => e);
      expect((error as Error).message).toBe('Browser storage for this site is full. Everything stored before is kept; the last write was not saved. Delete downloaded models you do not use in the Models panel, or free disk space, then try again.');
    });
  });
});
