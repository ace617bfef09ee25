import { describe, expect, test } from 'vitest';
import { countRunSamples, createRun, getSample, putSample, putSamples, runRows, storedOutcomes, type StoreChange } from '../../../src/store';
import { quotaAfterWrites } from './quota-double';
import { freshStore, sample, secondTab, spec } from './support';

describe('putSample', () => {
  describe('should write a sample once, with its row, in one transaction', () => {
    test('for a new sample and the same id written again', async () => {
      const store = await freshStore();
      const run = await createRun(store, spec(), { setName: 'sums', total: 8 });
      expect(await putSample(store, sample(1), run)).toBe('written');
      const changed = { ...sample(1), answer: 'changed' };
      expect(await putSample(store, changed, run)).toBe('exists');
      expect((await getSample(store, sample(1).id))?.answer).toBe('5');
      expect(await runRows(store, 'run-a')).toEqual([
        expect.objectContaining({ id: 'run-a/p1/lce/0', runId: 'run-a', setId: 'set-1', model: 'openai|qwen2.5-math-7b||', verdict: 'correct', cells: 1, codeErrors: 0, responseChars: 50 }),
      ]);
      expect(await countRunSamples(store, 'run-a')).toBe(1);
    });

    test('for two tabs writing the same id at once: one writes, the other finds it', async () => {
      const store = await freshStore();
      const other = await secondTab(store);
      const results = await Promise.all([putSample(store, sample(1)), putSample(other, sample(1))]);
      expect(results.sort()).toEqual(['exists', 'written']);
      expect(await countRunSamples(store, 'run-a')).toBe(1);
    });
  });

  describe('should give back what the runner resumes from', () => {
    test('for outcomes of one run only, without the row-only fields', async () => {
      const store = await freshStore();
      await putSample(store, sample(1));
      await putSample(store, sample(2, { runId: 'run-b' }));
      const outcomes = await storedOutcomes(store, 'run-a');
      expect(outcomes.map((o) => o.id)).toEqual(['run-a/p1/lce/0']);
      expect(outcomes[0]).not.toHaveProperty('setId');
    });
  });

  describe('should tell every tab about the write', () => {
    test('for a second connection listening on the change feed', async () => {
      const store = await freshStore();
      const other = await secondTab(store);
      const heard: StoreChange[] = [];
      const got = new Promise<void>((resolve) => other.feed.subscribe((c) => (heard.push(c), resolve())));
      await putSample(store, sample(3));
      await got;
      expect(heard).toEqual([{ type: 'sample', row: expect.objectContaining({ id: 'run-a/p3/lce/0' }) }]);
    });
  });
});

describe('putSamples', () => {
  describe('should load many samples in batches, each sample once', () => {
    test('for 1,200 samples loaded twice', async () => {
      const store = await freshStore();
      const run = await createRun(store, spec(), { setName: 's', total: 1200 });
      const many = () => Array.from({ length: 1200 }, (_, i) => sample(i));
      expect(await putSamples(store, many(), { run })).toEqual({ written: 1200, existing: 0 });
      expect(await putSamples(store, many(), { run })).toEqual({ written: 0, existing: 1200 });
      expect(await countRunSamples(store, 'run-a')).toBe(1200);
    });

    test('for the same id twice in one batch: written once, the copy counted as existing', async () => {
      const store = await freshStore();
      expect(await putSamples(store, [sample(1), sample(2), sample(1)])).toEqual({ written: 2, existing: 1 });
      expect((await runRows(store, 'run-a')).map((r) => r.id).sort()).toEqual([sample(1).id, sample(2).id]);
    });

    test('for a full disk in the third batch: the first two stay, the third is not half written', async () => {
      const store = await freshStore();
      const quota = quotaAfterWrites(2 * 1000 + 7);
      try {
        await expect(putSamples(store, Array.from({ length: 1200 }, (_, i) => sample(i)), { batch: 500 })).rejects.toMatchObject({ name: 'StorageFullError' });
      } finally {
        quota.disarm();
      }
      expect(await countRunSamples(store, 'run-a')).toBe(1000);
    });
  });
});
