/** One web-llm model: what it needs, whether it is cached, and download / cancel / delete / use. */
import type { CatalogModel } from '../../../engine/webllm/model-catalog';
import type { LoadProgress } from '../../../core/ports/llm-engine';
import type { ModelAvailability } from '../../../engine/webllm/model-cache';
import { DownloadProgress } from './DownloadProgress';
import { formatBytes } from './format';

export interface ModelRowProps {
  model: CatalogModel;
  /** What of the model this browser holds (null while it is being checked). */
  cached: ModelAvailability | null;
  inUse: boolean;
  canRun: boolean;
  progress: LoadProgress | null;
  busy: boolean;
  onDownload: () => void;
  onCancel: () => void;
  onDelete: () => void;
  onUse: () => void;
}

const AVAILABILITY: Record<ModelAvailability, string> = { offline: 'available offline', partial: 'partly downloaded', none: 'not downloaded' };

/** A card per model, so the layout works on narrow screens too. */
export function ModelRow(p: ModelRowProps) {
  const m = p.model;
  const downloading = p.progress !== null;
  return (
    <li class="model-row" aria-label={m.id}>
      <div class="model-head">
        <strong>{m.label}</strong>
        {m.isDefault && <span class="badge">default</span>}
        {m.lowResource && <span class="badge">small GPUs</span>}
        {p.inUse && <span class="badge badge-ok">selected</span>}
        <span class={p.cached === 'offline' ? 'badge badge-ok' : 'badge'} data-testid="availability">{p.cached === null ? 'checking…' : AVAILABILITY[p.cached]}</span>
      </div>
      <p class="hint">{m.note}</p>
      <dl class="kv model-needs">
        <dt>Download</dt>
        <dd>≈ {formatBytes(m.approxDownloadMB * 2 ** 20)}</dd>
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
          </>
        )}
      </div>
    </li>
  );
}
