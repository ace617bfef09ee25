import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

// Policy `notation`: a vector written with unit vectors is the tuple of its components.
const equal = (pred: string, gold: string, question?: string) => judgeByRules(pred, gold, question === undefined ? {} : { question }).equal;
const VECTOR = 'Find the vector from $A$ to $B$.';

describe('judgeByRules', () => {
  describe('should read unit vectors in every spelling LaTeX allows', () => {
    test.each([
      ['a space before the braces', String.raw`\hat {i} + 2\hat {j}`],
      ['spaces inside the braces', String.raw`\hat{ i } + 2\hat{ j }`],
      ['a space after the letter only', String.raw`\hat{i } + 2\hat{j }`],
      ['a space before the letter only', String.raw`\hat{ i} + 2\hat{ j}`],
      ['dotless i and j', String.raw`\hat{\imath} + 2\hat{\jmath}`],
      ['no braces at all', String.raw`\hat i + 2\hat j`],
      ['arrows without braces', String.raw`\vec i + 2\vec j`],
    ])('for %s', (_, pred) => {
      expect(equal(pred, '(1, 2)')).toBe(true);
    });
  });

  describe('should read the tuple on either side', () => {
    test('for a tuple answer against a reference in unit vectors', () => {
      expect(equal('(-1, 5)', String.raw`-\mathbf{i} + 5\mathbf{j}`)).toBe(true);
    });
    test('for a tuple in angle brackets', () => {
      expect(equal(String.raw`-\mathbf{i} + 5\mathbf{j}`, String.raw`\langle -1, 5 \rangle`)).toBe(true);
    });
    test('and compare two sums of unit vectors as expressions, terms in any order', () => {
      expect(equal(String.raw`2\mathbf{j} + \mathbf{i}`, String.raw`\mathbf{i} + 2\mathbf{j}`)).toBe(true);
    });
  });

  describe('should read the tuple after the vector it names, as a tuple answer is read', () => {
    test.each([
      ['on the reference\'s side', String.raw`\mathbf{i} + 2\mathbf{j}`, String.raw`\overrightarrow{AB} = (1, 2)`, true],
      ['with a different component', String.raw`\mathbf{i} + 3\mathbf{j}`, String.raw`\overrightarrow{AB} = (1, 2)`, false],
      ['on the answer\'s side', String.raw`2\vec{a} - \vec{b} = (-1, 5)`, String.raw`-\mathbf{i} + 5\mathbf{j}`, true],
    ])('for %s', (_, pred, gold, same) => {
      expect(equal(pred, gold)).toBe(same);
    });
  });

  describe('should read a transposed tuple, as a tuple answer is read', () => {
    test.each([
      ['T', '(-1, 5)^T', true],
      ['T in braces', '(-1, 5)^{T}', true],
      ['\\top', String.raw`(-1, 5)^\top`, true],
    ])('for %s', (_, gold, same) => {
      expect(equal(String.raw`-\mathbf{i} + 5\mathbf{j}`, gold)).toBe(same);
    });
    test('and refuse a different component', () => {
      expect(equal(String.raw`-\mathbf{i} + 4\mathbf{j}`, '(-1, 5)^T')).toBe(false);
    });
  });

  describe('should give a missing unit vector the component 0', () => {
    test.each([
      ['the last one', String.raw`\mathbf{i} + 2\mathbf{j}`, '(1, 2, 0)'],
      ['the first one', String.raw`3\mathbf{j} - \mathbf{k}`, '(0, 3, -1)'],
    ])('for %s', (_, pred, gold) => {
      expect(equal(pred, gold)).toBe(true);
    });
  });

  describe('should count the components of a tuple in angle brackets', () => {
    test.each([
      ['a middle component 0', String.raw`2\mathbf{i} + \mathbf{k}`, String.raw`\langle 2, 0, 1 \rangle`, true],
      ['a last component 0', String.raw`2\hat{i} + \hat{j}`, String.raw`\langle 2, 1, 0 \rangle`, true],
      ['the tuple on the answer\'s side', String.raw`\langle 2, 0, 1 \rangle`, String.raw`2\mathbf{i} + \mathbf{k}`, true],
      ['a different component', String.raw`2\mathbf{i} + 2\mathbf{k}`, String.raw`\langle 2, 0, 1 \rangle`, false],
    ])('for %s', (_, pred, gold, same) => {
      expect(equal(pred, gold)).toBe(same);
    });
  });

  describe('should count the components of a tuple whose items hold brackets', () => {
    test.each([
      ['braces', String.raw`\frac{1}{2}\mathbf{i} + 3\mathbf{k}`, String.raw`(\frac{1}{2}, 0, 3)`],
      ['parentheses', String.raw`\ln(2)\mathbf{i} + 3\mathbf{k}`, String.raw`(\ln(2), 0, 3)`],
      ['square brackets', String.raw`\sqrt[3]{2}\mathbf{i} + 3\mathbf{k}`, String.raw`(\sqrt[3]{2}, 0, 3)`],
    ])('for %s', (_, pred, gold) => {
      expect(equal(pred, gold)).toBe(true);
    });
  });

  describe('should split the sum only at its own plus and minus signs', () => {
    test.each([
      ['a sum inside parentheses', String.raw`(1+\sqrt{2})\mathbf{i} + \mathbf{j}`, String.raw`(1+\sqrt{2}, 1)`],
      ['square brackets before the sign', String.raw`\sqrt[3]{2}\mathbf{i} + \mathbf{j}`, String.raw`(\sqrt[3]{2}, 1)`],
      ['the sign of an exponent', String.raw`2^-1\mathbf{i} + \mathbf{j}`, '(0.5, 1)'],
      ['an exponent earlier in the sum', String.raw`3^2\mathbf{i}-\mathbf{j}`, '(9, -1)'],
      ['subscripts earlier in the sum', String.raw`x_1\mathbf{i}+x_2\mathbf{j}`, '(x_1, x_2)'],
      ['powers of ten in the coefficients', String.raw`1.5 \times 10^3 \mathbf{i} + 2 \times 10^3 \mathbf{j}`, '(1500, 2000)'],
    ])('for %s', (_, pred, gold) => {
      expect(equal(pred, gold)).toBe(true);
    });
  });

  describe('should give each component the sign before it', () => {
    test.each([
      ['a plus then a minus', String.raw`3\mathbf{i} + -2\mathbf{j}`, '(3, -2)'],
      ['a leading plus', String.raw`+2\mathbf{i} - \mathbf{j}`, '(2, -1)'],
      ['two minus signs', String.raw`\mathbf{i} - -2\mathbf{j}`, '(1, 2)'],
    ])('for %s', (_, pred, gold) => {
      expect(equal(pred, gold)).toBe(true);
    });
  });

  describe('should take the coefficient without the product sign or space before the unit vector', () => {
    test.each([
      ['a dot', String.raw`2 \cdot \mathbf{i} + 3 \cdot \mathbf{j}`, '(2, 3)'],
      ['a space', String.raw`2 \mathbf{i} + 3 \mathbf{j}`, '(2, 3)'],
      ['a constant named by a command', String.raw`\pi\mathbf{i} + 2\mathbf{j}`, String.raw`(\pi, 2)`],
    ])('for %s', (_, pred, gold) => {
      expect(equal(pred, gold)).toBe(true);
    });
  });

  describe('should not read as a tuple a sum that is not a coefficient times each unit vector', () => {
    test.each([
      ['a unit vector divided after it', String.raw`\mathbf{i}/2 + \mathbf{j}/2`, '(1, 1)'],
      ['a term without a unit vector', String.raw`\hat{i} + 2`, '(1, 2)'],
      ['a product of two unit vectors', String.raw`\hat{i}\cdot\hat{i} + 2\hat{j}`, '(1, 2)'],
      ['a unit vector named twice', String.raw`\mathbf{i} + 2\mathbf{j} + 2\mathbf{i}`, '(2, 2)'],
    ])('for %s', (_, pred, gold) => {
      expect(equal(pred, gold)).toBe(false);
    });
  });

  describe('should not read unit vectors against an interval', () => {
    test.each([
      ['with spaces', String.raw`x \in (1, 2)`],
      ['without spaces', String.raw`x\in(1, 2)`],
    ])('for one %s', (_, gold) => {
      expect(equal(String.raw`\hat{i} + 2\hat{j}`, gold)).toBe(false);
    });
  });

  describe('should read plain i, j and k as unit vectors when the question asks for a vector', () => {
    test.each([
      ['spaces around the signs', '-i + 5j', '(-1, 5)'],
      ['no spaces', '-i+5j', '(-1, 5)'],
      ['a number before the first letter', '2i - j + 3k', '(2, -1, 3)'],
      ['a lone unit vector', 'j', '(0, 1)'],
    ])('for %s', (_, pred, gold) => {
      expect(equal(pred, gold, VECTOR)).toBe(true);
    });
    test('for the word vector without an arrow in the question', () => {
      expect(equal('-i + 5j', '(-1, 5)', 'What is the vector from A to B?')).toBe(true);
    });
  });

  describe('should read plain unit vectors after the vector they name when the question asks for a vector', () => {
    test.each([
      ['an arrow over the name', String.raw`\vec{v} = -i + 5j`, '(-1, 5)', true],
      ['a plain name', 'v = -i + 5j', '(-1, 5)', true],
      ['a name that is one of the letters', String.raw`\vec{k} = 2i + j`, '(2, 1)', true],
      ['a different component', String.raw`\vec{v} = -i + 4j`, '(-1, 5)', false],
    ])('for %s', (_, pred, gold, same) => {
      expect(equal(pred, gold, VECTOR)).toBe(same);
    });
    test('and keep the name, which is compared with the reference\'s as for a tuple answer', () => {
      expect(equal(String.raw`\vec{v} = (-1, 5)`, String.raw`\vec{w} = (-1, 5)`, VECTOR)).toBe(false);
      expect(equal(String.raw`\vec{v} = -i + 5j`, String.raw`\vec{w} = (-1, 5)`, VECTOR)).toBe(false);
    });
    test('and not when it does not', () => {
      expect(equal('v = -i + 5j', '(-1, 5)', 'Find $v$.')).toBe(false);
    });
  });

  describe('should keep plain letters as they are otherwise', () => {
    test('for a lone i, which is the imaginary unit', () => {
      expect(equal('3i', '(3, 0)', VECTOR)).toBe(false);
    });
    test('for a sum with a term without a letter', () => {
      expect(equal('2i + 3j + 4', '4 + 2i + 3j', VECTOR)).toBe(true);
    });
    test('for a sum with another letter in it', () => {
      expect(equal('2x-j', '-j+2x', VECTOR)).toBe(true);
    });
  });
});
