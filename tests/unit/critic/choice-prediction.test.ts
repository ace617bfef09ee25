import { describe, expect, test } from 'vitest';
import { choiceMention, predLetters, type ChoiceLetters } from '../../../src/core/critic/choice';
import { expectMatch, expectNoMatch } from '../../fixtures/critic/expect-verdict';

/**
 * How a predicted answer names a choice: letters with any option text (predLetters), or a sentence
 * that mentions one (choiceMention). Each row sits on one side of a detail of the patterns.
 */
const pick = (letters: string[], text: string | null = null): ChoiceLetters => ({ letters, text });

describe('predLetters', () => {
  test('should read only capitals unless told the reference is a letter', () => {
    expect(predLetters('b')).toBe(null);
    expect(predLetters('b', true)).toEqual(pick(['B']));
  });

  describe('should drop a phrase that announces the answer', () => {
    const rows: [string, ChoiceLetters][] = [
      ['Answer: B', pick(['B'])],
      ['Answer:B', pick(['B'])],
      ['The answer is B', pick(['B'])],
      ['The correct answer is B', pick(['B'])],
      ['The  correct answer is B', pick(['B'])],
    ];
    test.each(rows)('for %j', (pred, expected) => {
      expect(predLetters(pred)).toEqual(expected);
    });
  });

  describe('should keep the letter and drop the reason after it', () => {
    const rows: [string, ChoiceLetters | null][] = [
      [' B', pick(['B'])],
      ['B because 7 is prime', pick(['B'])],
      ['B , since 7 is prime', pick(['B'])],
      ['B,\n\nbecause 7 is prime', pick(['B'])],
      // A reason only right after the letter: `as` inside the option text belongs to it.
      ['(C) twice as long', pick(['C'], 'twice as long')],
      // With the reason on the next line the whole is no letter with its text.
      ['(B), because\nthe sum is even', null],
    ];
    test.each(rows)('for %j', (pred, expected) => {
      expect(predLetters(pred, true)).toEqual(expected);
    });
  });

  describe('should keep option text that merely contains such words', () => {
    const rows: [string, ChoiceLetters][] = [
      ['(E) None of the options', pick(['E'], 'None of the options')],
      // `is` starts a remark about the choice only at the start of what follows the letter.
      ['(B) the sum is even', pick(['B'], 'the sum is even')],
    ];
    test.each(rows)('for %j', (pred, expected) => {
      expect(predLetters(pred, true)).toEqual(expected);
    });
  });

  describe('should read several letters, in order', () => {
    const rows: [string, ChoiceLetters | null][] = [
      ['C, A', pick(['A', 'C'])],
      ['A, B, C', pick(['A', 'B', 'C'])],
      ['BC', pick(['B', 'C'])],
      ['B,C', pick(['B', 'C'])],
      ['B and D', pick(['B', 'D'])],
      ['A, C, and D', pick(['A', 'C', 'D'])],
      // Not a bare list of letters: a negation, a sentence about them, another separator.
      ['not B, C', null],
      ['B, C are both correct', null],
      ['B; C', null],
    ];
    test.each(rows)('for %j', (pred, expected) => {
      expect(predLetters(pred, true)).toEqual(expected);
    });
  });

  test('should accept a list with the serial comma before "and"', () => {
    // Replacing `and` by a comma once gave `A, C, , D`, which was no list: the pair was left undecided.
    expectMatch('A, B, and D', 'ABD');
    expectNoMatch('A, C, and D', 'ACE');
  });
});

describe('choiceMention', () => {
  const rows: [string, ChoiceLetters | null][] = [
    ['So the answer is D.', pick(['D'])],
    ['Final Answer:B', pick(['B'])],
    ['The correct answer is: C', pick(['C'])],
    ['The answer is b', pick(['B'])],
    ['The answer is b.', pick(['B'])],
    ['The right choice is (B).', pick(['B'])],
    // Two choices named: both, in order.
    ['Either (C) or (A).', pick(['A', 'C'])],
    // A lower-case letter counts only when it stands alone: here it is an article, a term or a function.
    ['The answer is a prime number.', null],
    ['The answer is 2a.', null],
    ['The answer is f(2).', null],
    // A number is no choice; a denial names none; `options B and D` are not read as a choice.
    ['The answer is 5.', null],
    ["The answer isn't B.", null],
    ['Options B and D are both wrong.', null],
  ];
  test.each(rows)('should read %j as %j', (text, expected) => {
    expect(choiceMention(text)).toEqual(expected);
  });

  test('should read a sentence of up to 200 characters and not a longer one', () => {
    // Long working mentions parts (a), (b)… as labels: only a short sentence is read for its choice.
    const say = (n: number) => `The right choice is (B), ${'as shown above '.repeat(20)}`.slice(0, n - 1) + '.';
    expect(say(200).length).toBe(200);
    expect(choiceMention(say(200))).toEqual(pick(['B']));
    expect(choiceMention(say(201))).toBe(null);
  });
});
