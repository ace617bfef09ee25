import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { askedEarlierClause } from '../../../src/core/critic/asked-clause';

const TOTAL_BILL = 'Three friends share a bill equally. Each pays $8. What is the total bill?';

/** Policy `final-answer`: a sentence that opens with a connective still states its first clause's value. */
describe('askedEarlierClause', () => {
  describe('should read the first clause of a sentence that opens with a connective', () => {
    test.each([
      ['So the total is $24$, so each friend pays 8.'],
      ['So, the total bill is $24$, so each friend pays 8.'],
      ['Thus the total bill is 24, so each friend pays 8.'],
      ['Therefore, the total is $24$, which means each friend pays 8.'],
    ])('for %j', (sentence) => {
      expect(askedEarlierClause(sentence, TOTAL_BILL)).toBe('24');
    });
  });

  describe('should leave a right total undecided', () => {
    test('for "So the total is $24$, so each friend pays 8." against 24', () => {
      expect(judgeByRules('So the total is $24$, so each friend pays 8.', '24', { question: TOTAL_BILL })).toEqual({
        equal: null,
        method: 'none',
        reason: "The question asks for what an earlier clause states (24), not the last clause's value.",
      });
    });
  });
});
