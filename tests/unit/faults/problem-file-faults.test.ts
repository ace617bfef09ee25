/**
 * Malformed problem files given to the importer: every bad line is named with a reason, every good
 * line is kept — never a silent loss, never a silent merge — and a file that holds nothing says
 * what is wrong with that file.
 */
import { describe, expect, test } from 'vitest';
import { importProblems } from '../../../src/core/problem/import-problems';
import { issuePlace } from '../../../src/core/problem';

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
      ['a blank question', '{"question":"   "}\n{"question":"ok"}', ['ok'], [1], /no question field/],
      ['a CSV row with too few cells', 'id,question,answer\n1,What?,2\n2\n3,Why?,4\n', ['What?', 'Why?'], [3], /no question field/],
      ['Windows line endings', '{"question":"a"}\r\n{oops\r\n{"question":"b"}\r\n', ['a', 'b'], [2], /not JSON/],
    ])('for %s', (_what, text, kept, lines, reason) => {
      expectImport(text, kept, lines, reason);
    });

    test('for a CSV quote that is never closed: its line is named and the lines it swallowed are read again', () => {
      const r = expectImport('question,answer\nfirst,1\n"unterminated,2\nnext,3\n', ['first', 'next'], [3], /never closed/);
      expect(r.problems.map((p) => p.reference)).toEqual(['1', '3']);
    });
  });

  describe('should say which element of a one-line JSON array is bad', () => {
    test('for non-object items and a question that is an object', () => {
      const r = importProblems('[{"question":"a"}, 5, null, ["x"], {"question": {"text":"q"}}, {"problem":"b"}]', 's');
      expect(r.problems.map((p) => p.question)).toEqual(['a', 'b']);
      expect(r.issues.map((i) => [issuePlace(i), i.reason])).toEqual([
        ['element 2 (line 1)', 'expected an object with a question, got a number'],
        ['element 3 (line 1)', 'expected an object with a question, got null'],
        ['element 4 (line 1)', 'expected an object with a question, got a list'],
        ['element 5 (line 1)', 'question is an object, expected text'],
      ]);
    });

    test('for a duplicate and a taken id, naming the element they collide with', () => {
      const r = importProblems('[{"id":"1","question":"a"},{"id":"2","question":" a "},{"id":"1","question":"c"},{"id":"1","question":"d"}]', 's');
      expect(r.problems.map((p) => p.id)).toEqual(['s#1', 's#1~E3', 's#1~E4']);
      expect(r.issues.map((i) => [i.kind, issuePlace(i), i.reason])).toEqual([
        ['merged', 'element 2 (line 1)', 'same question as element 1 (line 1); merged into it'],
        ['renamed', 'element 3 (line 1)', 'id s#1 already names the question on element 1 (line 1); imported as s#1~E3'],
        ['renamed', 'element 4 (line 1)', 'id s#1 already names the question on element 1 (line 1); imported as s#1~E4'],
      ]);
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

  describe('should say what is wrong with a file that gives nothing', () => {
    test.each([
      ['an empty file', '', 'the file is empty'],
      ['a byte-order mark alone', '\uFEFF', 'the file is empty'],
      ['whitespace only', '  \n \n', 'the file holds only whitespace (2 blank lines), no problems'],
      ['an empty JSON array', '[]', 'the JSON array is empty: it holds no problems'],
      ['a pretty-printed object holding an empty array', '{\n  "problems": []\n}\n', 'the JSON array is empty: it holds no problems'],
      ['a CSV header and no rows', 'question,answer\n', 'the file holds only a header ("question", "answer") and no rows'],
      [
        'a CSV header without a question column',
        'text,solution\nWhat?,2\nWhy?,3\n',
        'the header has no question column (found "text", "solution"; looked for question, problem, Question, query, prompt, input), so none of its 2 rows were imported; choose the question column in a field mapping',
      ],
    ])('for %s', (_what, text, reason) => {
      const r = importProblems(text, 's');
      expect(r.problems).toEqual([]);
      expect(r.issues).toEqual([{ kind: 'bad-record', line: 1, reason }]);
    });

    test.each([
      ['binary garbage', '\u0000\u0001\u0002binary\u00ff', /^this is not a text file: character 1 of its first line is the control character U\+0000.*zip, a spreadsheet/],
      ['a zip (an .xlsx) decoded as text', 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml\n{"question":"a"}\n', /^this is not a text file: character 3 of its first line is the control character U\+0003/],
      ['UTF-16 text decoded as UTF-8', '\uFFFD\uFFFD{\u0000"\u0000q\u0000', /UTF-16 text: save it as UTF-8$/],
    ])('for %s, said once and nothing read', (_what, text, reason) => {
      const r = importProblems(text, 's');
      expect(r.problems).toEqual([]);
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ kind: 'bad-record', line: 1 });
      expect(r.issues[0]!.reason).toMatch(reason);
    });
  });

  describe('should read the field names a mapping chooses from', () => {
    test('for a CSV header and for the keys of JSON objects in the order first seen', () => {
      expect(importProblems('text,solution\nWhat?,2\n', 's').fields).toEqual(['text', 'solution']);
      expect(importProblems('{"stem":"a","key":1}\n{"stem":"b","notes":"x"}\n', 's').fields).toEqual(['stem', 'key', 'notes']);
    });

    test('for a header missing the mapped question column, said once', () => {
      const r = importProblems('text,solution\nWhat?,2\n', 's');
      expect(r.counts).toMatchObject({ records: 1, bad: 1, kept: 0 });
      const mapped = importProblems('text,solution\nWhat?,2\n', 's');
      expect(mapped.issues).toHaveLength(1);
    });
  });
});
