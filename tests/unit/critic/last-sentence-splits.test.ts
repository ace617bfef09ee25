import { describe, expect, it } from 'vitest';
import { lastSentence } from '../../../src/core/critic/last-sentence';

const LONG = `So the total is ${'1 + '.repeat(70)}1 = 71.`;

describe('lastSentence', () => {
  describe('should give the last sentence without its Markdown marks', () => {
    it.each([
      ['after two spaces', 'We add the numbers.  So the answer is 5.', 'So the answer is 5.'],
      ['in a list item', 'We add the numbers.\n- The answer is 5.', 'The answer is 5.'],
      ['in a list item with spaces after its dash', 'We add the numbers.\n-   The answer is 5.', 'The answer is 5.'],
      ['in a list item inside a quote', 'We add the numbers.\n> - The answer is 5.', 'The answer is 5.'],
      ['in a heading', 'We add the numbers.\n## The answer is 5', 'The answer is 5'],
      ['in a heading with no space after its marks', 'We add the numbers.\n##The answer is 5', 'The answer is 5'],
      ['before a line break at the end', 'So the answer is 5.\n', 'So the answer is 5.'],
      ['before the opening fence of a code block', 'So the answer is 5.\n```text', 'So the answer is 5.'],
    ])('for a sentence %s', (_, text, expected) => {
      expect(lastSentence(text)).toBe(expected);
    });
  });

  describe('should set aside a closing remark', () => {
    it.each([
      ['a check with a space before its colon', 'So x = 5.\nCheck : 5 + 5 = 10 ✓', 'So x = 5.'],
      ['a remark in brackets with its full stop outside', 'The constant term is 32. (The coefficient of x is 80).', 'The constant term is 32.'],
    ])('for %s', (_, text, expected) => {
      expect(lastSentence(text)).toBe(expected);
    });
  });

  describe('should keep a last sentence that is no remark', () => {
    it.each([
      ['with chat after the answer in it', 'Adding gives 12. So the answer is 12, hope this helps.'],
      ['that opens with a bracket but goes on after it', 'We sum the terms. (In total) the answer is 12.'],
      ['in brackets with no word of four letters outside commands', 'So the product is 6. (= 2 \\times 3)'],
    ])('for a sentence %s', (_, text) => {
      const sentences = text.split(/(?<=\.) /);
      expect(lastSentence(text)).toBe(sentences[sentences.length - 1]);
    });
  });

  describe('should keep a text of one sentence that reads as a remark', () => {
    it.each([
      ['chat', 'Hope this helps!'],
      ['notation', 'where x = 5.'],
    ])('for %s', (_, text) => {
      expect(lastSentence(text)).toBe(text);
    });
  });

  describe('should take a last sentence of at most 300 characters', () => {
    it('for one of exactly 300', () => {
      const text = `So the answer is 5, ${'y'.repeat(279)}.`;
      expect(text.length).toBe(300);
      expect(lastSentence(text)).toBe(text);
    });

    it('and no longer one', () => {
      expect(LONG.length).toBeGreaterThan(300);
      expect(lastSentence(LONG)).toBeNull();
    });
  });

  describe('should find no sentence', () => {
    it.each([
      ['in an empty text', ''],
      ['in a text of display marks only', '$$\n$$'],
    ])('%s', (_, text) => {
      expect(lastSentence(text)).toBeNull();
    });
  });
});
