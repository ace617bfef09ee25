import { describe, expect, test } from 'vitest';
import { binarySentence, emptySentence } from '../../../src/core/problem/text-checks';

const ZIP_GUESS = 'is it a zip, a spreadsheet (.xlsx) or a compressed file? Save the problems as .jsonl, .json, .csv or .tsv text';
const UTF16_GUESS = 'it looks like UTF-16 text: save it as UTF-8';
const sentence = (at: number, code: string, guess: string) =>
  `this is not a text file: character ${at} of its first line is the control character U+${code}, which no JSONL, JSON, CSV or TSV file holds; ${guess}`;

describe('binarySentence', () => {
  describe('should find a control character', () => {
    test('at the very end of a text with no newline', () => {
      expect(binarySentence('ab\u001b')).toBe(sentence(3, '001B', ZIP_GUESS));
    });
    test('and name it in upper-case hex', () => {
      expect(binarySentence('PK\u001f')).toBe(sentence(3, '001F', ZIP_GUESS));
    });
  });
  describe('should guess UTF-16', () => {
    test('for ASCII text with a zero byte after each character', () => {
      expect(binarySentence('a\u0000b\u0000c\u0000')).toBe(sentence(2, '0000', UTF16_GUESS));
    });
    test('for a UTF-16 byte order mark decoded as two replacement characters', () => {
      expect(binarySentence('\uFFFD\uFFFDa\u0001')).toBe(sentence(4, '0001', UTF16_GUESS));
    });
  });
  describe('should guess an archive', () => {
    test('for replacement characters that do not start the file', () => {
      expect(binarySentence('PK\u0003\u0004\uFFFD\uFFFD')).toBe(sentence(3, '0003', ZIP_GUESS));
    });
    test('for runs of zero bytes', () => {
      expect(binarySentence('a\u0000\u0000\u0000b')).toBe(sentence(2, '0000', ZIP_GUESS));
    });
  });
});

describe('emptySentence', () => {
  test('should say how many blank lines a whitespace-only file holds', () => {
    expect(emptySentence(2, false, 1)).toBe('the file holds only whitespace (1 blank line), no problems');
    expect(emptySentence(2, false, 2)).toBe('the file holds only whitespace (2 blank lines), no problems');
    expect(emptySentence(0, false, 0)).toBe('the file is empty');
    expect(emptySentence(2, true, 0)).toBeNull();
  });
});
