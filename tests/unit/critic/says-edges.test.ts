import { describe, expect, test } from 'vitest';
import { askedSubject, endsOnWord, saysWord } from '../../../src/core/critic/says';

/** Policy `text`: a sentence that ends on the reference's word, and the subject that answers a "who"/"which" question. */
describe('endsOnWord', () => {
  describe('should be true', () => {
    test.each([
      ['for a sentence that ends on the word', 'The sequence converges.', 'converges'],
      ['for a plural s on the last word', 'The series converge.', 'converges'],
      ['for a phrase with a denial in it', 'The limit does not exist.', 'does not exist'],
      ['for a phrase written in capitals', 'The limit DOES NOT EXIST.', 'does not exist'],
      ['for the words alone after a comma', 'Therefore, converges.', 'converges'],
      ['for the words alone after a comma at the very start', ', converges.', 'converges'],
      ['for a subject whose name ends in "and"', 'Roland wins.', 'wins'],
      ['for a subject and five more words', 'The sum of the terms so far converges.', 'converges'],
      ['for a code of a letter and digits', 'Her seat is B12.', 'B12'],
      ['for a code of two letters and digits', 'The flight is AB12.', 'AB12'],
      ['for a code of a letter and one digit', 'The answer is level P3.', 'P3'],
      ['for a code with letters after its digits', 'The droid is R2D2.', 'R2D2'],
    ])('%s', (_, sentence, reference) => {
      expect(endsOnWord(sentence, reference)).toBe(true);
    });
  });

  describe('should be false', () => {
    test.each([
      ['for a number', 'The answer is 5.', '5'],
      ['for a phrase of four words', 'The limit does not exist here.', 'does not exist here'],
      ['for a word and a separate number', 'It is in room 12.', 'room 12'],
      ['for a word and then a code', 'Her seat is in row B12.', 'row B12'],
      ['for a code and then a word', 'It is in B12 row.', 'B12 row'],
      ['for the word alone without a subject', 'Converges.', 'converges'],
      ['for the word alone after "so"', 'So converges.', 'converges'],
      ['for a subject of more than five words', 'The sum of all the terms so far converges.', 'converges'],
      ['for another word', 'The series diverges.', 'converges'],
      ['for a word that is the reference with one s fewer', 'The matrix is spare.', 'sparse'],
      ['for a three-letter word less its s', 'The old reply was ye.', 'yes'],
      ['for an earlier word of the phrase without its s', 'Both line are parallel.', 'lines are parallel'],
    ])('%s', (_, sentence, reference) => {
      expect(endsOnWord(sentence, reference)).toBe(false);
    });
  });
});

describe('saysWord', () => {
  test('should be false for the opposite word', () => {
    expect(saysWord('The series converges.', 'diverges')).toBe(false);
  });
});

describe('askedSubject', () => {
  describe('should give the subject that answers the question', () => {
    test.each([
      ['for the predicate as asked', 'So Carol is the tallest.', 'Who is the tallest?', 'Carol'],
      ['for the start of the predicate', 'Carol is the tallest.', 'Who is the tallest of the three?', 'Carol'],
      ['for a question with no predicate', 'Alice won.', 'Who won?', 'Alice'],
      ['for a subject with a full stop in it', 'Dr. Smith is the tallest.', 'Who is the tallest?', 'Dr. Smith'],
      ['for a subject of four words', 'The girl in red is the tallest.', 'Who is the tallest?', 'The girl in red'],
      ['for a subject of four words with two spaces in it', 'The  girl in red is the tallest.', 'Who is the tallest?', 'The  girl in red'],
      ['for two spaces after "who"', 'Carol is the tallest.', 'Who  is the tallest?', 'Carol'],
      ['for two spaces after "which"', 'Paris is the largest.', 'Which  city is the largest?', 'Paris'],
      ['for two spaces before the verb', 'Paris is the largest.', 'Which city  is the largest?', 'Paris'],
    ])('%s', (_, sentence, question, subject) => {
      expect(askedSubject(sentence, question)).toBe(subject);
    });
  });

  describe('should give null', () => {
    test.each([
      ['for another predicate', 'Carol is the shortest.', 'Who is the tallest?'],
      ['for a subject of five words', 'The tall girl in red is the tallest.', 'Who is the tallest?'],
    ])('%s', (_, sentence, question) => {
      expect(askedSubject(sentence, question)).toBeNull();
    });
  });
});
