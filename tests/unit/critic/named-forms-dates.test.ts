import { describe, expect, it } from 'vitest';
import { readNamedForm } from '../../../src/core/critic/named-forms';
import { judgeByRules } from '../../../src/core/critic';

describe('readNamedForm', () => {
  describe('should read every month name, short or long', () => {
    it.each([
      ['January 5, 2025', '2025-1-5'],
      ['5 Feb 2025', '2025-2-5'],
      ['April 30, 2024', '2024-4-30'],
      ['1 May 2023', '2023-5-1'],
      ['Sept. 9, 2021', '2021-9-9'],
      ['31 October 1999', '1999-10-31'],
      ['Nov 11, 1918', '1918-11-11'],
      ['25th of December, 2025', '2025-12-25'],
    ])('for %s', (text, key) => {
      expect(readNamedForm(text)).toEqual({ kind: 'date', key });
    });
  });

  it('should mark a date written without its year as of an unknown year', () => {
    expect(readNamedForm('March 14')).toEqual({ kind: 'date', key: '?-3-14' });
  });

  describe('should read a slashed date whose day is more than 12, in either order', () => {
    it.each([
      ['3/14/2025', '2025-3-14'],
      ['14/3/2025', '2025-3-14'],
      ['12/25/2025', '2025-12-25'],
      ['25/12/2025', '2025-12-25'],
      ['1/31/2000', '2000-1-31'],
      ['31/1/2000', '2000-1-31'],
    ])('for %s', (text, key) => {
      expect(readNamedForm(text)).toEqual({ kind: 'date', key });
    });
  });

  describe('should not read a slashed date it cannot place', () => {
    it.each([
      ['5/6/2025', 'both parts could be the month'],
      ['12/12/2025', 'both parts are 12'],
      ['13/14/2025', 'neither part is a month'],
      ['3/14/25', 'a two-digit year'],
    ])('for %s (%s)', (text) => {
      expect(readNamedForm(text)).toBeNull();
    });
  });
});

describe('judgeByRules', () => {
  describe('should compare a slashed date with the same date written in words', () => {
    it.each([
      ['3/14/2025', 'March 14, 2025', true],
      ['14/3/2025', '14 March 2025', true],
      ['3/15/2025', 'March 14, 2025', false],
    ])('for %s against %s', (pred, gold, equal) => {
      const v = judgeByRules(pred, gold);
      expect(v.equal).toBe(equal);
      expect(v.reason).toBe(equal ? 'The same date, written differently.' : 'A different date.');
    });
  });
});
