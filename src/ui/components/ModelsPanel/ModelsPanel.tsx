/**
 * The models tab: web-llm's math models and the user's self-hosted ones with what each was trained
 * for, whether it fits this GPU, size, GPU memory, cache state, download with progress, cancel and
 * delete; the model recommended for the chosen method; the self-hosted model form; the site's
 * storage estimate and a persistence request; the WebGPU report. State and actions live in the
 * stores (src/ui/state: models-store, model-guidance, custom-models-store); this view only reads.
 */
import { useEffect } from 'preact/hooks';
import { settingsFor } from '../../../engine/webllm/model-settings';
import type { WebGpuReport } from '../../../engine/webllm/webgpu-check';
import type { AppStore } from '../../state/app-store';
import { METHOD_NAMES } from '../../state/model-guidance';
import type { ModelsStore } from '../../state/models-store';
import { hasWebGpu } from '../../state/webgpu';
import { GpuReport } from '../GpuReport/GpuReport';
import { CustomModelForm } from './CustomModelForm';
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

/** The model the chosen method calls for here, with one click to use it. */
function Recommendation({ store }: { store: AppStore }) {
  const g = store.guidance;
  const rec = g.recommendation.value;
  const method = METHOD_NAMES[store.method.value];
  if (!rec) return <p class="recommendation hint" data-testid="recommendation">Checking which models this GPU can run…</p>;
  if (rec.kind === 'none') return <p class="recommendation" data-testid="recommendation">{rec.reason}</p>;
  const selected = g.selected.value?.id === rec.model.id;
  return (
    <p class="recommendation" data-testid="recommendation">
      <span>
        <strong>For {method} here:</strong> {rec.reason}
      </span>
      {!selected && (
        <button type="button" class="secondary" disabled={store.busy.value} onClick={() => g.choose(settingsFor(rec.model))}>
          Use it
        </button>
      )}
    </p>
  );
}

/** Lists every model; only one download runs at a time. */
export function ModelsPanel({ store, models, report }: ModelsPanelProps) {
  const list = models.models.value;
  useEffect(() => void models.refresh(), [models, list]);
  const canRun = report !== null && hasWebGpu(report);
  const g = store.guidance;
  const selected = g.selected.value;
  const fitOf = g.fitOf.value;
  const rec = g.recommendation.value;
  const download = models.download.value;
  const message = models.message.value;
  const storage = models.storage.value;
  return (
    <div class="panel-grid">
      <div class="main-column">
        <section class="card models" aria-labelledby="models-title">
          <h2 id="models-title">In-browser models (web-llm)</h2>
          <p class="hint">Weights are downloaded once into this browser's cache; a model marked "available offline" loads with the network gone.</p>
          <Recommendation store={store} />
          {message && (
            <p class={message.failed ? 'banner banner-error' : 'banner banner-info'} role="status">
              {message.text}
            </p>
          )}
          <ul class="model-list">
            {list.map((m) => (
              <ModelRow
                key={m.id}
                model={m}
                cached={models.cached.value[m.id] ?? null}
                inUse={selected?.id === m.id && selected.isCustom === m.isCustom}
                canRun={canRun}
                method={store.method.value}
                recommended={rec?.kind === 'model' && rec.model === m}
                gpuFit={fitOf ? fitOf(m) : null}
                progress={download?.id === m.id ? download.progress : null}
                busy={download !== null || store.busy.value}
                onDownload={() => void models.start(m)}
                onCancel={models.cancel}
                onDelete={() => void models.remove(m)}
                onUse={() => g.choose(settingsFor(m))}
                {...(m.isCustom ? { onRemove: () => void store.customModels.remove(m.id) } : {})}
              />
            ))}
          </ul>
        </section>
        <CustomModelForm custom={store.customModels} base={location.href} />
      </div>
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
