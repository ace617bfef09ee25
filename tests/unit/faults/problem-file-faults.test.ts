/**
 * Malformed problem files given to the importer: every bad line is named with a reason, every good
 * line is kept — never a silent loss, never a silent merge.
 */
import { describe, expect, test } from 'vitest';
import { importProblems } from '../../../src/core/problem/import-problems';

function expectImport(text: string, kept: string[], badLines: number[], reason?: RegExp) {
  const result = importProblems(text, 's');
  expect(result.problems.map((p) => p.question)).toEqual(kept);
  expect(result.issues.map((i) => i.line)).toEqual(badLines);
  if (reason) expect(result.issues.map((i) => i.reason).join(' | ')).toMatch(reason);
  return result;
}

describe('importProblems on malformed files', () => {
  describe('should name the bad lines and keep the good ones', () => {
    test.each([
      ['a JSONL line cut off at the end', '{"question":"a"}\n{"question":"b", "answ', ['a'], [2], /not JSON/],
      ['JSONL lines that are JSON but not objects', '{"question":"a"}\n"text"\n42\n[1,2]\nnull\n{"question":"b"}', ['a', 'b'], [2, 3, 4, 5], /expected an object/],
      ['a JSON array with non-object items', '[{"question":"a"}, 5, null, ["x"], {"question": {"text":"q"}}, {"problem":"b"}]', ['a', 'b'], [2, 3, 4, 5], /no question field/],
      ['a blank question', '{"question":"   "}\n{"question":"ok"}', ['ok'], [1], /no question field/],
      ['a CSV row with too few cells', 'id,question,answer\n1,What?,2\n2\n3,Why?,4\n', ['What?', 'Why?'], [3], /no question field/],
      ['a CSV quote that is never closed', 'question,answer\nfirst,1\n"unterminated,2\nnext,3\n', ['first'], [3], /never closed/],
      ['Windows line endings', '{"question":"a"}\r\n{oops\r\n{"question":"b"}\r\n', ['a', 'b'], [2], /not JSON/],
    ])('for %s', (_what, text, kept, lines, reason) => {
      expectImport(text, kept, lines, reason);
    });
  });

  describe('should read past a byte-order mark', () => {
    test('for JSONL saved by Notepad', () => {
      expectImport('\uFEFF{"question":"a","answer":"1"}\n{"question":"b"}\n', ['a', 'b'], []);
    });

    test('for CSV saved by Excel', () => {
      const { problems } = expectImport('\uFEFFquestion,answer\n1+1,2\n', ['1+1'], []);
      expect(problems[0]!.reference).toBe('2');
    });
  });

  describe('should say why nothing was imported', () => {
    test.each([
      ['an empty file', '', /the file is empty/],
      ['whitespace only', '  \n \n', /the file is empty/],
      ['binary garbage', '\u0000\u0001\u0002binary\u00ff', /header has no question column/],
      ['a CSV header without a question column', 'text,solution\nWhat?,2\n', /header has no question column \(found "text", "solution"/],
      ['an empty JSON array', '[]', /holds no problems/],
    ])('for %s', (_what, text, reason) => {
      expectImport(text, [], [1], reason);
    });
  });
});

