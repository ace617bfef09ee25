import { describe, expect, test } from 'vitest';
import { questionPhrase } from '../../../src/core/critic/question-phrase';

const SURVEY = 'How many people responded either "never" or "almost never"?';

describe('questionPhrase', () => {
  describe('should find the question\'s own words with a hedge word among them', () => {
    test('for quoted options repeated without quotes', () => {
      expect(questionPhrase('82 people responded never or almost never.', SURVEY)?.test('never or almost never')).toBe(true);
    });
    test('for three words that end the sentence', () => {
      expect(questionPhrase('So it is 7 or 8', 'Is it 7 or 8?')?.test('7 or 8')).toBe(true);
    });
    test('for the first of two runs as long', () => {
      const found = questionPhrase('either red or blue, so either green or black', 'Pick either red or blue. Then pick either green or black.')!;
      expect(found.test('either green or black')).toBe(false);
    });
    test('for the longest such run', () => {
      const found = questionPhrase('**82** people responded either "never" or "almost never".', SURVEY)!;
      expect('**82** people responded either "never" or "almost never".'.replace(found, '|')).toBe('**82** |".');
    });
  });

  describe('should find nothing', () => {
    test('for a run of two words', () => expect(questionPhrase('It is 5 or more.', 'Is it 5 or 6?')).toBeNull());
    test('for a word that only begins like one ("order")', () => expect(questionPhrase('the order of the cards is 5', 'What is the order of the cards?')).toBeNull());
    test('for a word that only ends like one ("for")', () => expect(questionPhrase('paint for the car is 5', 'How much paint for the car?')).toBeNull());
    test('for a run without a hedge word', () => expect(questionPhrase('82 people responded to the survey.', 'How many people responded to the survey?')).toBeNull());
    test('for words the question does not say', () => expect(questionPhrase('It is 12 or 13.', 'How long does it take?')).toBeNull());
    test('without a question', () => expect(questionPhrase('either never or almost never', '')).toBeNull());
  });
});
