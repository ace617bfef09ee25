import { describe, expect, test } from 'vitest';
import { createProblemImporter, detectFormat, importProblems, importProblemStream, textChunks, type ImportResult } from '../../../src/core/problem';

/** Imports chunk by chunk with a record limit, as a file read piece by piece is. */
function importChunks(chunks: string[], maxRecordChars?: number): ImportResult {
  const importer = createProblemImporter({ source: 's', ...(maxRecordChars === undefined ? {} : { maxRecordChars }) });
  for (const chunk of chunks) importer.push(chunk);
  return importer.finish();
}

const ZIP_GUESS = 'is it a zip, a spreadsheet (.xlsx) or a compressed file? Save the problems as .jsonl, .json, .csv or .tsv text';

describe('detectFormat', () => {
  describe('should guess JSONL', () => {
    test('for an empty or blank text', () => {
      expect(detectFormat('')).toBe('jsonl');
      expect(detectFormat('  \n\n')).toBe('jsonl');
    });
    test('for one object with no newline after it', () => {
      expect(detectFormat('{"question":"x"}')).toBe('jsonl');
    });
    test('for an object after a byte order mark', () => {
      expect(detectFormat('\uFEFF{"question":"x"}\n')).toBe('jsonl');
    });
  });
  test('should agree with the importer on a JSONL file whose first record is longer than 64 KiB', () => {
    const text = `{"question":"${'x'.repeat(70_000)}"}\n{"question":"y"}\n`;
    expect(importProblems(text, 's').format).toBe('jsonl');
    expect(detectFormat(text)).toBe('jsonl');
  });
});

describe('textChunks', () => {
  test('should cut a text into whole chunks with no empty one at the end', () => {
    expect([...textChunks('abcd', 2)]).toEqual(['ab', 'cd']);
    expect([...textChunks('', 2)]).toEqual([]);
  });
});

