/**
 * A base model prompted with worked examples often answers, then writes the next "Problem:" of the
 * few-shot format and solves that too. The made-up problem is debris, like a made-up "Human:" turn.
 */
import { describe, expect, test } from 'vitest';
import { extractAnswer, stripChatDebris } from '../../../src/core/answer';

const ANSWERED = 'r = 2.\nFinal Answer: The final answer is 2. I hope it is correct.';
const NEXT = '\n\nProblem:\nIf z = 1 + i, find z^2.\n\nSolution:\nz^2 = 2i.\nFinal Answer: The final answer is 2i. I hope it is correct.';

describe('stripChatDebris', () => {
  describe('should cut a made-up next problem after the answer', () => {
    test.each([
      ['after "Final Answer: The final answer is …"', ANSWERED + NEXT, ANSWERED + '\n'],
      ['after a box', 'So $r = \\boxed{2}$.\nProblem: find z^2.\n\\boxed{2i}', 'So $r = \\boxed{2}$.'],
      ['after "The answer is"', 'The answer is 2.\nQuestion: what is 3 + 4?\nThe answer is 7.', 'The answer is 2.'],
      ['after GSM8K\'s marker on its own line', 'So 2 in all.\n#### 2\nQuestion: what is 3 + 4?\n#### 7', 'So 2 in all.\n#### 2'],
      ['with the label indented', 'The answer is 2.\n  Problem : next one', 'The answer is 2.'],
      ['after "Answer:"', 'Answer: 2\nProblem: next one\nAnswer: 7', 'Answer: 2'],
      ['after an answer in capitals', 'THE ANSWER IS 2.\nProblem: next one', 'THE ANSWER IS 2.'],
    ])('%s', (_, response, kept) => {
      expect(stripChatDebris(response)).toBe(kept);
    });
  });

  describe('should keep the response whole', () => {
    test.each([
      ['when no answer comes before the label', 'Problem: restated.\nWe compute 2 + 2 = 4.\nThe answer is 4.'],
      ['when the label opens the response', 'Problem: find r.\nr = 2, so the answer is 2.'],
      ['when the answer comes only after the label', 'Let me restate it.\nProblem: find r.\nr = 2, so the answer is 2.'],
      ['for "problem" inside a sentence', 'The answer is 2.\nThis problem: easy.'],
      ['for a label in the middle of a line', 'The answer is 2. Problem: none.'],
      ['for a word that only ends like an answer', 'The cost is 2 dollars.\nProblem: next'],
    ])('%s', (_, response) => {
      expect(stripChatDebris(response)).toBe(response);
    });
  });
});

describe('extractAnswer', () => {
  test('should take the answer to the asked problem, not to a made-up next one', () => {
    expect(extractAnswer(ANSWERED + NEXT).answer).toBe('2');
  });
});
