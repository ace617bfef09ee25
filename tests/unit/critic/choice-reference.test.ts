import { describe, expect, test } from 'vitest';
import { goldLetters, goldLetterWithText } from '../../../src/core/critic/choice';
import { expectMatch, expectNoMatch } from '../../fixtures/critic/expect-verdict';

/**
 * How a multiple-choice reference is read: a letter with its option text (`(C) 8`, `C: 8`) or letters
 * alone (`C`, `A, C`, `\text{AC}`). Each row sits on one side of a detail of the patterns: the
 * spacing around the separator, the whole reference (not a part of it), the length guard.
 */

describe('goldLetterWithText', () => {
  const rows: [string, { letter: string; text: string } | null][] = [
    ['(C) 8', { letter: 'C', text: '8' }],
    // No space, or a colon, between the bracketed letter and its text.
    ['(C): 8', { letter: 'C', text: '8' }],
    ['(B)12 cm', { letter: 'B', text: '12 cm' }],
    // Spaces around the whole reference do not matter.
    [' (C) 8', { letter: 'C', text: '8' }],
    [' C: 8', { letter: 'C', text: '8' }],
    // The bare letter with `:` or `)`, with or without a space before the text.
    ['C: 8', { letter: 'C', text: '8' }],
    ['C:8', { letter: 'C', text: '8' }],
    ['B)12', { letter: 'B', text: '12' }],
    // Two options on two lines are not one letter with its text.
    ['(C) 12\n(D) 15', null],
    ['C: 12\nD: 15', null],
    // A probability is not option A: the bracket must open the reference.
    ['P(A) = 0.3', null],
  ];
  test.each(rows)('should read %j as %j', (gold, expected) => {
    expect(goldLetterWithText(gold)).toEqual(expected);
  });

  test('should compare a probability reference as a value, not as option A', () => {
    expectMatch('0.3', 'P(A) = 0.3');
  });
});

describe('goldLetters', () => {
  const rows: [string, string[] | null][] = [
    ['C, A', ['A', 'C']],
    ['A, C, D', ['A', 'C', 'D']],
    // A LaTeX text wrapper around the whole reference, with or without spaces inside, even with a space after it.
    ['\\text{C}', ['C']],
    ['\\text{C} ', ['C']],
    ['\\text{AC}', ['A', 'C']],
    ['\\text{A, C}', ['A', 'C']],
    // Only a wrapper around the whole reference is taken off; half a wrapper leaves no letter list.
    ['A, \\text{C}', null],
    ['\\text{A}, C', null],
    // Letters apart from a comma and spaces make no list: `or` is a hedge, `;` another separator.
    ['A or C, D', null],
    ['A, C or D', null],
    ['A; C', null],
    // A genotype, not a choice: one letter repeated is no list of choices.
    ['AA', null],
  ];
  test.each(rows)('should read %j as %j', (gold, expected) => {
    expect(goldLetters(gold)).toEqual(expected);
  });

  test('should read a reference of up to 24 characters and leave a longer one to the other rules', () => {
    // The guard keeps long references away from the letter patterns (a speed guard): 24 characters pass, 25 do not.
    expect('\\text{ A, C, E, G, H, J}'.length).toBe(24);
    expect(goldLetters('\\text{ A, C, E, G, H, J}')).toEqual(['A', 'C', 'E', 'G', 'H', 'J']);
    expect('A, B, C, D, E, F, G, H, J'.length).toBe(25);
    expect(goldLetters('A, B, C, D, E, F, G, H, J')).toBe(null);
  });

  test('should not take the letter A for the genotype AA', () => {
    // `AA` is no choice reference, so `A` is compared with it as an expression, and they differ.
    expectNoMatch('A', 'AA');
  });
});
