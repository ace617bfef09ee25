import { describe, expect, it } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { formInSentence } from '../../../src/core/critic/asked-form';

const QUESTION = String.raw`Rewrite $z$ in the form $\alpha + \beta i$.`;

describe('judgeByRules on a form with Greek letters', () => {
  it('should put the values of the Greek letters into the form the question asks for', () => {
    expect(judgeByRules(String.raw`\alpha = 1, \beta = \sqrt{3}`, String.raw`1 + \sqrt{3}i`, { question: QUESTION })).toEqual({
      equal: true,
      method: 'exact',
      reason: 'Both are the same expression.',
    });
  });
});

describe('formInSentence on a form with Greek letters', () => {
  it('should give the sentence\'s formulas as one system', () => {
    expect(formInSentence(String.raw`So $\alpha = 1$ and $\beta = \sqrt{3}$.`, QUESTION)).toBe(String.raw`\alpha = 1, \beta = \sqrt{3}`);
  });
});
