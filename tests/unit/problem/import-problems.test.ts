import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectFormat, importProblems } from '../../../src/core/problem/import-problems';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/problems/${name}.excerpt.jsonl`, import.meta.url), 'utf8');

function expectClean(result: ReturnType<typeof importProblems>, count: number) {
  expect(result.issues).toEqual([]);
  expect(result.problems).toHaveLength(count);
}

describe('importProblems', () => {
  describe('should read the public sets', () => {
    test('for GSM8K, taking the reference after ####', () => {
      const result = importProblems(fixture('gsm8k'), 'gsm8k');
      expectClean(result, 3);
      expect(result.problems[0]).toMatchObject({ id: 'gsm8k#0', reference: '18', source: 'gsm8k' });
      expect(result.problems[0]!.question).toMatch(/^Janet.s ducks lay 16 eggs/);
    });

    test('for MATH-style solutions, taking the last boxed answer', () => {
      const result = importProblems(fixture('minerva_math'), 'minerva');
      expectClean(result, 3);
      expect(result.problems.map((p) => p.reference)).toEqual(['1.6', '4.5e33', '41.8']);
    });

    test('for SVAMP, joining Body and Question and writing 145.0 as 145', () => {
      const [first] = importProblems(fixture('svamp'), 'svamp').problems;
      expect(first).toMatchObject({ id: 'svamp#chal-777', reference: '145' });
      expect(first!.question).toBe("There are 87 oranges and 290 bananas in Philip's collection. If the bananas are organized into 2 groups and oranges are organized into 93 groups. How big is each group of bananas?");
    });

    test('for AIME, AMC and Gaokao answers', () => {
      expect(importProblems(fixture('aime24'), 'aime24').problems[0]).toMatchObject({ id: 'aime24#60', reference: '204' });
      expect(importProblems(fixture('amc23'), 'amc23').problems[0]).toMatchObject({ id: 'amc23#0', reference: '27' });
      const gaokao = importProblems(fixture('gaokao2023en'), 'gaokao');
      expectClean(gaokao, 3);
      expect(gaokao.problems[0]!.reference).toBe('\\{x|-2\\leq x < 1\\}');
    });
  });

  describe('should detect the format', () => {
    test('for JSONL, a JSON array, CSV and TSV', () => {
      expect(detectFormat('{"question":"1+1"}\n')).toBe('jsonl');
      expect(detectFormat(' [{"question":"1+1"}]')).toBe('json');
      expect(detectFormat('question,answer\n1+1,2\n')).toBe('csv');
      expect(detectFormat('question\tanswer\n1+1\t2\n')).toBe('tsv');
    });
  });

  describe('should read tables', () => {
    test('for CSV with quoted commas and newlines', () => {
      const csv = 'id,question,answer\na,"What is 1,000 + 24?",1024\nb,"Two\nlines",2\n';
      const result = importProblems(csv, 'mine');
      expectClean(result, 2);
      expect(result.problems[0]).toEqual({ id: 'mine#a', question: 'What is 1,000 + 24?', reference: '1024', source: 'mine' });
      expect(result.problems[1]!.question).toBe('Two\nlines');
    });

    test('for TSV without an answer column', () => {
      const result = importProblems('problem\nFind x.\n', 'tsv-set', 'tsv');
      expectClean(result, 1);
      expect(result.problems[0]).toEqual({ id: 'tsv-set#0', question: 'Find x.', source: 'tsv-set' });
    });
  });

  describe('should keep bad records as issues and lose nothing else', () => {
    test('for a line that is not JSON, a record without a question and an id used twice', () => {
      const text = ['{"id":1,"question":"a","answer":"1"}', '{oops', '{"id":2,"text":"no question"}', '', '{"id":1,"question":"again"}', '{"id":3,"problem":"c"}'].join('\n');
      const result = importProblems(text, 's');
      expect(result.problems.map((p) => p.id)).toEqual(['s#1', 's#1~L5', 's#3']);
      expect(result.issues.map((i) => [i.kind, i.line])).toEqual([['bad-record', 2], ['bad-record', 3], ['renamed', 5]]);
      expect(result.issues[0]!.reason).toMatch(/^not JSON/);
      expect(result.issues[1]!.reason).toMatch(/no question field/);
      expect(result.issues[2]!.reason).toBe('id s#1 already names the question on line 1; imported as s#1~L5');
      expect(result.counts).toEqual({ records: 5, kept: 3, bad: 2, merged: 0, renamed: 1 });
    });

    test('for a JSON document that holds no array', () => {
      const result = importProblems('{"question": 1', 's', 'json');
      expect(result.problems).toEqual([]);
      expect(result.issues.map((i) => i.reason)).toEqual(['no array of problems in this JSON (expected [ {…}, … ] or an object holding one)']);
      expect(importProblems('{"a":1}', 's', 'json').issues[0]!.reason).toBe('no array of problems in this JSON (expected [ {…}, … ] or an object holding one)');
    });
  });
});
