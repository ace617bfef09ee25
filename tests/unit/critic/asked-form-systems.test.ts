import { describe, expect, it } from 'vitest';
import { filledForm, formInSentence } from '../../../src/core/critic/asked-form';
import { parseValue } from '../../../src/core/critic/value';

const QUESTION = 'Rewrite $z$ in the form $x + yi$.';

describe('filledForm', () => {
  describe('should give null unless the answer names every letter of the form exactly once', () => {
    it.each([
      ['for a letter the form does not have', 'x = 1, z = 2'],
      ['for a letter named twice and another not at all', 'x = 1, x = 2'],
      ['for a letter named twice besides the others', 'x = 1, y = 2, x = 3'],
    ])('%s', (_, answer) => {
      expect(filledForm(QUESTION, parseValue(answer))).toBeNull();
    });
  });
});

describe('formInSentence', () => {
  describe('should give the sentence\'s formulas as one system when they fill the form', () => {
    it.each([
      ['with spaces inside the dollars', 'So $ x = 1 $ and $ y = 2 $.', 'x = 1, y = 2'],
      ['with no spaces around the equals signs', 'So $x=1$ and $y=2$.', 'x=1, y=2'],
    ])('%s', (_, sentence, expected) => {
      expect(formInSentence(sentence, QUESTION)).toBe(expected);
    });
  });

  it('should give null when a formula is a chain of equals signs rather than a letter and its value', () => {
    expect(formInSentence('So $x = 1 = 1$ and $y = 2$.', QUESTION)).toBeNull();
  });

  it('should give null for a sentence of one formula, even one that fills the form', () => {
    expect(formInSentence('So $x = 1, y: 2$.', QUESTION)).toBeNull();
  });
});
