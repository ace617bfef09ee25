import { describe, expect, test } from 'vitest';
import { unitVectorsAsTuples } from '../../../src/core/critic/unit-vectors';

// The forms below are the ones `normalise` would tidy before the rules see them (dollar signs,
// `\left`, `\,`); called directly, the function must still read them as its comments promise.
const SUM = String.raw`-\hat{i} + 5\hat{j}`;

describe('unitVectorsAsTuples', () => {
  describe('should read a tuple written with \\left and \\right', () => {
    test.each([
      ['without a space', String.raw`\left(-1, 5\right)`],
      ['with spaces', String.raw`\left (-1, 5 \right)`],
    ])('%s', (_, tuple) => {
      expect(unitVectorsAsTuples(SUM, tuple)).toEqual(['(-1, 5)', tuple]);
    });
  });

  describe('should take the other side as a tuple only when it is nothing else', () => {
    test('for a tuple followed by more mathematics', () => {
      const gold = String.raw`(-1, 5)\cup[3,4]`;
      expect(unitVectorsAsTuples(SUM, gold)).toEqual([SUM, gold]);
    });
  });

  describe('should read a tuple after the name of the vector', () => {
    test('without a space after the equals sign', () => {
      expect(unitVectorsAsTuples(String.raw`\hat{i} + 2\hat{j}`, String.raw`\vec{v}=(1, 2)`)).toEqual(['(1, 2)', String.raw`\vec{v}=(1, 2)`]);
    });
    test('and not take a function\'s value for a named vector', () => {
      const gold = 'f(3, 4) = (1, 2)';
      expect(unitVectorsAsTuples(String.raw`\hat{i} + 2\hat{j}`, gold)).toEqual([String.raw`\hat{i} + 2\hat{j}`, gold]);
    });
  });

  describe('should read plain unit vectors after the last of a chain of names', () => {
    test('for two names', () => {
      const pred = String.raw`\vec{v} = \overrightarrow{AB} = -i + 5j`;
      expect(unitVectorsAsTuples(pred, '(-1, 5)', 'Find the vector v.')).toEqual([String.raw`\vec{v} = \overrightarrow{AB} =(-1, 5)`, '(-1, 5)']);
    });
  });

  describe('should count the components of a tuple in angle brackets around another', () => {
    test('for an inner product as its first component', () => {
      const gold = String.raw`\langle \langle u, v \rangle, 2, 0 \rangle`;
      expect(unitVectorsAsTuples(String.raw`2\hat{j}`, gold)).toEqual(['(0, 2, 0)', gold]);
    });
  });

  describe('should read a sum between dollar signs', () => {
    test('for one formula', () => {
      expect(unitVectorsAsTuples(`$${SUM}$`, '(-1, 5)')).toEqual(['(-1, 5)', '(-1, 5)']);
    });
    test('and leave two formulas with words between them as written', () => {
      const pred = String.raw`$2\vec{a} - \vec{b}$ = $-\hat{i} + 5\hat{j}$`;
      expect(unitVectorsAsTuples(pred, '(-1, 5)')).toEqual([pred, '(-1, 5)']);
    });
  });

  describe('should drop a thin space between a coefficient and its unit vector', () => {
    test('for \\,', () => {
      expect(unitVectorsAsTuples(String.raw`2\,\hat{i} - 3\,\hat{j}`, '(2, -3)')).toEqual(['(2, -3)', '(2, -3)']);
    });
  });

  describe('should leave a sum as written when a coefficient holds a plain i, j or k', () => {
    test.each([
      ['for the imaginary unit', String.raw`2i\hat{j} + \hat{k}`, '(0, 2i, 1)'],
      ['for a k before a command', String.raw`k\sqrt3\hat{i} + \hat{j}`, String.raw`(k\sqrt3, 1)`],
    ])('%s', (_, pred, gold) => {
      expect(unitVectorsAsTuples(pred, gold)).toEqual([pred, gold]);
    });
  });

  describe('should leave a sum as written when it has more components than the tuple', () => {
    test('for a k against a pair', () => {
      const pred = String.raw`2\hat{i} - \hat{j} + 3\hat{k}`;
      expect(unitVectorsAsTuples(pred, '(2, -1)')).toEqual([pred, '(2, -1)']);
    });
  });
});
