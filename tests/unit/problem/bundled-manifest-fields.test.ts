import { describe, expect, test } from 'vitest';
import { parseBundledSets } from '../../../src/core/problem/bundled';

const SET = { file: 'a.jsonl', name: 'A', source: 'a', licence: 'MIT', count: 1, upstream: 'x' };

describe('parseBundledSets', () => {
  describe('should refuse a set', () => {
    test.each([
      [{ ...SET, name: '' }, 'set 1 has no name'],
      [{ ...SET, count: '3' }, 'set 1 has no count'],
      [{ ...SET, count: 1.5 }, 'set 1 has no count'],
      [{ ...SET, file: 'a.jsonl.gz' }, 'set 1: "a.jsonl.gz" is not a file name beside the manifest'],
    ])('for %j', (set, reason) => {
      expect(parseBundledSets({ sets: [set] })).toEqual({ kind: 'invalid', reason });
    });
    test('and name it by its place in the list', () => {
      expect(parseBundledSets({ sets: [SET, { ...SET, count: null }] })).toEqual({ kind: 'invalid', reason: 'set 2 has no count' });
    });
  });
  test('should read a valid manifest', () => {
    expect(parseBundledSets({ sets: [SET] })).toEqual({ kind: 'ok', sets: [SET] });
  });
});
