import { describe, expect, it } from 'vitest';
import { readNamedForm, statedForm } from '../../../src/core/critic/named-forms';
import { judgeByRules } from '../../../src/core/critic';

describe('readNamedForm', () => {
  describe('should read a.m. and p.m. written with a space before the m', () => {
    it.each([
      ['5 a. m.', '5:00'],
      ['7:30 p. m.', '19:30'],
      ['9 p m', '21:00'],
    ])('for %s', (text, key) => {
      expect(readNamedForm(text)).toEqual({ kind: 'time', key });
    });
  });
});

describe('statedForm', () => {
  describe('should read a 24-hour time followed by a word or a measure', () => {
    it.each([
      ['The 8:15 program starts on time.', '8:15'],
      ['At 16:00 3 m of water was left.', '16:00'],
    ])('for %s', (sentence, key) => {
      expect(statedForm(sentence, 'time')).toBe(key);
    });
  });

  it('should see two times in a range joined by a dash', () => {
    expect(statedForm('The class runs 10:30-11:45pm', 'time')).toBe('several');
  });
});

describe('judgeByRules', () => {
  describe('should read noon and midnight as clock times', () => {
    it.each([
      ['The meeting ends at noon.', '12:00 p.m.', true],
      ['The train arrives at midnight.', '12:00 a.m.', true],
      ['The meeting ends at Noon.', '12 pm', true],
      ['The meeting ends at noon.', '12:00 a.m.', false],
      ['The train arrives at midnight.', '12:00 p.m.', false],
    ])('for %s against %s', (pred, gold, equal) => {
      const v = judgeByRules(pred, gold);
      expect(v.equal).toBe(equal);
      expect(v.reason).toBe(equal ? 'The answer states the same time.' : 'The answer states a different time.');
    });
  });
});
