import { describe, expect, test } from 'vitest';
import { pickedPrinted, sameShown } from '../../../src/core/critic/printed-pick';
import { judgeByRules } from '../../../src/core/critic';

/**
 * Policy `final-answer`: of several printed values the sentence after the output names, the one it
 * calls the total, or the one it counts in the noun a "how many" question counts, is its answer.
 */
const TULIPS = [6, 3, 9];
const LITERS = [4.5, 4.75, 9.25];
const tulips = (tail: string) => `They planted 6 rows of red tulips and 3 rows of blue tulips, ${tail}`;

describe('a number as the sentence shows it against a printed value', () => {
  test('should hold a whole number to half a unit of the printed value', () => {
    expect(sameShown('9', 9.3)).toBe(true);
    expect(sameShown('9', 9.6)).toBe(false);
  });

  test('should hold a decimal to half a unit in its last shown digit, for every digit shown', () => {
    expect(sameShown('0.96', 0.9649)).toBe(true);
    expect(sameShown('0.96', 0.97)).toBe(false);
    expect(sameShown('0.9683', 0.9684)).toBe(false);
  });

  test('should take a printed value exactly half a unit away as shown, for a whole number and a decimal', () => {
    expect(sameShown('2', 2.5)).toBe(true);
    expect(sameShown('0.97', 0.965)).toBe(true);
  });

  test('should include the bound itself with its float allowance', () => {
    expect(sameShown('0', 0.5 * (1 + 1e-9))).toBe(true);
    expect(sameShown('0', 0.5 * (1 + 3e-9))).toBe(false);
  });

  test('should read commas and a percent sign off the shown number', () => {
    expect(sameShown('1,110', 1110.2)).toBe(true);
    expect(sameShown('35%', 35)).toBe(true);
  });
});

describe('the printed value a sentence calls the total', () => {
  test('should pick the total after a connective followed by several spaces', () => {
    expect(pickedPrinted(tulips('which is  9 rows in total.'), TULIPS, undefined)).toBe('9');
  });

  test('should pick the total when "a total of" is spread over several spaces after a connective', () => {
    expect(pickedPrinted(tulips('making a  total of 9 rows altogether.'), TULIPS, undefined)).toBe('9');
    expect(pickedPrinted(tulips('making a total  of 9 rows altogether.'), TULIPS, undefined)).toBe('9');
    expect(pickedPrinted(tulips('making a  total of  9 rows altogether.'), TULIPS, undefined)).toBe('9');
  });

  test('should pick a decimal total after a connective whole, digits after the point included', () => {
    expect(pickedPrinted('They poured 4.5 liters and 4.75 liters, which is 9.25 liters in total.', LITERS, undefined)).toBe('9.25');
  });

  test('should pick the number after "a total of" followed by several spaces', () => {
    expect(pickedPrinted('They planted 6 rows and 3 rows, a total of  9 rows.', TULIPS, undefined)).toBe('9');
  });

  test('should pick a decimal after "a total of" with every digit it shows', () => {
    expect(pickedPrinted('They poured 4.5 liters and 4.75 liters, a total of 9.25 liters.', LITERS, undefined)).toBe('9.25');
  });

  test('should pick none when the total is no printed value', () => {
    expect(pickedPrinted(tulips('which is 10 rows in total.'), TULIPS, undefined)).toBeNull();
  });
});

describe('the printed value a sentence counts in the asked noun', () => {
  test('should count a plural noun with an s before its last letter', () => {
    expect(pickedPrinted('Her 3 albums hold 45 stamps.', [3, 45], 'How many stamps does she have?')).toBe('45');
  });

  test('should pick the one printed value among several counts of the noun', () => {
    expect(pickedPrinted('Of the 30 miles, they drove 27 miles.', [1.5, 27], 'How many miles did they drive?')).toBe('27');
  });

  test('should pick none when two printed values are counted in the noun', () => {
    expect(pickedPrinted('They drove 27 miles, then 30 miles.', [27, 30], 'How many miles did they drive?')).toBeNull();
  });
});

describe('judging a response whose output prints several values', () => {
  const pred = '```python\nprint(red, blue, red + blue)\n```\n```output\n6 3 9\n```\n' + tulips('making a  total of 9 rows altogether.');
  const question = 'How many rows of tulips did they plant?';

  test('should answer with the total the sentence names', () => {
    expect(judgeByRules(pred, '9', { question }).equal).toBe(true);
  });

  test('should judge a part against the total as wrong', () => {
    expect(judgeByRules(pred, '6', { question }).equal).toBe(false);
  });
});
