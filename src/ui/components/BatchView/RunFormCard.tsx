/**
 * The run form: problem set × methods × k, sampling (temperature, top-p, base seed), the caps, the
 * engine (the page's engine picker) and the model tag that says which model version made the run.
 */
import type { ComponentChildren } from 'preact';
import type { SolveCaps } from '../../../core/lce/events';
import { METHODS, type Method } from '../../../core/transcript';
import type { EngineSettings } from '../../../engine/registry';
import type { BatchStore } from '../../state/batch/batch-store';
import { tagFromSettings, type RunForm } from '../../state/batch/run-form';
import { CapsEditor } from '../CapsEditor/CapsEditor';
import { METHOD_LABEL, count } from './format';

export interface RunFormCardProps {
  batch: BatchStore;
  settings: EngineSettings;
  enginePicker: ComponentChildren;
  /** A run is being driven by this tab: the form is locked. */
  locked: boolean;
}

function NumberField({ label, value, min, max, step, disabled, onChange }: { label: string; value: number; min: number; max: number; step?: number; disabled: boolean; onChange: (v: number) => void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        aria-label={label}
        min={min}
        max={max}
        step={step ?? 1}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const v = Number((e.currentTarget as HTMLInputElement).value);
          if (Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
        }}
      />
    </label>
  );
}

export function RunFormCard({ batch, settings, enginePicker, locked }: RunFormCardProps) {
  const form = batch.form.value;
  const set = batch.sets.value.find((s) => s.id === form.setId);
  const update = (patch: Partial<RunForm>) => (batch.form.value = { ...batch.form.value, ...patch });
  const tag = (patch: Partial<RunForm['tag']>) => update({ tag: { ...form.tag, ...patch } });
  const toggle = (m: Method, on: boolean) => update({ methods: on ? METHODS.filter((x) => x === m || form.methods.includes(x)) : form.methods.filter((x) => x !== m) });
  const derived = tagFromSettings(settings);
  const total = set ? set.count * form.methods.length * form.k : 0;
  return (
    <form
      class="card run-form"
      aria-labelledby="run-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void batch.start(settings);
      }}
    >
      <h2 id="run-form-title">New run</h2>
      <p class="hint">
        {set ? <>On <strong>{set.name}</strong>: {count(set.count)} problems × {form.methods.length} {form.methods.length === 1 ? 'method' : 'methods'} × k = {form.k} → <strong data-testid="run-total">{count(total)}</strong> samples.</> : 'Choose a problem set first.'}
      </p>
      <fieldset class="method-checks" disabled={locked}>
        <legend>Methods</legend>
        {METHODS.map((m) => (
          <label key={m} class="check">
            <input type="checkbox" checked={form.methods.includes(m)} onChange={(e) => toggle(m, (e.currentTarget as HTMLInputElement).checked)} />
            {METHOD_LABEL[m]}
          </label>
        ))}
      </fieldset>
      <div class="caps-grid">
        <NumberField label="Attempts per problem (k)" value={form.k} min={1} max={1024} disabled={locked} onChange={(k) => update({ k: Math.round(k) })} />
        <NumberField label="Temperature" value={form.temperature} min={0} max={2} step={0.05} disabled={locked} onChange={(temperature) => update({ temperature })} />
        <NumberField label="Top-p" value={form.topP} min={0.01} max={1} step={0.01} disabled={locked} onChange={(topP) => update({ topP })} />
        <NumberField label="Base seed" value={form.seed} min={0} max={2 ** 31 - 1} disabled={locked} onChange={(seed) => update({ seed: Math.round(seed) })} />
        <NumberField label="Requests at once" value={form.concurrency} min={1} max={64} disabled={locked || settings.kind === 'webllm'} onChange={(concurrency) => update({ concurrency: Math.round(concurrency) })} />
      </div>
      {settings.kind === 'webllm' && form.concurrency !== 1 && <p class="hint">The in-browser model decodes one sequence at a time: requests at once stays 1.</p>}
      <CapsEditor caps={form.caps} disabled={locked} onChange={(caps: SolveCaps) => update({ caps })} />
      {enginePicker}
      <fieldset class="model-tag" disabled={locked}>
        <legend>Model version</legend>
        <p class="hint">Runs are compared by model version (SIaM's rounds D0 → D1 → D2). Name this one if it is not the engine's model as published.</p>
        <div class="caps-grid">
          <label class="field"><span>Model id</span><input aria-label="Model id" placeholder={derived.id} value={form.tag.id} onInput={(e) => tag({ id: (e.currentTarget as HTMLInputElement).value })} /></label>
          <label class="field"><span>Quantisation</span><input aria-label="Quantisation" placeholder={derived.quantization ?? 'e.g. q4f16_1'} value={form.tag.quantization} onInput={(e) => tag({ quantization: (e.currentTarget as HTMLInputElement).value })} /></label>
          <label class="field"><span>Custom model URL</span><input aria-label="Custom model URL" placeholder={derived.url ?? 'weights trained after a round'} value={form.tag.url} onInput={(e) => tag({ url: (e.currentTarget as HTMLInputElement).value })} /></label>
          <label class="field"><span>Version label</span><input aria-label="Version label" placeholder="e.g. D1 after one DPO round" value={form.tag.label} onInput={(e) => tag({ label: (e.currentTarget as HTMLInputElement).value })} /></label>
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit" disabled={locked || !set || form.methods.length === 0}>Start run</button>
      </div>
    </form>
  );
}
