import { describe, expect, test } from 'vitest';
import { sameText, textKey } from '../../../src/core/critic/text';

/**
 * textKey: the form in which short text answers are compared. LaTeX commands, punctuation, spacing
 * and the articles "the", "a", "an" do not count; "neither X nor Y" is the answer "neither".
 */
describe('textKey', () => {
  test('should drop a whole LaTeX command, not just its first letter', () => {
    expect(textKey('\\text{Yes}')).toBe('yes');
  });
  test('should keep the words on either side of a command apart', () => {
    expect(textKey('2\\times3')).toBe('2 3');
  });
  test('should not glue the neighbours of a dropped article together', () => {
    // The vertex "A" reads as the article; B and C must stay two words.
    expect(textKey('B–A–C')).toBe('b– –c');
  });
  test('should leave one space where an article was dropped between words', () => {
    expect(sameText('the sum of the squares', 'sum of squares')).toBe(true);
  });
});

describe('textKey on "neither … nor …"', () => {
  test('should read "neither X nor Y" as "neither" with articles around X and Y', () => {
    // "Is 1 prime or composite?" — reference "neither".
    expect(textKey('Neither a prime nor a composite')).toBe('neither');
    expect(sameText('Neither a prime nor a composite', 'neither')).toBe(true);
  });
  test('should apply the rule after an article dropped before "nor"', () => {
    // "type A" loses its "A" as an article first; "neither type nor type" then reads as "neither".
    expect(textKey('Neither type A nor type B')).toBe('neither b');
  });
});
