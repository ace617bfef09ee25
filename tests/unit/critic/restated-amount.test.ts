import { describe, expect, test } from 'vitest';
import { withoutRestatedAmount } from '../../../src/core/critic/units';

/** Policy `final-answer`: an amount restated in other units after "or", "i.e." or "that is" is the same answer, not a second one. */
describe('withoutRestatedAmount', () => {
  describe('should end the sentence on the first amount', () => {
    test.each([
      ['for a compound amount after "or"', 'It takes 227 minutes, or 3 hours and 47 minutes.', 'It takes 227 minutes.'],
      ['for "i.e." and a smaller unit', 'So 1.5 m is left, i.e. 150 cm.', 'So 1.5 m is left.'],
      ['for "that is," and a larger unit', 'So it weighs 2500 g, that is, 2.5 kg!', 'So it weighs 2500 g!'],
      ['for a thousands comma in the first amount', 'It is 1,500 m, or 1.5 km', 'It is 1,500 m'],
      ['for "I.E." in capitals', 'So 1.5 m is left, I.E. 150 cm.', 'So 1.5 m is left.'],
      ['for "i.e.," with its comma', 'So 1.5 m is left, i.e., 150 cm.', 'So 1.5 m is left.'],
    ])('%s', (_, sentence, cut) => {
      expect(withoutRestatedAmount(sentence)).toBe(cut);
    });
  });

  describe('should find no restatement', () => {
    test.each([
      ['for another amount', 'It takes 227 minutes, or 3 hours and 40 minutes.'],
      ['for another dimension with the same number in base units', 'It is 1 km, or 1000 g.'],
      ['for an amount without a unit', 'It takes 227 minutes, or 227.'],
      ['for a unit it does not know', 'It costs 5 zorks, or 5 zorks.'],
      ['for a first amount without a unit word', 'It takes 227, or 3 hours and 47 minutes.'],
      ['for more after the restatement', 'It takes 227 minutes, or 3 hours and 47 minutes, maybe more.'],
      ['for a restatement in the middle', 'It takes 60 minutes, or 1 hour, each day of the week; done.'],
    ])('%s', (_, sentence) => {
      expect(withoutRestatedAmount(sentence)).toBeNull();
    });
  });
});
