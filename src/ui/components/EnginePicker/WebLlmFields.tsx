/** The in-browser engine's fields: a catalog model, or a self-hosted one (weights URL + library URL). */
import { CATALOG_MODEL_IDS, DEFAULT_MODEL_ID } from '../../../engine/webllm/catalog-ids';
import type { WebLlmSettings } from '../../../engine/webllm/entry';
import { TextField } from './TextField';

/** The model select's value for a self-hosted model. */
const CUSTOM = '__custom__';

export function WebLlmFields({ settings, onChange }: { settings: WebLlmSettings; onChange: (settings: WebLlmSettings) => void }) {
  const custom = settings.modelUrl !== undefined;
  return (
    <>
      <label class="field">
        <span>Model</span>
        <select
          // A <label> around a <select> would also read out every option: name it explicitly.
          aria-label="Model"
          value={custom ? CUSTOM : settings.model || DEFAULT_MODEL_ID}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            onChange(v === CUSTOM ? { kind: 'webllm', model: 'custom-model', modelUrl: '', modelLibUrl: '' } : { kind: 'webllm', model: v });
          }}
        >
          {CATALOG_MODEL_IDS.map((id) => (
            <option key={id} value={id}>{id}</option>
          ))}
          <option value={CUSTOM}>Self-hosted model (weights URL + library URL)…</option>
        </select>
      </label>
      {custom && (
        <>
          <TextField label="Model id" value={settings.model} onChange={(v) => onChange({ ...settings, model: v })} />
          <TextField label="Weights URL" value={settings.modelUrl ?? ''} placeholder="https://host/MyModel-q4f16_1-MLC/" onChange={(v) => onChange({ ...settings, modelUrl: v })} />
          <TextField label="Model library URL (.wasm)" value={settings.modelLibUrl ?? ''} placeholder="https://host/MyModel-webgpu.wasm" onChange={(v) => onChange({ ...settings, modelLibUrl: v })} />
        </>
      )}
    </>
  );
}
