import { describe, expect, test } from 'vitest';
import { printedCount, printedTotal } from '../../../src/core/critic/output-total';
import { judgeByRules } from '../../../src/core/critic/index';

const program = (lines: string[]) => '```python\nprint(result)\n```\n```output\n' + lines.join('\n') + '\n```';

describe('printedTotal on the labelled lines it reads', () => {
  test('should read a breakdown of only one part and its total', () => {
    expect(printedTotal(['Red: 4', 'Total: 4'], 'How many balls are there?')).toBe('4');
  });
  test('should read a total printed with no space after its colon', () => {
    expect(printedTotal(['Red: 4', 'Blue: 6', 'Total:10'], undefined)).toBe('10');
  });
  test('should read a total with several decimal places', () => {
    expect(printedTotal(['Rent: 1200.50', 'Food: 310.25', 'Total: 1510.75'], undefined)).toBe('1510.75');
  });
  test('should read a total in exponent form with and without a sign', () => {
    expect(printedTotal(['Small: 1e5', 'Large: 2E-5', 'Total: 1e10'], undefined)).toBe('1e10');
    expect(printedTotal(['Small: 1e5', 'Large: 2e5', 'Total: 3e5'], undefined)).toBe('3e5');
    expect(printedTotal(['Small: 1e5', 'Large: 2e5', 'Total: 3e+5'], undefined)).toBe('3e+5');
    expect(printedTotal(['Small: 1', 'Large: 2', 'Total: 3e-5'], undefined)).toBe('3e-5');
  });
  test('should not read a line with text before its label', () => {
    expect(printedTotal(['- Red: 4', 'Blue: 6', 'Total: 10'], undefined)).toBeNull();
  });
  test('should not read a line with text after its number', () => {
    expect(printedTotal(['Red: 4 balls', 'Blue: 6', 'Total: 10'], undefined)).toBeNull();
  });
});

describe('printedTotal on the label of the last line', () => {
  test('should read "Total" and "The total" on their own', () => {
    expect(printedTotal(['Red: 4', 'Blue: 6', 'Total: 10'], undefined)).toBe('10');
    expect(printedTotal(['Red: 4', 'Blue: 6', 'The total: 10'], undefined)).toBe('10');
    expect(printedTotal(['Red: 4', 'Blue: 6', 'Thetotal: 10'], undefined)).toBeNull();
  });
  test('should read "the total" and "total" followed by one or two words', () => {
    expect(printedTotal(['Red: 4', 'Blue: 6', 'The total apples: 10'], undefined)).toBe('10');
    expect(printedTotal(['Red: 4', 'Blue: 6', 'Total red apples: 10'], undefined)).toBe('10');
  });
  test('should read a total label with two spaces between its words', () => {
    expect(printedTotal(['Red: 4', 'Blue: 6', 'The  total apples: 10'], undefined)).toBe('10');
    expect(printedTotal(['Red: 4', 'Blue: 6', 'Total  apples: 10'], undefined)).toBe('10');
    expect(printedTotal(['Red: 4', 'Blue: 6', 'Total red  apples: 10'], undefined)).toBe('10');
  });
  test('should not read a last label that only ends or starts with a total word', () => {
    expect(printedTotal(['Red: 4', 'Blue: 6', 'Subtotal: 10'], undefined)).toBeNull();
    expect(printedTotal(['Red: 4', 'Blue: 6', 'Sum of parts: 10'], undefined)).toBeNull();
  });
});

