import { describe, expect, test } from 'vitest';
import { stopPrefixLength } from '../../../src/core/lce/block-parser';
import { createStopScanner } from '../../../src/engine/shared/stop-scanner';
import { parseProgressText } from '../../../src/engine/webllm/progress';

function scanAll(stops: string[], pieces: string[]) {
  const scanner = createStopScanner(stops);
  let out = '';
  for (const p of pieces) {
    const { emit, stop } = scanner.push(p);
    out += emit;
    if (stop !== null) return { out, stop };
  }
  return { out: out + scanner.flush(), stop: null };
}

describe('createStopScanner', () => {
  describe('should cut at the first stop string', () => {
    test('for a stop split across every character', () => {
      expect(scanAll(['```output'], [...'a\n```\n```output\n1'])).toEqual({ out: 'a\n```\n', stop: '```output' });
    });

    test('for two stop strings, the earlier one winning', () => {
      expect(scanAll(['```output', '<|im_end|>'], ['done<|im_', 'end|> ```output'])).toEqual({ out: 'done', stop: '<|im_end|>' });
    });

    test('for a stop inside one piece', () => {
      expect(scanAll(['STOP'], ['abcSTOPdef'])).toEqual({ out: 'abc', stop: 'STOP' });
    });
  });

  describe('should release what did not become a stop string', () => {
    test('for a code fence that opens a python block', () => {
      const scanner = createStopScanner(['```output']);
      expect(scanner.push('x\n```').emit).toBe('x\n');
      expect(scanner.pending).toBe('```');
      expect(scanner.push('python\n').emit).toBe('```python\n');
    });

    test('for a prefix left at the end', () => {
      expect(scanAll(['```output'], ['end ``'])).toEqual({ out: 'end ``', stop: null });
    });

    test('for no stop strings at all', () => {
      expect(scanAll(['', ''], ['a', 'b'])).toEqual({ out: 'ab', stop: null });
    });
  });
});

describe('stopPrefixLength', () => {
  test.each([
    ['abc``', 2],
    ['abc```out', 6],
    ['abc```output', 0],
    ['abc', 0],
  ])('should hold %j back %i characters', (text, n) => {
    expect(stopPrefixLength(text, ['```output'])).toBe(n);
  });
});

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
