import { describe, expect, test } from 'vitest';
import { parseProgressText } from '../../../src/engine/webllm/progress';

describe('parseProgressText', () => {
  describe('should read web-llm progress texts', () => {
    test('for loading from the cache', () => {
      expect(parseProgressText({ progress: 0.25, timeElapsed: 3, text: 'Loading model from cache[20/80]: 1075MB loaded. 25% completed, 3 secs elapsed.' })).toEqual({
        phase: 'cache',
        progress: 0.25,
        text: expect.any(String),
        bytesLoaded: 1075 * 2 ** 20,
        bytesTotal: 4300 * 2 ** 20,
        shard: { index: 20, count: 80 },
      });
    });

    test('for text it does not know', () => {
      expect(parseProgressText({ progress: 0.3, timeElapsed: 1, text: 'Loading tokenizer' })).toEqual({ phase: 'fetch', progress: null, text: 'Loading tokenizer' });
    });
  });
});
