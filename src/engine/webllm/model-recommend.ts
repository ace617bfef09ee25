/**
 * Which in-browser model to use for a method, within what this GPU can run: a model trained for
 * the method's format first (Qwen2.5-Math for LCE, Code and Auto), then the strongest by published
 * MATH score, among the models the WebGPU report lets run. Pure: the page passes the catalog and a
 * fit per model (from `gpuFitFor`, the same checks as the pre-load check).
 */
import type { Method } from '../../core/transcript';
import type { CatalogModel } from './model-catalog';
import { methodFit, type MethodFit } from './model-guide';
import { assessAdapter, type GpuAdapterLike, type WebGpuReport } from './webgpu-check';

/** What the WebGPU report says of a model here: `may-not-fit` carries warnings (GPU memory, small bindings). */
export type GpuFit = 'fits' | 'may-not-fit' | 'does-not-fit';

/** The fit a WebGPU report gives its model. */
export function gpuFitOf(report: WebGpuReport): GpuFit {
  if (!report.ok) return 'does-not-fit';
  return report.problems.length > 0 ? 'may-not-fit' : 'fits';
}

/** A fit for every model from one adapter (`undefined`: no WebGPU; `null`: no adapter). */
export function gpuFitFor(adapter: GpuAdapterLike | null | undefined, env: { deviceMemoryGB?: number } = {}): (model: CatalogModel) => GpuFit {
  return (model) => gpuFitOf(assessAdapter(adapter, model, env));
}

/** A recommended model, or why there is none. */
export type Recommendation =
  | { kind: 'model'; model: CatalogModel; fit: MethodFit; gpu: Exclude<GpuFit, 'does-not-fit'>; reason: string }
  | { kind: 'none'; reason: string };

const METHOD_LABEL: Record<Method, string> = { cot: 'chain of thought', code: 'Code', lce: 'LCE', auto: 'Auto' };
const FIT_RANK: Record<MethodFit, number> = { trained: 2, tolerated: 1, unsuited: 0 };

/** The score that ranks models for a method: TIR for the Python methods when published, else CoT. */
function strength(model: CatalogModel, method: Method): number {
  const s = model.guide.scores;
  if (!s) return -1;
  return (method === 'cot' ? s.cot : (s.tir ?? s.cot)) ?? -1;
}

/** Orders models best first for `method`: runs cleanly here, trained for it, stronger, larger, lighter. */
function rank(method: Method, fitOf: (m: CatalogModel) => GpuFit) {
  return (a: CatalogModel, b: CatalogModel) =>
    Number(fitOf(b) === 'fits') - Number(fitOf(a) === 'fits') ||
    FIT_RANK[methodFit(b.guide, method)] - FIT_RANK[methodFit(a.guide, method)] ||
    strength(b, method) - strength(a, method) ||
    b.parametersB - a.parametersB ||
    (a.vramRequiredMB ?? Infinity) - (b.vramRequiredMB ?? Infinity) ||
    a.id.localeCompare(b.id);
}

/** The model to use for `method` among `models`, within what `gpuFit` allows. */
export function recommendModel(method: Method, models: readonly CatalogModel[], gpuFit: (model: CatalogModel) => GpuFit): Recommendation {
  const fits = new Map(models.map((m) => [m, gpuFit(m)]));
  const fitOf = (m: CatalogModel) => fits.get(m) ?? 'does-not-fit';
  const candidates = models.filter((m) => fitOf(m) !== 'does-not-fit' && methodFit(m.guide, method) !== 'unsuited').sort(rank(method, fitOf));
  const best = candidates[0];
  if (!best) return { kind: 'none', reason: `No in-browser model suited to ${METHOD_LABEL[method]} fits this GPU (see the WebGPU report). The OpenAI-compatible server and the recorded demo work without one.` };
  const fit = methodFit(best.guide, method);
  const gpu = fitOf(best) as Exclude<GpuFit, 'does-not-fit'>;
  return { kind: 'model', model: best, fit, gpu, reason: reasonFor(best, method, fit, gpu) };
}

function reasonFor(model: CatalogModel, method: Method, fit: MethodFit, gpu: GpuFit): string {
  const s = strength(model, method);
  const score = s >= 0 ? ` (MATH ${s} published for the full-precision model${method !== 'cot' && model.guide.scores?.tir !== undefined ? ' with tool-integrated reasoning' : ''})` : '';
  const training = fit === 'trained' ? `trained for ${METHOD_LABEL[method]}${score}` : `the best available: no model trained for ${METHOD_LABEL[method]} fits here, and it follows the format without training on it`;
  const here = gpu === 'fits' ? 'runs on this GPU' : 'may not fit this GPU (see the warnings in the WebGPU report)';
  return `${model.id}: ${training}; ${here}.`;
}

/** What to tell a user who picked `method` with `model`, and a better fit when there is one. */
export interface MethodAdvice {
  fit: MethodFit;
  sentence: string;
  better: CatalogModel | null;
}

/** Says whether `model` was trained for `method` and, when not, offers the recommended model instead. */
export function adviseMethod(model: CatalogModel, method: Method, models: readonly CatalogModel[], gpuFit: (model: CatalogModel) => GpuFit): MethodAdvice {
  const fit = methodFit(model.guide, method);
  if (fit === 'trained') return { fit, sentence: `${model.id} was trained for ${METHOD_LABEL[method]}.`, better: null };
  const rec = recommendModel(method, models, gpuFit);
  const better = rec.kind === 'model' && rec.fit === 'trained' && rec.model.id !== model.id ? rec.model : null;
  const what = method === 'cot' ? 'chain of thought' : `the python/output format ${METHOD_LABEL[method]} relies on`;
  const head = fit === 'tolerated' ? `${model.id} was not trained for ${what}; it follows it when asked, less reliably.` : `${model.id} is not suited to ${METHOD_LABEL[method]}.`;
  return { fit, sentence: better ? `${head} ${better.id} was trained for it and runs here.` : head, better };
}
