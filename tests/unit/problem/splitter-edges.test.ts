import { describe, expect, test } from 'vitest';
import { createDsvSplitter, createJsonArraySplitter, createLineSplitter, type Splitter } from '../../../src/core/problem/splitters';

/** Every record and error of `chunks` pushed one by one. */
function split(splitter: Splitter, chunks: string[]) {
  const records = chunks.flatMap((c) => splitter.push(c));
  const end = splitter.finish();
  return { records: [...records, ...end.records], errors: end.errors };
}

describe('createLineSplitter', () => {
  describe('should keep a line', () => {
    test('for a line exactly at the limit', () => {
      expect(split(createLineSplitter(5), ['abcde\n']).records).toEqual([{ line: 1, text: 'abcde' }]);
    });

    test('for a last line exactly at the limit with no newline after it', () => {
      expect(split(createLineSplitter(5), ['abcde']).records).toEqual([{ line: 1, text: 'abcde' }]);
    });

    test('for a carriage return inside the line (only the one before the newline goes)', () => {
      expect(split(createLineSplitter(100), ['a\rb\r\n']).records).toEqual([{ line: 1, text: 'a\rb' }]);
    });
  });

  describe('should count a line past the limit', () => {
    test('for a line in one chunk', () => {
      expect(split(createLineSplitter(5), ['abcdefgh\n']).records).toEqual([{ line: 1, tooLong: 8, quotes: 0 }]);
    });

    test('for a line that goes past the limit at its last piece, with its quotes', () => {
      expect(split(createLineSplitter(4), ['"ab', 'c"\n']).records).toEqual([{ line: 1, tooLong: 5, quotes: 2 }]);
    });

    test('for a line dropped piece by piece, with its quotes', () => {
      expect(split(createLineSplitter(4), ['"ab', 'c"d', '"e', '"\n']).records).toEqual([{ line: 1, tooLong: 9, quotes: 4 }]);
    });
  });

  test('should not make an empty last line of text that ends with a newline, even when keeping blank lines', () => {
    expect(split(createLineSplitter(100, true), ['a\n', '\n']).records).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: '' },
    ]);
  });
});

describe('createDsvSplitter', () => {
  describe('should join the lines of a quoted field', () => {
    test('for a field holding a blank line', () => {
      expect(split(createDsvSplitter(100), ['q,a\n"one\n\nthree",5\n']).records).toEqual([
        { line: 1, text: 'q,a' },
        { line: 2, text: '"one\n\nthree",5' },
      ]);
    });

    test('for a record exactly at the limit (newlines count one each)', () => {
      expect(split(createDsvSplitter(7), ['"ab\ncd"\n']).records).toEqual([{ line: 1, text: '"ab\ncd"' }]);
    });
  });

  describe('should count a record past the limit', () => {
    test('for a quoted field over two lines', () => {
      expect(split(createDsvSplitter(6), ['"ab\ncd"\n']).records).toEqual([{ line: 1, tooLong: 7 }]);
    });

    test('for a single line', () => {
      expect(split(createDsvSplitter(3), ['abcdef\n']).records).toEqual([{ line: 1, tooLong: 6 }]);
    });
  });

  test.each([
    ['empty', 'a\n\nb\n'],
    ['only spaces', 'a\n   \nb\n'],
  ])('should skip a line that is %s', (_, text) => {
    expect(split(createDsvSplitter(100), [text]).records).toEqual([
      { line: 1, text: 'a' },
      { line: 3, text: 'b' },
    ]);
  });

  describe('should report a quote never closed', () => {
    test('and read the lines after it again, on their own lines', () => {
      expect(split(createDsvSplitter(100), ['q,a\n"x,1\ny,2\nz,3\n'])).toEqual({
        records: [
          { line: 1, text: 'q,a' },
          { line: 3, text: 'y,2' },
          { line: 4, text: 'z,3' },
        ],
        errors: [{ line: 2, reason: 'a quoted field opened here is never closed' }],
      });
    });

    test('for a record past the limit (its lines are not kept to read again)', () => {
      expect(split(createDsvSplitter(5), ['q\n"abcdef\ngh\n'])).toEqual({
        records: [{ line: 1, text: 'q' }],
        errors: [{ line: 2, reason: 'a quoted field opened here is never closed' }],
      });
    });
  });
});

describe('createJsonArraySplitter', () => {
  test.each([
    ['a space', ' '],
    ['a tab', '\t'],
    ['a newline', '\n'],
    ['a carriage return', '\r'],
  ])('should start an element after %s', (_, space) => {
    expect(split(createJsonArraySplitter(100), [`[${space}1,${space}2]`]).records.map((r) => 'text' in r && r.text)).toEqual(['1', '2']);
  });

  test('should skip a stray comma between elements', () => {
    expect(split(createJsonArraySplitter(100), ['[1,,2]']).records).toEqual([
      { line: 1, element: 1, text: '1' },
      { line: 1, element: 2, text: '2' },
    ]);
  });

  test('should read an empty string as the first element', () => {
    expect(split(createJsonArraySplitter(100), ['["", 2]']).records).toEqual([
      { line: 1, element: 1, text: '""' },
      { line: 1, element: 2, text: '2' },
    ]);
  });

  test('should find the array of an object after other objects and arrays', () => {
    const doc = '{"meta": {"tags": ["a", "b"], "n": 1}, "problems": [{"question": "q"}, [3]]}';
    expect(split(createJsonArraySplitter(100), [doc])).toEqual({
      records: [
        { line: 1, element: 1, text: '{"question": "q"}' },
        { line: 1, element: 2, text: '[3]' },
      ],
      errors: [],
    });
  });

  test('should end the last element at a brace that closes the array by mistake, and report the array cut off', () => {
    expect(split(createJsonArraySplitter(100), ['{"problems": [1, 2}'])).toEqual({
      records: [
        { line: 1, element: 1, text: '1' },
        { line: 1, element: 2, text: '2' },
      ],
      errors: [{ line: 1, reason: 'the JSON array is cut off: its closing ] is missing' }],
    });
  });

  describe('should keep an element', () => {
    test('for one exactly at the limit', () => {
      expect(split(createJsonArraySplitter(5), ['[12345]']).records).toEqual([{ line: 1, element: 1, text: '12345' }]);
    });

    test('for one exactly at the limit that ends with its chunk', () => {
      expect(split(createJsonArraySplitter(5), ['[12345', ']']).records).toEqual([{ line: 1, element: 1, text: '12345' }]);
    });
  });

  test('should count an element past the limit', () => {
    expect(split(createJsonArraySplitter(5), ['[{"q":"abcdefgh"}]']).records).toEqual([{ line: 1, element: 1, tooLong: 16 }]);
  });

  test('should keep the last element of an array cut off, as it is', () => {
    expect(split(createJsonArraySplitter(100), ['[1, {"q":2']).records).toEqual([
      { line: 1, element: 1, text: '1' },
      { line: 1, element: 2, text: '{"q":2' },
    ]);
  });
});