describe('printedTotal on the parts the question names', () => {
  test('should answer with the total when no question is given, whatever the part labels', () => {
    expect(printedTotal(['Here: 4', 'There: 6', 'Total: 10'], undefined)).toBe('10');
    expect(printedTotal(['Here: 4', 'There: 6', 'Total: 10'], '')).toBe('10');
  });
  test('should not count the word "total" of the last label as a named part', () => {
    const story = 'Anakin caught 19 fish and Locsin caught 13.';
    expect(printedTotal(['Anakin: 19', 'Locsin: 13', 'Total: 32'], `${story} What is the total number of fish they caught?`)).toBe('32');
  });
  test('should leave the lines a list when one word of a part label is named', () => {
    expect(printedTotal(['Red apples: 4', 'Green apples: 6', 'Total: 10'], 'How many red balls are in the bag?')).toBeNull();
  });
  test('should ignore part label words of one or two letters', () => {
    expect(printedTotal(['A: 4', 'B: 6', 'Total: 10'], 'How many marbles are there in a bag?')).toBe('10');
    expect(printedTotal(['Mo: 4', 'Jo: 6', 'Total: 10'], 'How many cookies do Mo and Jo have together?')).toBe('10');
  });
  test("should match a possessive label to the question's possessive with either apostrophe", () => {
    expect(printedTotal(["Jack's: 4", "Jill's: 6", 'Total: 10'], 'How many marbles are in Jack’s bag?')).toBeNull();
    expect(printedTotal(["Jack's: 4", "Jill's: 6", 'Total: 10'], 'How many marbles do they have?')).toBe('10');
  });
});

describe('printedCount on a printed collection and a number', () => {
  test('should answer a how-many question with the number after the collection', () => {
    expect(printedCount(['[(-1, 1), (0, 0), (1, -1)]', '3'], 'How many ordered pairs are there?')).toBe('3');
  });
  test('should not read a line with text before or after the collection', () => {
    expect(printedCount(['x = [1, 2]', '2'], 'How many values are there?')).toBeNull();
    expect(printedCount(['[1, 2] values', '2'], 'How many values are there?')).toBeNull();
  });
  test('should not read a last line with more than a whole number', () => {
    expect(printedCount(['[1, 2, 3]', 'size 3'], 'How many values are there?')).toBeNull();
    expect(printedCount(['[1, 2, 3]', '3 values'], 'How many values are there?')).toBeNull();
    expect(printedCount(['[1, 2, 3]', '-3'], 'How many values are there?')).toBeNull();
  });
  test('should answer with an empty collection whose size 0 follows it', () => {
    expect(printedCount(['[]', '0'], 'Find all real solutions.')).toBe('[]');
    expect(printedCount(['( )', '0'], 'Find all real solutions.')).toBe('( )');
    expect(printedCount(['[]', '1'], 'Find all real solutions.')).toBeNull();
  });
  test('should answer with the collection only when it and its size are the only lines', () => {
    expect(printedCount(['{2, 3}', '2'], 'Find the set of primes below 5.')).toBe('{2, 3}');
    expect(printedCount(['Solutions:', '{2, 3}', '2'], 'Find the set of primes below 5.')).toBeNull();
  });
  test('should find nothing in no lines or one line', () => {
    expect(printedCount([], 'How many values are there?')).toBeNull();
    expect(printedCount(['3'], 'How many values are there?')).toBeNull();
  });
});

describe('judgeByRules on program output that closes on a total or a count', () => {
  test('should judge the total of a breakdown printed to two decimals', () => {
    const response = program(['Rent: 1200.50', 'Food: 310.25', 'Total: 1510.75']);
    expect(judgeByRules(response, '1510.75', { question: 'How much did she spend in all?' }).equal).toBe(true);
  });
  test('should read a breakdown as a list when the question names a part by its possessive', () => {
    const response = program(["Jack's: 4", "Jill's: 6", 'Total: 10']);
    expect(judgeByRules(response, '10', { question: 'How many marbles do they have?' }).equal).toBe(true);
    expect(judgeByRules(response, '10', { question: 'How many marbles are in Jack’s bag?' }).equal).toBeNull();
  });
  test('should judge the set printed before its size for a question that asks for the set', () => {
    const response = program(['{2, 3}', '2']);
    expect(judgeByRules(response, '\\{2, 3\\}', { question: 'Find the set of primes below 5.' }).equal).toBe(true);
  });
});
