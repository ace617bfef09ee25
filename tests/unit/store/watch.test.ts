import { afterEach, describe, expect, test } from 'vitest';
import { createRun, prepareStorageForRuns, putSample, watchRun, type RunView } from '../../../src/store';
import { freshStore, sample, secondTab, spec } from './support';

const Channel = globalThis.BroadcastChannel;
afterEach(() => {
  globalThis.BroadcastChannel = Channel;
});

function until(views: RunView[], ok: (v: RunView) => boolean): Promise<RunView> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      const last = views.at(-1);
      if (last && ok(last)) {
        clearInterval(check);
        resolve(last);
      }
    }, 5);
  });
}

describe('watchRun', () => {
  describe('should follow another tab without a cross-tab feed by polling', () => {
    test('for a browser without BroadcastChannel', async () => {
      // @ts-expect-error: a browser without BroadcastChannel.
      globalThis.BroadcastChannel = undefined;
      const writer = await freshStore();
      const watcher = await secondTab(writer);
      expect(watcher.feed.crossTab).toBe(false);
      const run = await createRun(writer, spec(), { setName: 's', total: 4 });
      await putSample(writer, sample(1), run);
      const views: RunView[] = [];
      const stop = watchRun(watcher, 'run-a', (v) => views.push(v), { pollMs: 20 });
      expect((await until(views, (v) => v.progress.done === 1)).progress.total).toBe(4);
      await putSample(writer, sample(2, { correct: false }), run);
      const last = await until(views, (v) => v.progress.done === 2);
      stop();
      expect(last.run?.id).toBe('run-a');
      expect(last.progress.perMethod.lce).toEqual({ done: 2, judged: 2, correct: 1, accuracy: 0.5 });
    });
  });
});

describe('prepareStorageForRuns', () => {
  describe('should ask for persistent storage once and report the estimate', () => {
    test('for a browser that grants it', async () => {
      let asked = 0;
      let persisted = false;
      const store = await freshStore({
        storage: {
          estimate: async () => ({ usage: 10 * 2 ** 20, quota: 2 ** 30 }),
          persisted: async () => persisted,
          persist: async () => {
            asked++;
            return (persisted = true);
          },
        },
      });
      expect(await prepareStorageForRuns(store)).toEqual({ usedBytes: 10 * 2 ** 20, quotaBytes: 2 ** 30, persisted: true });
      expect(await prepareStorageForRuns(store)).toEqual({ usedBytes: 10 * 2 ** 20, quotaBytes: 2 ** 30, persisted: true });
      expect(asked).toBe(1);
    });

    test('for a browser that has no storage manager', async () => {
      const store = await freshStore({ storage: undefined as never });
      expect(await prepareStorageForRuns(store)).toMatchObject({ persisted: null });
    });
  });
});
