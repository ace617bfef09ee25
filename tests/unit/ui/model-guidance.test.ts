/**
 * The default in-browser model follows the method, within what the GPU fits, and never replaces a
 * model the user chose. The GPU is a FakeGpuAdapter (there is none here); catalog, recommendation,
 * registry and signals are the real ones.
 */
import { signal } from '@preact/signals';
import { afterEach, describe, expect, test } from 'vitest';
import type { Method } from '../../../src/core/transcript';
import type { EngineSettings } from '../../../src/engine/registry';
import { type CatalogModel, customModel } from '../../../src/engine/webllm/model-catalog';
import { addressParams, createModelGuidance, type ModelGuidance, urlPinsModel } from '../../../src/ui/state/model-guidance';
import type { GpuProbe } from '../../../src/ui/state/webgpu';
import { FakeGpuAdapter } from '../engine/support/fake-gpu';

const CAPABLE: GpuProbe = { adapter: new FakeGpuAdapter(), env: {} };
const NO_F16: GpuProbe = { adapter: new FakeGpuAdapter({ features: [] }), env: {} };
const NO_ADAPTER: GpuProbe = { adapter: null, env: {} };

/** A self-hosted model trained for chain of thought only, with a published CoT score above every prebuilt model's. */
const STRONG_COT: CatalogModel = (() => {
  const m = customModel({ modelId: 'Strong-CoT-14B-q4f16_1-MLC', modelUrl: 'http://127.0.0.1:8000/cot/', modelLibUrl: 'http://127.0.0.1:8000/cot.wasm', vramRequiredMB: 3000 });
  return { ...m, guide: { ...m.guide, trained: ['cot'], tolerated: ['code', 'lce', 'auto'], scores: { cot: 90, source: 'test' } } };
})();

let guidances: ModelGuidance[] = [];
afterEach(() => {
  for (const g of guidances) g.dispose();
  guidances = [];
});

function setup(start: EngineSettings, options: { method?: Method; pinned?: boolean; custom?: CatalogModel[] } = {}) {
  const settings = signal<EngineSettings>(start);
  const method = signal<Method>(options.method ?? 'lce');
  const custom = signal<readonly CatalogModel[]>(options.custom ?? []);
  const g = createModelGuidance({ settings, method, custom, pinned: options.pinned });
  guidances.push(g);
  return { settings, method, custom, g };
}

const model = (s: EngineSettings) => (s.kind === 'webllm' ? s.model : null);

