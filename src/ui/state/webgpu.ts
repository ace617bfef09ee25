/**
 * This browser's WebGPU: the adapter is requested once, then every model is assessed against it by
 * the engine's checker (src/engine/webllm/webgpu-check), so the report, the recommendation and the
 * models panel all read the same facts.
 */
import { assessAdapter, type GpuAdapterLike, type GpuLike, type WebGpuReport } from '../../engine/webllm/webgpu-check';
import type { CatalogModel } from '../../engine/webllm/model-catalog';

/** What the browser offers: `adapter` undefined (no WebGPU), null (no adapter) or the adapter; the device memory it reports. */
export interface GpuProbe {
  adapter: GpuAdapterLike | null | undefined;
  env: { deviceMemoryGB?: number };
}

/** Requests the adapter web-llm would get (high performance). */
export async function probeWebGpu(): Promise<GpuProbe> {
  const gpu = (navigator as Navigator & { gpu?: GpuLike }).gpu;
  const memory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
  const env = memory !== undefined ? { deviceMemoryGB: memory } : {};
  if (!gpu) return { adapter: undefined, env };
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' }).catch(() => null);
  return { adapter, env };
}

/** The WebGPU report for `model` on the probed machine. */
export function reportFor(probe: GpuProbe, model: CatalogModel): WebGpuReport {
  return assessAdapter(probe.adapter, model, probe.env);
}

/** Whether any WebGPU model could start here (a GPU adapter exists). */
export function hasWebGpu(report: WebGpuReport): boolean {
  return !report.problems.some((p) => p.kind === 'no-webgpu' || p.kind === 'no-adapter');
}

/** Why WebGPU is unusable, as a clause for the page's one notice. */
export function noWebGpuReason(report: WebGpuReport): string {
  return report.problems.some((p) => p.kind === 'no-webgpu')
    ? 'this browser does not offer WebGPU'
    : 'WebGPU offers no GPU adapter here (no GPU, hardware acceleration off, or a blocklisted GPU)';
}
