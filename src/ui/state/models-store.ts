/**
 * The models tab's state: which web-llm models are cached, the storage estimate, one download at a
 * time with its progress, and what happened last, as a sentence. The panel reads these signals and
 * calls these actions; the browser's cache and storage come in through `ModelCache`, so the logic
 * runs in Node tests with a fake.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import type { LoadProgress } from '../../core/ports/llm-engine';
import { checkRoomFor, type ModelAvailability, type StorageReport } from '../../engine/webllm/model-cache';
import type { CatalogModel } from '../../engine/webllm/model-catalog';
import { settingsFor } from '../../engine/webllm/model-settings';
import type { WebLlmSettings } from '../../engine/webllm/entry';
import { errorSentence } from './error-sentence';

/** What the tab needs of the browser's model cache and storage (src/engine/webllm/model-cache.ts). */
export interface ModelCache {
  /** Whether the model's files are all in the browser (loads offline), partly, or not at all. */
  availability(model: CatalogModel): Promise<ModelAvailability>;
  remove(model: CatalogModel): Promise<void>;
  storage(): Promise<StorageReport>;
  /** Asks to keep the site's data; null when the browser cannot. */
  persist(): Promise<boolean | null>;
}

/** Switches the page to a model and loads it (the app store's `loadEngine`). */
export type LoadModel = (settings: WebLlmSettings, onProgress: (p: LoadProgress) => void, signal: AbortSignal) => Promise<void>;

/** Creates the tab's state over `models` (prebuilt and the user's self-hosted ones). */
export function createModelsStore(cache: ModelCache, load: LoadModel, models: ReadonlySignal<readonly CatalogModel[]>) {
  const cached = signal<Record<string, ModelAvailability>>({});
  const storage = signal<StorageReport | null>(null);
  const persistAnswer = signal<string | null>(null);
  const download = signal<{ id: string; progress: LoadProgress } | null>(null);
  const message = signal<{ text: string; failed: boolean } | null>(null);
  let controller: AbortController | null = null;
  const say = (text: string | null, failed = false) => (message.value = text ? { text, failed } : null);

  async function refresh(): Promise<void> {
    storage.value = await cache.storage();
    const entries = await Promise.all(models.value.map(async (m) => [m.id, await cache.availability(m)] as const));
    cached.value = Object.fromEntries(entries);
  }

  /** Downloads and loads `m`, unless the storage estimate says it cannot fit. */
  async function start(m: CatalogModel): Promise<void> {
    say(null);
    const room = storage.value ? checkRoomFor(m.approxDownloadMB * 2 ** 20, storage.value) : { fits: null, sentence: null };
    if (room.fits === false) return void say(room.sentence, true);
    controller = new AbortController();
    download.value = { id: m.id, progress: { phase: 'fetch', progress: 0, text: 'Starting the download…' } };
    try {
      await load(settingsFor(m), (progress) => (download.value = { id: m.id, progress }), controller.signal);
      say(`${m.id} is downloaded and loaded: Solve uses it now.`);
    } catch (err) {
      const sentence = errorSentence(err);
      say(sentence ?? 'Download cancelled. What was fetched stays in the cache and is not fetched again.', sentence !== null);
    } finally {
      controller = null;
      download.value = null;
      void refresh();
    }
  }

  async function remove(m: CatalogModel): Promise<void> {
    try {
      await cache.remove(m);
      say(`${m.id} was deleted from this browser.`);
    } catch (err) {
      say(errorSentence(err), true);
    }
    void refresh();
  }

  async function persist(): Promise<void> {
    const granted = await cache.persist();
    persistAnswer.value =
      granted === null
        ? 'This browser cannot make storage persistent.'
        : granted
          ? 'The browser will keep downloaded models under storage pressure.'
          : 'The browser declined; models may be evicted when disk space runs low (installing the site or bookmarking it can help).';
    void refresh();
  }

  return {
    /** Every model listed: prebuilt, then the user's self-hosted ones. */
    models,
    cached, storage, persistAnswer, download, message,
    refresh, start, remove, persist,
    /** Cancels the running download (the files fetched so far stay cached). */
    cancel: () => controller?.abort(),
  };
}

/** The models tab's state, for the panel's props. */
export type ModelsStore = ReturnType<typeof createModelsStore>;