describe('createModelGuidance', () => {
  describe('should start on the in-browser model the method calls for, within what the GPU fits', () => {
    test.each<[string, GpuProbe, string]>([
      ['for a capable GPU', CAPABLE, 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC'],
      ['for a GPU without shader-f16 (the f32 twin)', NO_F16, 'Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC'],
    ])('%s', (_, probe, expected) => {
      const { settings, g } = setup({ kind: 'replay' });
      g.gpu.value = probe;
      expect(g.preferInBrowser()).toBe(true);
      expect(model(settings.value)).toBe(expected);
      expect(g.pinned.value).toBe(false);
      expect(g.report.value?.ok).toBe(true);
    });

    test('but not without a GPU adapter', () => {
      const { settings, g } = setup({ kind: 'replay' });
      g.gpu.value = NO_ADAPTER;
      expect(g.preferInBrowser()).toBe(false);
      expect(settings.value).toEqual({ kind: 'replay' });
    });
  });

  describe('should follow the method while the user has not chosen a model', () => {
    test('for a CoT-only model stronger at CoT, used for CoT but not for LCE', () => {
      const { settings, method, g } = setup({ kind: 'webllm', model: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' }, { custom: [STRONG_COT] });
      g.gpu.value = CAPABLE;
      expect(model(settings.value)).toBe('Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC');
      method.value = 'cot';
      expect(settings.value).toEqual({ kind: 'webllm', model: STRONG_COT.id, modelUrl: 'http://127.0.0.1:8000/cot/', modelLibUrl: 'http://127.0.0.1:8000/cot.wasm' });
      method.value = 'auto';
      expect(model(settings.value)).toBe('Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC');
      expect(g.pinned.value).toBe(false);
    });

    test('for a self-hosted model trained for LCE added later, which becomes the default', () => {
      const { settings, custom, g } = setup({ kind: 'webllm', model: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' });
      g.gpu.value = CAPABLE;
      custom.value = [customModel({ modelId: 'Qwen2.5-Math-7B-Instruct-q4f16_1-MLC', modelUrl: 'http://127.0.0.1:8000/m7/', modelLibUrl: 'http://127.0.0.1:8000/m7.wasm', vramRequiredMB: 5107 })];
      expect(model(settings.value)).toBe('Qwen2.5-Math-7B-Instruct-q4f16_1-MLC');
      expect(g.recommendation.value).toMatchObject({ kind: 'model', fit: 'trained' });
    });

    test('for a switch of engine kind to the in-browser model, which is not a model choice', () => {
      const { settings, g } = setup({ kind: 'openai', baseUrl: 'http://h/v1', model: 'm' }, { custom: [STRONG_COT], method: 'cot' });
      g.gpu.value = CAPABLE;
      settings.value = { kind: 'webllm', model: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC' };
      expect(model(settings.value)).toBe(STRONG_COT.id);
      expect(g.pinned.value).toBe(false);
    });
  });

  describe('should never replace a model the user chose', () => {
    test('for a model picked in the engine picker, then another method', () => {
      const { settings, method, g } = setup({ kind: 'webllm', model: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' }, { custom: [STRONG_COT] });
      g.gpu.value = CAPABLE;
      settings.value = { kind: 'webllm', model: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC' };
      expect(g.pinned.value).toBe(true);
      method.value = 'cot';
      expect(model(settings.value)).toBe('Qwen2-Math-7B-Instruct-q4f16_1-MLC');
    });

    test('for a model named by the URL or a share link, even one this GPU cannot run', () => {
      const { settings, method, g } = setup({ kind: 'webllm', model: 'WizardMath-7B-V1.1-q4f16_1-MLC' }, { pinned: true });
      g.gpu.value = NO_F16;
      method.value = 'code';
      expect(model(settings.value)).toBe('WizardMath-7B-V1.1-q4f16_1-MLC');
      expect(g.report.value).toMatchObject({ ok: false, model: 'WizardMath-7B-V1.1-q4f16_1-MLC' });
      expect(g.advice.value?.fit).toBe('unsuited');
    });

    test('for a link restored over another engine (through choose)', () => {
      const { settings, method, g } = setup({ kind: 'replay' });
      g.gpu.value = CAPABLE;
      g.choose({ kind: 'webllm', model: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC' });
      method.value = 'auto';
      expect(model(settings.value)).toBe('Qwen2-Math-7B-Instruct-q4f16_1-MLC');
    });
  });

  describe('should say when the model was not trained for the method and offer the one that was', () => {
    test('for LCE on Qwen2-Math-7B (chain of thought only)', () => {
      const { g } = setup({ kind: 'webllm', model: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC' }, { pinned: true });
      g.gpu.value = CAPABLE;
      expect(g.fits.value).toEqual({ cot: 'trained', code: 'tolerated', lce: 'tolerated', auto: 'tolerated' });
      expect(g.advice.value).toMatchObject({ fit: 'tolerated', better: { id: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' } });
      expect(g.advice.value?.sentence).toMatch(/^Qwen2-Math-7B-Instruct-q4f16_1-MLC was not trained for the python\/output format LCE relies on/);
    });

    test('for no advice when the model was trained for it', () => {
      const { g, method } = setup({ kind: 'webllm', model: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC' }, { pinned: true });
      g.gpu.value = CAPABLE;
      method.value = 'cot';
      expect(g.advice.value).toMatchObject({ fit: 'trained', better: null });
    });
  });
});

describe('the address bar', () => {
  test('should leave out a model the page chose, so a reload picks again, and keep one the user chose', () => {
    const settings: EngineSettings = { kind: 'webllm', model: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC', continuation: 'completions' };
    const params = new URLSearchParams('engine=webllm&model=Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC&continuation=completions');
    expect(addressParams(params, settings, false).toString()).toBe('engine=webllm&continuation=completions');
    expect(addressParams(params, settings, true).toString()).toBe(params.toString());
    expect(urlPinsModel(new URLSearchParams('engine=webllm&model=X'))).toBe(true);
    expect(urlPinsModel(new URLSearchParams('engine=webllm'))).toBe(false);
  });
});

