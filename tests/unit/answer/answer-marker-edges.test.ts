import { describe, expect, test } from 'vitest';
import { extractAnswer, locateAnswers } from '../../../src/core/answer/extract';

// A base model that answered goes on to write the few-shot prompt's next "Problem:" and answers that
// too; the made-up problem is cut only when an answer was given before it. These pin which openings
// count as "answered" (the spacing of "answer is" / "Answer :", and GSM8K's `####` only at the start
// of a line), where the answer tags sit, and a response that opens with `</think>`.
describe('extractAnswer', () => {
  describe('should cut a made-up next problem after an answer written with loose spacing', () => {
    test.for([
      ['two spaces in "answer  is"', 'The answer  is 5.\nProblem: What is 2+2?\nThe answer is 4.'],
      ['a space before the colon of "Final Answer :"', 'Final Answer : 5\nProblem: What is 2+2?\nFinal Answer: 4'],
      ['an indented "####" line', '  #### 5\nProblem: What is 2+2?\n#### 4'],
    ] as const)('for %s', ([, response]) => {
      expect(extractAnswer(response)).toEqual({ answer: '5', source: 'answer-is', candidates: ['5'] });
    });
  });

  describe('should keep a "Problem:" line when no answer came before it', () => {
    test.for([
      ['"####" inside a line of working', 'We get x #### 3\nProblem: next\nThe answer is 9.'],
      ['"####" glued to a word at the start of a line', 'Total#### 3\nProblem: next\nThe answer is 9.'],
    ] as const)('for %s', ([, response]) => {
      expect(extractAnswer(response)).toEqual({ answer: '9', source: 'answer-is', candidates: ['9'] });
    });
  });
});

describe('locateAnswers', () => {
  test('should give an answer tag the span of the whole tag', () => {
    const text = 'Thinking done. <answer>42</answer> bye';
    const { source, text: read, spans } = locateAnswers(text);
    expect(source).toBe('answer-is');
    expect(spans).toEqual([{ at: 15, end: 34, body: '42' }]);
    expect(read.slice(15, 34)).toBe('<answer>42</answer>');
  });

  test('should read the text after a `</think>` that opens the response', () => {
    expect(locateAnswers('</think>The answer is 5.')).toEqual({ source: 'answer-is', text: 'The answer is 5.', spans: [{ at: 4, end: 16, body: '5' }] });
  });
});
