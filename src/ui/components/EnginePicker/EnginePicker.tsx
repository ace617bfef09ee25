/**
 * Engine and model: the replay demo (always labelled a recording), an OpenAI-compatible server, or
 * an in-browser model on WebGPU. The settings are URL parameters, so the address bar can be shared.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RecordingSummary } from '../../../engine/replay/recording';
import { CATALOG_MODEL_IDS, DEFAULT_MODEL_ID } from '../../../engine/webllm/catalog-ids';
import { engineKind, type EngineParams } from '../../state/engine-params';
import { loadRecordingIndex } from '../../state/recordings';

/** The model select's value for a self-hosted model. */
const CUSTOM = '__custom__';

export interface EnginePickerProps {
  params: EngineParams;
  disabled: boolean;
  /** False when this browser has no WebGPU: the in-browser option is shown but cannot be chosen. */
  webgpu: boolean;
  onChange: (params: EngineParams) => void;
  /** A recorded problem was picked: fill the problem, reference and method. */
  onRecording: (recording: RecordingSummary) => void;
}

function Text({ label, value, type = 'text', placeholder, onInput }: { label: string; value: string; type?: string; placeholder?: string; onInput: (v: string) => void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <input type={type} value={value} placeholder={placeholder} spellcheck={false} onChange={(e) => onInput((e.currentTarget as HTMLInputElement).value.trim())} />
    </label>
  );
}

/** The engine select and the fields of the chosen engine. */
export function EnginePicker({ params, disabled, webgpu, onChange, onRecording }: EnginePickerProps) {
  const kind = engineKind(params);
  const [recordings, setRecordings] = useState<RecordingSummary[]>([]);
  useEffect(() => {
    if (kind === 'replay') void loadRecordingIndex().then(setRecordings);
  }, [kind]);
  const set = (patch: EngineParams) => onChange(Object.fromEntries(Object.entries({ ...params, ...patch }).filter(([, v]) => v !== '')));

  return (
    <fieldset class="engine-picker" disabled={disabled}>
      <legend>Engine</legend>
      <select
        aria-label="Engine"
        value={kind}
        onChange={(e) => {
          const next = (e.currentTarget as HTMLSelectElement).value;
          if (next === 'openai') onChange({ engine: 'openai', baseUrl: params.baseUrl ?? 'http://127.0.0.1:8080/v1', model: params.model ?? '' });
          else if (next === 'webllm') onChange({ engine: 'webllm', model: DEFAULT_MODEL_ID });
          else onChange({ engine: 'replay' });
        }}
      >
        <option value="replay">Recorded demo (replay — not a live model)</option>
        <option value="openai">OpenAI-compatible server (llama.cpp, vLLM, Ollama)</option>
        <option value="webllm" disabled={!webgpu}>
          In-browser model on WebGPU{webgpu ? '' : ' (needs WebGPU)'}
        </option>
      </select>
      {kind === 'openai' && (
        <div class="engine-fields">
          <Text label="Base URL" value={params.baseUrl ?? ''} placeholder="http://127.0.0.1:8080/v1" onInput={(v) => set({ baseUrl: v })} />
          <Text label="Model" value={params.model ?? ''} placeholder="as the server names it" onInput={(v) => set({ model: v })} />
          <Text label="API key (optional, never shared)" type="password" value={params.apiKey ?? ''} onInput={(v) => set({ apiKey: v })} />
        </div>
      )}
      {kind === 'webllm' && (
        <div class="engine-fields">
          <label class="field">
            <span>Model</span>
            <select
              // A <label> around a <select> would also read out every option: name it explicitly.
              aria-label="Model"
              value={params.modelUrl !== undefined ? CUSTOM : (params.model ?? DEFAULT_MODEL_ID)}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value;
                onChange(v === CUSTOM ? { engine: 'webllm', model: 'custom-model', modelUrl: '', modelLibUrl: '' } : { engine: 'webllm', model: v });
              }}
            >
              {CATALOG_MODEL_IDS.map((id) => (
                <option key={id} value={id}>{id}</option>
              ))}
              <option value={CUSTOM}>Self-hosted model (weights URL + library URL)…</option>
            </select>
          </label>
          {params.modelUrl !== undefined && (
            <>
              <Text label="Model id" value={params.model ?? ''} onInput={(v) => onChange({ ...params, model: v })} />
              <Text label="Weights URL" value={params.modelUrl} placeholder="https://host/MyModel-q4f16_1-MLC/" onInput={(v) => onChange({ ...params, modelUrl: v })} />
              <Text label="Model library URL (.wasm)" value={params.modelLibUrl ?? ''} placeholder="https://host/MyModel-webgpu.wasm" onInput={(v) => onChange({ ...params, modelLibUrl: v })} />
            </>
          )}
        </div>
      )}
      {kind === 'replay' && (
        <div class="engine-fields">
          <p class="hint">Plays back solutions recorded from published math models; Python still runs live in your browser.</p>
          {recordings.length > 0 && (
            <select
              aria-label="Recorded problem"
              value=""
              onChange={(e) => {
                const r = recordings.find((x) => x.id === (e.currentTarget as HTMLSelectElement).value);
                if (r) onRecording(r);
              }}
            >
              <option value="">Pick a recorded problem…</option>
              {recordings.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.model}: {r.question.slice(0, 50)}
                  {r.question.length > 50 ? '…' : ''}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
    </fieldset>
  );
}
