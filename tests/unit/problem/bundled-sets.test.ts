import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importProblems, parseBundledSets } from '../../../src/core/problem';

const dir = new URL('../../../public/problems/', import.meta.url);
const manifest = parseBundledSets(JSON.parse(readFileSync(new URL('sets.json', dir), 'utf8')));

describe('the public problem sets shipped in public/problems', () => {
  test('should have a manifest naming each source and licence', () => {
    expect(manifest.kind).toBe('ok');
    expect(manifest.kind === 'ok' && manifest.sets.map((s) => s.source)).toEqual(['gsm8k', 'svamp', 'minerva_math', 'aime24', 'amc23', 'gaokao2023en']);
  });

  describe('should import cleanly with the count the manifest states', () => {
    for (const set of manifest.kind === 'ok' ? manifest.sets : []) {
      test(`for ${set.name}`, () => {
        const r = importProblems(readFileSync(new URL(set.file, dir), 'utf8'), set.source);
        expect(r.issues).toEqual([]);
        expect(r.problems).toHaveLength(set.count);
        expect(r.problems.every((p) => p.reference !== undefined)).toBe(true);
      });
    }
  });

  describe('should refuse a manifest that does not say where a set comes from', () => {
    test.each([
      [{}, 'the manifest has no "sets" list'],
      [{ sets: [{ file: 'a.jsonl', name: 'A', source: 'a', count: 1, upstream: 'x' }] }, 'set 1 has no licence'],
      [{ sets: [{ file: '../secret.jsonl', name: 'A', source: 'a', licence: 'MIT', count: 1, upstream: 'x' }] }, 'set 1: "../secret.jsonl" is not a file name beside the manifest'],
    ])('for %j', (json, reason) => {
      expect(parseBundledSets(json)).toEqual({ kind: 'invalid', reason });
    });
  });
});
