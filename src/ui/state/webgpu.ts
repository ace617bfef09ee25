/** This browser's WebGPU, assessed once per model by the engine's checker (src/engine/webllm/webgpu-check). */
import { checkWebGpu, type GpuLike, type WebGpuReport } from '../../engine/webllm/webgpu-check';
import { DEFAULT_MODEL_ID, findModel, MODEL_CATALOG } from '../../engine/webllm/model-catalog';

/** Assesses `modelId` (default model when absent or unknown) on this machine. */
export function assessWebGpu(modelId?: string): Promise<WebGpuReport> {
  const model = (modelId && findModel(modelId)) || findModel(DEFAULT_MODEL_ID) || MODEL_CATALOG[0]!;
  const gpu = (navigator as Navigator & { gpu?: GpuLike }).gpu;
  const memory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
  return checkWebGpu(gpu, model, memory !== undefined ? { deviceMemoryGB: memory } : {});
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
