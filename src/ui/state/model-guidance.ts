/**
 * Which in-browser model suits the chosen method here, and the rule that the model follows the
 * method: while the user has not chosen a model, the page runs the one `recommendModel` picks for
 * the method among what the WebGPU report lets run (a model trained for LCE/Code/Auto; the
 * strongest that fits for CoT), prebuilt and saved self-hosted alike. A model the user chose —
 * in the engine picker, the models panel, the method picker's offer, or one named by a URL or a
 * share link — is "pinned" and never replaced.
 *
 * Pinning needs no wiring at each place a model is chosen: a change from one in-browser model to
 * another made by anything but this module pins. Switching the engine kind to the in-browser
 * model is not a model choice (the recommended one is used), unless it goes through `choose`.
 */
import { computed, effect, signal, type Signal } from '@preact/signals';
import type { Method } from '../../core/transcript';
import { engineKey, type EngineSettings } from '../../engine/registry';
import { DEFAULT_MODEL_ID } from '../../engine/webllm/catalog-ids';
import { type CatalogModel, findModel, MODEL_CATALOG } from '../../engine/webllm/model-catalog';
import { methodFit, type MethodFit } from '../../engine/webllm/model-guide';
import { adviseMethod, gpuFitFor, type GpuFit, recommendModel } from '../../engine/webllm/model-recommend';
import { modelOfSettings, settingsFor } from '../../engine/webllm/model-settings';
import { METHODS } from '../../core/transcript';
import { type GpuProbe, hasWebGpu, reportFor } from './webgpu';

/** The methods as the page names them. */
export const METHOD_NAMES: Record<Method, string> = { cot: 'CoT', code: 'Code', lce: 'LCE', auto: 'Auto' };

/** "CoT, Code and LCE". */
export function methodList(methods: readonly Method[]): string {
  const names = methods.map((m) => METHOD_NAMES[m]);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export interface ModelGuidanceOptions {
  settings: Signal<EngineSettings>;
  method: Signal<Method>;
  /** The user's saved self-hosted models. */
  custom: Signal<readonly CatalogModel[]>;
  /** Start pinned: the URL or a share link named the model. */
  pinned?: boolean;
  /** Base for a self-hosted model's relative URLs (the page's location). */
  base?: string;
}

/** Creates the guidance; its effects run for the page's lifetime (`dispose` ends them, for tests). */
export function createModelGuidance(o: ModelGuidanceOptions) {
  const { settings, method, custom } = o;
  /** The probed WebGPU; null until the probe answered. */
  const gpu = signal<GpuProbe | null>(null);
  const pinned = signal(o.pinned ?? false);
  const models = computed<readonly CatalogModel[]>(() => [...MODEL_CATALOG, ...custom.value]);
  const fitOf = computed<((m: CatalogModel) => GpuFit) | null>(() => (gpu.value ? gpuFitFor(gpu.value.adapter, gpu.value.env) : null));
  const recommendation = computed(() => (fitOf.value ? recommendModel(method.value, models.value, fitOf.value) : null));
  /** The in-browser model the settings run, if they run one. */
  const selected = computed(() => {
    const s = settings.value;
    return s.kind === 'webllm' ? modelOfSettings(s, models.value, o.base) : null;
  });
  /** Whether the selected model was trained for the method, and a better fit when not. */
  const advice = computed(() => (selected.value && fitOf.value ? adviseMethod(selected.value, method.value, models.value, fitOf.value) : null));
  /** For each method, how the selected model fits it. */
  const fits = computed<Record<Method, MethodFit> | null>(() => {
    const m = selected.value;
    return m ? (Object.fromEntries(METHODS.map((x) => [x, methodFit(m.guide, x)])) as Record<Method, MethodFit>) : null;
  });
  /** The WebGPU report for the selected model (else the recommended one, else the default). */
  const report = computed(() => {
    if (!gpu.value) return null;
    const rec = recommendation.value;
    const model = selected.value ?? (rec?.kind === 'model' ? rec.model : null) ?? findModel(DEFAULT_MODEL_ID)!;
    return reportFor(gpu.value, model);
  });

  // The settings this module wrote last: any other change of model pins it.
  let ours: string | null = null;
  let choosing = false;
  let previous = settings.peek();
  const set = (next: EngineSettings) => {
    ours = engineKey(next);
    settings.value = next;
  };

  const stopPinning = effect(() => {
    const s = settings.value;
    const before = previous;
    previous = s;
    if (s.kind !== 'webllm' || choosing || engineKey(s) === ours || engineKey(s) === engineKey(before)) return;
    // Another model: the user's choice. The engine kind switched to this one: no model chosen yet.
    pinned.value = before.kind === 'webllm';
  });

  const stopFollowing = effect(() => {
    const s = settings.value;
    const rec = recommendation.value;
    if (pinned.value || s.kind !== 'webllm' || rec?.kind !== 'model') return;
    const next = settingsFor(rec.model, s);
    if (engineKey(next) !== engineKey(s)) set(next);
  });

  return {
    method, gpu, pinned, models, fitOf, recommendation, selected, advice, fits, report,
    /** The user chose `next` (or a link named it): run it and never replace its model. */
    choose(next: EngineSettings): void {
      choosing = true;
      try {
        if (next.kind === 'webllm') pinned.value = true;
        settings.value = next;
      } finally {
        choosing = false;
      }
    },
    /** Starts on the in-browser model the method calls for, when WebGPU can run one (the page's default engine). */
    preferInBrowser(): boolean {
      const rec = recommendation.value;
      if (!gpu.value || !report.value || !hasWebGpu(report.value) || rec?.kind !== 'model') return false;
      set(settingsFor(rec.model));
      return true;
    },
    dispose(): void {
      stopPinning();
      stopFollowing();
    },
  };
}

/** The guidance's state, for components' props. */
export type ModelGuidance = ReturnType<typeof createModelGuidance>;

/**
 * The address bar's query for `settings`: a model the page chose is left out (`?engine=webllm`),
 * so a reload or a copied address picks again for that machine and method; a pinned one stays.
 */
export function addressParams(params: URLSearchParams, settings: EngineSettings, isPinned: boolean): URLSearchParams {
  if (settings.kind !== 'webllm' || isPinned) return params;
  const kept = new URLSearchParams(params);
  for (const key of ['model', 'modelUrl', 'modelLibUrl', 'contextWindow']) kept.delete(key);
  return kept;
}

/** Whether URL parameters name an in-browser model (then it is the user's choice). */
export function urlPinsModel(params: URLSearchParams): boolean {
  return params.get('engine')?.trim() === 'webllm' && !!params.get('model')?.trim();
}
