import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, test } from 'vitest';
import { CATALOG_MODEL_IDS } from '../../../src/engine/webllm/catalog-ids';
import { checkRoomFor, requestPersistentStorage, storageEstimate, type StorageLike } from '../../../src/engine/webllm/model-cache';
import { CATALOG_WEBLLM_VERSION, customModel, DEFAULT_MODEL_ID, f32Variant, findModel, MODEL_CATALOG } from '../../../src/engine/webllm/model-catalog';

describe('MODEL_CATALOG', () => {
  describe('should match the installed web-llm', () => {
    test.each(CATALOG_MODEL_IDS.map((id) => [id]))('for %s (rerun scripts/build-model-catalog.ts if this fails)', (id) => {
      const record = prebuiltAppConfig.model_list.find((m) => m.model_id === id);
      const entry = findModel(id);
      expect(record).toBeDefined();
      expect(entry?.record).toMatchObject({ model: record?.model, model_lib: record?.model_lib, vram_required_MB: record?.vram_required_MB });
      expect(entry?.contextWindow).toBe(record?.overrides?.context_window_size ?? 4096);
      expect(entry?.record.overrides).toEqual(record?.overrides);
      expect(CATALOG_WEBLLM_VERSION).toBe('0.2.86');
    });
  });

  describe('should describe each model for the models panel', () => {
    test('for the default first: the 1.5B math model trained for every method', () => {
      expect(MODEL_CATALOG[0]).toMatchObject({ id: DEFAULT_MODEL_ID, isDefault: true, isMath: true, family: 'qwen2.5-math', quantization: 'q4f16_1', requiredFeatures: ['shader-f16'], lowResource: true });
      expect(MODEL_CATALOG[0]?.guide.trained).toEqual(['cot', 'code', 'lce', 'auto']);
    });

    test('for a 7B math model', () => {
      // 7.62 B parameters at 4.5 bits: about 4 GB to download.
      const m = findModel('Qwen2-Math-7B-Instruct-q4f16_1-MLC')!;
      expect(m).toMatchObject({ isDefault: false, family: 'qwen2', requiredFeatures: ['shader-f16'] });
      expect(m.approxDownloadMB).toBeGreaterThan(3800);
      expect(m.approxDownloadMB).toBeLessThan(4500);
    });

    test('for the f32 twins', () => {
      expect(f32Variant(findModel('Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC')!)?.id).toBe('Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC');
      expect(f32Variant(findModel('WizardMath-7B-V1.1-q4f16_1-MLC')!)).toBeUndefined();
      expect(findModel('Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC')?.requiredFeatures).toEqual([]);
    });

    test('for prompt families', () => {
      expect(findModel('DeepSeek-R1-Distill-Qwen-7B-q4f16_1-MLC')?.family).toBe('deepseek-r1');
      expect(findModel('WizardMath-7B-V1.1-q4f16_1-MLC')?.family).toBe('wizardmath');
      expect(findModel('Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC')?.family).toBe('qwen2.5-math');
    });
  });
});

describe('customModel', () => {
  describe('should build a web-llm record', () => {
    test('for relative URLs against the page', () => {
      const m = customModel({ modelUrl: '/models/Math-7B-q4f32_1-MLC/', modelLibUrl: '/libs/math.wasm', base: 'http://127.0.0.1:5173/app/' });
      expect(m.record).toEqual({ model: 'http://127.0.0.1:5173/models/Math-7B-q4f32_1-MLC/', model_id: 'Math-7B-q4f32_1-MLC', model_lib: 'http://127.0.0.1:5173/libs/math.wasm', overrides: { context_window_size: 4096 } });
      expect(m).toMatchObject({ isCustom: true, quantization: 'q4f32_1', requiredFeatures: [] });
    });
  });

  describe('should reject what web-llm could not fetch', () => {
    test('for a library that is not a .wasm', () => {
      expect(() => customModel({ modelUrl: 'http://h/m/', modelLibUrl: 'http://h/m.js' })).toThrow(/a \.wasm file/);
    });

    test('for a URL that is not http(s)', () => {
      expect(() => customModel({ modelUrl: 'file:///m/', modelLibUrl: 'http://h/m.wasm' })).toThrow(/not an http\(s\) URL/);
    });
  });
});

/** FakeStorageManager — stands in for navigator.storage, which Node lacks. */
function fakeStorage(usage: number, quota: number, persist: boolean): StorageLike {
  let persisted = false;
  return {
    estimate: async () => ({ usage, quota }),
    persisted: async () => persisted,
    persist: async () => (persisted = persist),
  };
}

describe('storageEstimate', () => {
  describe('should report usage, quota and persistence', () => {
    test('for a browser that grants persistence', async () => {
      const storage = fakeStorage(1e9, 10e9, true);
      expect(await storageEstimate(storage)).toEqual({ usedBytes: 1e9, quotaBytes: 10e9, persisted: false });
      expect(await requestPersistentStorage(storage)).toBe(true);
      expect((await storageEstimate(storage)).persisted).toBe(true);
    });

    test('for no storage API', async () => {
      expect(await storageEstimate(undefined)).toEqual({ usedBytes: null, quotaBytes: null, persisted: null });
      expect(await requestPersistentStorage(undefined)).toBeNull();
    });
  });

  describe('should say when a download will not fit', () => {
    test('for a quota smaller than the model', async () => {
      const report = await storageEstimate(fakeStorage(2 * 2 ** 30, 4 * 2 ** 30, false));
      expect(checkRoomFor(4.1 * 2 ** 30, report)).toEqual({ fits: false, sentence: expect.stringMatching(/needs about 4.1 GB.*only 2.0 GB/) });
      expect(checkRoomFor(1 * 2 ** 30, report).fits).toBe(true);
    });
  });
});
