/**
 * What the extractor reads past or around: a chat turn the model made up, program code, and the
 * execution output of ToRA-style responses (the answer of last resort).
 */
import { describe, expect, test } from 'vitest';
import { extractAnswer, findOutputBlocks, isErrorOutput, locateAnswers, stripChatDebris, type AnswerSource } from '../../../src/core/answer';

function expectAnswer(response: string, answer: string | null, source: AnswerSource, candidates: string[] = answer === null ? [] : [answer]): void {
  expect(extractAnswer(response)).toEqual({ answer, source, candidates });
}

describe('stripChatDebris', () => {
  describe('should cut the response at the first chat-template token', () => {
    test('for the tokens of each template family', () => {
      expect(stripChatDebris('x = 5.<|im_end|>more')).toBe('x = 5.');
      expect(stripChatDebris('x</s>y')).toBe('x');
      expect(stripChatDebris('x [INST] y')).toBe('x ');
      expect(stripChatDebris('x<end_of_turn>y')).toBe('x');
    });
    test('for a made-up next turn on its own line, indented with spaces or a tab', () => {
      expect(stripChatDebris('x\nHuman: hi')).toBe('x');
      expect(stripChatDebris('x\n  Human: hi')).toBe('x');
      expect(stripChatDebris('x\n\tUser: hi')).toBe('x');
      expect(stripChatDebris('x\n### Instruction: y')).toBe('x');
    });
  });
  describe('should leave the response whole', () => {
    test('for angle and square brackets and line breaks of mathematics', () => {
      expect(stripChatDebris('a < b and [1, 2]\nline two')).toBe('a < b and [1, 2]\nline two');
    });
    test('for words that only start like a turn name', () => {
      expect(stripChatDebris('x\nHumanity: y')).toBe('x\nHumanity: y');
    });
  });
});

describe('extractAnswer', () => {
  describe('should never take the answer from a made-up next turn', () => {
    test('for a box or a phrase after the end of the turn', () => {
      expectAnswer('\\boxed{4}<|im_end|>\n<|im_start|>user\n\\boxed{5}', '4', 'boxed');
      expectAnswer('The answer is 4.</s>\nThe answer is 5', '4', 'answer-is');
      expectAnswer('The answer is 4.\n  Human: no, the answer is 5', '4', 'answer-is');
    });
    test('for a turn that holds the only answer', () => {
      expectAnswer('Let me think.\nUser: the answer is 5', null, 'none');
    });
  });

  describe('should read phrases outside programs only', () => {
    test('for a comment in the second of two programs', () => {
      expectAnswer('```python\nx = 1\n```\nthen\n```python\n# the answer is 3\nprint(4)\n```\nThe answer is 4.', '4', 'answer-is');
    });
    test('for an indented program in a list, and a fence with a space before its language', () => {
      expectAnswer('1. Compute:\n   ```python\n   # the answer is 3\n   print(4)\n   ```\nThe answer is 4.', '4', 'answer-is');
      expectAnswer('``` python\n# the answer is 3\n```\nThe answer is 4.', '4', 'answer-is');
    });
    test('for a program that never closes, whose comments are still code', () => {
      expectAnswer('```python\n# the answer is 3\nprint(4)\n', null, 'none');
    });
    test('for a phrase the program printed, which is read from its output', () => {
      expectAnswer('```python\nprint("The answer is 12")\n```\n```output\nThe answer is 12\n```\n', '12', 'answer-is');
    });
    test('for a fence whose language only starts with "output", which is code, not output', () => {
      for (const lang of ['output2', 'outputs', 'output-old', 'output_log', 'outputA']) {
        expectAnswer(`\`\`\`${lang}\nThe answer is 9\n\`\`\`\nnothing`, null, 'none');
      }
    });
    test('for a marker on its own line followed by a program: the next line of prose', () => {
      expectAnswer('Answer:\n```python\nprint(5)\n```\n```output\n5\n```', '5', 'answer-is');
    });
    test('for triple backticks inside a line of prose, which open no program', () => {
      expectAnswer('Run ```x = 3 + 1``` once, and the answer is 4.', '4', 'answer-is');
    });
    test('for the text the phrases were read from: the response without its programs', () => {
      expect(locateAnswers('```python\nprint(4)\n```\n```output\n4\n```\nThe answer is 4.')).toEqual({
        source: 'answer-is',
        text: '4\nThe answer is 4.',
        spans: [{ at: 6, end: 18, body: '4' }],
      });
    });
    test('for a phrase line after a program, which ends at its line', () => {
      expectAnswer('```python\nprint(4)\n```\n```output\n4\n```\nThe answer is 4\nbecause we computed it.', '4', 'answer-is');
    });
  });

  describe('should take the last output block that printed something', () => {
    test('for a last block that printed nothing, taking the block before it', () => {
      const response = '```python\nprint(1)\n```\n```output\n7\n```\n```python\nprint()\n```\n```output\n\n```\n';
      expectAnswer(response, '7', 'output');
      const { spans } = locateAnswers(response);
      expect(response.slice(spans[0]!.at, spans[0]!.end)).toBe('```output\n7\n```');
    });
    test('for Windows line ends', () => {
      expectAnswer('```output\r\n8\r\n```', '8', 'output');
    });
    test('for blocks that all printed nothing: no answer', () => {
      expectAnswer('```python\nprint()\n```\n```output\n\n```', null, 'none');
    });
  });
});

