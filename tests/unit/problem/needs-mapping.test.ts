import { describe, expect, test } from 'vitest';
import { needsMapping } from '../../../src/core/problem/summary';
import type { ImportIssue } from '../../../src/core/problem/types';

const NO_FIELD: ImportIssue = { kind: 'bad-record', line: 1, reason: 'no question field (looked for question, problem, Question, query, prompt, input)' };
const NOT_JSON: ImportIssue = { kind: 'bad-record', line: 2, reason: 'not JSON: Unexpected end of JSON input' };
const counts = { records: 2, kept: 0, bad: 2, merged: 0, renamed: 0 };

describe('needsMapping', () => {
  describe('should offer a mapping', () => {
    test('for records with no question field among other bad lines', () => {
      expect(needsMapping({ counts, fields: ['text'], issues: [NO_FIELD, NOT_JSON] })).toBe(true);
    });
  });
  describe('should not offer one', () => {
    test('when no field was seen to map', () => {
      expect(needsMapping({ counts, fields: [], issues: [NO_FIELD] })).toBe(false);
    });
    test('when a problem was kept', () => {
      expect(needsMapping({ counts: { ...counts, kept: 1 }, fields: ['text'], issues: [NO_FIELD] })).toBe(false);
    });
  });
});
