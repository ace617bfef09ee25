import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { closingRemark, withoutRateClause } from '../../../src/core/critic/closing-remark';

/**
 * Policy `final-answer`: a closing sentence that only comments on the answer before it — a rate the
 * question does not ask for, or a description of the value — and when it is the answer after all.
 */
const SPEND = 'Terry eats 2 yogurts a day. How much does he spend on yogurt over 30 days?';
const BEFORE = 'So he spends $75.00 on yogurt over the 30 days.';
const FEWEST = 'The fewest is 59.';

describe('closingRemark', () => {
  describe('should set aside a rate the question does not ask for', () => {
    test.each([
      ['for a rate with "about" before it', 'That works out to about $2.50 per day.'],
      ['for a sentence with spaces around it', '  That works out to $2.50 per day. '],
    ])('%s', (_, sentence) => {
      expect(closingRemark(sentence, BEFORE, SPEND)).toBe(true);
    });

    test('for a rate per plural unit when the question names another unit', () => {
      expect(closingRemark('That works out to $2.50 per days.', BEFORE, 'How much does he spend in a week?')).toBe(true);
    });
  });

  describe('should keep a rate the question asks for', () => {
    test.each([
      ['for an "annual" amount', 'That works out to $40,000 per year.', 'So she earns $40,000.', 'She earns $20 an hour for 2,000 hours a year. What is her annual income?'],
      ['for a plural unit when the question names it in the singular', 'That works out to $2.50 per days.', BEFORE, 'How much does he spend a day?'],
      ['for "One person" opening the asking sentence', 'That works out to $15 per person.', 'So the 4 tickets cost $60.', 'Four friends share $60 for tickets equally. One person pays how much?'],
    ])('%s', (_, sentence, before, question) => {
      expect(closingRemark(sentence, before, question)).toBe(false);
    });
  });

  describe('should set aside a description of the value', () => {
    test.each([
      ['for "That was the …"', 'That was the only possible value.'],
      ['for "also the …"', 'That is also the smallest such number.'],
      ['for "indeed the …"', 'That is indeed the smallest such number.'],
      ['for two spaces before "is"', 'That  is the smallest such number.'],
      ['for two spaces before "was"', 'That  was the smallest such number.'],
      ['for two spaces after "is"', 'That is  the smallest such number.'],
      ['for two spaces after "also"', 'That is also  the smallest such number.'],
      ['for two spaces after "indeed"', 'That is indeed  the smallest such number.'],
      ['for two spaces after "the"', 'That is the  smallest such number.'],
      ['for two spaces between the words before the noun', 'That is the smallest  such number.'],
    ])('%s', (_, sentence) => {
      expect(closingRemark(sentence, FEWEST, undefined)).toBe(true);
    });
  });

  describe('should keep a sentence that does more than describe the value', () => {
    test.each([
      ['for a description that opens only after a clause of its own', 'Option B gives the largest area, so that is the best choice.', 'The areas are 120 and 144.'],
      ['for a value "rejected"', 'That is the one value we rejected.', FEWEST],
      ['for a value "discarded"', 'That is the value we discarded.', FEWEST],
      ['for a value "we exclude"', 'That is the one value we exclude.', FEWEST],
      ['for a value "excluded"', 'That is the one value we excluded.', FEWEST],
      ['for a value the condition "rules out"', 'That is the one value the condition rules out.', FEWEST],
      ['for a value "ruled out"', 'That is the value the second condition ruled out.', FEWEST],
      ['for a value "we must rule out"', 'That is the one value we must rule out.', FEWEST],
      ['for a value that "doesn\'t work"', "That is the one value that doesn't work.", FEWEST],
    ])('%s', (_, sentence, before) => {
      expect(closingRemark(sentence, before, undefined)).toBe(false);
    });
  });
});

describe('withoutRateClause', () => {
  describe('should drop the rate after the amount', () => {
    test('for a sentence in title case', () => {
      expect(withoutRateClause('So He Spends $75 In All, Which Is $2.50 A Day', SPEND)).toBe('So He Spends $75 In All.');
    });
  });
});

describe('judgeByRules', () => {
  describe('should judge the rate per thing the question asks one of as the answer', () => {
    test.each([
      ['for a price per class', 'So the 8 classes cost $120. That works out to $15 per class.', '15', 'Maria pays $120 for 8 yoga classes. How much does one class cost?'],
      ['for a price per person', 'So the 4 tickets cost $60. That works out to $15 per person.', '15', 'Four friends pay $60 for tickets, shared equally. How much does one person pay?'],
    ])('%s', (_, pred, gold, question) => {
      expect(judgeByRules(pred, gold, { question }).equal).toBe(true);
    });
  });
});
