/** One web-llm model: what it needs, what it was trained for, whether it fits here and is cached, and download / cancel / delete / use. */
import type { CatalogModel } from '../../../engine/webllm/model-catalog';
import type { LoadProgress } from '../../../core/ports/llm-engine';
import type { Method } from '../../../core/transcript';
import type { ModelAvailability } from '../../../engine/webllm/model-cache';
import type { GpuFit } from '../../../engine/webllm/model-recommend';
import { methodFit } from '../../../engine/webllm/model-guide';
import { METHOD_NAMES, methodList } from '../../state/model-guidance';
import { DownloadProgress } from './DownloadProgress';
import { formatBytes } from './format';

export interface ModelRowProps {
  model: CatalogModel;
  /** What of the model this browser holds (null while it is being checked). */
  cached: ModelAvailability | null;
  inUse: boolean;
  canRun: boolean;
  /** The method picked in the Solve tab, and whether this is the model recommended for it here. */
  method: Method;
  recommended: boolean;
  /** What the WebGPU report says of this model (null until the GPU was probed). */
  gpuFit: GpuFit | null;
  progress: LoadProgress | null;
  busy: boolean;
  onDownload: () => void;
  onCancel: () => void;
  onDelete: () => void;
  onUse: () => void;
  /** Forgets a self-hosted model (absent for prebuilt ones). */
  onRemove?: () => void;
}

const AVAILABILITY: Record<ModelAvailability, string> = { offline: 'available offline', partial: 'partly downloaded', none: 'not downloaded' };
const GPU_FIT: Record<GpuFit, [string, string]> = { fits: ['fits this GPU', 'badge badge-ok'], 'may-not-fit': ['may not fit this GPU', 'badge badge-warn'], 'does-not-fit': ['does not fit this GPU', 'badge badge-bad'] };

/** "Trained for CoT, Code, LCE and Auto." / "Trained for CoT; follows Code, LCE and Auto without training on their format." */
function trainingSentence(m: CatalogModel): string {
  const { trained, tolerated } = m.guide;
  const head = trained.length ? `Trained for ${methodList(trained)}` : 'No training information';
  return tolerated.length ? `${head}; follows ${methodList(tolerated)} without training on their format.` : `${head}.`;
}

/** A card per model, so the layout works on narrow screens too. */
export function ModelRow(p: ModelRowProps) {
  const m = p.model;
  const downloading = p.progress !== null;
  const fit = methodFit(m.guide, p.method);
  return (
    <li class="model-row" aria-label={m.id}>
      <div class="model-head">
        <strong>{m.label}</strong>
        {p.recommended && <span class="badge badge-ok">recommended for {METHOD_NAMES[p.method]}</span>}
        {m.isDefault && <span class="badge">default</span>}
        {m.isCustom && <span class="badge">self-hosted</span>}
        {m.lowResource && <span class="badge">small GPUs</span>}
        {p.inUse && <span class="badge badge-ok">selected</span>}
        {p.gpuFit && <span class={GPU_FIT[p.gpuFit][1]} data-testid="gpu-fit">{GPU_FIT[p.gpuFit][0]}</span>}
        <span class={p.cached === 'offline' ? 'badge badge-ok' : 'badge'} data-testid="availability">{p.cached === null ? 'checking…' : AVAILABILITY[p.cached]}</span>
      </div>
      <p class={fit === 'trained' ? 'model-methods' : 'model-methods not-trained'} data-testid="methods">
        {trainingSentence(m)}
        {fit !== 'trained' && ` Not trained for ${METHOD_NAMES[p.method]}${fit === 'unsuited' ? ', which it does not suit' : ''}.`}
      </p>
      <p class="hint">{m.note}</p>
      <dl class="kv model-needs">
        <dt>Download</dt>
        <dd>{m.approxDownloadMB > 0 ? `≈ ${formatBytes(m.approxDownloadMB * 2 ** 20)}` : 'unknown'}</dd>
        <dt>GPU memory</dt>
        <dd>{m.vramRequiredMB === null ? 'unknown' : `≈ ${formatBytes(m.vramRequiredMB * 2 ** 20)}`}</dd>
        <dt>Needs</dt>
        <dd>{['WebGPU', ...m.requiredFeatures].join(' + ')}</dd>
        <dt>Context</dt>
        <dd>{m.contextWindow} tokens</dd>
      </dl>
      {downloading && <DownloadProgress progress={p.progress!} label={`Downloading ${m.id}`} />}
      <div class="row">
        {downloading ? (
          <button type="button" class="secondary" onClick={p.onCancel}>Cancel</button>
        ) : (
          <>
            {p.cached !== 'offline' && (
              <button type="button" disabled={!p.canRun || p.busy} onClick={p.onDownload} title={p.canRun ? 'Download the weights and load them on the GPU' : 'Needs WebGPU'}>
                Download
              </button>
            )}
            <button type="button" class="secondary" disabled={!p.canRun || p.inUse} onClick={p.onUse}>Use this model</button>
            {p.cached && p.cached !== 'none' && <button type="button" class="danger" disabled={p.busy || p.inUse} onClick={p.onDelete}>Delete</button>}
            {p.onRemove && <button type="button" class="ghost" disabled={p.busy || p.inUse} onClick={p.onRemove}>Remove from my models</button>}
          </>
        )}
      </div>
    </li>
  );
}
