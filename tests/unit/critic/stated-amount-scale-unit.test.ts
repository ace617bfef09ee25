import { describe, expect, it } from 'vitest';
import { withScale, withUnit } from '../../../src/core/critic/stated-amount';

describe('withScale', () => {
  describe('should move the decimal point by the scale word after the number', () => {
    it.each([
      ['a number that opens the text', '2 million people live there.', '2', '2000000'],
      ['more than one space before the scale word', 'About 2  million people live there.', '2', '2000000'],
      ['more decimals than the scale shifts', 'It costs 1.2345 thousand dollars.', '1.2345', '1234.5'],
      ['as many decimals as the scale shifts', 'It costs 1.234 thousand dollars.', '1.234', '1234'],
      ['a fraction of one', 'It costs 0.5 million dollars.', '0.5', '500000'],
      ['a fraction of one with zeros after the point', 'It costs 0.05 thousand dollars.', '0.05', '50'],
      ['a negative fraction of one', 'The balance is -0.5 million dollars.', '-0.5', '-500000'],
    ])('for %s', (_, text, number, expected) => {
      expect(withScale(text, number)).toBe(expected);
    });
  });

  describe('should give no amount', () => {
    it.each([
      ['for a number the text does not hold', 'a million', '12'],
      ['for a scale word later in the sentence, not after the number', 'Only 2 people, not a million, came.', '2'],
      ['for a number with a decimal comma', 'It costs 1,5 million euros.', '1,5'],
      ['for a number with a thousands comma', 'It costs 1,500 thousand dollars.', '1,500'],
    ])('%s', (_, text, number) => {
      expect(withScale(text, number)).toBeNull();
    });
  });
});

describe('withUnit', () => {
  describe('should keep the unit right after the number', () => {
    it.each([
      ['a number that opens the text', '45 minutes in all.', '45', '45 minutes'],
      ['a unit glued to the number', 'The side is 5cm long.', '5', '5 cm'],
    ])('for %s', (_, text, number, expected) => {
      expect(withUnit(text, number)).toBe(expected);
    });
  });

  describe('should give the bare number', () => {
    it.each([
      ['for a number the text does not hold', '5 minutes in all.', '15'],
      ['for a unit that follows a later number, not this one', 'So 45 + 15 = 60 minutes.', '45'],
    ])('%s', (_, text, number) => {
      expect(withUnit(text, number)).toBe(number);
    });
  });
});
