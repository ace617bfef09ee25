import { describe, expect, test } from 'vitest';
import { extractAnswer } from '../../../src/core/answer';

describe('extractAnswer', () => {
  describe('should read a reasoning model from the text after its thinking', () => {
    test('for an answer phrase weighed while thinking and a display after it (no answer level then: the critic reads the display)', () => {
      const response = '<think>\nSo the answer is 12? Wait, I double counted.\n</think>\n\nThe count is\n$$10$$';
      expect(extractAnswer(response)).toEqual({ answer: null, source: 'none', candidates: [] });
    });
    test('for a box after the thinking and one inside it', () => {
      const response = '<think>\nMaybe \\boxed{7}. No: 8.\n</think>\n\n**Final Answer**\n\\boxed{8}';
      expect(extractAnswer(response)).toEqual({ answer: '8', source: 'boxed', candidates: ['8'] });
    });
    test('for program output inside the thinking and an answer phrase after it', () => {
      const response = '<think>\n```python\nprint(2 + 2)\n```\n```output\n4\n```\n</think>\nThe answer is 5.';
      expect(extractAnswer(response).candidates).toEqual(['5']);
    });
  });
  describe('should read the whole response', () => {
    test('when nothing follows the thinking', () => {
      expect(extractAnswer('<think>\nThe answer is 12.\n</think>\n  \n').candidates).toEqual(['12']);
    });
    test('when the thinking never closes', () => {
      expect(extractAnswer('<think>\nThe answer is 12.').candidates).toEqual(['12']);
    });
  });
});
