import { describe, expect, test } from 'vitest';
import { labelledValues } from '../../../src/core/critic/labelled-lines';

/** Policy `several-answers`: which lines and clauses read as labelled values, and in what order. */
describe('labelledValues', () => {
  describe('should read the value each labelled line ends on', () => {
    test.each([
      ['for labels of two words', 'Mean value: 5\nMedian value: 4', ['5', '4']],
      ['for labels of two words apart by two spaces', 'Mean  value: 5\nMedian  value: 4', ['5', '4']],
      ['for a label of two letters', 'AB: 5\nBC: 7', ['5', '7']],
      ['for a value right after its colon', 'Width:3 cm\nHeight:4 cm', ['3 cm', '4 cm']],
      ['for a value with a unit', 'Width: 3 cm\nHeight: 4 cm', ['3 cm', '4 cm']],
      ['for a value of four digits', 'Population: 1000\nArea: 25', ['1000', '25']],
      ['for a decimal value', 'Mean: 3.5\nMedian: 4', ['3.5', '4']],
      ['for values ending in a full stop', 'Mean: 5.\nMedian: 4.', ['5', '4']],
      ['for a value in LaTeX', 'Mean: \\frac{7}{2}\nMedian: 4', ['\\frac{7}{2}', '4']],
      ['for a value in LaTeX with a command of five letters', 'Mean: \\dfrac{7}{2}\nMedian: 4', ['\\dfrac{7}{2}', '4']],
      ['for a value after its working and an equals sign', 'Mean: (2 + 4) / 2 = 3\nMedian: 4', ['3', '4']],
      ['for a value after a lead-in in words with no space after its comma', 'Mean: 5\nMedian: the middle value,4', ['5', '4']],
      ['for a value that starts with a letter and a comma inside brackets', 'Centre: (a, 2)\nRadius: 3', ['(a, 2)', '3']],
      ['for values with a sign between spaces', 'First root: 2 + 3i\nSecond root: 2 - 3i', ['2 + 3i', '2 - 3i']],
      ['for a numbered list', '1. Mean: 5\n2. Median: 4', ['5', '4']],
      ['for a numbered list past nine', '10. Mean: 5\n11. Median: 4', ['5', '4']],
      ['for bold labels with a space inside the stars', '** Mean:** 5\n** Median:** 4', ['5', '4']],
      ['for clauses of the last line with no space after the comma', 'Mean: 5,median: 4', ['5', '4']],
      ['for the last paragraph only, after a line of spaces', 'Sorted data: 2, 4, 5\n \nMean: 5\nMedian: 4', ['5', '4']],
    ])('%s', (_, response, values) => {
      expect(labelledValues(response)).toEqual(values);
    });
  });

  describe('should give null', () => {
    test.each([
      ['for an empty response', ''],
      ['for a response of spaces', '   '],
      ['for a single labelled line', 'Mean: 5'],
      ['for two lines with the same label', 'Mean: 5\nMean: 4'],
      ['for values without a digit', 'Mean: x\nMedian: y'],
      ['for a last line of one labelled clause and one that is not', 'Mean: 5, median not given'],
      ['for lines that start with a letter in brackets', '(a) Mean: 5\n(b) Median: 4'],
      ['for lines that start with a number in brackets', '(1) Mean: 5\n(2) Median: 4'],
      ['for lines whose labels start with a question number', 'Q1. Mean: 5\nQ2. Median: 4'],
      ['for a line that a line separator cuts short', 'Mean: 5\u2028see above\nMedian: 4'],
    ])('%s', (_, response) => {
      expect(labelledValues(response)).toBeNull();
    });
  });

  describe('should order the values as the question names their labels', () => {
    test.each([
      ['when the question names them in another order', 'Mean: 5\nMedian: 4', 'Find the median and the mean of the data.', ['4', '5']],
      ['when the question starts with a label', 'Mean: 5\nMedian: 4', 'median and mean of the data?', ['4', '5']],
      ['for labels with brackets', 'f(a): 5\ng(a): 3', 'Find g(a) and f(a).', ['3', '5']],
    ])('%s', (_, response, question, values) => {
      expect(labelledValues(response, question)).toEqual(values);
    });
  });

  describe("should keep the response's order", () => {
    test.each([
      ['when the question does not name a label', 'Median: 4\nMean: 5', 'What is the average and the median?', ['4', '5']],
      ['when the label it does not name comes first', 'Mean: 5\nMedian: 4', 'Median and average?', ['5', '4']],
      ['when two labels are found at the same place', 'Total: 10\nTax: 2\nTotal cost: 12', 'Find the tax, the total cost and the total.', ['10', '2', '12']],
    ])('%s', (_, response, question, values) => {
      expect(labelledValues(response, question)).toEqual(values);
    });
  });
});