describe('createProblemImporter', () => {
  describe('should keep a byte order mark', () => {
    test('inside a question, stripping only the one that starts the file', () => {
      expect(importProblems('\uFEFF{"question":"a\uFEFFb"}\n', 's').problems).toEqual([{ id: 's#0', question: 'a\uFEFFb', source: 's' }]);
      expect(importProblems('{"question":"a\uFEFFb"}\n', 's').problems).toEqual([{ id: 's#0', question: 'a\uFEFFb', source: 's' }]);
    });
    test('at the start of a later chunk', async () => {
      const r = await importProblemStream(['{"question":"a', '\uFEFFb"}\n'], { source: 's' });
      expect(r.problems.map((p) => p.question)).toEqual(['a\uFEFFb']);
    });
  });

  describe('should merge questions that differ only in Unicode form or spacing', () => {
    test('for non-ASCII words', () => {
      const r = importProblems('{"question":"\u00e9  is 2"}\n{"question":"\u00e9 is 2"}\n{"question":"x \u0391\u0301"}\n{"question":"x \u0386"}\n', 's');
      expect(r.counts).toEqual({ records: 4, kept: 2, bad: 0, merged: 2, renamed: 0 });
      expect(r.issues).toEqual([
        { kind: 'merged', line: 2, reason: 'same question as line 1; merged into it' },
        { kind: 'merged', line: 4, reason: 'same question as line 3; merged into it' },
      ]);
    });
  });

  describe('should say how a duplicate was merged', () => {
    test('for a JSON array element that brings the reference', () => {
      const r = importProblems('[{"question":"What is 1+1?"},\n{"question":"What is 1+1?","answer":"2"}]', 's');
      expect(r.issues).toStrictEqual([
        { kind: 'merged', line: 2, element: 2, reason: "same question as element 1 (line 1); merged into it, taking this element's reference 2" },
      ]);
    });
    test('for lines with the same reference or none', () => {
      const q = '{"question":"What is 1+1?","answer":"2"}\n';
      const r = importProblems(`${q}${q}{"question":"What is 1+1?"}\n`, 's');
      expect(r.issues).toStrictEqual([
        { kind: 'merged', line: 2, reason: 'same question as line 1; merged into it' },
        { kind: 'merged', line: 3, reason: 'same question as line 1; merged into it' },
      ]);
    });
  });

  describe('should list issues in line order, then element order', () => {
    test('for a one-line JSON array that is cut off', () => {
      expect(importProblems('[{"question":"a"},{"question":"a"},{"question":"a"}', 's').issues).toEqual([
        { kind: 'bad-record', line: 1, reason: 'the JSON array is cut off: its closing ] is missing' },
        { kind: 'merged', line: 1, element: 2, reason: 'same question as element 1 (line 1); merged into it' },
        { kind: 'merged', line: 1, element: 3, reason: 'same question as element 1 (line 1); merged into it' },
      ]);
    });
    test('for JSONL lines', () => {
      expect(importProblems('{"question":"a"}\n{"question":"b"}\n{"question":"a"}\nnot json\n[1,', 's').issues.map((i) => i.line)).toEqual([3, 4, 5]);
    });
  });

  describe('should read CSV and TSV', () => {
    test('for a TSV file', () => {
      expect(importProblems('question\tanswer\nWhat is 1+1?\t2\n', 's').problems).toEqual([{ id: 's#0', question: 'What is 1+1?', source: 's', reference: '2' }]);
    });
    test('for a header with spaces around its names', () => {
      expect(importProblems('question , answer\nWhat is 1+1?,2\n', 's').problems).toEqual([{ id: 's#0', question: 'What is 1+1?', source: 's', reference: '2' }]);
    });
    test('for a row with more fields than the header', () => {
      expect(importProblems('question,answer\nWhat is 1+1?,2,3\n', 's').issues).toEqual([
        { kind: 'bad-record', line: 2, reason: 'has 3 fields but the header has 2 (a comma in an unquoted field?)' },
      ]);
      expect(importProblems('question\tanswer\nWhat is 1+1?\t2\t3\n', 's').issues).toEqual([
        { kind: 'bad-record', line: 2, reason: 'has 3 fields but the header has 2 (a tab in an unquoted field?)' },
      ]);
    });
    test('for a header line over the record limit', () => {
      const r = importChunks(['question,answer,' + 'x'.repeat(30) + '\n'], 20);
      expect(r.issues).toEqual([{ kind: 'bad-record', line: 1, reason: 'the header line is 46 characters long, over the limit of 20 for one line, and the file has no rows' }]);
    });
    test('for a header line over the record limit, never reading a row as the header', () => {
      const r = importChunks(['question,answer,' + 'x'.repeat(30) + '\n', 'What is 1+1?,2\n', 'What is 2+2?,4\n'], 20);
      expect(r.counts).toMatchObject({ records: 2, kept: 0, bad: 2 });
      expect(r.issues).toEqual([
        { kind: 'bad-record', line: 1, reason: 'the header line is 46 characters long, over the limit of 20 for one line, so none of its 2 rows were imported; is it a CSV file?' },
      ]);
    });
  });

  describe('should say once that the header has no question column', () => {
    test('for a header and no rows, in one issue', () => {
      const issues = importProblems('title,answer\n', 's').issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]!.reason).toBe(
        'the header has no question column (found "title", "answer"; looked for question, problem, Question, query, prompt, input), and the file has no rows',
      );
    });
    test('for one row', () => {
      expect(importProblems('title,answer\nWhat is 1+1?,2\n', 's').issues).toEqual([
        {
          kind: 'bad-record',
          line: 1,
          reason:
            'the header has no question column (found "title", "answer"; looked for question, problem, Question, query, prompt, input), so none of its 1 row was imported; choose the question column in a field mapping',
        },
      ]);
    });
    test('for a mapping whose question column is missing', () => {
      const importer = createProblemImporter({ source: 's', mapping: { question: 'prompt' } });
      importer.push('q,a\nWhat?,1\n');
      expect(importer.finish().issues).toEqual([
        { kind: 'bad-record', line: 1, reason: 'the header has no column "prompt" (found "q", "a"), so none of its 1 row was imported; choose the question column in a field mapping' },
      ]);
    });
  });

  describe('should gather fields from the first 50 object records only', () => {
    test('for 51 records whose last has a field of its own', () => {
      const lines = Array.from({ length: 50 }, (_, i) => `{"question":"q${i}"}\n`).join('');
      const r = importProblems(`${lines}{"question":"q50","extra":1}\n`, 's');
      expect(r.fields).toEqual(['question']);
    });
  });

  describe('should take a first line longer than the record limit as JSONL', () => {
    test('for a line with no newline yet', () => {
      const r = importChunks(['x'.repeat(15), 'y'.repeat(5)], 10);
      expect(r).toMatchObject({ format: 'jsonl', issues: [{ kind: 'bad-record', line: 1, reason: '20 characters long, over the limit of 10 for one problem' }] });
    });
    test('but not for a first line exactly at the limit', () => {
      const r = importChunks(['question,answer', '\nWhat is 1+1?,2\n'], 15);
      expect(r).toMatchObject({ format: 'csv', counts: { records: 1, kept: 1, bad: 0 } });
    });
  });

  describe('should refuse a binary file in one issue and read no further', () => {
    test('for a file in one chunk', () => {
      const r = importProblems('PK\u0003\u0004abc\nrow1\nrow2\n', 's');
      expect(r.counts).toEqual({ records: 0, kept: 0, bad: 1, merged: 0, renamed: 0 });
      expect(r.issues).toEqual([
        { kind: 'bad-record', line: 1, reason: `this is not a text file: character 3 of its first line is the control character U+0003, which no JSONL, JSON, CSV or TSV file holds; ${ZIP_GUESS}` },
      ]);
    });
    test('for a file in several chunks', () => {
      const r = importChunks(['PK\u0003\u0004\n', 'a\nb\n']);
      expect(r.counts).toEqual({ records: 0, kept: 0, bad: 1, merged: 0, renamed: 0 });
    });
  });

  describe('should count the blank lines of a whitespace-only file', () => {
    test('for spaces and no newline', () => {
      expect(importProblems('  ', 's').issues).toEqual([{ kind: 'bad-record', line: 1, reason: 'the file holds only whitespace (1 blank line), no problems' }]);
    });
    test('for blank lines followed by an empty chunk', async () => {
      const r = await importProblemStream(['\n\n', ''], { source: 's' });
      expect(r.issues).toEqual([{ kind: 'bad-record', line: 1, reason: 'the file holds only whitespace (2 blank lines), no problems' }]);
    });
  });

  test('should call the shape of a set with no records generic', () => {
    expect(importProblems('[]', 's').shape).toBe('generic');
  });
});
