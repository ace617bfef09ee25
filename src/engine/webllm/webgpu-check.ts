/**
 * Can this machine run a model? Checks WebGPU, the adapter, `shader-f16` and the limits web-llm
 * requests, against a catalog model, and says in sentences what fails and which model fits.
 * Pure logic over a `GPUAdapter`-shaped object, so it runs in Node with a fake adapter.
 */
import { type CatalogModel, f32Variant, MODEL_CATALOG } from './model-catalog';

/** The parts of `GPUAdapter` read here. */
export interface GpuAdapterLike {
  features: { has(name: string): boolean };
  limits: {
    maxStorageBufferBindingSize: number;
    maxBufferSize: number;
    maxComputeWorkgroupStorageSize: number;
    maxStorageBuffersPerShaderStage: number;
  };
  info?: { vendor?: string; architecture?: string; device?: string; description?: string };
  isFallbackAdapter?: boolean;
}

/** The parts of `navigator.gpu` read here. */
export interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<GpuAdapterLike | null>;
}

export interface GpuProblem {
  kind: 'no-webgpu' | 'no-adapter' | 'fallback-adapter' | 'shader-f16' | 'limit' | 'small-bindings' | 'memory';
  /** `blocker`: web-llm will refuse or fail; `warning`: it may fail (GPU memory is not observable). */
  severity: 'blocker' | 'warning';
  sentence: string;
}

export interface WebGpuReport {
  /** No blockers for this model (warnings may remain). */
  ok: boolean;
  model: string;
  adapter: { vendor: string; architecture: string; description: string; isFallback: boolean } | null;
  shaderF16: boolean;
  limits: GpuAdapterLike['limits'] | null;
  problems: GpuProblem[];
  /** A model that avoids the problems, when one does. */
  suggestion: { modelId: string; reason: string } | null;
}

const MB = 2 ** 20;

/** The minimums web-llm 0.2.86 requests when it creates the device (below them it throws). */
export const WEBLLM_MIN_LIMITS: GpuAdapterLike['limits'] = {
  maxStorageBufferBindingSize: 128 * MB,
  maxBufferSize: 256 * MB,
  maxComputeWorkgroupStorageSize: 32 * 1024,
  maxStorageBuffersPerShaderStage: 10,
};

/** Below 1 GB per binding web-llm falls back to 128 MB, which only its low-resource builds expect. */
const FULL_BINDING = 1024 * MB;

/** Requests an adapter from `gpu` (usually `navigator.gpu`) and assesses it for `model`. */
export async function checkWebGpu(gpu: GpuLike | undefined, model: CatalogModel, env: { deviceMemoryGB?: number } = {}): Promise<WebGpuReport> {
  if (!gpu) return assessAdapter(undefined, model, env);
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' }).catch(() => null);
  return assessAdapter(adapter, model, env);
}

