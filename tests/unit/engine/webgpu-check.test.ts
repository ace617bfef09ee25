import { describe, expect, test } from 'vitest';
import { assessAdapter, checkWebGpu, WEBLLM_MIN_LIMITS } from '../../../src/engine/webllm/webgpu-check';
import { type CatalogModel, findModel } from '../../../src/engine/webllm/model-catalog';
import { FakeGpuAdapter } from './support/fake-gpu';

const MB = 2 ** 20;

const model = (id: string): CatalogModel => {
  const m = findModel(id);
  if (!m) throw new Error(`no catalog model ${id}`);
  return m;
};
const QWEN7 = model('Qwen2-Math-7B-Instruct-q4f16_1-MLC');

describe('assessAdapter', () => {
  describe('should pass', () => {
    test('for a capable GPU and the default model', () => {
      const r = assessAdapter(new FakeGpuAdapter(), QWEN7);
      expect(r).toMatchObject({ ok: true, problems: [], suggestion: null, shaderF16: true, adapter: { vendor: 'nvidia', description: 'Fake RTX' } });
    });
  });

  describe('should say what fails and which model fits', () => {
    test('for no WebGPU at all', async () => {
      const r = await checkWebGpu(undefined, QWEN7);
      expect(r.ok).toBe(false);
      expect(r.problems[0]).toMatchObject({ kind: 'no-webgpu', severity: 'blocker', sentence: expect.stringMatching(/replay demo/) });
    });

    test('for WebGPU without an adapter', async () => {
      const r = await checkWebGpu({ requestAdapter: async () => null }, QWEN7);
      expect(r.problems.map((p) => p.kind)).toEqual(['no-adapter']);
    });

    test('for no shader-f16: the f32 twin of the same model', () => {
      const r = assessAdapter(new FakeGpuAdapter({ features: [] }), QWEN7);
      expect(r.ok).toBe(false);
      expect(r.problems[0]?.sentence).toMatch(/shader-f16.*Qwen2-Math-7B-Instruct-q4f32_1-MLC/);
      expect(r.suggestion?.modelId).toBe('Qwen2-Math-7B-Instruct-q4f32_1-MLC');
    });

    test('for no shader-f16 and a model without an f32 twin (WizardMath)', () => {
      const r = assessAdapter(new FakeGpuAdapter({ features: [] }), model('WizardMath-7B-V1.1-q4f16_1-MLC'));
      expect(r.suggestion?.modelId).toMatch(/q4f32_1/);
    });

    test('for small storage bindings: the 1.5B model', () => {
      const r = assessAdapter(new FakeGpuAdapter({ limits: { maxStorageBufferBindingSize: 128 * MB } }), QWEN7);
      expect(r.ok).toBe(true);
      expect(r.problems.map((p) => p.kind)).toEqual(['small-bindings']);
      expect(r.suggestion?.modelId).toBe('Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC');
    });

    test('for little device memory and no shader-f16: the 1.5B model in f32', () => {
      const r = assessAdapter(new FakeGpuAdapter({ features: [] }), QWEN7, { deviceMemoryGB: 4 });
      expect(r.problems.map((p) => p.kind)).toEqual(['shader-f16', 'memory']);
      expect(r.suggestion?.modelId).toBe('Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC');
    });

    test.each(Object.keys(WEBLLM_MIN_LIMITS))('for %s below web-llm minimum (no model fits)', (name) => {
      const r = assessAdapter(new FakeGpuAdapter({ limits: { [name]: 1 } }), QWEN7);
      expect(r.ok).toBe(false);
      expect(r.problems.find((p) => p.kind === 'limit')?.sentence).toContain(name);
      expect(r.suggestion).toBeNull();
    });

    test('for a software fallback adapter (a warning only)', () => {
      const r = assessAdapter(new FakeGpuAdapter({ isFallbackAdapter: true }), QWEN7);
      expect(r).toMatchObject({ ok: true, problems: [{ kind: 'fallback-adapter', severity: 'warning' }] });
    });
  });
});
