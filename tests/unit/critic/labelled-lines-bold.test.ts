import { describe, expect, test } from 'vitest';
import { labelledValues } from '../../../src/core/critic/labelled-lines';

/** Policy `several-answers`: bold labels, a formula or words, with the value in `$…$`, also one a paragraph. */
const QA = 'What is the value of $a_{7}$? What is the sum of all the numbers in $\\{a_{n}\\}$?';

describe('labelledValues with bold labels', () => {
  describe('should read the values', () => {
    test.each([
      ['for a formula label and a word label one a paragraph', '**$a_7$** $= 12 \\cdot 2^2 = 48$\n\n**Sum** $= 1+2+3 = 384$', QA, ['48', '384']],
      ["in the question's order", '**Sum** $= 384$\n\n**$a_7$** $= 48$', QA, ['48', '384']],
      ['for a subscript in braces', '**$a_{7}$** $= 48$\n\n**Sum** $= 384$', QA, ['48', '384']],
      ['for a colon after the bold label', '**$a_7$:** $48$\n\n**Sum:** $384$', QA, ['48', '384']],
      ['for bold lines on consecutive lines, without a question', '**$a_7$** $= 48$\n**Sum** $= 384$', '', ['48', '384']],
      ['after a bold line of working the question does not name', '**Ratio** $= 2$\n\n**$a_7$** $= 48$\n\n**Sum** $= 384$', QA, ['48', '384']],
    ])('%s', (_, response, question, values) => {
      expect(labelledValues(response, question)).toEqual(values);
    });
  });

  describe('should give null', () => {
    test.each([
      ['for bold lines one a paragraph without a question', '**$a_7$** $= 48$\n\n**Sum** $= 384$', ''],
      ['for bold lines one a paragraph whose labels the question does not name', '**$a_8$** $= 96$\n\n**Total** $= 384$', QA],
      ['for a label of a formula that is more than a name', '**$a_7 + 1$** $= 49$\n\n**Sum** $= 384$', QA],
      ['for a formula without bold', '$a_7$ $= 48$\n\n$S$ $= 384$', QA],
    ])('%s', (_, response, question) => {
      expect(labelledValues(response, question)).toBeNull();
    });
  });
});
