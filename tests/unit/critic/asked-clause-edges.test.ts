import { describe, expect, test } from 'vitest';
import { askedEarlierClause } from '../../../src/core/critic/asked-clause';

const TOTAL_BILL = 'Three friends share a bill equally. What is the total bill?';
// Words that name nothing: a last clause of these alone is not about anything of its own.
const FILLER = ['the', 'and', 'for', 'are', 'was', 'were', 'that', 'this', 'with', 'from', 'has', 'have', 'does', 'did', 'its', 'their', 'his', 'her', 'our', 'you', 'they', 'them', 'then', 'there', 'per', 'all', 'will', 'would', 'value', 'number', 'amount', 'about', 'approximately', 'roughly', 'around', 'nearly', 'exactly', 'just', 'only'];

/** Policy `final-answer`: the value of an earlier clause that names what the question asks for, when the last clause names something else. */
describe('askedEarlierClause', () => {
  describe('should return the value the earlier clause states, as written', () => {
    test.each([
      ['a formula', 'The total bill is $24$, so each friend pays 8.', TOTAL_BILL, '24'],
      ['a plain number', 'The total bill is 24, so each friend pays 8.', TOTAL_BILL, '24'],
      ['a decimal', 'The total bill is $24.50$, so each friend pays 8.17.', TOTAL_BILL, '24.50'],
      ['a fraction', 'The total bill is $\\frac{48}{2}$, so each friend pays 8.', TOTAL_BILL, '\\frac{48}{2}'],
      ['a formula with spaces inside its marks', 'The total bill is $ 24 $, so each friend pays 8.', TOTAL_BILL, '24'],
      ['a thousands separator', 'The total bill is $1,200$, so each friend pays 400.', TOTAL_BILL, '1,200'],
      ['a currency sign, which is kept', 'The total bill is $24, so each friend pays $8.', TOTAL_BILL, '$24'],
      ['a stray second comma after the value', 'The total bill is 24,, so each friend pays 8.', TOTAL_BILL, '24'],
      ['a space before the comma', 'The total bill is 24 , so each friend pays 8.', TOTAL_BILL, '24'],
    ])('for %s', (_, sentence, question, value) => {
      expect(askedEarlierClause(sentence, question)).toBe(value);
    });
  });

  describe('should split the sentence at its result connective', () => {
    test.each([
      ['without a comma', 'The total bill is $24$ so each friend pays 8.'],
      ['without a space after the comma', 'The total bill is $24$,so each friend pays 8.'],
      ['with an ellipsis after it', 'The total bill is $24$, so...eight'],
      ['before a last clause of three letters without a full stop', 'The total bill is $24$, so ten'],
      ['after a space that opens the sentence', ' The total bill is $24$, so each friend pays 8.'],
      ['with "the" and no space after the comma of an opening connective', 'So,the total bill is $24$, so each friend pays 8.'],
    ])('%s', (_, sentence) => {
      expect(askedEarlierClause(sentence, TOTAL_BILL)).toBe('24');
    });
  });

  describe('should read the name of the quantity', () => {
    test.each([
      ['of one word without "the"', 'Total is $24$, so each friend pays 8.', 'What is the total?'],
      ['of four words after "the"', 'The total restaurant bill amount is $24$, so each friend pays 8.', 'What is the total restaurant bill amount?'],
      ['with words set apart by two spaces', 'The  total  restaurant  bill  amount  is  $24$, so each friend pays 8.', 'What is the total restaurant bill amount?'],
      ['in the plural against the singular of the question', 'The total costs are $24$, so each friend pays 8.', 'What is the total cost?'],
      ['against a question without a question mark', 'The total bill is $24$, so each friend pays 8.', 'Find the total bill'],
    ])('%s', (_, sentence, question) => {
      expect(askedEarlierClause(sentence, question)).toBe('24');
    });
  });

  describe('should return null', () => {
    test.each([
      ['when the last clause also names what is asked', 'The total bill is $24$, so the bill per friend is 8.', TOTAL_BILL],
      ['when the named quantity has a word the question does not ask for', 'Thus, book cost is $12$, so Ann spends $15$.', 'What is the total cost of the pens?'],
      ['for that quantity after a connective and a comma without a space', 'Thus,book cost is $12$, so Ann spends $15$.', 'What is the total cost of the pens?'],
      ['when the clause opens with a qualifier', 'Before the tip, the total bill was $20$, so each friend pays $8$.', TOTAL_BILL],
      ['when words after the value qualify it', 'The total bill is $8$ per friend, so the three pay $24$.', TOTAL_BILL],
      ['when the last clause has no words', 'The total bill is $24$, so $8$.', TOTAL_BILL],
    ])('%s', (_, sentence, question) => {
      expect(askedEarlierClause(sentence, question)).toBeNull();
    });
    // A question of no filler words itself, so that none of them counts as asked.
    test.each(FILLER)('when the last clause is only "%s"', (word) => {
      expect(askedEarlierClause(`The total bill is $24$, so ${word}.`, 'What total bill do three friends pay?')).toBeNull();
    });
  });
});
