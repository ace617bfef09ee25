/**
 * The web-llm models the page offers, from web-llm's own prebuilt records (copied into
 * prebuilt-models.json by scripts/build-model-catalog.ts, so the page need not load web-llm to list
 * them), plus what the UI shows: download size, GPU memory, features, prompt family.
 */
import { InvalidInputError } from '../../core/errors';
import { familyOf, type PromptFamily } from '../../core/prompt';
import { DEFAULT_MODEL_ID } from './catalog-ids';
import { guideFor, type ModelGuide } from './model-guide';
import prebuilt from './prebuilt-models.json';

export interface CatalogModel {
  id: string;
  label: string;
  family: PromptFamily;
  /** e.g. `q4f16_1`; f16 quantisations need the `shader-f16` GPU feature. */
  quantization: string;
  /** Parameters in billions. */
  parametersB: number;
  /** GPU memory web-llm says the model needs (advisory: web-llm never checks it). */
  vramRequiredMB: number | null;
  /** Estimated weight download: parameters × bits per weight of the quantisation (±10%). */
  approxDownloadMB: number;
  requiredFeatures: string[];
  contextWindow: number;
  /** web-llm marks it as fitting GPUs with small storage-buffer bindings (128 MB). */
  lowResource: boolean;
  isMath: boolean;
  isDefault: boolean;
  isCustom: boolean;
  note: string;
  /** The methods it was trained for or tolerates, thinking tags, published scores (see model-guide.ts). */
  guide: ModelGuide;
  /** What web-llm's `appConfig.model_list` needs to load it. */
  record: WebLlmModelRecord;
}

/** The subset of web-llm's `ModelRecord` we pass in `appConfig.model_list`. */
export interface WebLlmModelRecord {
  model: string;
  model_id: string;
  model_lib: string;
  vram_required_MB?: number;
  low_resource_required?: boolean;
  required_features?: string[];
  overrides?: { context_window_size?: number; sliding_window_size?: number; max_history_size?: number };
}

// Real parameter counts of the base models (the id rounds them), for the download estimate.
const PARAMETERS_B: [RegExp, number][] = [
  [/WizardMath-7B/, 7.24],
  [/^Qwen3-8B/, 8.19],
  [/^Qwen3-4B/, 4.02],
  [/-7B-/, 7.62],
  [/-1\.5B-/, 1.54],
];

/** Weight bits per parameter: 4-bit groups of 32 with an f16 (or f32) scale. */
function bitsPerWeight(quantization: string): number {
  return quantization.startsWith('q4f32') ? 5 : quantization.startsWith('q4') ? 4.5 : quantization.startsWith('q0') ? 16 : 4.5;
}

function toCatalogModel(r: (typeof prebuilt.records)[number]): CatalogModel {
  const quantization = /-(q\d+f\d+(?:_\d+)?)-/.exec(r.model_id)?.[1] ?? 'unknown';
  const parametersB = PARAMETERS_B.find(([re]) => re.test(r.model_id))?.[1] ?? Number(/(\d+(?:\.\d+)?)B/.exec(r.model_id)?.[1] ?? 0);
  // web-llm leaves shader-f16 undeclared on some f16 records; every f16 kernel needs it.
  const requiredFeatures = [...new Set([...r.required_features, ...(quantization.includes('f16') ? ['shader-f16'] : [])])];
  const family = familyOf(r.model_id);
  const guide = guideFor(r.model_id, family);
  return {
    id: r.model_id,
    label: `${r.model_id.replace(/-q\d.*$/, '').replace(/-/g, ' ')} (${quantization})`,
    family,
    quantization,
    parametersB,
    vramRequiredMB: r.vram_required_MB,
    approxDownloadMB: Math.round((parametersB * 1e9 * bitsPerWeight(quantization)) / 8 / 2 ** 20),
    requiredFeatures,
    contextWindow: r.context_window_size ?? 4096,
    lowResource: r.low_resource_required,
    isMath: /Math|R1-Distill/.test(r.model_id),
    isDefault: r.model_id === DEFAULT_MODEL_ID,
    isCustom: false,
    note: guide.note,
    guide,
    record: {
      model: r.model,
      model_id: r.model_id,
      model_lib: r.model_lib,
      ...(r.vram_required_MB !== null ? { vram_required_MB: r.vram_required_MB } : {}),
      low_resource_required: r.low_resource_required,
      ...(r.required_features.length > 0 ? { required_features: r.required_features } : {}),
      ...(r.overrides !== null ? { overrides: r.overrides } : {}),
    },
  };
}

