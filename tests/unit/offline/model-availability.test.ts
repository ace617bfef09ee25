/**
 * "Available offline" for a web-llm model, read through web-llm's own `hasModelInCache` against a
 * MemoryCacheStorage (Node has no Cache API) filled the way web-llm fills it after a download.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { modelAvailability } from '../../../src/engine/webllm/model-cache';
import { findModel } from '../../../src/engine/webllm/model-catalog';
import { MemoryCacheStorage } from './memory-cache';

const model = findModel('Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC')!;
const base = `${model.record.model}/resolve/main/`;
const global = globalThis as { caches?: unknown };

afterEach(() => {
  delete global.caches;
});

async function downloaded(parts: { shards: number; of: number; library: boolean; config: boolean }): Promise<MemoryCacheStorage> {
  const storage = new MemoryCacheStorage();
  const records = Array.from({ length: parts.of }, (_, i) => ({ dataPath: `params_shard_${i}.bin` }));
  const weights = await storage.open('webllm/model');
  await weights.put(`${base}tensor-cache.json`, new Response(JSON.stringify({ records })));
  for (let i = 0; i < parts.shards; i++) await weights.put(`${base}params_shard_${i}.bin`, new Response('w'));
  if (parts.config) await (await storage.open('webllm/config')).put(`${base}mlc-chat-config.json`, new Response('{}'));
  if (parts.library) await (await storage.open('webllm/wasm')).put(model.record.model_lib, new Response('wasm'));
  global.caches = storage;
  return storage;
}

describe('modelAvailability', () => {
  describe('should tell a model that loads offline from one that does not', () => {
    test.each([
      ['a complete download', { shards: 3, of: 3, library: true, config: true }, 'offline'],
      ['weights without the compiled library', { shards: 3, of: 3, library: false, config: true }, 'partial'],
      ['weights without the chat config', { shards: 3, of: 3, library: true, config: false }, 'partial'],
      ['a download interrupted after 2 of 3 shards', { shards: 2, of: 3, library: true, config: true }, 'none'],
    ] as const)('for %s', async (_what, parts, expected) => {
      const storage = await downloaded(parts);
      expect(await modelAvailability(model, undefined, storage)).toBe(expected);
    });

    test('for a browser without Cache Storage (not downloaded, no error)', async () => {
      expect(await modelAvailability(model, undefined, undefined)).toBe('none');
    });
  });
});
