import { describe, expect, it } from 'vitest';
import { apposedFormula } from '../../../src/core/critic/apposed';

describe('apposedFormula', () => {
  describe('should give the formula set after the thing the asked quantity is said to be', () => {
    it.each([
      ['for a name with an index', 'What is $v_0$?', 'Comparing, $v_0$ is just the initial velocity, $u$.', 'u'],
      ['for a name with an index of several letters in braces', 'What is $v_{max}$?', String.raw`So $v_{max}$ is the top speed, $\sqrt{2gh}$.`, String.raw`\sqrt{2gh}`],
      ['for a name spaced inside its dollars', 'What is $ c $?', 'Comparing, $c$ is just the initial current, $I(0)$.', 'I(0)'],
      ['for a question with two spaces before the name', 'What is  $c$?', 'Comparing, $c$ is just the initial current, $I(0)$.', 'I(0)'],
    ])('%s', (_, question, written, expected) => {
      expect(apposedFormula(written, question)).toBe(expected);
    });
  });

  it('should give null when the asked part names something of the quantity before the quantity itself', () => {
    expect(apposedFormula('Comparing, $c$ is just the initial current, $I(0)$.', 'What is twice $c$?')).toBeNull();
  });
});
