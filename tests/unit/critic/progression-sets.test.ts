import { describe, expect, it } from 'vitest';
import { compareProgressions } from '../../../src/core/critic/progression';

const overZ = (body: string) => String.raw`\{x \mid x = ${body}, k \in \mathbb{Z}\}`;
const overN = (body: string) => String.raw`\{x \mid x = ${body}, k \in \mathbb{N}\}`;

describe('compareProgressions', () => {
  describe('should compare progressions over the integers as residue classes', () => {
    it('for the same class written with another offset', () => {
      expect(compareProgressions(overZ('3k + 1'), overZ('3k - 2'))).toEqual({
        equal: true,
        method: 'structure',
        reason: 'The same integers: the multiples of 3 plus 1.',
        confirm: undefined,
      });
    });

    it('for another class of the same step', () => {
      expect(compareProgressions(overZ('3k + 1'), overZ('3k'))).toEqual({
        equal: false,
        method: 'structure',
        reason: 'The progressions hold different integers.',
        confirm: undefined,
      });
    });
  });

  describe('should compare progressions over the natural numbers only by step and start', () => {
    it('for the same progression', () => {
      expect(compareProgressions(overN('2k + 1'), overN('2k + 1'))).toMatchObject({
        equal: true,
        method: 'structure',
        reason: 'The same progression over the natural numbers.',
      });
    });

    it.each([
      ['the other direction', overN('2k + 1'), overN('-2k + 1')],
      ['another start', overN('2k + 1'), overN('2k + 3')],
    ])('for %s (where ℕ starts decides)', (_, p, g) => {
      expect(compareProgressions(p, g)).toMatchObject({
        equal: null,
        reason: 'Progressions over the natural numbers; where ℕ starts decides.',
      });
    });
  });

  it('should say NO to a progression over ℤ against one over ℕ', () => {
    expect(compareProgressions(overZ('2k'), overN('2k'))).toMatchObject({
      equal: false,
      method: 'structure',
      reason: 'A progression over all integers against one over the natural numbers.',
    });
  });

  describe('should read a set-builder however it is spaced', () => {
    it.each([
      ['spaces inside the braces', String.raw`\{ x \mid x = 3k + 1, k \in \mathbb{Z} \}`],
      ['no space before \\mathbb', String.raw`\{x \mid x = 3k + 1, k \in\mathbb{Z}\}`],
      ['a space before the braces of \\mathbb', String.raw`\{x \mid x = 3k + 1, k \in \mathbb {Z}\}`],
      ['\\mathbb without braces', String.raw`\{x \mid x = 3k + 1, k \in \mathbb Z\}`],
      ['spaces inside the braces of \\mathbb', String.raw`\{x \mid x = 3k + 1, k \in \mathbb{ Z }\}`],
      ['spaces around the whole set', String.raw`  \{x \mid x = 3k + 1, k \in \mathbb{Z}\}  `],
    ])('for %s', (_, p) => {
      expect(compareProgressions(p, overZ('3k - 2'))?.equal).toBe(true);
    });
  });

  describe('should not read as a progression', () => {
    it.each([
      ['a set with a name before it', String.raw`S = \{x \mid x = k, k \in \mathbb{Z}\}`],
      ['a set with words after it', String.raw`\{x \mid x = k, k \in \mathbb{Z}\} is the answer`],
      ['a set whose element and index are the same letter', String.raw`\{k \mid k = 2k + 1, k \in \mathbb{Z}\}`],
      ['a quadratic in the index', overZ('k^2')],
      ['a constant', overZ('5')],
      ['a formula that is not an integer at k = 0', overZ(String.raw`\frac{-k^2 + 7k + 2}{4}`)],
      ['a formula that is not an integer at k = 1', overZ(String.raw`\frac{k^2}{2}`)],
      ['a formula that is not an integer at k = 2', overZ(String.raw`\frac{5k - 2k^2}{3}`)],
    ])('for %s', (_, p) => {
      expect(compareProgressions(p, p === overZ('5') ? p : overZ('k'))).toBeNull();
    });
  });
});
