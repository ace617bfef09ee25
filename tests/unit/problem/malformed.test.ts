import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importProblems, importProblemStream, textChunks, type ImportResult } from '../../../src/core/problem';

/** Reads a corpus file the way the page does: bytes decoded as UTF-8, bad bytes turned into U+FFFD. */
const corpus = (name: string) => new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(new URL(`../../fixtures/problems/malformed/${name}`, import.meta.url)));

const issues = (r: ImportResult) => r.issues.map((i) => [i.kind, i.line, i.reason]);
const ids = (r: ImportResult) => r.problems.map((p) => p.id);

describe('importProblems on malformed files', () => {
  describe('should list each bad line with its number and reason and keep the good ones', () => {
    test('for broken JSON lines', () => {
      const r = importProblems(corpus('broken-json.jsonl'), 'b');
      expect(ids(r)).toEqual(['b#0', 'b#4']);
      expect(r.issues.map((i) => [i.line, i.reason.slice(0, 9)])).toEqual([[2, 'not JSON:'], [3, 'not JSON:'], [4, 'not JSON:'], [6, 'not JSON:']]);
      expect(r.counts).toEqual({ records: 6, kept: 2, bad: 4, merged: 0, renamed: 0 });
    });

    test('for missing fields', () => {
      const r = importProblems(corpus('missing-fields.jsonl'), 'm');
      expect(r.problems).toEqual([
        { id: 'm#2', question: 'What is 5 - 1?', source: 'm' },
        { id: 'm#5', question: 'What is 9 - 1?', reference: '8', source: 'm' },
      ]);
      const none = 'no question field (looked for question, problem, Question, query, prompt, input)';
      expect(issues(r)).toEqual([
        ['bad-record', 1, none],
        ['bad-record', 2, none],
        ['bad-record', 4, none],
        ['bad-record', 5, 'expected an object with a question, got a list'],
      ]);
    });

    test('for fields of the wrong type', () => {
      const r = importProblems(corpus('wrong-types.jsonl'), 'w');
      expect(r.problems.map((p) => [p.question, p.reference])).toEqual([['What is 2 * 5?', '10'], ['What is 2 * 6?', '12']]);
      expect(issues(r)).toEqual([
        ['bad-record', 1, 'question is a number, expected text'],
        ['bad-record', 2, 'question is a list, expected text'],
        ['bad-record', 3, 'answer is an object, expected text or a number'],
        ['bad-record', 4, 'answer is a list, expected text or a number'],
        ['bad-record', 7, 'expected an object with a question, got a string'],
      ]);
    });

    test('for blank, whitespace-only and CRLF lines', () => {
      const r = importProblems(corpus('empty-lines.jsonl'), 'e');
      expect(r.issues).toEqual([]);
      expect(r.problems.map((p) => [p.id, p.reference])).toEqual([['e#0', '8'], ['e#1', '9'], ['e#2', '10']]);
    });

    test('for bytes that are not UTF-8 in JSONL (Latin-1, UTF-16) and in CSV', () => {
      const r = importProblems(corpus('non-utf8.jsonl'), 'n');
      expect(ids(r)).toEqual(['n#1']);
      expect(issues(r)).toEqual([
        ['bad-record', 1, 'has bytes that are not UTF-8 (at character 18, shown as �); save the file as UTF-8'],
        ['bad-record', 3, 'has bytes that are not UTF-8 (at character 1, shown as �); save the file as UTF-8'],
      ]);
      const csv = importProblems(corpus('latin1.csv'), 'l');
      expect(csv.problems).toEqual([{ id: 'l#1', question: 'What is 10 / 2?', reference: '5', source: 'l' }]);
      expect(issues(csv)).toEqual([['bad-record', 2, 'has bytes that are not UTF-8 (at character 5, shown as �); save the file as UTF-8']]);
    });

    test('for broken CSV: a comma outside quotes, an empty question, a quote never closed', () => {
      const r = importProblems(corpus('broken.csv'), 'c');
      expect(r.format).toBe('csv');
      expect(r.problems.map((p) => [p.id, p.reference])).toEqual([['c#a', '1001'], ['c#c', '6'], ['c#e', '8'], ['c#g', '12']]);
      expect(r.problems[1]!.question).toBe('A quoted field\nover two lines: what is 3 + 3?');
      expect(issues(r)).toEqual([
        ['bad-record', 3, 'has 4 fields but the header has 3 (a comma in an unquoted field?)'],
        ['bad-record', 6, 'no question field (looked for question, problem, Question, query, prompt, input)'],
        ['bad-record', 8, 'a quoted field opened here is never closed'],
      ]);
    });

    test('for a JSON array cut off half way', () => {
      const r = importProblems(corpus('cut-off.json'), 'j');
      expect(r.format).toBe('json');
      expect(r.problems.map((p) => p.question)).toEqual(['What is 1 + 1?', 'What is "quoted" [1]?']);
      expect(r.issues.map((i) => [i.line, i.reason.slice(0, 9)])).toEqual([[4, 'not JSON:'], [5, 'the JSON ']]);
      expect(r.issues[1]!.reason).toBe('the JSON array is cut off: its closing ] is missing');
    });

    test('for a set wrapped in an object', () => {
      const r = importProblems(corpus('wrapped.json'), 'x');
      expect(r.format).toBe('json');
      expect(r.issues).toEqual([]);
      expect(r.problems).toEqual([
        { id: 'x#x1', question: 'What is 1 + 1?', reference: '2', source: 'x' },
        { id: 'x#x2', question: 'What is {2} + [2]?', reference: '4', source: 'x' },
        { id: 'x#x3', question: 'Is "]" a bracket? Answer 1 for yes.', reference: '1', source: 'x' },
        { id: 'x#x4', question: 'How many backslashes are in C:\\', reference: '1', source: 'x' },
      ]);
    });
  });

  describe('should merge duplicate questions into their first line and say how', () => {
    test('for the same question with other spacing, another reference and a taken id', () => {
      const r = importProblems(corpus('duplicates.jsonl'), 'd');
      expect(r.problems.map((p) => [p.id, p.reference])).toEqual([['d#1', '42'], ['d#1~L4', '2'], ['d#4', '64']]);
      expect(issues(r)).toEqual([
        ['merged', 2, "same question as line 1; merged into it, taking this line's reference 42"],
        ['merged', 3, 'same question as line 1 but another reference (43 here, 42 there); line 1 is kept'],
        ['renamed', 4, 'id d#1 already names the question on line 1; imported as d#1~L4'],
        ['merged', 6, 'same question as line 5; merged into it'],
      ]);
      expect(r.counts).toEqual({ records: 6, kept: 3, bad: 0, merged: 3, renamed: 1 });
    });
  });

  describe('should report a huge record without keeping it', () => {
    const huge = 'x'.repeat(2_000_000);
    for (const [format, text, line] of [
      ['jsonl', `{"question": "What is 1 + 1?"}\n{"question": "${huge}"}\n{"question": "What is 2 + 2?"}\n`, 2],
      ['json', `[{"question": "What is 1 + 1?"},\n{"question": "${huge}"},\n{"question": "What is 2 + 2?"}]`, 2],
      ['csv', `question\nWhat is 1 + 1?\n"${huge}\n${huge}"\nWhat is 2 + 2?\n`, 3],
    ] as const) {
      test(`for a ${format} record of over a million characters, fed in 64 KiB chunks`, async () => {
        const r = await importProblemStream(textChunks(text, 1 << 16), { source: 'h' });
        expect(r.problems.map((p) => p.question)).toEqual(['What is 1 + 1?', 'What is 2 + 2?']);
        expect(r.issues).toHaveLength(1);
        expect(r.issues[0]).toMatchObject({ kind: 'bad-record', line });
        expect(r.issues[0]!.reason).toMatch(/^[\d,]+ characters long, over the limit of 1,000,000 for one problem$/);
      });
    }
  });

  describe('should give the same result however the text is cut into chunks', () => {
    const files = ['broken-json.jsonl', 'missing-fields.jsonl', 'wrong-types.jsonl', 'empty-lines.jsonl', 'non-utf8.jsonl', 'latin1.csv', 'broken.csv', 'cut-off.json', 'wrapped.json', 'duplicates.jsonl'];
    for (const file of files) {
      test(`for ${file} in chunks of 1, 2, 7 and 64 characters`, async () => {
        const whole = importProblems(corpus(file), 's');
        for (const size of [1, 2, 7, 64]) {
          expect(await importProblemStream(textChunks(corpus(file), size), { source: 's' }), `chunks of ${size}`).toEqual(whole);
        }
      });
    }
  });

  describe('should say when there is nothing to import, and why for that file', () => {
    test.each([
      ['', 'the file is empty'],
      ['\n\n  \n', 'the file holds only whitespace (3 blank lines), no problems'],
      ['question,answer\n', 'the file holds only a header ("question", "answer") and no rows'],
    ])('for %j', (text, reason) => {
      const r = importProblems(text, 's');
      expect(r.problems).toEqual([]);
      expect(issues(r)).toEqual([['bad-record', 1, reason]]);
    });
  });
});
