import { describe, expect, test } from 'vitest';
import { sameText, wordEquation } from '../../../src/core/critic/text';

/** sameText: when two short text answers say the same thing. */
describe('sameText', () => {
  describe('should answer for words only', () => {
    test('for LaTeX whose words are the same: \\sin x is not \\cos x', () => {
      expect(sameText('\\sin x', '\\cos x')).toBe(false);
    });
    test('for numbers with the same digits: 3:45 is not 3.45', () => {
      expect(sameText('3:45', '3.45')).toBe(false);
    });
    test('for a bare number, even against that number with a generic noun', () => {
      // Numbers are left to the number rules: sameText never reads "12" as words.
      expect(sameText('12', '12 solutions')).toBe(false);
    });
  });

  describe('should ignore what adds nothing', () => {
    test('for a plural', () => {
      expect(sameText('triangles', 'triangle')).toBe(true);
    });
    test('but not an s that ends a short word: ms are not m', () => {
      expect(sameText('ms', 'm')).toBe(false);
    });
    test('for a generic noun only at the end: the square root of two is not the square of two', () => {
      expect(sameText('the square root of two', 'the square of two')).toBe(false);
    });
  });

  describe('should drop a last word that the question names', () => {
    test('for a singular word of the question', () => {
      expect(sameText('helium gas', 'helium', 'Which noble gas is the lightest?')).toBe(true);
    });
    test('for a plural word of the question', () => {
      expect(sameText('obtuse triangle', 'obtuse', 'What type of triangles are these?')).toBe(true);
    });
    test('only when it is the whole last word: vitamin B₆ is not vitamin B₁₂', () => {
      expect(sameText('vitamin B₆', 'vitamin B₁₂', 'Which B vitamin prevents pernicious anaemia?')).toBe(false);
    });
  });

  describe('should compare equations between named quantities', () => {
    test('either way round', () => {
      expect(sameText('MR = MC', 'MC=MR')).toBe(true);
    });
    test('with spacing after the equation', () => {
      expect(sameText('MR = MC ', 'MC = MR')).toBe(true);
    });
    test('but not with a sign in front: -MR = MC is not MR = MC', () => {
      expect(sameText('-MR = MC', 'MR = MC')).toBe(false);
    });
    test('but not when a side goes on past its words: MC − AFC is not MC + AFC', () => {
      expect(sameText('MR = MC - AFC', 'MR = MC + AFC')).toBe(false);
    });
    test('keeping the two sides apart: AVC = MC is not AV = CMC', () => {
      expect(sameText('AVC = MC', 'AV = CMC')).toBe(false);
    });
  });
});

describe('wordEquation', () => {
  test('should give the sides of an equation of names in a fixed order', () => {
    expect(wordEquation('SRMC = MR')).toBe('mr=srmc');
  });
  test('should give null for anything else', () => {
    expect(wordEquation('MR = 2MC')).toBe(null);
  });
});