/** Assesses an adapter (`undefined`: no WebGPU at all; `null`: no adapter) for `model`. */
export function assessAdapter(adapter: GpuAdapterLike | null | undefined, model: CatalogModel, env: { deviceMemoryGB?: number } = {}): WebGpuReport {
  const problems: GpuProblem[] = [];
  const base = { model: model.id, adapter: null, shaderF16: false, limits: null, suggestion: null };
  if (adapter === undefined) {
    problems.push({ kind: 'no-webgpu', severity: 'blocker', sentence: 'This browser has no WebGPU (navigator.gpu is missing). Use a recent Chrome or Edge; the OpenAI-compatible server, the replay demo, Python cells and the critic still work here.' });
    return { ...base, ok: false, problems };
  }
  if (adapter === null) {
    problems.push({ kind: 'no-adapter', severity: 'blocker', sentence: 'WebGPU is present but offers no GPU adapter: hardware acceleration may be off, or the GPU is blocklisted. Turn acceleration on in the browser settings, or use the OpenAI-compatible server.' });
    return { ...base, ok: false, problems };
  }
  const shaderF16 = adapter.features.has('shader-f16');
  const limits = { ...adapter.limits };
  const info = adapter.info ?? {};
  const isFallback = adapter.isFallbackAdapter === true;
  if (isFallback) problems.push({ kind: 'fallback-adapter', severity: 'warning', sentence: 'The adapter is a software (CPU) fallback: a model would run extremely slowly.' });
  for (const [name, min] of Object.entries(WEBLLM_MIN_LIMITS) as [keyof typeof limits, number][]) {
    if (limits[name] < min) problems.push({ kind: 'limit', severity: 'blocker', sentence: `This GPU's ${name} is ${formatLimit(name, limits[name])}; web-llm needs at least ${formatLimit(name, min)}. No web-llm model can run here.` });
  }
  const fatalLimits = problems.some((p) => p.kind === 'limit');
  if (model.requiredFeatures.includes('shader-f16') && !shaderF16) {
    const twin = f32Variant(model);
    problems.push({ kind: 'shader-f16', severity: 'blocker', sentence: `${model.id} uses 16-bit float shaders, but this GPU/browser lacks the shader-f16 feature.${twin ? ` ${twin.id} has the same weights in f32 and runs without it.` : ''}` });
  }
  if (!fatalLimits && limits.maxStorageBufferBindingSize < FULL_BINDING && !model.lowResource) {
    problems.push({ kind: 'small-bindings', severity: 'warning', sentence: `This GPU allows ${formatLimit('maxStorageBufferBindingSize', limits.maxStorageBufferBindingSize)} per storage buffer binding; web-llm builds ${model.id} for 1 GB and may fail to load it. Its low-resource models are built for small GPUs.` });
  }
  if (model.vramRequiredMB !== null && env.deviceMemoryGB !== undefined && model.vramRequiredMB > env.deviceMemoryGB * 1024 * 0.75) {
    problems.push({ kind: 'memory', severity: 'warning', sentence: `${model.id} needs about ${(model.vramRequiredMB / 1024).toFixed(1)} GB of GPU memory and this device reports ${env.deviceMemoryGB} GB of memory: loading may run out of memory (the GPU device is then lost).` });
  }
  const ok = !problems.some((p) => p.severity === 'blocker');
  const report: WebGpuReport = {
    model: model.id,
    ok,
    adapter: { vendor: info.vendor ?? '', architecture: info.architecture ?? '', description: info.description ?? info.device ?? '', isFallback },
    shaderF16,
    limits,
    problems,
    suggestion: null,
  };
  report.suggestion = fatalLimits ? null : suggest(report, model);
  return report;
}

/** The best other model for the problems found: the f32 twin when only shader-f16 fails, else the smallest fitting one. */
function suggest(report: WebGpuReport, model: CatalogModel): WebGpuReport['suggestion'] {
  const kinds = new Set(report.problems.map((p) => p.kind));
  if (kinds.size === 0 || (kinds.size === 1 && kinds.has('fallback-adapter'))) return null;
  const needsSmall = kinds.has('small-bindings') || kinds.has('memory');
  const fits = (m: CatalogModel) => (!m.requiredFeatures.includes('shader-f16') || report.shaderF16) && (!needsSmall || m.lowResource);
  if (!needsSmall) {
    const twin = f32Variant(model);
    if (twin && fits(twin)) return { modelId: twin.id, reason: 'same model, f32 shaders: no shader-f16 needed' };
  }
  // Short of memory: the smallest that fits; otherwise the closest to what was asked for (largest).
  const bySize = (a: CatalogModel, b: CatalogModel) => ((a.vramRequiredMB ?? 0) - (b.vramRequiredMB ?? 0)) * (needsSmall ? 1 : -1);
  const candidates = MODEL_CATALOG.filter((m) => m.id !== model.id && fits(m)).sort((a, b) => Number(b.isMath) - Number(a.isMath) || bySize(a, b));
  const pick = candidates[0];
  if (!pick) return null;
  return { modelId: pick.id, reason: needsSmall ? `a small model (about ${((pick.vramRequiredMB ?? 0) / 1024).toFixed(1)} GB) built for GPUs like this one` : 'runs without shader-f16' };
}

function formatLimit(name: string, value: number): string {
  return /Size$/.test(name) && value >= MB ? `${Math.round(value / MB)} MB` : /Size$/.test(name) ? `${value} bytes` : String(value);
}
