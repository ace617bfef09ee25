/**
 * The user's self-hosted models, remembered in the app's real IndexedDB store (fake-indexeddb in
 * Node, the store's own repository functions) and reloaded as a new page would.
 */
import { describe, expect, test } from 'vitest';
import { StorageError } from '../../../src/core/errors';
import { CUSTOM_MODELS_VERSION } from '../../../src/engine/webllm/custom-models';
import { getSetting, putSetting } from '../../../src/store';
import { createCustomModels, CUSTOM_MODELS_SETTING, storeRepo } from '../../../src/ui/state/custom-models-store';
import { freshStore, secondTab } from '../store/support';

const MATH_7B = { modelId: 'Qwen2.5-Math-7B-Instruct-q4f16_1-MLC', modelUrl: 'http://127.0.0.1:8000/m7/', modelLibUrl: 'http://127.0.0.1:8000/libs/m7.wasm', vramRequiredMB: 5107 };
const SFT = { modelId: 'lce-sft-q4f32_1-MLC', modelUrl: 'http://127.0.0.1:8000/sft/', modelLibUrl: 'http://127.0.0.1:8000/libs/sft.wasm', contextWindow: 8192 };

describe('createCustomModels', () => {
  describe('should remember self-hosted models across reloads', () => {
    test('for two models added, one removed, read back by a new page', async () => {
      const db = await freshStore();
      const first = createCustomModels(storeRepo(async () => db));
      await first.loaded;
      expect(await first.add(MATH_7B)).toBeNull();
      expect(await first.add(SFT)).toBeNull();
      expect(first.notice.value).toEqual({ text: 'lce-sft-q4f32_1-MLC was added; it is remembered in this browser.', failed: false });
      await first.remove(MATH_7B.modelId);
      const reloaded = createCustomModels(storeRepo(async () => db));
      await reloaded.loaded;
      expect(reloaded.models.value.map((m) => [m.id, m.contextWindow, m.family])).toEqual([['lce-sft-q4f32_1-MLC', 8192, 'generic']]);
      expect(reloaded.skipped.value).toEqual([]);
    });

    test('for a model added in another tab, which shows here through the change feed', async () => {
      const db = await freshStore();
      const here = createCustomModels(storeRepo(async () => db));
      await here.loaded;
      const there = createCustomModels(storeRepo(async () => secondTab(db)));
      await there.loaded;
      await there.add(MATH_7B);
      await expect.poll(() => here.models.value.map((m) => m.id)).toEqual([MATH_7B.modelId]);
    });
  });

  describe('should show the entries it had to skip, and lose nothing', () => {
    test('for a stored list with a broken entry, kept when another model is saved until forgotten', async () => {
      const db = await freshStore();
      const broken = { modelId: 'old-model', modelUrl: 'ftp://host/old/', modelLibUrl: 'http://host/old.wasm' };
      await putSetting(db, CUSTOM_MODELS_SETTING, { version: CUSTOM_MODELS_VERSION, models: [broken, { ...MATH_7B }] });
      const page = createCustomModels(storeRepo(async () => db));
      await page.loaded;
      expect(page.models.value.map((m) => m.id)).toEqual([MATH_7B.modelId]);
      expect(page.skipped.value.map((s) => [s.id, s.reason])).toEqual([['old-model', expect.stringMatching(/^Custom model weights URL: "ftp:\/\/host\/old\/" is not an http\(s\) URL/)]]);
      await page.add(SFT);
      expect(((await getSetting(db, CUSTOM_MODELS_SETTING)) as { models: unknown[] }).models).toContainEqual(broken);
      await page.forgetSkipped();
      expect(((await getSetting(db, CUSTOM_MODELS_SETTING)) as { models: { modelId: string }[] }).models.map((m) => m.modelId)).toEqual([MATH_7B.modelId, SFT.modelId]);
    });

    test('for a list written by another version, never overwritten unless the user asks', async () => {
      const db = await freshStore();
      const future = { version: CUSTOM_MODELS_VERSION + 1, models: [{ id: 'x' }] };
      await putSetting(db, CUSTOM_MODELS_SETTING, future);
      const page = createCustomModels(storeRepo(async () => db));
      await page.loaded;
      expect(page.unreadable.value).toMatch(/format version 2; this page reads version 1/);
      await page.add(MATH_7B);
      expect(page.notice.value?.failed).toBe(true);
      expect(await getSetting(db, CUSTOM_MODELS_SETTING)).toEqual(future);
      await page.replaceUnreadable();
      expect(((await getSetting(db, CUSTOM_MODELS_SETTING)) as { models: { modelId: string }[] }).models.map((m) => m.modelId)).toEqual([MATH_7B.modelId]);
    });
  });

  describe('should refuse a model it cannot load, saying why', () => {
    test.each([
      ['a library that is not .wasm', { ...MATH_7B, modelLibUrl: 'http://127.0.0.1:8000/m7.js' }, /should point at the compiled model library, a \.wasm file/],
      ['a weights URL that is not http(s)', { ...MATH_7B, modelUrl: 'file:///models/m7/' }, /is not an http\(s\) URL/],
    ])('for %s', async (_, spec, reason) => {
      const db = await freshStore();
      const page = createCustomModels(storeRepo(async () => db));
      await page.loaded;
      expect(await page.add(spec)).toMatch(reason);
      expect(page.models.value).toEqual([]);
    });
  });

  test('should keep models for the session and say so when the store cannot open', async () => {
    const page = createCustomModels(storeRepo(async () => Promise.reject(new StorageError('this browser offers no IndexedDB here (some private windows turn it off). Use a normal window.'))));
    await page.loaded;
    expect(page.notice.value).toEqual({ text: expect.stringMatching(/^Self-hosted models cannot be remembered in this browser \(.*IndexedDB.*\): the ones you add last until the page is closed\.$/), failed: true });
    expect(await page.add(MATH_7B)).toBeNull();
    expect(page.models.value.map((m) => m.id)).toEqual([MATH_7B.modelId]);
  });
});
