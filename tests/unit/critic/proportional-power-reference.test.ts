import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { statedPower } from '../../../src/core/critic/proportional-power';

const ASKS = 'R is proportional to some power of M. What is that power?';

describe('statedPower', () => {
  describe('should give the exponent of a proportionality for a question that asks for a power', () => {
    test.each([
      ['for \\propto and a braced fraction', String.raw`R \propto M^{1/3}`, '1/3'],
      ['for ∝ and a bracketed fraction', 'R ∝ M^(-1/3)', '-1/3'],
    ])('%s', (_, pred, power) => {
      expect(statedPower(pred, '1/3', ASKS)).toBe(power);
    });
  });

  describe('should give null when the reference is itself a proportionality', () => {
    test('for a reference written with \\propto', () => {
      expect(statedPower(String.raw`R \propto M^{1/3}`, String.raw`R \propto M^{\frac{1}{3}}`, ASKS)).toBeNull();
    });

    test('for a reference written with ∝', () => {
      expect(statedPower('R ∝ M^{1/3}', String.raw`R ∝ M^{\frac{1}{3}}`, ASKS)).toBeNull();
    });
  });

  describe('should give null unless the question asks for a power', () => {
    test('for no question', () => {
      expect(statedPower(String.raw`R \propto M^{1/3}`, '1/3', undefined)).toBeNull();
    });

    test('for a question that asks how one quantity depends on the other', () => {
      expect(statedPower(String.raw`R \propto M^{1/3}`, '1/3', 'How does R depend on M?')).toBeNull();
    });
  });
});

describe('judgeByRules', () => {
  describe('should compare the exponent an answer states with the bare number of the reference', () => {
    test('for an exponent written with spaces inside its brackets, read as the reference written', () => {
      expect(judgeByRules(String.raw`R \propto M^( 1/3 )`, '1/3', { question: ASKS })).toEqual({
        equal: true,
        method: 'exact',
        reason: String.raw`The answers are identical. (the value stated in "R \propto M^( 1/3 )")`,
      });
    });

    test('for a different exponent', () => {
      expect(judgeByRules(String.raw`$R \propto M^{1/3}$`, '1/2', { question: 'What is the exponent?' }).equal).toBe(false);
    });
  });
});
