/**
 * The Batch view's run form as plain data, its defaults, and the `RunSpec` it makes. The model tag
 * starts from the engine settings (id, quantisation from the model name, a self-hosted model's
 * URL) and the user can name the version ("D1 after one DPO round") for the comparison view.
 */
import { checkRun, type ModelTag, type RunSpec } from '../../../core/collect';
import { DEFAULT_CAPS, type SolveCaps } from '../../../core/lce/events';
import type { Problem } from '../../../core/problem/types';
import type { Method } from '../../../core/transcript';
import type { EngineSettings } from '../../../engine/registry';

export interface RunForm {
  setId: string | null;
  methods: Method[];
  k: number;
  temperature: number;
  topP: number;
  seed: number;
  caps: SolveCaps;
  /** Requests at once, for a server that batches (vLLM, SGLang, llama.cpp slots); 1 for the in-browser model. */
  concurrency: number;
  /** The model tag as typed; empty fields fall back to what the engine settings say. */
  tag: { id: string; quantization: string; url: string; label: string };
}

export function defaultRunForm(): RunForm {
  return {
    setId: null,
    methods: ['lce', 'cot'],
    k: 4,
    temperature: 0.7,
    topP: 0.95,
    seed: 1,
    caps: { ...DEFAULT_CAPS },
    concurrency: 1,
    tag: { id: '', quantization: '', url: '', label: '' },
  };
}

/** MLC model names end in their quantisation (`…-q4f16_1-MLC`). */
const QUANT = /(?:^|-)(q\d+f\d+(?:_\d+)?)(?:-|$)/i;

/** What the engine settings say about the model: its id, quantisation and a self-hosted model's URL. */
export function tagFromSettings(settings: EngineSettings): ModelTag {
  const s = settings as Readonly<Record<string, string | undefined>> & { kind: string };
  const id = s.model?.trim() || s.recording?.trim() || (s.kind === 'replay' ? 'recorded demo' : s.kind);
  const quantization = QUANT.exec(id)?.[1];
  return { engine: s.kind, id, ...(quantization ? { quantization } : {}), ...(s.modelUrl?.trim() ? { url: s.modelUrl.trim() } : {}) };
}

/** The tag of a run: the typed fields over what the settings say. */
export function modelTagOf(form: RunForm, settings: EngineSettings): ModelTag {
  const base = tagFromSettings(settings);
  const t = form.tag;
  const quantization = t.quantization.trim() || base.quantization;
  const url = t.url.trim() || base.url;
  return {
    engine: base.engine,
    id: t.id.trim() || base.id,
    ...(quantization ? { quantization } : {}),
    ...(url ? { url } : {}),
    ...(t.label.trim() ? { label: t.label.trim() } : {}),
  };
}

/** A fresh run id: sortable by time, unique enough across tabs. */
export function newRunId(now: Date = new Date(), random: () => number = Math.random): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '').replace('T', '-');
  return `run-${stamp}-${Math.floor(random() * 0x10000).toString(16).padStart(4, '0')}`;
}

/** The run the form describes, or a sentence saying what to fix first. */
export function specOf(form: RunForm, settings: EngineSettings, problems: readonly Problem[], id: string): { kind: 'ok'; spec: RunSpec } | { kind: 'invalid'; reason: string } {
  if (!form.setId) return { kind: 'invalid', reason: 'Choose a problem set first (import one, or add a shipped set).' };
  if (!Number.isInteger(form.concurrency) || form.concurrency < 1 || form.concurrency > 64) return { kind: 'invalid', reason: `Requests at once must be a whole number from 1 to 64, got ${form.concurrency}.` };
  const spec: RunSpec = {
    id,
    setId: form.setId,
    methods: [...form.methods],
    k: form.k,
    sampling: { temperature: form.temperature, topP: form.topP, seed: form.seed },
    caps: { ...form.caps },
    model: modelTagOf(form, settings),
  };
  const bad = checkRun(spec, problems);
  return bad ? { kind: 'invalid', reason: bad } : { kind: 'ok', spec };
}