describe('findOutputBlocks', () => {
  describe('should list the trimmed content of every output block', () => {
    test('for two blocks, a space and a carriage return after the fence', () => {
      expect(findOutputBlocks('```output\n1\n```\ntext\n```output  \r\n 2 \n```')).toEqual(['1', '2']);
      expect(findOutputBlocks('```output\t\n3\n```')).toEqual(['3']);
    });
    test('for an unterminated last block', () => {
      expect(findOutputBlocks('```output\n1\n```\n```output\n2\n')).toEqual(['1', '2']);
    });
  });
  describe('should list nothing', () => {
    test('for text without output blocks, or a fence of another language', () => {
      expect(findOutputBlocks('no blocks')).toEqual([]);
      expect(findOutputBlocks('```outputs\n1\n```')).toEqual([]);
    });
  });
});

describe('isErrorOutput', () => {
  describe('should recognise what Python prints when a program fails', () => {
    test('for a traceback, wherever its last line', () => {
      expect(isErrorOutput('Traceback (most recent call last):\n  File "<cell 1>", line 1\nValueError: bad')).toBe(true);
      expect(isErrorOutput('result\nTraceback (most recent call last)')).toBe(true);
    });
    test('for a last line naming an error, an exception or an interrupt', () => {
      expect(isErrorOutput('ValueError: bad')).toBe(true);
      expect(isErrorOutput('ZeroDivisionError')).toBe(true);
      expect(isErrorOutput('Exception: boom')).toBe(true);
      expect(isErrorOutput('KeyboardInterrupt')).toBe(true);
      expect(isErrorOutput('5\nMyError')).toBe(true);
    });
    test('for an error class with a module path, dots and underscores', () => {
      expect(isErrorOutput('sympy.core.sympify.SympifyError: x')).toBe(true);
      expect(isErrorOutput('concurrent.futures._base.TimeoutError')).toBe(true);
    });
  });
  describe('should not take a result for an error', () => {
    test('for a number', () => {
      expect(isErrorOutput('42')).toBe(false);
    });
    test('for a result that mentions errors', () => {
      expect(isErrorOutput('Max Error: 0.001')).toBe(false);
      expect(isErrorOutput('Errors: 0')).toBe(false);
      expect(isErrorOutput('ErrorX: 1')).toBe(false);
      expect(isErrorOutput('ValueError: bad\n5')).toBe(false);
    });
    test('for a log line that quotes a traceback header inside it', () => {
      expect(isErrorOutput('log: Traceback (most recent call last) was caught\n12')).toBe(false);
    });
  });
});
