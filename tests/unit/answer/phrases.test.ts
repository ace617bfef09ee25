/**
 * "The answer is …" phrases: which markers count, where a phrase ends, and how its value is cleaned.
 */
import { describe, expect, test } from 'vitest';
import { cleanAnswerPhrase, extractAnswer, findAnswerPhrases, findAnswerPhrasesAt } from '../../../src/core/answer';

/** The answer a response yields through a phrase, and only through one. */
function expectPhrase(response: string, answer: string | null, candidates: string[] = answer === null ? [] : [answer]): void {
  expect(extractAnswer(response)).toEqual({ answer, source: answer === null ? 'none' : 'answer-is', candidates });
}

describe('cleanAnswerPhrase', () => {
  describe('should end the value at the end of its sentence', () => {
    test('for a capital after the full stop, even after two spaces', () => {
      expect(cleanAnswerPhrase(' 42.  Next we check.')).toBe('42');
    });
    test('for a parenthesis after the full stop', () => {
      expect(cleanAnswerPhrase('5. (Checked by substitution.)')).toBe('5');
    });
    test('for a full stop at the very end, with spaces after it', () => {
      expect(cleanAnswerPhrase('6 . ')).toBe('6');
    });
    test('for a decimal point, which is not a sentence end', () => {
      expect(cleanAnswerPhrase('3.5 meters')).toBe('3.5 meters');
      expectPhrase('The answer is 3.5', '3.5');
      expectPhrase('The answer is 0.25.', '0.25');
    });
  });

  describe('should drop the wrappers around the whole value', () => {
    test('for dollars, single or double, with spaces inside or punctuation after', () => {
      expect(cleanAnswerPhrase('$\\frac{1}{2}$.')).toBe('\\frac{1}{2}');
      expect(cleanAnswerPhrase('$$9$$')).toBe('9');
      expect(cleanAnswerPhrase('$ \\frac{1}{2} $')).toBe('\\frac{1}{2}');
      expect(cleanAnswerPhrase('$5$ ;')).toBe('5');
    });
    test('for \\( … \\) and \\[ … \\]', () => {
      expect(cleanAnswerPhrase('\\(x+1\\)')).toBe('x+1');
      expect(cleanAnswerPhrase('\\[ 7 \\]')).toBe('7');
      // Punctuation that ends the display inside its delimiters goes too.
      expect(cleanAnswerPhrase('\\[ x = 5 . \\]')).toBe('x = 5');
    });
    test('for italics around the value, after spaces or a no-break space', () => {
      expectPhrase('The answer is *12*.', '12');
      expectPhrase('The answer is\u00a0*12*.', '12');
      expect(cleanAnswerPhrase('  *12*.')).toBe('12');
    });
    test('for a whole sentence in bold, closed after the value', () => {
      expectPhrase('**The answer is 5**.', '5');
    });
    test('for bold around the value and a trailing semicolon', () => {
      expect(cleanAnswerPhrase('**12**.')).toBe('12');
      expect(cleanAnswerPhrase('12;')).toBe('12');
      expect(cleanAnswerPhrase('** 5')).toBe('5');
    });
    test('for bold around words in the value, keeping the words', () => {
      expect(cleanAnswerPhrase('**x** and **y**')).toBe('x and y');
      expect(cleanAnswerPhrase('**7**, so')).toBe('7, so');
      expectPhrase('The answer is **x = 3** and **y = 4**.', 'x = 3 and y = 4');
    });
    test('for a bold marker with the value right after it', () => {
      expectPhrase('**Final Answer:**12', '12');
    });
  });

  describe('should keep a wrapper that holds only part of the value', () => {
    test('for dollars around part of the value', () => {
      expect(cleanAnswerPhrase('x = $5$')).toBe('x = $5$');
      expect(cleanAnswerPhrase('$5$ cm')).toBe('$5$ cm');
      expect(cleanAnswerPhrase('$2$ or $3$')).toBe('$2$ or $3$');
    });
    test('for \\( … \\) followed or preceded by more text', () => {
      expect(cleanAnswerPhrase('\\(5\\) cm')).toBe('\\(5\\) cm');
      expect(cleanAnswerPhrase('k = \\(5\\)')).toBe('k = \\(5\\)');
      expect(cleanAnswerPhrase('\\[5\\] and \\[6\\]')).toBe('\\[5\\] and \\[6\\]');
    });
    test('for two delimited values, kept whole rather than cut into one mangled value', () => {
      expectPhrase('The answer is \\(x = 2\\) or \\(x = 3\\).', '\\(x = 2\\) or \\(x = 3\\)');
    });
    test('for a power written with two stars, which is not bold', () => {
      expect(cleanAnswerPhrase('x**2 + 1')).toBe('x**2 + 1');
    });
  });
});

