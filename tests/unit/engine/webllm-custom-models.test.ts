import { describe, expect, test } from 'vitest';
import { parseCustomModels, removeCustomModel, serializeCustomModels, storedCustomModels, upsertCustomModel } from '../../../src/engine/webllm/custom-models';
import { customModel, DEFAULT_MODEL_ID, findModel } from '../../../src/engine/webllm/model-catalog';

const MATH_7B = customModel({
  modelUrl: '/models/Qwen2.5-Math-7B-Instruct-q4f16_1-MLC/',
  modelLibUrl: '/libs/Qwen2-7B-Instruct-q4f16_1_cs1k-webgpu.wasm',
  vramRequiredMB: 5107,
  base: 'http://127.0.0.1:8000/app/',
});
const SFT = customModel({ modelUrl: 'http://127.0.0.1:8000/lce-sft-q4f32_1-MLC/resolve/main/', modelLibUrl: 'http://127.0.0.1:8000/libs/sft.wasm', family: 'qwen2.5-math', contextWindow: 2048 });

const stored = (models: unknown[], version: unknown = 1) => JSON.stringify({ version, models });
const entry = { modelId: 'ok-q4f16_1-MLC', modelUrl: 'http://h/ok/', modelLibUrl: 'http://h/ok.wasm' };

describe('serializeCustomModels and parseCustomModels', () => {
  describe('should keep custom models across a reload', () => {
    test('for two models (absolute URLs, ids, GPU memory, context window, family)', () => {
      const text = serializeCustomModels([findModel(DEFAULT_MODEL_ID)!, MATH_7B, SFT]);
      const parsed = parseCustomModels(text);
      expect(parsed).toEqual({ kind: 'ok', models: [MATH_7B, SFT], skipped: [] });
      expect(JSON.parse(text).models[0]).toEqual({
        modelId: 'Qwen2.5-Math-7B-Instruct-q4f16_1-MLC',
        modelUrl: 'http://127.0.0.1:8000/models/Qwen2.5-Math-7B-Instruct-q4f16_1-MLC/',
        modelLibUrl: 'http://127.0.0.1:8000/libs/Qwen2-7B-Instruct-q4f16_1_cs1k-webgpu.wasm',
        vramRequiredMB: 5107,
        contextWindow: 4096,
        family: 'qwen2.5-math',
      });
    });

    test('for nothing stored', () => {
      expect(parseCustomModels(null)).toEqual({ kind: 'ok', models: [], skipped: [] });
      expect(parseCustomModels('  ')).toEqual({ kind: 'ok', models: [], skipped: [] });
    });
  });

  describe('should say what it cannot read', () => {
    test.each([
      ['text that is not JSON', '{"version":1,', /not valid JSON/],
      ['another shape', '[1,2]', /unknown shape/],
      ['another format version', stored([entry], 2), /format version 2; this page reads version 1/],
    ])('for %s', (_what, text, reason) => {
      expect(parseCustomModels(text)).toEqual({ kind: 'unreadable', reason: expect.stringMatching(reason) });
    });

    test('for bad entries among good ones (the good ones load, each bad one says why)', () => {
      const parsed = parseCustomModels(
        stored([
          entry,
          'text',
          { ...entry, modelId: 'no-url', modelUrl: '' },
          { ...entry, modelId: 'js', modelLibUrl: 'http://h/lib.js' },
          { ...entry, modelId: 'file', modelUrl: 'file:///m/' },
          { ...entry, modelId: 'mem', vramRequiredMB: -5 },
          { ...entry, modelId: 'ctx', contextWindow: 1.5 },
          { ...entry, modelId: 'fam', family: 'gpt9' },
          entry,
        ]),
      );
      if (parsed.kind !== 'ok') throw new Error(parsed.reason);
      expect(parsed.models.map((m) => m.id)).toEqual(['ok-q4f16_1-MLC']);
      expect(parsed.skipped.map(({ index, id, reason }) => ({ index, id, reason }))).toEqual([
        { index: 1, id: null, reason: 'not an object' },
        { index: 2, id: 'no-url', reason: 'modelUrl is missing' },
        { index: 3, id: 'js', reason: expect.stringMatching(/a \.wasm file/) },
        { index: 4, id: 'file', reason: expect.stringMatching(/not an http\(s\) URL/) },
        { index: 5, id: 'mem', reason: 'vramRequiredMB is not a positive whole number' },
        { index: 6, id: 'ctx', reason: 'contextWindow is not a positive whole number' },
        { index: 7, id: 'fam', reason: 'family "gpt9" is not a known prompt family' },
        { index: 8, id: 'ok-q4f16_1-MLC', reason: 'a second model with the id ok-q4f16_1-MLC' },
      ]);
      // Each skipped entry is kept as it was, so writing the list back loses nothing.
      expect(parsed.skipped[1]!.entry).toEqual({ ...entry, modelId: 'no-url', modelUrl: '' });
      expect(storedCustomModels(parsed.models, parsed.skipped).models).toHaveLength(9);
    });
  });
});

describe('upsertCustomModel and removeCustomModel', () => {
  test('should replace a model of the same id and remove by id', () => {
    const changed = customModel({ modelUrl: 'http://127.0.0.1:9000/Qwen2.5-Math-7B-Instruct-q4f16_1-MLC/', modelLibUrl: 'http://127.0.0.1:9000/x.wasm' });
    const list = upsertCustomModel(upsertCustomModel([MATH_7B], SFT), changed);
    expect(list.map((m) => [m.id, m.record.model])).toEqual([
      [SFT.id, SFT.record.model],
      [MATH_7B.id, 'http://127.0.0.1:9000/Qwen2.5-Math-7B-Instruct-q4f16_1-MLC/'],
    ]);
    expect(removeCustomModel(list, SFT.id)).toEqual([changed]);
  });
});
