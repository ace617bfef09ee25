import { describe, expect, it } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

describe('judgeByRules on a form with Greek letters', () => {
  it('should put the values of the Greek letters into the form the question asks for', () => {
    expect(judgeByRules(String.raw`\alpha = 1, \beta = \sqrt{3}`, String.raw`1 + \sqrt{3}i`, { question: String.raw`Rewrite $z$ in the form $\alpha + \beta i$.` })).toEqual({
      equal: true,
      method: 'exact',
      reason: 'Both are the same expression.',
    });
  });
});