/** Every offered prebuilt model, the default first. */
export const MODEL_CATALOG: readonly CatalogModel[] = prebuilt.records.map(toCatalogModel);

/** The web-llm version the records were read from. */
export const CATALOG_WEBLLM_VERSION: string = prebuilt.webllmVersion;

export { DEFAULT_MODEL_ID };

/** The catalog entry for `id`, if offered. */
export function findModel(id: string): CatalogModel | undefined {
  return MODEL_CATALOG.find((m) => m.id === id);
}

/** The q4f32 twin of an f16 model (same weights, no shader-f16 needed), if web-llm has one. */
export function f32Variant(model: CatalogModel): CatalogModel | undefined {
  return model.quantization.includes('f16') ? findModel(model.id.replace(/q4f16_1/, 'q4f32_1')) : undefined;
}

/** The window a self-hosted model runs with unless told otherwise: web-llm's for its own models. */
export const CUSTOM_CONTEXT_WINDOW = 4096;

/** A self-hosted MLC-compiled model: weights URL and model-library (.wasm) URL. */
export interface CustomModelSpec {
  /** Directory serving mlc-chat-config.json, tensor-cache.json, the shards and tokenizer.json (web-llm appends `resolve/main/` unless the URL has a `/resolve/…/` part). */
  modelUrl: string;
  modelLibUrl: string;
  modelId?: string;
  vramRequiredMB?: number;
  contextWindow?: number;
  family?: PromptFamily;
  /** Base for relative URLs (the page's location). */
  base?: string;
}

/** A catalog entry for a self-hosted model; rejects URLs web-llm could not fetch, saying why. */
export function customModel(spec: CustomModelSpec): CatalogModel {
  const modelUrl = absoluteUrl('Custom model weights URL', spec.modelUrl, spec.base);
  const libUrl = absoluteUrl('Custom model library URL', spec.modelLibUrl, spec.base);
  if (!libUrl.endsWith('.wasm')) throw new InvalidInputError('Custom model library URL', `"${spec.modelLibUrl}" should point at the compiled model library, a .wasm file`);
  const id = spec.modelId?.trim() || modelUrl.replace(/\/resolve\/.*$/, '').replace(/\/+$/, '').split('/').pop() || 'custom-model';
  const quantization = /(q\d+f\d+(?:_\d+)?)/.exec(id)?.[1] ?? 'unknown';
  const contextWindow = spec.contextWindow ?? CUSTOM_CONTEXT_WINDOW;
  const family = spec.family ?? familyOf(id);
  const guide = guideFor(id, family);
  return {
    id,
    label: `${id} (self-hosted)`,
    family,
    quantization,
    parametersB: Number(/(\d+(?:\.\d+)?)B/i.exec(id)?.[1] ?? 0),
    vramRequiredMB: spec.vramRequiredMB ?? null,
    approxDownloadMB: 0,
    requiredFeatures: quantization.includes('f16') ? ['shader-f16'] : [],
    contextWindow,
    lowResource: false,
    isMath: /math/i.test(id),
    isDefault: false,
    isCustom: true,
    note: `${guide.note} Self-hosted: once cached it loads offline (a library URL on "localhost" is refetched each time; use 127.0.0.1).`,
    guide,
    record: {
      model: modelUrl,
      model_id: id,
      model_lib: libUrl,
      ...(spec.vramRequiredMB !== undefined ? { vram_required_MB: spec.vramRequiredMB } : {}),
      overrides: { context_window_size: contextWindow },
    },
  };
}

function absoluteUrl(what: string, value: string, base?: string): string {
  try {
    const u = new URL(value.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
    return u.href;
  } catch {
    throw new InvalidInputError(what, `"${value}" is not an http(s) URL; give a full URL such as http://127.0.0.1:8000/models/MyModel-q4f16_1-MLC/`);
  }
}
