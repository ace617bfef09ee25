import { describe, expect, it } from 'vitest';
import { readNamedForm } from '../../../src/core/critic/named-forms';
import { judgeByRules } from '../../../src/core/critic';

describe('readNamedForm', () => {
  describe('should read a version whose first part has several digits', () => {
    it.each([
      ['v10.2', '10.2'],
      ['version 12.0.1', '12.0.1'],
      ['10.2.1', '10.2.1'],
    ])('for %s', (text, key) => {
      expect(readNamedForm(text)).toEqual({ kind: 'version', key });
    });
  });

  describe('should not read a text with more than a version as a version', () => {
    it.each([['v2.3.1 beta'], ['Python 3.12.1'], ['3.12.1 beta'], ['Python v3.12.1']])('for %s', (text) => {
      expect(readNamedForm(text)).toBeNull();
    });
  });

  describe('should read a chemical formula with a group in brackets', () => {
    it.each([
      ['Ca(OH)2', 'Ca(OH)2'],
      ['Ca(ClO)2', 'Ca(ClO)2'],
      ['Mg(NO_3)_2', 'Mg(NO3)2'],
      ['CH_3(CH_2)_{16}COOH', 'CH3(CH2)16COOH'],
    ])('for %s', (text, key) => {
      expect(readNamedForm(text)).toEqual({ kind: 'formula', key });
    });
  });
});

describe('judgeByRules', () => {
  it('should take a version named in a sentence as stated there', () => {
    expect(judgeByRules('Python v3.12.1', '3.12.1')).toEqual({ equal: true, method: 'text', reason: 'The answer states the same version.' });
  });

  describe('should compare formulas with a group in brackets', () => {
    it.each([
      ['\\mathrm{Ca(ClO)_2}', 'Ca(ClO)2', true],
      ['Mg(NO₃)₂', '\\mathrm{Mg(NO_3)_2}', true],
      ['Mg(NO_2)_2', 'Mg(NO_3)_2', false],
    ])('for %s against %s', (pred, gold, equal) => {
      const v = judgeByRules(pred, gold);
      expect(v.equal).toBe(equal);
      expect(v.reason).toBe(equal ? 'The same formula, written differently.' : 'A different formula.');
    });
  });
});
