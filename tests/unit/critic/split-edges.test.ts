import { describe, expect, test } from 'vitest';
import { enclosed, splitTop } from '../../../src/core/critic/split';

/**
 * splitTop and enclosed at their edges: empty parts, a separator that matches nothing or the empty
 * string, a backslash that escapes the character after it, letter case, and brackets that do not pair.
 */
describe('splitTop', () => {
  describe('should keep empty parts out, but leave an empty text as one part', () => {
    test.each([
      ['a,b', ['a', 'b']],
      ['a,,b', ['a', 'b']],
      [' a , , b ', ['a', 'b']],
      [',', []],
      ['', ['']],
      ['  ', ['']],
      ['(a, b), c', ['(a, b)', 'c']],
    ])('for %j', (s, parts) => {
      expect(splitTop(s, /,/)).toEqual(parts);
    });
  });
  test('should not split where the separator matches only the empty string', () => {
    expect(splitTop('a,b', /,?/)).toEqual(['a', 'b']);
  });
  test('should not split at a character a backslash escapes', () => {
    // `\,` is LaTeX's thin space, `\(` no bracket.
    expect(splitTop('1\\,000, 2', /,/)).toEqual(['1\\,000', '2']);
    expect(splitTop('a\\(b, c', /,/)).toEqual(['a\\(b', 'c']);
  });
  test('should split with the letter case of the separator', () => {
    expect(splitTop('xAy', /a/)).toEqual(['xAy']);
    expect(splitTop('xAy', /a/i)).toEqual(['x', 'y']);
  });
  test('should tell separators apart by their source and flags together', () => {
    // `q` with flag i and `qi` without any: the same letters, two separators.
    expect(splitTop('aQb', /q/i)).toEqual(['a', 'b']);
    expect(splitTop('aqib', /qi/)).toEqual(['a', 'b']);
  });
});

describe('enclosed', () => {
  test('should give the brackets and the trimmed inside', () => {
    expect(enclosed('( a, b )')).toEqual({ open: '(', close: ')', inner: 'a, b' });
    expect(enclosed('[0, 1)')).toEqual({ open: '[', close: ')', inner: '0, 1' });
  });
  test('should refuse brackets that do not pair', () => {
    expect(enclosed('{a)')).toBe(null);
    expect(enclosed('\\{a}')).toBe(null);
  });
  test('should not count a bracket a backslash escapes', () => {
    expect(enclosed('(a\\)b)')).toEqual({ open: '(', close: ')', inner: 'a\\)b' });
  });
});
