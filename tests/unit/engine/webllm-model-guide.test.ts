import { describe, expect, test } from 'vitest';
import { buildPrompt } from '../../../src/core/prompt';
import { METHODS, type Method } from '../../../src/core/transcript';
import { customModel, findModel, MODEL_CATALOG, type CatalogModel } from '../../../src/engine/webllm/model-catalog';
import { guideFor, methodFit } from '../../../src/engine/webllm/model-guide';
import { adviseMethod, gpuFitFor, recommendModel } from '../../../src/engine/webllm/model-recommend';
import { FakeGpuAdapter } from './support/fake-gpu';

const MB = 2 ** 20;
const model = (id: string): CatalogModel => findModel(id)!;
const SELF_HOSTED_7B = customModel({ modelUrl: 'http://127.0.0.1:8000/Qwen2.5-Math-7B-Instruct-q4f16_1-MLC/', modelLibUrl: 'http://127.0.0.1:8000/libs/Qwen2-7B-Instruct-q4f16_1_cs1k-webgpu.wasm', vramRequiredMB: 5107 });
const capable = gpuFitFor(new FakeGpuAdapter());

describe('guideFor', () => {
  describe('should say which methods a model was trained for and which it tolerates', () => {
    test.each([
      ['Qwen2-Math-7B-Instruct-q4f16_1-MLC', ['cot'], ['code', 'lce', 'auto']],
      ['Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC', ['cot', 'code', 'lce', 'auto'], []],
      ['WizardMath-7B-V1.1-q4f16_1-MLC', ['cot'], []],
      ['DeepSeek-R1-Distill-Qwen-7B-q4f16_1-MLC', ['cot'], ['code', 'lce', 'auto']],
      ['Qwen2.5-7B-Instruct-q4f16_1-MLC', ['cot'], ['code', 'lce', 'auto']],
      ['Qwen3-8B-q4f16_1-MLC', ['cot'], ['code', 'lce', 'auto']],
      ['Qwen3.5-9B-q4f32_1-MLC', ['cot'], ['code', 'lce', 'auto']],
    ])('for %s', (id, trained, tolerated) => {
      expect(model(id).guide).toMatchObject({ trained, tolerated });
    });

    test('for a self-hosted Qwen2.5-Math-7B (its published CoT and TIR scores)', () => {
      expect(SELF_HOSTED_7B.guide).toMatchObject({ trained: ['cot', 'code', 'lce', 'auto'], scores: { cot: 83.6, tir: 85.3 } });
      expect(SELF_HOSTED_7B.note).toMatch(/tool-integrated format.*Self-hosted/);
    });

    test('for a model nothing is known about (every method tolerated, none trained)', () => {
      expect(guideFor('MyFineTune-3B-q4f16_1-MLC', 'generic')).toMatchObject({ trained: [], tolerated: ['cot', 'code', 'lce', 'auto'], scores: null });
      expect(guideFor('MyFineTune-7B-q4f16_1-MLC', 'qwen2.5-math').trained).toContain('lce');
    });
  });

  describe('should match thinking tags with the prompt family', () => {
    test.each(MODEL_CATALOG.map((m) => [m.id, m] as const))('for %s', (_id, m) => {
      const prompt = buildPrompt('Q', m.family, 'cot').prompt;
      const thinking = m.guide.thinking;
      if (thinking?.prompt === 'opened') expect(prompt.endsWith(`${thinking.open}\n`)).toBe(true);
      else if (thinking?.prompt === 'skipped') expect(prompt.endsWith(`${thinking.open}\n\n${thinking.close}\n\n`)).toBe(true);
      else expect(prompt).not.toContain('<think>');
    });
  });

  describe('should carry web-llm’s record for the newer models', () => {
    test('for Qwen3.5 (its recurrent-state override passed on) and the 4k windows', () => {
      expect(model('Qwen3.5-4B-q4f16_1-MLC').record.overrides).toEqual({ context_window_size: 4096, max_history_size: 1 });
      expect(MODEL_CATALOG.every((m) => m.contextWindow === 4096)).toBe(true);
      expect(model('Qwen3-4B-q4f16_1-MLC')).toMatchObject({ family: 'qwen3', lowResource: true, isMath: false });
    });
  });
});

