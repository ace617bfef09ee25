/**
 * The in-browser engine's fields: a model (prebuilt or one of the user's saved self-hosted ones,
 * each marked when it was not trained for the chosen method or does not fit this GPU), a
 * self-hosted one given by URL, and the advanced settings: the context window and how LCE rounds
 * reach the model (the continuation mode).
 */
import { CATALOG_MODEL_IDS, DEFAULT_MODEL_ID } from '../../../engine/webllm/catalog-ids';
import { CONTINUATION_MODES, type WebLlmSettings } from '../../../engine/webllm/entry';
import type { CatalogModel } from '../../../engine/webllm/model-catalog';
import { methodFit } from '../../../engine/webllm/model-guide';
import { settingsFor } from '../../../engine/webllm/model-settings';
import { METHOD_NAMES, type ModelGuidance } from '../../state/model-guidance';
import { TextField } from './TextField';

/** The model select's value for a self-hosted model given by URL. */
const CUSTOM = '__custom__';
/** The model select's values for saved self-hosted models. */
const SAVED = 'saved:';

const CONTINUATION_LABELS: Record<string, string> = {
  chat: 'chat — keeps the model’s cache between rounds (default)',
  completions: 'completions — re-reads the whole solution every round (slower; for a model whose chat template breaks the chat path)',
};

export interface WebLlmFieldsProps {
  settings: WebLlmSettings;
  onChange: (settings: WebLlmSettings) => void;
  /** Per-model advice and the saved self-hosted models (absent: the prebuilt list only). */
  guidance?: ModelGuidance;
}

/** "Qwen2-Math-7B-Instruct-q4f16_1-MLC · not trained for LCE · does not fit this GPU". */
function optionLabel(m: CatalogModel, g: ModelGuidance): string {
  const fit = g.fitOf.value?.(m);
  const notes = [methodFit(m.guide, g.method.value) !== 'trained' ? `not trained for ${METHOD_NAMES[g.method.value]}` : null, fit === 'does-not-fit' ? 'does not fit this GPU' : fit === 'may-not-fit' ? 'may not fit this GPU' : null];
  return [m.isCustom ? `${m.id} (self-hosted)` : m.id, ...notes.filter(Boolean)].join(' · ');
}

export function WebLlmFields({ settings, onChange, guidance }: WebLlmFieldsProps) {
  const models = guidance?.models.value ?? null;
  const selected = guidance?.selected.value ?? null;
  const saved = settings.modelUrl !== undefined && selected?.isCustom && models?.includes(selected) ? selected : null;
  const adHoc = settings.modelUrl !== undefined && !saved;
  const value = saved ? SAVED + saved.id : adHoc ? CUSTOM : settings.model || DEFAULT_MODEL_ID;
  const keep = settings.continuation ? { continuation: settings.continuation } : {};
  return (
    <>
      <label class="field">
        <span>Model</span>
        <select
          // A <label> around a <select> would also read out every option: name it explicitly.
          aria-label="Model"
          value={value}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            const savedModel = v.startsWith(SAVED) ? models?.find((m) => m.isCustom && m.id === v.slice(SAVED.length)) : undefined;
            if (savedModel) onChange(settingsFor(savedModel, keep));
            else onChange(v === CUSTOM ? { kind: 'webllm', model: 'custom-model', modelUrl: '', modelLibUrl: '', ...keep } : { kind: 'webllm', model: v, ...keep });
          }}
        >
          {models && guidance
            ? models.map((m) => (
                <option key={(m.isCustom ? SAVED : '') + m.id} value={(m.isCustom ? SAVED : '') + m.id}>{optionLabel(m, guidance)}</option>
              ))
            : CATALOG_MODEL_IDS.map((id) => <option key={id} value={id}>{id}</option>)}
          <option value={CUSTOM}>Self-hosted model (weights URL + library URL)…</option>
        </select>
      </label>
      {adHoc && (
        <>
          <TextField label="Model id" value={settings.model} onChange={(v) => onChange({ ...settings, model: v })} />
          <TextField label="Weights URL" value={settings.modelUrl ?? ''} placeholder="https://host/MyModel-q4f16_1-MLC/" onChange={(v) => onChange({ ...settings, modelUrl: v })} />
          <TextField label="Model library URL (.wasm)" value={settings.modelLibUrl ?? ''} placeholder="https://host/MyModel-webgpu.wasm" onChange={(v) => onChange({ ...settings, modelLibUrl: v })} />
          <p class="hint">Save it in the Models tab to keep it across reloads and have it recommended.</p>
        </>
      )}
      <details class="engine-advanced">
        <summary>Advanced</summary>
        <TextField label="Context window (tokens)" value={settings.contextWindow ?? ''} placeholder={`the model's own (${selected?.contextWindow ?? 4096})`} onChange={(v) => onChange(withField(settings, 'contextWindow', v))} />
        <label class="field">
          <span>Continuation</span>
          <select aria-label="Continuation" value={settings.continuation ?? 'chat'} onChange={(e) => onChange(withField(settings, 'continuation', (e.currentTarget as HTMLSelectElement).value === 'chat' ? '' : (e.currentTarget as HTMLSelectElement).value))}>
            {CONTINUATION_MODES.map((m) => (
              <option key={m} value={m}>{CONTINUATION_LABELS[m]}</option>
            ))}
          </select>
        </label>
      </details>
    </>
  );
}

/** `settings` with `key` set, or left out when empty (so the URL carries only what differs from the default). */
function withField(settings: WebLlmSettings, key: 'contextWindow' | 'continuation', value: string): WebLlmSettings {
  const { [key]: _old, ...rest } = settings;
  return (value ? { ...rest, [key]: value } : rest) as WebLlmSettings;
}
