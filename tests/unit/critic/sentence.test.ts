import { describe, expect, test } from 'vitest';
import { copulaTail, isNameWithNumber, numberToken, sentenceAnswer, sentenceYesNo, standaloneNumbers } from '../../../src/core/critic/sentence';

function expectValue(sentence: string, value: string): void {
  expect(sentenceAnswer(sentence), sentence).toEqual({ kind: 'value', text: value });
}

describe('sentenceAnswer', () => {
  describe('should find the value a sentence states', () => {
    test('for one number in the sentence', () => {
      expectValue('She makes $18 every day.', '18');
      expectValue('He finished in 3rd place.', '3');
    });
    test('for the last result clause', () => {
      expectValue('Adding the two amounts gives 12 + 30 = 42, so she spent $42 in total.', '42');
      expectValue('The total is 20 + 15 = 35. Then she gives away 5, so 30 are left.', '30');
    });
    test('for the result after the last equals sign', () => {
      expectValue('He has 20+6=26 total glasses of water in a week.', '26');
    });
    test('for the formula after the verb', () => {
      expectValue('Therefore, the value of $x$ is $\\frac{3}{2}$.', '\\frac{3}{2}');
      expectValue('Thus the area of the triangle is $24$ square units.', '24');
    });
  });
  describe('should read "approximately" as a rounded value, not a hedge', () => {
    test('for a sentence and a formula', () => {
      expectValue('The total is about 42.', '42');
      expectValue('The value of \\( \\frac{p(3)}{p(4)} \\) is approximately \\( 0.9091 \\).', '0.9091');
    });
  });
  describe('should refuse to pick a value', () => {
    test('for a hedge', () => {
      expect(sentenceAnswer('The answer is at least 5.')).toEqual({ kind: 'hedged' });
      expect(sentenceAnswer('So it is 3 or 4.')).toEqual({ kind: 'hedged' });
    });
    test('for several numbers and no result clause', () => {
      expect(sentenceAnswer('Each friend gets 4 cookies and 2 are left over.')).toEqual({ kind: 'several' });
    });
    test('for a sentence without a number', () => {
      expect(sentenceAnswer('I am not sure how to solve this.')).toEqual({ kind: 'none' });
    });
    test('for a formula that does not follow a verb', () => {
      expect(sentenceAnswer('With $x = 2$ we substitute into $y$ and simplify.')).toEqual({ kind: 'several' });
    });
  });
});

describe('numberToken', () => {
  describe('should read numbers that stand alone', () => {
    test('for money, separators, fractions, ordinals, percents and glued units', () => {
      expect(['$18.', '1,250', '5/8', '3rd', '25%', '5cm', '(68)'].map(numberToken)).toEqual(['18', '1,250', '5/8', '3', '25%', '5', '68']);
    });
  });
  describe('should not read codes or words with digits', () => {
    test('for letters on either side', () => {
      expect(['A7', 'QX7Z', '12A', 'x7', 'H2O', 'COVID-19'].map(numberToken)).toEqual([null, null, null, null, null, null]);
    });
  });
});

describe('standaloneNumbers', () => {
  describe('should list distinct values once', () => {
    test('for a value written twice in two forms', () => {
      expect(standaloneNumbers('It is 18.0, that is 18 dollars.')).toEqual(['18.0']);
    });
  });
});

describe('copulaTail', () => {
  describe('should give what follows the verb', () => {
    test('for text answers and lists', () => {
      expect(copulaTail('The shape is an ellipse.')).toBe('an ellipse');
      expect(copulaTail('The possible values are 5 or 9.')).toBe('5 or 9');
      expect(copulaTail('The meeting is on Monday.')).toBe('Monday');
    });
    test('for a verb inside the subject, taking the last one', () => {
      expect(copulaTail('Hence the probability that both are red is 3/10.')).toBe('3/10');
    });
    test('for an explanation after the answer, dropping it', () => {
      expect(copulaTail('The answer is 5, which is odd.')).toBe('5');
    });
  });
});

describe('sentenceYesNo', () => {
  describe('should read a leading yes or no', () => {
    test('for both and for neither', () => {
      expect(sentenceYesNo('Yes, it converges.')).toBe(true);
      expect(sentenceYesNo('No.')).toBe(false);
      expect(sentenceYesNo('Nothing converges.')).toBeNull();
    });
  });
});

describe('isNameWithNumber', () => {
  describe('should tell a name from a quantity or a label', () => {
    test('for each', () => {
      expect(isNameWithNumber('Plan 9')).toBe(true);
      expect(isNameWithNumber('Route 66')).toBe(true);
      expect(isNameWithNumber('7 apples')).toBe(false);
      expect(isNameWithNumber('Total 9')).toBe(false);
    });
  });
});
