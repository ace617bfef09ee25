/** FakeGpuAdapter — stands in for a GPUAdapter (there is no GPU on this machine). Defaults: a capable discrete GPU. */
import type { GpuAdapterLike, GpuLike } from '../../../../src/engine/webllm/webgpu-check';

const MB = 2 ** 20;

export class FakeGpuAdapter implements GpuAdapterLike {
  features: Set<string>;
  limits: GpuAdapterLike['limits'];
  info = { vendor: 'nvidia', architecture: 'ampere', description: 'Fake RTX' };
  isFallbackAdapter: boolean;

  constructor(opts: { features?: string[]; limits?: Partial<GpuAdapterLike['limits']>; isFallbackAdapter?: boolean } = {}) {
    this.features = new Set(opts.features ?? ['shader-f16']);
    this.limits = { maxStorageBufferBindingSize: 2048 * MB, maxBufferSize: 2048 * MB, maxComputeWorkgroupStorageSize: 32768, maxStorageBuffersPerShaderStage: 10, ...opts.limits };
    this.isFallbackAdapter = opts.isFallbackAdapter ?? false;
  }
}

/** A `navigator.gpu` stand-in that hands out `adapter` (null: WebGPU without an adapter). */
export function fakeGpu(adapter: GpuAdapterLike | null = new FakeGpuAdapter()): GpuLike {
  return { requestAdapter: async () => adapter };
}
