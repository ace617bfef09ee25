import { describe, expect, test } from 'vitest';
import { extractAnswer, type AnswerSource } from '../../../src/core/answer';

function expectAnswer(response: string, answer: string | null, source: AnswerSource, candidates?: string[]): void {
  const got = extractAnswer(response);
  expect(got.answer).toBe(answer);
  expect(got.source).toBe(source);
  if (candidates) expect(got.candidates).toEqual(candidates);
}

describe('extractAnswer', () => {
  describe('should take the last boxed answer', () => {
    test('for a single box with nested braces', () => {
      expectAnswer('So $x = \\boxed{\\frac{1}{2}}$.', '\\frac{1}{2}', 'boxed', ['\\frac{1}{2}']);
    });
    test('for two different boxes, listing both as candidates', () => {
      expectAnswer('First \\boxed{3}, then \\boxed{4}.', '4', 'boxed', ['3', '4']);
    });
    test('for fbox and the brace-less form', () => {
      expectAnswer('\\fbox{12}', '12', 'boxed');
      expectAnswer('the sum is $\\boxed 5$.', '5', 'boxed');
    });
    test('for a box after an output block, preferring the box', () => {
      expectAnswer('```python\nprint(18)\n```\n```output\n18.0\n```\nShe makes $\\boxed{18}$ dollars.', '18', 'boxed');
    });
    test('for escaped braces inside the box', () => {
      expectAnswer('\\boxed{\\{1, 2\\}}', '\\{1, 2\\}', 'boxed');
    });
  });

  describe('should skip boxes it cannot read', () => {
    test('for an unbalanced box in a truncated response', () => {
      expectAnswer('The answer is 7.\n\\boxed{\\frac{1}{', '7', 'answer-is');
    });
    test('for an empty box', () => {
      expectAnswer('\\boxed{} The answer is 9', '9', 'answer-is');
    });
  });

  describe('should read "the answer is" phrases', () => {
    test('for a GSM8K style ending', () => {
      expectAnswer('16 - 3 - 4 = 9 eggs. 9 * 2 = 18. The answer is 18.', '18', 'answer-is', ['18']);
    });
    test('for final answer with math delimiters and a decimal', () => {
      expectAnswer('Thus the final answer is $3.5$. I hope it is correct.', '3.5', 'answer-is');
    });
    test('for an "Answer:" line and GSM8K hashes', () => {
      expectAnswer('work\nAnswer: 42', '42', 'answer-is');
      expectAnswer('work\n#### 1,024', '1,024', 'answer-is');
    });
    test('for bold markdown around the answer', () => {
      expectAnswer('The final answer is **12**.', '12', 'answer-is');
      expectAnswer('**Final Answer:** 12', '12', 'answer-is');
    });
    test('for several phrases, listing all', () => {
      expectAnswer('The answer is 5. Wait, no. The answer is 6.', '6', 'answer-is', ['5', '6']);
    });
    test('for a phrase outside code but not inside a program comment', () => {
      expectAnswer('```python\n# the answer is 3\nprint(4)\n```\n```output\n4\n```\nThe answer is 4.', '4', 'answer-is', ['4']);
    });
  });

  describe('should fall back to the last output block', () => {
    test('for a ToRA response without a box', () => {
      expectAnswer('```python\nprint(1)\n```\n```output\n1\n```\n```python\nprint(Fraction(3, 4))\n```\n```output\n3/4\n```\n', '3/4', 'output', ['3/4']);
    });
    test('for an unterminated output block', () => {
      expectAnswer('```python\nprint(2)\n```\n```output\n2\n', '2', 'output');
    });
  });

  describe('should not take an exception as the answer', () => {
    test('for a traceback or an error line in the last output block', () => {
      expectAnswer('```python\nprint(1/0)\n```\n```output\nTraceback (most recent call last):\n  File "<cell 1>", line 1\nZeroDivisionError: division by zero\n```\n', null, 'none', []);
      expectAnswer('```python\nx\n```\n```output\n3\n```\n```python\ny\n```\n```output\nNameError: name \'y\' is not defined\n```\n', null, 'none');
    });
  });

  describe('should report no answer', () => {
    test('for plain reasoning', () => {
      expectAnswer('I think we need more information.', null, 'none', []);
    });
  });
});