describe('findAnswerPhrasesAt', () => {
  describe('should end each phrase where the next one begins its clause', () => {
    test('for "and", "but", "while", a comma, a semicolon and a lower-case sentence', () => {
      for (const joint of [' and', ' but', ' while', ',', ';', '. wait,']) {
        expect(findAnswerPhrases(`the answer is 4${joint} the answer is 5`), joint).toEqual(['4', '5']);
      }
    });
    test('for commas inside brackets, which belong to the value', () => {
      expect(findAnswerPhrases('the answer is f(1, 2), the answer is 3')).toEqual(['f(1, 2)', '3']);
      expect(findAnswerPhrases('the answer is [1, 2], the answer is 3')).toEqual(['[1, 2]', '3']);
      expect(findAnswerPhrases('the answer is {1, 2}, the answer is 3')).toEqual(['{1, 2}', '3']);
    });
    test('for two phrases on one line, with the span of each', () => {
      expect(findAnswerPhrasesAt('So the answer is 5 and the final answer is 6')).toEqual([
        { at: 7, end: 18, body: '5' },
        { at: 27, end: 44, body: '6' },
      ]);
    });
  });

  describe('should end a phrase at its line', () => {
    test('for more text on the next line', () => {
      expect(findAnswerPhrasesAt('The answer is 7\nbecause 3 + 4 = 7')).toEqual([{ at: 4, end: 15, body: '7' }]);
    });
    test('for a second phrase on a later line, which does not stretch the first one to it', () => {
      expect(findAnswerPhrasesAt('The answer is 7\nSo the answer is 8')).toEqual([
        { at: 4, end: 15, body: '7' },
        { at: 23, end: 34, body: '8' },
      ]);
    });
  });

  describe('should take the next line when the marker ends its line', () => {
    test('for the value on the next line, after blank lines and indentation', () => {
      expectPhrase('Answer:\n42', '42');
      expectPhrase('Answer:\n\n\n42', '42');
      expectPhrase('Answer:\n\n   42', '42');
      expectPhrase('The final answer is\n9', '9');
      // The span runs from the marker to the end of the value's line.
      expect(findAnswerPhrasesAt('Answer:\n\n42\nmore')).toEqual([{ at: 0, end: 11, body: '42' }]);
    });
    test('for a display on the next lines, taken whole and joined on one line', () => {
      expectPhrase('Answer:\n\\[\n  x = 2,\n  y = 3\n\\]', 'x = 2, y = 3');
      expectPhrase('Answer:\n$$\n\\frac{1}{2}\n$$', '\\frac{1}{2}');
      expect(findAnswerPhrasesAt('The answer is\n\n  $$\n  x = 2\n  $$\nok')).toEqual([{ at: 4, end: 32, body: 'x = 2' }]);
    });
    test('for the first of two displays, not everything up to the last', () => {
      expectPhrase('Answer:\n\\[ 5 \\]\nCheck: \\[ 2+3 \\]', '5');
    });
    test('for a value on the next line that a later display only checks', () => {
      expectPhrase('Final Answer:\n7\n\\[3 + 4 = 7\\]', '7');
    });
    test('for a marker that ends the response, cut short: no answer', () => {
      expectPhrase('The work is long.\nFinal answer:', null);
      expectPhrase('The work is long.\nAnswer:\n', null);
    });
  });

  describe('should recognise the markers models write', () => {
    test('for "is:", a colon without a space, a tab and two spaces inside the marker', () => {
      expectPhrase('The answer is: 5', '5');
      expectPhrase('Answer:42', '42');
      expectPhrase('Answer\t: 12', '12');
      expectPhrase('Answer:\t12', '12');
      expectPhrase('final  answer is 8', '8');
      // The span starts at "final", even with two spaces before "answer".
      expect(findAnswerPhrasesAt('The final  answer is 8')).toEqual([{ at: 4, end: 22, body: '8' }]);
    });
    test('for GSM8K hashes, indented or followed by a tab', () => {
      expectPhrase('  #### 5', '5');
      expectPhrase('work\n####\t18', '18');
    });
    test('for a "Final Answer" heading with the value below', () => {
      expectPhrase('### Final Answer\n7', '7');
      expectPhrase('### Final  Answer\n5', '5');
      expectPhrase('## **Final Answer**\n42', '42');
      expectPhrase('# Final answer:\n$\\frac12$', '\\frac12');
      expectPhrase('  ### Final Answer \n\n11', '11');
      expectPhrase('###Final Answer\n3', '3');
    });
    test('for a "Final Answer" heading with the value on the same line', () => {
      expectPhrase('### Final Answer: **5**', '5');
      expectPhrase('### Final Answer is 12', '12');
    });
  });

  describe('should not take hashes in the middle of a line as a marker', () => {
    test('for a step number written with hashes', () => {
      expectPhrase('Step 2 #### 7', null);
    });
    test('for a hash tag in prose, which is no heading', () => {
      expectPhrase('Tagged #Final Answer\n5', null);
    });
  });
});

describe('extractAnswer', () => {
  describe('should read a "#### Final Answer" heading as a heading, not as GSM8K\'s marker', () => {
    test('for the value on the next line, the heading bold or spaced', () => {
      expectPhrase('#### Final Answer\n6', '6');
      expectPhrase('#### **Final Answer**\n6', '6');
      expectPhrase('####  Final  Answer\n6', '6');
      expectPhrase('####\t\tFinal Answer\n6', '6');
    });
    test('for every heading level, one to six hashes, and no more', () => {
      expectPhrase('# Final Answer\n6', '6');
      expectPhrase('##### Final Answer\n6', '6');
      expectPhrase('###### Final Answer\n6', '6');
      expectPhrase('####### Final Answer\n6', null);
    });
    test('for the value on the heading line', () => {
      expectPhrase('#### Final Answer: 6', '6');
    });
  });
});

describe('extractAnswer with answer tags', () => {
  describe('should take the text inside <answer>…</answer>', () => {
    test('for the R1-style tag after the working', () => {
      expectPhrase('Then $(x-5)(x-9) = 0$.\n<answer>x = 5 or x = 9</answer>', 'x = 5 or x = 9');
    });
    test('for a value in dollars inside the tag', () => {
      expectPhrase('<think>2 + 2</think>\n<answer>$4$</answer>', '4');
    });
    test('for every tag, in order', () => {
      expectPhrase('<answer>12</answer> wait, <answer>14</answer>', '14', ['12', '14']);
    });
  });
  describe('should not take an empty tag', () => {
    test('for the prompt\'s template echoed back', () => {
      expectPhrase('<answer> </answer> The answer is 7.', '7');
    });
  });
});
