import { describe, expect, test } from 'vitest';
import { askedEarlierClause } from '../../../src/core/critic/asked-clause';

/** Policy `final-answer`: an opening connective is a whole word, never the start of the quantity's name. */
describe('askedEarlierClause', () => {
  describe('should read a name that starts with the letters of a connective as that name', () => {
    test('for "Soup price is $4$" when the question asks for the price of the bread', () => {
      expect(askedEarlierClause('Soup price is $4$, so Ann pays $6$.', 'What is the price of the bread?')).toBeNull();
    });
    test('and still read the connective before it', () => {
      expect(askedEarlierClause('So soup price is $4$, so Ann pays $6$.', 'What is the price of the soup?')).toBe('4');
    });
  });
});
