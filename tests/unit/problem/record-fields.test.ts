import { describe, expect, test } from 'vitest';
import { problemFromRecord, shapeOf } from '../../../src/core/problem/record';
import type { FieldMapping } from '../../../src/core/problem/types';

const ok = (rec: unknown, mapping?: FieldMapping) => {
  const outcome = problemFromRecord(rec, 'set', 0, mapping);
  if (outcome.kind !== 'ok') throw new Error(`expected a problem, got: ${outcome.reason}`);
  return outcome.problem;
};
const referenceOf = (rec: unknown, mapping?: FieldMapping) => ok(rec, mapping).reference;
const reasonOf = (rec: unknown, mapping?: FieldMapping) => problemFromRecord(rec, 'set', 0, mapping);

describe('problemFromRecord', () => {
  describe('should read the fields it finds by itself', () => {
    test('for a record with a question and nothing else (no reference property at all)', () => {
      expect(ok({ question: 'What is 2 + 2?' })).toStrictEqual({ id: 'set#0', question: 'What is 2 + 2?', source: 'set' });
    });

    test('for a question with spaces around it', () => {
      expect(ok({ question: '  What is 2 + 2?  ' }).question).toBe('What is 2 + 2?');
    });

    test('for an answer that is a number too large for a double (JSON 1e999 reads as Infinity)', () => {
      expect(reasonOf(JSON.parse('{"question":"q","answer":1e999}'))).toEqual({
        kind: 'invalid',
        reason: 'answer is a number, expected text or a number',
      });
    });

    test('for a question that is a number or a yes/no value', () => {
      expect(reasonOf({ question: 42 })).toEqual({ kind: 'invalid', reason: 'question is a number, expected text' });
      expect(reasonOf({ question: 'q', answer: true })).toEqual({ kind: 'invalid', reason: 'answer is a boolean, expected text or a number' });
    });

    test('for an answer that says "the answer is" without a box (kept whole)', () => {
      expect(referenceOf({ question: 'q', answer: 'The answer is 12' })).toBe('The answer is 12');
    });
  });

  describe('should write the reference as its final value', () => {
    test.each([
      ['a GSM8K answer in dollar signs', 'She pays 5. #### $5$', '5'],
      ['a whole answer in dollar signs with spaces inside', '$ 12 $', '12'],
      ['a whole answer in dollar signs with spaces around', '  $7$  ', '7'],
      ['an answer with text after its last dollar sign', '$5$ each', '$5$ each'],
      ['an answer with text before its first dollar sign', 'x = $5$', 'x = $5$'],
      ['an integer written as a float', '145.0', '145'],
      ['a negative integer written as a float', '-3.00', '-3'],
      ['an integer with several zeros after the point', '145.00', '145'],
      ['a version-like number with two points', '2.0.0', '2.0.0'],
      ['a number after a word', 'v1.0', 'v1.0'],
      ['a real decimal', '1.05', '1.05'],
    ])('for %s', (_, answer, reference) => {
      expect(referenceOf({ question: 'q', answer })).toBe(reference);
    });
  });

  describe('should follow a mapping', () => {
    test('for a reference given as a number', () => {
      expect(referenceOf({ q: 'x', ans: 42 }, { question: 'q', reference: 'ans' })).toBe('42');
    });

    test('for an id given as a number', () => {
      expect(ok({ q: 'x', n: 7 }, { question: 'q', id: 'n' }).id).toBe('set#7');
    });

    test('for a reference that is an object', () => {
      expect(reasonOf({ q: 'x', ans: { v: 1 } }, { question: 'q', reference: 'ans' })).toEqual({
        kind: 'invalid',
        reason: 'ans is an object, expected text or a number',
      });
    });

    test('for the plain format, taking the text as it is', () => {
      expect(referenceOf({ q: 'x', ans: ' 3 #### 5 ' }, { question: 'q', reference: 'ans', referenceFormat: 'plain' })).toBe('3 #### 5');
      expect(referenceOf({ q: 'x', ans: ' $5$ ' }, { question: 'q', reference: 'ans', referenceFormat: 'plain' })).toBe('5');
    });

    test('for the boxed format, taking the last box even after ####', () => {
      expect(referenceOf({ q: 'x', sol: 'So #### 5 and \\boxed{3}' }, { question: 'q', reference: 'sol', referenceFormat: 'boxed' })).toBe('3');
    });

    test('for the boxed format with no box, saying so', () => {
      expect(reasonOf({ q: 'x', sol: '42' }, { question: 'q', reference: 'sol', referenceFormat: 'boxed' })).toEqual({
        kind: 'invalid',
        reason: 'no \\boxed{} answer in sol',
      });
    });

    test('for a question field named by a string', () => {
      expect(ok({ text: 'How many?' }, { question: 'text' }).question).toBe('How many?');
    });

    test('for a question that is a number or an object', () => {
      expect(reasonOf({ q: 42 }, { question: 'q' })).toEqual({ kind: 'invalid', reason: 'q is a number, expected text' });
      expect(reasonOf({ q: {} }, { question: 'q' })).toEqual({ kind: 'invalid', reason: 'q is an object, expected text' });
    });

    test('for question fields with spaces around each, joined by one space', () => {
      expect(ok({ a: '  Story.  ', b: ' How many?  ' }, { question: ['a', 'b'] }).question).toBe('Story. How many?');
    });

    test('for question fields that are all empty, naming them', () => {
      expect(reasonOf({ a: '', b: '  ' }, { question: ['a', 'b'] })).toEqual({ kind: 'invalid', reason: 'no text in a or b' });
    });
  });

  describe('should join an SVAMP story and its question', () => {
    test('for a question with spaces around it', () => {
      expect(ok({ Body: 'Tom has 3 apples', Question: '  How many?  ' }).question).toBe('Tom has 3 apples. How many?');
    });

    test('for a story that is only spaces (the question alone)', () => {
      expect(ok({ Body: '   ', Question: 'How many?' }).question).toBe('How many?');
    });
  });
});

describe('shapeOf', () => {
  test.each([
    [{ Body: 'b', Question: 'q' }, 'svamp'],
    [{ Question: 'q', Answer: 1 }, 'generic'],
    [{ Body: 'b', Answer: 1 }, 'generic'],
    [{ problem: 'p', solution: 's' }, 'math'],
    [{ problem: 'p', solution: 's', answer: 'a' }, 'qa'],
    [{ solution: 's' }, 'generic'],
    [{ question: 'q' }, 'generic'],
    [{ question: 'q', answer: 'work #### 5' }, 'gsm8k'],
    [{ question: 'q', answer: '5' }, 'qa'],
    [{ problem: 'p', answer: 5 }, 'qa'],
    [{ answer: 'a' }, 'generic'],
    [{ prompt: 'p' }, 'generic'],
  ])('should call %o %s', (rec, shape) => {
    expect(shapeOf(rec)).toBe(shape);
  });
});
