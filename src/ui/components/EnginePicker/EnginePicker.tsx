/**
 * Engine and model, from the engine registry: a select of the kinds that run in a browser, each
 * kind's text fields as its registry entry declares them, an API key field for the kinds that take
 * one (kept apart from the settings, so it never reaches a link), and — for the two kinds that
 * need more than text fields — their own component. A new engine with plain settings needs no
 * change here.
 */
import type { ComponentChildren } from 'preact';
import type { RecordingSummary } from '../../../engine/replay/recording';
import { ENGINES, engineEntry, type EngineSettings } from '../../../engine/registry';
import { ReplayFields } from './ReplayFields';
import { TextField } from './TextField';
import { WebLlmFields } from './WebLlmFields';
import type { ModelGuidance } from '../../state/model-guidance';

export interface EnginePickerProps {
  settings: EngineSettings;
  apiKey: string;
  disabled: boolean;
  /** False when this browser has no WebGPU: the kinds that need it are shown but cannot be chosen. */
  webgpu: boolean;
  onChange: (settings: EngineSettings) => void;
  onApiKey: (key: string) => void;
  /** A recorded problem was picked: fill the problem, reference and method. */
  onRecording: (recording: RecordingSummary) => void;
  /** The in-browser models' guidance and the saved self-hosted models. */
  webLlm?: ModelGuidance;
}

/** Fields a kind needs beyond the text fields its registry entry declares. */
function extraFields(p: EnginePickerProps): ComponentChildren {
  const s = p.settings;
  if (s.kind === 'webllm') return <WebLlmFields settings={s} onChange={p.onChange} guidance={p.webLlm} />;
  if (s.kind === 'replay') return <ReplayFields onRecording={p.onRecording} />;
  return null;
}

/** The engine select and the fields of the chosen engine. */
export function EnginePicker(props: EnginePickerProps) {
  const { settings, apiKey, disabled, webgpu, onChange, onApiKey } = props;
  const entry = engineEntry(settings.kind)!;
  return (
    <fieldset class="engine-picker" disabled={disabled}>
      <legend>Engine</legend>
      <select
        aria-label="Engine"
        value={settings.kind}
        onChange={(e) => {
          const next = engineEntry((e.currentTarget as HTMLSelectElement).value);
          if (next) onChange(next.initial as EngineSettings);
        }}
      >
        {ENGINES.filter((e) => e.runsIn.includes('browser')).map((e) => {
          const blocked = e.needsWebGpu === true && !webgpu;
          return (
            <option key={e.kind} value={e.kind} disabled={blocked}>
              {e.label}
              {blocked ? ' (needs WebGPU)' : ''}
            </option>
          );
        })}
      </select>
      <div class="engine-fields">
        {entry.fields
          .filter((f) => f.inPage)
          .map((f) => (
            <TextField key={f.param} label={f.label} value={settings[f.param] ?? ''} placeholder={f.placeholder} onChange={(v) => onChange({ ...settings, [f.param]: v })} />
          ))}
        {entry.takesApiKey && <TextField label="API key (optional, never shared)" type="password" value={apiKey} onChange={onApiKey} />}
        {extraFields(props)}
      </div>
    </fieldset>
  );
}
