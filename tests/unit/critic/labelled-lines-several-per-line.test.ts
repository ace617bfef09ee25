import { describe, expect, test } from 'vitest';
import { labelledValues } from '../../../src/core/critic/labelled-lines';

/** Policy `several-answers`: a last line that labels several values is read clause by clause, never as one label with the last value. */
describe('labelledValues', () => {
  describe('should read the clauses of a last line that labels several values', () => {
    test.each([
      ['for labels in words and equals signs', 'Sum: 10\nMean = 5, median = 4.', ['5', '4']],
      ['for short labels and colons', 'Mean: 5\nMin: 2, max: 9', ['2', '9']],
      ['for a bold second label', 'Mean: 5\nMin: 2, **max:** 9', ['2', '9']],
      ['for clauses joined by a semicolon', 'Mean: 5\nMedian: 4; SD: 1.2', ['4', '1.2']],
    ])('%s', (_, response, values) => {
      expect(labelledValues(response)).toEqual(values);
    });
  });
});
