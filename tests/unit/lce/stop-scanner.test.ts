/** The one stop-string scanner the three engines and the loop's block parser share. */
import { describe, expect, test } from 'vitest';
import { createStopScanner, stopPiecesToDrop, stopPrefixLength } from '../../../src/core/lce/stop-scanner';

/** Pushes `pieces`; at the end (no match), ends the scan dropping pieces of `drop`. */
function scanAll(stops: string[], pieces: string[], drop: string[] = []) {
  const scanner = createStopScanner(stops);
  let out = '';
  for (const p of pieces) {
    const { emit, stop } = scanner.push(p);
    out += emit;
    if (stop !== null) return { out: out + scanner.end(drop), stop };
  }
  return { out: out + scanner.end(drop), stop: null };
}

const OUTPUT = '```output';

describe('createStopScanner', () => {
  describe('should cut at the first stop string', () => {
    test('for a stop split across every character', () => {
      expect(scanAll([OUTPUT], [...'a\n```\n```output\n1'])).toEqual({ out: 'a\n```\n', stop: OUTPUT });
    });

    test('for a stop split across two pieces at every point', () => {
      const text = 'x = 1\n```\n```output\n1';
      for (let cut = 1; cut < text.length; cut++) {
        expect(scanAll([OUTPUT], [text.slice(0, cut), text.slice(cut)])).toEqual({ out: 'x = 1\n```\n', stop: OUTPUT });
      }
    });

    test('for two stop strings split across pieces, the earlier one winning', () => {
      expect(scanAll([OUTPUT, '<|im_end|>'], ['done<|im_', 'end|> ```output'])).toEqual({ out: 'done', stop: '<|im_end|>' });
    });

    test('for two stop strings in one piece, the earlier in the text winning over the earlier in the list', () => {
      expect(scanAll([OUTPUT, '<|im_end|>'], ['done<|im_end|> ```output'])).toEqual({ out: 'done', stop: '<|im_end|>' });
      expect(scanAll(['<|im_end|>', OUTPUT], ['go\n```output\n<|im_end|>'])).toEqual({ out: 'go\n', stop: OUTPUT });
    });

    test('for two stop strings that start at the same place, the one listed first winning', () => {
      expect(scanAll(['```', OUTPUT], ['x\n```output\n1'])).toEqual({ out: 'x\n', stop: '```' });
      expect(scanAll([OUTPUT, '```'], ['x\n```output\n1'])).toEqual({ out: 'x\n', stop: OUTPUT });
    });

    test('for a stop inside one piece, swallowing what follows', () => {
      const scanner = createStopScanner(['STOP']);
      expect(scanner.push('abcSTOPdef')).toEqual({ emit: 'abc', stop: 'STOP' });
      expect(scanner.push('more')).toEqual({ emit: '', stop: 'STOP' });
      expect(scanner.stop).toBe('STOP');
      expect(scanner.end(['STOP'])).toBe('');
    });
  });

  describe('should hold back only what could still become a stop string', () => {
    test('for a code fence that turns out to open a python block', () => {
      const scanner = createStopScanner([OUTPUT]);
      expect(scanner.push('x\n```').emit).toBe('x\n');
      expect(scanner.push('python\n').emit).toBe('```python\n');
    });

    test('for no stop strings at all', () => {
      expect(scanAll(['', ''], ['a', 'b'])).toEqual({ out: 'ab', stop: null });
    });
  });

  describe('should end with the held tail that is text', () => {
    test('for a generation that ended there (length, abort, no stop named)', () => {
      expect(scanAll([OUTPUT], ['end ``'])).toEqual({ out: 'end ``', stop: null });
    });

    test('for a piece of the stop string the engine stopped on, which is dropped', () => {
      expect(scanAll([OUTPUT], ['print(1)\n```\n', '```out'], [OUTPUT])).toEqual({ out: 'print(1)\n```\n', stop: null });
    });

    test('for a tail held for another stop string than the one the engine stopped on, which is kept', () => {
      expect(scanAll([OUTPUT, '\n\nProblem:'], ['print(1)\n```\n'], [OUTPUT])).toEqual({ out: 'print(1)\n```\n', stop: null });
    });

    test('for an end called twice, which gives the held tail only once', () => {
      const scanner = createStopScanner([OUTPUT]);
      expect(scanner.push('x ``').emit).toBe('x ');
      expect(scanner.end([])).toBe('``');
      expect(scanner.end([])).toBe('');
    });

    test('for a tail that is text and then a piece of the stop, where only the piece is dropped', () => {
      expect(scanAll([OUTPUT, 'x\n```output'], ['abc x\n``'], [OUTPUT])).toEqual({ out: 'abc x\n', stop: null });
    });
  });
});

describe('stopPiecesToDrop', () => {
  test.each<[string, Parameters<typeof stopPiecesToDrop>, readonly string[]]>([
    ['for a named stop', ['stop', OUTPUT, [OUTPUT, '<|im_end|>']], [OUTPUT]],
    ['for an unnamed stop, as an engine asks', ['stop', null], []],
    ['for an unnamed stop, as the loop asks', ['stop', undefined, [OUTPUT, '<|im_end|>']], [OUTPUT, '<|im_end|>']],
    ['for the token limit', ['length', null, [OUTPUT]], []],
    ['for an interrupt', ['abort', null, [OUTPUT]], []],
    ['for a stream the loop cut itself', ['cut', undefined, [OUTPUT]], []],
  ])('should give the stops to trim %s', (_, args, expected) => {
    expect(stopPiecesToDrop(...args)).toEqual(expected);
  });
});

describe('stopPrefixLength', () => {
  test.each([
    ['abc``', 2],
    ['abc```out', 6],
    ['abc```output', 0],
    ['abc', 0],
  ])('should hold %j back %i characters', (text, n) => {
    expect(stopPrefixLength(text, [OUTPUT])).toBe(n);
  });
});
