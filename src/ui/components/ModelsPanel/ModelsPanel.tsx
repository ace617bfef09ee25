/**
 * The models tab: web-llm's math models with size, GPU memory, cache state, download with progress,
 * cancel and delete; the site's storage estimate and a persistence request; the WebGPU report.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MODEL_CATALOG, type CatalogModel } from '../../../engine/webllm/model-catalog';
import type { WebGpuReport } from '../../../engine/webllm/webgpu-check';
import { deleteCachedModel, modelAvailability, requestPersistentStorage, storageEstimate, checkRoomFor, type ModelAvailability, type StorageReport } from '../../../engine/webllm/model-cache';
import type { LoadProgress } from '../../../core/ports/llm-engine';
import type { AppStore } from '../../state/app-store';
import { errorSentence } from '../../state/error-sentence';
import { hasWebGpu } from '../../state/webgpu';
import { GpuReport } from '../GpuReport/GpuReport';
import { ModelRow } from './ModelRow';
import { formatBytes } from './format';

export interface ModelsPanelProps {
  store: AppStore;
  report: WebGpuReport | null;
}

/** Lists every catalog model; only one download runs at a time. */
export function ModelsPanel({ store, report }: ModelsPanelProps) {
  const [cached, setCached] = useState<Record<string, ModelAvailability>>({});
  const [storage, setStorage] = useState<StorageReport | null>(null);
  const [persistAnswer, setPersistAnswer] = useState<string | null>(null);
  const [download, setDownload] = useState<{ id: string; progress: LoadProgress } | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const say = (text: string | null, failed = false) => setMessage(text ? { text, failed } : null);
  const abort = useRef<AbortController | null>(null);
  const canRun = report !== null && hasWebGpu(report);
  const params = store.engineParams.value;

  const refresh = async () => {
    setStorage(await storageEstimate());
    const entries = await Promise.all(MODEL_CATALOG.map(async (m) => [m.id, await modelAvailability(m)] as const));
    setCached(Object.fromEntries(entries));
  };
  useEffect(() => {
    void refresh();
  }, []);

  const start = async (m: CatalogModel) => {
    say(null);
    const room = storage ? checkRoomFor(m.approxDownloadMB * 2 ** 20, storage) : { fits: null, sentence: null };
    if (room.fits === false) {
      say(room.sentence, true);
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setDownload({ id: m.id, progress: { phase: 'fetch', progress: 0, text: 'Starting the download…' } });
    try {
      await store.loadEngine({ engine: 'webllm', model: m.id }, (p) => setDownload({ id: m.id, progress: p }), controller.signal);
      say(`${m.id} is downloaded and loaded: Solve uses it now.`);
    } catch (err) {
      const sentence = errorSentence(err);
      say(sentence ?? 'Download cancelled. What was fetched stays in the cache and is not fetched again.', sentence !== null);
    } finally {
      abort.current = null;
      setDownload(null);
      void refresh();
    }
  };

  const remove = async (m: CatalogModel) => {
    try {
      await deleteCachedModel(m);
      say(`${m.id} was deleted from this browser.`);
    } catch (err) {
      say(errorSentence(err), true);
    }
    void refresh();
  };

  const persist = async () => {
    const granted = await requestPersistentStorage();
    setPersistAnswer(
      granted === null ? 'This browser cannot make storage persistent.' : granted ? 'The browser will keep downloaded models under storage pressure.' : 'The browser declined; models may be evicted when disk space runs low (installing the site or bookmarking it can help).',
    );
    void refresh();
  };

  return (
    <div class="panel-grid">
      <section class="card models" aria-labelledby="models-title">
        <h2 id="models-title">In-browser models (web-llm)</h2>
        <p class="hint">Weights are downloaded once into this browser's cache; a model marked "available offline" loads with the network gone.</p>
        {message && (
          <p class={message.failed ? 'banner banner-error' : 'banner banner-info'} role="status">
            {message.text}
          </p>
        )}
        <ul class="model-list">
          {MODEL_CATALOG.map((m) => (
            <ModelRow
              key={m.id}
              model={m}
              cached={cached[m.id] ?? null}
              inUse={params.engine === 'webllm' && params.model === m.id}
              canRun={canRun}
              progress={download?.id === m.id ? download.progress : null}
              busy={download !== null || store.busy.value}
              onDownload={() => void start(m)}
              onCancel={() => abort.current?.abort()}
              onDelete={() => void remove(m)}
              onUse={() => (store.engineParams.value = { engine: 'webllm', model: m.id })}
            />
          ))}
        </ul>
      </section>
      <div class="side">
        <GpuReport report={report} />
        <section class="card storage" aria-labelledby="storage-title">
          <h2 id="storage-title">Storage</h2>
          <p data-testid="storage-estimate">
            {storage === null
              ? 'Reading the storage estimate…'
              : storage.usedBytes === null || storage.quotaBytes === null
                ? 'This browser does not report its storage.'
                : `${formatBytes(storage.usedBytes)} used of ${formatBytes(storage.quotaBytes)} available to this site.`}
          </p>
          <p>{storage?.persisted ? 'Storage is persistent.' : 'Storage is not persistent yet: the browser may evict models when disk space runs low.'}</p>
          <button type="button" class="secondary" onClick={() => void persist()} disabled={storage?.persisted === true}>
            Keep downloads (persistent storage)
          </button>
          {persistAnswer && <p class="hint" role="status">{persistAnswer}</p>}
        </section>
      </div>
    </div>
  );
}
