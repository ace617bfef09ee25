import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { orValues } from '../../../src/core/critic/either-or';

/** Policy `hedges`: a sentence that ends on values joined by "or", some in `$…$` and some bare, gives those values. */
describe('orValues', () => {
  describe('should read every value of the list', () => {
    test.each([
      ['for two values joined by "or"', 'So x is either 4 or -1.', ['4', '-1']],
      ['for a verb written in capitals', 'So x IS 4 or -1.', ['4', '-1']],
      ['for a comma before "or" (the Oxford comma)', 'The possible values are 2, 3, or 5.', ['2', '3', '5']],
      ['for values with no space after their commas', 'The possible values are 2,3, or 5.', ['2', '3', '5']],
    ])('%s', (_, sentence, values) => {
      expect(orValues(sentence)).toEqual(values);
    });
  });

  describe('should give each value without its marks and the spaces around it', () => {
    test.each([
      ['for two spaces between the comma and "or"', 'The possible values are 2, 3,  or 5.', ['2', '3', '5']],
      ['for two spaces between "or" and a marked value', 'The possible values are 2, 3, or  $5$.', ['2', '3', '5']],
      ['for a marked value after a comma and a space', 'The possible values are 2, $3$, or 5.', ['2', '3', '5']],
      ['for two spaces between a marked value and "or"', 'So $x$ is either $4$  or -1.', ['4', '-1']],
      ['for two spaces between "or" and a marked value at the end', 'So $x$ is either 4 or  $-1$.', ['4', '-1']],
      ['for spaces inside the marks', 'So $x$ is either $ 4 $ or -1.', ['4', '-1']],
      ['for a comma typed inside the marks', 'So $x$ is either $4,$ or -1.', ['4', '-1']],
    ])('%s', (_, sentence, values) => {
      expect(orValues(sentence)).toEqual(values);
    });
  });
});

describe('judgeByRules', () => {
  describe('should accept a sentence that ends on the reference values joined by "or"', () => {
    test('for a verb written in capitals', () => {
      expect(judgeByRules('So $x$ IS either 4 or $-1$.', '-1, 4').equal).toBe(true);
    });
    test('for three values with a comma before "or"', () => {
      expect(judgeByRules('The possible values are 2, 3, or 5.', '2, 3, 5').equal).toBe(true);
    });
  });
});

describe('orValues and judgeByRules', () => {
  describe('should read "or" written in capitals as "or"', () => {
    test('for a marked and a bare value', () => {
      expect(orValues('So $x$ is either 4 OR $-1$.')).toEqual(['4', '-1']);
      expect(judgeByRules('So $x$ is either 4 OR $-1$.', '-1, 4').equal).toBe(true);
      expect(judgeByRules('So $x$ is either 4 OR $1$.', '-1, 4').equal).toBe(false);
    });
  });
});
