/**
 * Boxes, read the way the answer extractor reads them: balanced braces, both commands, the
 * brace-less form and the positions the critic slices the response at.
 */
import { describe, expect, test } from 'vitest';
import { extractAnswer, findBoxed, findBoxesAt, matchBrace } from '../../../src/core/answer';

describe('matchBrace', () => {
  describe('should return the index of the brace that closes the group', () => {
    test('for nested groups, skipping the inner close', () => {
      expect(matchBrace('{a{b}c}d', 0)).toBe(6);
    });
    test('for a group that starts inside the text', () => {
      expect(matchBrace('x{a}', 1)).toBe(3);
    });
    test('for an escaped closing brace inside, which does not close the group', () => {
      expect(matchBrace('{a\\}b}', 0)).toBe(5);
    });
    test('for a stray close after the group, which is not reached', () => {
      expect(matchBrace('{a}}', 0)).toBe(2);
    });
  });
  describe('should return -1', () => {
    test('for a group that never closes', () => {
      expect(matchBrace('{ab', 0)).toBe(-1);
      expect(matchBrace('{a{b}', 0)).toBe(-1);
    });
  });
});

describe('findBoxesAt', () => {
  describe('should list every box in order of appearance, with where it starts and ends', () => {
    test('for both commands and the brace-less form mixed', () => {
      const text = 'a \\boxed{1} b \\fbox{2} c \\boxed 3 d';
      expect(findBoxesAt(text)).toEqual([
        { at: 2, end: 11, body: '1' },
        { at: 14, end: 22, body: '2' },
        { at: 25, end: 33, body: '3' },
      ]);
      // Each span is exactly the box as written.
      expect(findBoxesAt(text).map((b) => text.slice(b.at, b.end))).toEqual(['\\boxed{1}', '\\fbox{2}', '\\boxed 3']);
    });
    test('for an fbox written before a boxed, sorted by position rather than by command', () => {
      expect(findBoxed('\\fbox{2} then \\boxed{1}')).toEqual(['2', '1']);
    });
    test('for two boxes written back to back', () => {
      expect(findBoxesAt('\\boxed{a}\\boxed{b}')).toEqual([
        { at: 0, end: 9, body: 'a' },
        { at: 9, end: 18, body: 'b' },
      ]);
    });
  });

  describe('should read the content of a box', () => {
    test('for spaces inside the braces, trimmed', () => {
      expect(findBoxed('\\boxed{ 18 }')).toEqual(['18']);
    });
    test('for spaces between the command and its brace', () => {
      expect(findBoxesAt('\\boxed  {7}')).toEqual([{ at: 0, end: 11, body: '7' }]);
    });
    test('for a brace-less box of several characters, up to the closing dollar', () => {
      expect(findBoxesAt('$\\boxed 12$ and more')).toEqual([{ at: 1, end: 10, body: '12' }]);
    });
    test('for a brace-less box ending at a line break', () => {
      expect(findBoxed('\\boxed 12\nnext')).toEqual(['12']);
    });
    test('for a piecewise answer with an unbalanced escaped brace (\\left\\{ … \\right.)', () => {
      expect(findBoxed('\\boxed{f(x) = \\left\\{ x \\right.}')).toEqual(['f(x) = \\left\\{ x \\right.']);
    });
    test('for a box inside a box, taken whole as one answer and not again as its inner box', () => {
      expect(findBoxed('\\boxed{\\boxed{3}} and \\boxed{5}')).toEqual(['\\boxed{3}', '5']);
    });
  });

  describe('should find no box', () => {
    test('for text without a box command', () => {
      expect(findBoxesAt('The answer is 5.')).toEqual([]);
    });
    test('for a longer command that only starts with \\boxed', () => {
      expect(findBoxesAt('\\boxedsomething{4}')).toEqual([]);
    });
    test('for a box holding only spaces', () => {
      expect(findBoxesAt('\\boxed{   }')).toEqual([]);
    });
    test('for a box cut off before its closing brace, keeping the closed ones before it', () => {
      expect(findBoxed('\\boxed{1}, then \\boxed{2')).toEqual(['1']);
      expect(findBoxed('\\boxed{1')).toEqual([]);
    });
    test('for the command named in prose, followed by punctuation or a dollar', () => {
      expect(findBoxesAt('I will write it with \\boxed, as asked.')).toEqual([]);
      expect(findBoxesAt('Put it in \\boxed $ form')).toEqual([]);
      expect(findBoxesAt('the command \\boxed')).toEqual([]);
    });
  });
});

describe('extractAnswer', () => {
  describe('should not take the name of the box command as a box', () => {
    test('for a response that mentions \\boxed in prose and then states its answer', () => {
      expect(extractAnswer('I will write the result with \\boxed, so the answer is 5.')).toEqual({ answer: '5', source: 'answer-is', candidates: ['5'] });
    });
  });
});