describe('recommendModel', () => {
  describe('should pick a model trained for the method', () => {
    test.each(['lce', 'code', 'auto'] as Method[])('for %s on a capable GPU (Qwen2.5-Math)', (method) => {
      const rec = recommendModel(method, MODEL_CATALOG, capable);
      expect(rec).toMatchObject({ kind: 'model', model: { id: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' }, fit: 'trained', gpu: 'fits' });
      expect(rec.reason).toMatch(/trained for .*MATH 79.7 .*tool-integrated reasoning.*runs on this GPU/);
    });

    test('for LCE with a self-hosted Qwen2.5-Math-7B (the stronger TIR model)', () => {
      expect(recommendModel('lce', [...MODEL_CATALOG, SELF_HOSTED_7B], capable)).toMatchObject({ kind: 'model', model: { id: 'Qwen2.5-Math-7B-Instruct-q4f16_1-MLC' } });
    });

    test('for a self-hosted fine-tune in the Qwen2.5-Math format (trained beats a higher published score)', () => {
      const sft = customModel({ modelUrl: 'http://127.0.0.1:8000/lce-sft-round2-q4f16_1-MLC/', modelLibUrl: 'http://127.0.0.1:8000/libs/qwen2-1.5b.wasm', family: 'qwen2.5-math' });
      expect(sft.guide.scores).toBeNull();
      expect(recommendModel('lce', [model('Qwen2-Math-7B-Instruct-q4f16_1-MLC'), sft], capable)).toMatchObject({ model: { id: 'lce-sft-round2-q4f16_1-MLC' }, fit: 'trained' });
    });

    test('for CoT (the strongest published chain-of-thought score that runs here)', () => {
      expect(recommendModel('cot', MODEL_CATALOG, capable)).toMatchObject({ model: { id: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' }, reason: expect.stringMatching(/MATH 75.8/) });
      expect(recommendModel('cot', [...MODEL_CATALOG, SELF_HOSTED_7B], capable)).toMatchObject({ model: { id: SELF_HOSTED_7B.id } });
    });
  });

  describe('should stay within what the WebGPU report lets run', () => {
    test('for a GPU without shader-f16 (the f32 build)', () => {
      const fit = gpuFitFor(new FakeGpuAdapter({ features: [] }));
      expect(recommendModel('lce', MODEL_CATALOG, fit)).toMatchObject({ model: { id: 'Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC' }, gpu: 'fits' });
    });

    test('for small storage bindings (a low-resource model over ones that may fail)', () => {
      const fit = gpuFitFor(new FakeGpuAdapter({ limits: { maxStorageBufferBindingSize: 128 * MB } }));
      expect(fit(model('Qwen2-Math-7B-Instruct-q4f16_1-MLC'))).toBe('may-not-fit');
      // The self-hosted 7B scores higher but is built for 1 GB bindings.
      expect(recommendModel('cot', [...MODEL_CATALOG, SELF_HOSTED_7B], fit)).toMatchObject({ model: { id: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC', lowResource: true }, gpu: 'fits' });
    });

    test('for a model that only tolerates the method (said so)', () => {
      const rec = recommendModel('lce', [model('Qwen2-Math-7B-Instruct-q4f16_1-MLC'), model('WizardMath-7B-V1.1-q4f16_1-MLC')], capable);
      expect(rec).toMatchObject({ kind: 'model', model: { id: 'Qwen2-Math-7B-Instruct-q4f16_1-MLC' }, fit: 'tolerated' });
      expect(rec.reason).toMatch(/no model trained for LCE fits here/);
    });

    test('for only warnings left (may not fit, said so)', () => {
      const fit = gpuFitFor(new FakeGpuAdapter(), { deviceMemoryGB: 1 });
      const rec = recommendModel('lce', MODEL_CATALOG, fit);
      expect(rec).toMatchObject({ kind: 'model', model: { id: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' }, gpu: 'may-not-fit' });
      expect(rec.reason).toMatch(/may not fit this GPU/);
    });

    test.each([
      ['no WebGPU', undefined],
      ['no adapter', null],
      ['limits below web-llm’s minimum', new FakeGpuAdapter({ limits: { maxStorageBufferBindingSize: 64 * MB } })],
    ])('for %s (no model)', (_what, adapter) => {
      for (const method of METHODS) expect(recommendModel(method, MODEL_CATALOG, gpuFitFor(adapter))).toMatchObject({ kind: 'none', reason: expect.stringMatching(/OpenAI-compatible server/) });
    });
  });
});

describe('adviseMethod', () => {
  describe('should say when a model was not trained for the method, and offer one that was', () => {
    test('for LCE on the chain-of-thought-only Qwen2-Math', () => {
      const advice = adviseMethod(model('Qwen2-Math-7B-Instruct-q4f16_1-MLC'), 'lce', MODEL_CATALOG, capable);
      expect(advice).toMatchObject({ fit: 'tolerated', better: { id: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' } });
      expect(advice.sentence).toBe('Qwen2-Math-7B-Instruct-q4f16_1-MLC was not trained for the python/output format LCE relies on; it follows it when asked, less reliably. Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC was trained for it and runs here.');
    });

    test('for Code on WizardMath (not suited)', () => {
      expect(adviseMethod(model('WizardMath-7B-V1.1-q4f16_1-MLC'), 'code', MODEL_CATALOG, capable)).toMatchObject({ fit: 'unsuited', sentence: expect.stringMatching(/^WizardMath-7B-V1.1-q4f16_1-MLC is not suited to Code\. Qwen2.5-Math/) });
    });

    test('for LCE on Qwen2.5-Math (nothing to offer)', () => {
      expect(adviseMethod(model('Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC'), 'lce', MODEL_CATALOG, capable)).toEqual({ fit: 'trained', sentence: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC was trained for LCE.', better: null });
    });

    test('for a GPU where no trained model runs (no offer)', () => {
      const advice = adviseMethod(model('Qwen2-Math-7B-Instruct-q4f16_1-MLC'), 'lce', [model('Qwen2-Math-7B-Instruct-q4f16_1-MLC')], capable);
      expect(advice.better).toBeNull();
      expect(methodFit(model('Qwen3-8B-q4f16_1-MLC').guide, 'auto')).toBe('tolerated');
    });
  });
});
