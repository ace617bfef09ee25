/**
 * The models tab: web-llm's math models with size, GPU memory, cache state, download with progress,
 * cancel and delete; the site's storage estimate and a persistence request; the WebGPU report.
 * State and actions live in the models store (src/ui/state/models-store.ts); this view only reads.
 */
import { useEffect } from 'preact/hooks';
import type { WebGpuReport } from '../../../engine/webllm/webgpu-check';
import type { AppStore } from '../../state/app-store';
import type { ModelsStore } from '../../state/models-store';
import { hasWebGpu } from '../../state/webgpu';
import { GpuReport } from '../GpuReport/GpuReport';
import { ModelRow } from './ModelRow';
import { formatBytes } from './format';

export interface ModelsPanelProps {
  store: AppStore;
  models: ModelsStore;
  report: WebGpuReport | null;
}

function storageSentence(storage: ModelsStore['storage']['value']): string {
  if (storage === null) return 'Reading the storage estimate…';
  if (storage.usedBytes === null || storage.quotaBytes === null) return 'This browser does not report its storage.';
  return `${formatBytes(storage.usedBytes)} used of ${formatBytes(storage.quotaBytes)} available to this site.`;
}

/** Lists every catalog model; only one download runs at a time. */
export function ModelsPanel({ store, models, report }: ModelsPanelProps) {
  useEffect(() => void models.refresh(), [models]);
  const canRun = report !== null && hasWebGpu(report);
  const settings = store.engineSettings.value;
  const download = models.download.value;
  const message = models.message.value;
  const storage = models.storage.value;
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
          {models.models.map((m) => (
            <ModelRow
              key={m.id}
              model={m}
              cached={models.cached.value[m.id] ?? null}
              inUse={settings.kind === 'webllm' && settings.model === m.id}
              canRun={canRun}
              progress={download?.id === m.id ? download.progress : null}
              busy={download !== null || store.busy.value}
              onDownload={() => void models.start(m)}
              onCancel={models.cancel}
              onDelete={() => void models.remove(m)}
              onUse={() => (store.engineSettings.value = { kind: 'webllm', model: m.id })}
            />
          ))}
        </ul>
      </section>
      <div class="side">
        <GpuReport report={report} />
        <section class="card storage" aria-labelledby="storage-title">
          <h2 id="storage-title">Storage</h2>
          <p data-testid="storage-estimate">{storageSentence(storage)}</p>
          <p>{storage?.persisted ? 'Storage is persistent.' : 'Storage is not persistent yet: the browser may evict models when disk space runs low.'}</p>
          <button type="button" class="secondary" onClick={() => void models.persist()} disabled={storage?.persisted === true}>
            Keep downloads (persistent storage)
          </button>
          {models.persistAnswer.value && <p class="hint" role="status">{models.persistAnswer.value}</p>}
        </section>
      </div>
    </div>
  );
}
