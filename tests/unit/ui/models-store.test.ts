/**
 * The models tab's state in Node. The browser cache and storage are the edge this test cannot
 * reach (Cache Storage, navigator.storage): `FakeModelCache` stands in for them. The catalog and
 * the store are the real ones.
 */
import { signal } from '@preact/signals';
import { describe, expect, test } from 'vitest';
import { ModelLoadError } from '../../../src/core/errors';
import type { LoadProgress } from '../../../src/core/ports/llm-engine';
import type { StorageReport } from '../../../src/engine/webllm/model-cache';
import { MODEL_CATALOG, type CatalogModel } from '../../../src/engine/webllm/model-catalog';
import { createModelsStore, type LoadModel, type ModelCache } from '../../../src/ui/state/models-store';

/** A test double of the browser's model cache and storage. */
class FakeModelCache implements ModelCache {
  readonly cachedIds = new Set<string>();
  report: StorageReport = { usedBytes: 1 * 2 ** 30, quotaBytes: 100 * 2 ** 30, persisted: false };
  persistAnswer: boolean | null = true;
  async availability(m: CatalogModel) {
    return this.cachedIds.has(m.id) ? ('offline' as const) : ('none' as const);
  }
  async remove(m: CatalogModel) {
    if (!this.cachedIds.delete(m.id)) throw new ModelLoadError(m.id, 'it is not in the cache');
  }
  async storage() {
    return this.report;
  }
  async persist() {
    return this.persistAnswer;
  }
}

const models = MODEL_CATALOG.slice(0, 2);
const [first] = models as [CatalogModel];

function setup(load: LoadModel) {
  const cache = new FakeModelCache();
  return { cache, store: createModelsStore(cache, load, signal(models)) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createModelsStore', () => {
  describe('should download a model and report it', () => {
    test('for a load that goes through, with its progress shown meanwhile', async () => {
      const seen: (LoadProgress | undefined)[] = [];
      const { cache, store } = setup(async (settings, onProgress) => {
        expect(settings).toEqual({ kind: 'webllm', model: first.id });
        onProgress({ phase: 'fetch', progress: 0.5, text: 'half' });
        seen.push(store.download.value?.progress);
        cache.cachedIds.add(first.id);
      });
      await store.refresh();
      await store.start(first);
      await settle();
      expect(seen).toEqual([{ phase: 'fetch', progress: 0.5, text: 'half' }]);
      expect(store.download.value).toBeNull();
      expect(store.message.value).toEqual({ text: `${first.id} is downloaded and loaded: Solve uses it now.`, failed: false });
      expect(store.cached.value[first.id]).toBe('offline');
    });

    test('for a cancelled download, which is not an error', async () => {
      const { store } = setup((_s, _p, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(Object.assign(new Error('x'), { name: 'AbortError' })))));
      const running = store.start(first);
      store.cancel();
      await running;
      expect(store.message.value).toEqual({ text: 'Download cancelled. What was fetched stays in the cache and is not fetched again.', failed: false });
    });

    test('for a failed load, said as a sentence', async () => {
      const { store } = setup(async () => {
        throw new ModelLoadError(first.id, 'the network is down');
      });
      await store.start(first);
      expect(store.message.value).toMatchObject({ text: expect.stringMatching(new RegExp(`^Could not load ${first.id}: the network is down`)), failed: true });
    });
  });

  describe('should refuse what cannot work', () => {
    test('for a download larger than the storage left, before anything is fetched', async () => {
      let loads = 0;
      const { cache, store } = setup(async () => void loads++);
      cache.report = { usedBytes: 99.5 * 2 ** 30, quotaBytes: 100 * 2 ** 30, persisted: false };
      await store.refresh();
      await store.start(first);
      expect(loads).toBe(0);
      expect(store.message.value).toMatchObject({ text: expect.stringMatching(/^The download needs about .* GB but the browser allows only 0\.5 GB more/), failed: true });
    });
  });

  describe('should delete and persist', () => {
    test('for a cached model deleted, then a failed delete said as a sentence', async () => {
      const { cache, store } = setup(async () => undefined);
      cache.cachedIds.add(first.id);
      await store.remove(first);
      await settle();
      expect(store.message.value).toEqual({ text: `${first.id} was deleted from this browser.`, failed: false });
      expect(store.cached.value[first.id]).toBe('none');
      await store.remove(first);
      expect(store.message.value?.failed).toBe(true);
    });

    test.each<[boolean | null, RegExp]>([
      [true, /will keep downloaded models/],
      [false, /declined/],
      [null, /cannot make storage persistent/],
    ])('for a persistence request answered %s', async (answer, sentence) => {
      const { cache, store } = setup(async () => undefined);
      cache.persistAnswer = answer;
      await store.persist();
      expect(store.persistAnswer.value).toMatch(sentence);
    });
  });
});
