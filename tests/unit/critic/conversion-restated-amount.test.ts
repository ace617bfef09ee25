import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { withoutConversion } from '../../../src/core/critic/conversion';

/** Policy `final-answer`: an amount in the asked unit, then a clause that converts it for the reader ("…, which is about …"). */
const WEEKS = 'How many weeks does Lena need to save for the bike?';

describe('withoutConversion', () => {
  describe('should end the sentence on the amount in the asked unit', () => {
    test.each([
      ['for "which is about"', 'So Lena needs 14 weeks, which is about 3 months.', WEEKS, 'So Lena needs 14 weeks.'],
      ['for "i.e." without a comma after it', 'So Lena needs 14 weeks, i.e. about 3 months.', WEEKS, 'So Lena needs 14 weeks.'],
      ['for a space before the comma', 'So Lena needs 14 weeks , which is about 3 months.', WEEKS, 'So Lena needs 14 weeks.'],
      ['for no space after the comma', 'So Lena needs 14 weeks,which is about 3 months.', WEEKS, 'So Lena needs 14 weeks.'],
      ['for two spaces before "about"', 'So Lena needs 14 weeks, which is  about 3 months.', WEEKS, 'So Lena needs 14 weeks.'],
      ['for two spaces between the number and the unit', 'So Lena needs 14  weeks, which is about 3 months.', WEEKS, 'So Lena needs 14  weeks.'],
      ['for the unit in the singular', 'So it takes 1 week, which is about 7 days.', 'How many weeks does it take?', 'So it takes 1 week.'],
      ['for a unit with a capital', 'So Lena needs 14 Weeks, which is about 3 months.', WEEKS, 'So Lena needs 14 Weeks.'],
      ['for three digits', 'So it takes 140 weeks, which is about 32 months.', 'How many weeks does it take?', 'So it takes 140 weeks.'],
      ['for a decimal of two places', 'So it takes 2.75 hours, which is about 165 minutes.', 'How many hours does it take?', 'So it takes 2.75 hours.'],
      ['for a unit with an s before its plural ending', 'So it takes 90 seconds, which is about one and a half minutes.', 'How many seconds does it take?', 'So it takes 90 seconds.'],
      ['for two spaces after "how many" in the question', 'So Lena needs 14 weeks, which is about 3 months.', 'How many  weeks does Lena need?', 'So Lena needs 14 weeks.'],
      ['for a restating clause that uses the unit as a word ("a bit over")', 'So the message needs 20 bits, which is a bit over 2 bytes.', 'How many bits does the message need?', 'So the message needs 20 bits.'],
      ['for an exact restatement with a thousands comma', 'So she covers 12 kilometers, which is 12,000 meters.', 'Find the distance she travels, in kilometers.', 'So she covers 12 kilometers.'],
      ['for an exact restatement after "or"', 'So the tank holds 3 liters, or 3000 milliliters.', 'How much does the tank hold, in liters?', 'So the tank holds 3 liters.'],
    ])('%s', (_, sentence, question, cut) => {
      expect(withoutConversion(sentence, question)).toBe(cut);
    });
  });

  describe('should keep the sentence whole', () => {
    test.each([
      ['for an amount in another unit than the asked one', 'The job takes 150 minutes, which is roughly 2.5 h.', 'How many hours does the job take?'],
      ['for a hedge between the amount and the restating clause', 'So Lena needs 14 weeks, or maybe 15, which is about 3 months.', WEEKS],
      ['for another clause between the amount and the restating clause', 'So Lena needs 14 weeks, in total, which is about 3 months.', WEEKS],
    ])('%s', (_, sentence, question) => {
      expect(withoutConversion(sentence, question)).toBeNull();
    });
  });
});

describe('judgeByRules', () => {
  describe('should read the amount in the asked unit, not its conversion', () => {
    test.each([
      ['for the unit in the singular', 'So it takes 1 week, which is about 7 days.', '1', 'How many weeks does it take?'],
      ['for one digit', 'So it takes 9 weeks, which is about 2 months.', '9', 'How many weeks does it take?'],
      ['for a decimal', 'So it takes 2.5 hours, which is about 150 minutes.', '2.5', 'How many hours does it take?'],
      ['for a unit with a capital', 'So Lena needs 14 Weeks, which is about 3 months.', '14', WEEKS],
      ['for a countable thing rather than a unit', 'So it takes 90 stamps, which is about 3 sheets.', '90', 'How many stamps does she need?'],
      ['for "i.e."', 'So Lena needs 14 weeks, i.e. about 3 months.', '14', WEEKS],
      ['for a restating clause that uses the unit as a word', 'So the message needs 20 bits, which is a bit over 2 bytes.', '20', 'How many bits does the message need?'],
    ])('%s', (_, pred, gold, question) => {
      expect(judgeByRules(pred, gold, { question }).equal).toBe(true);
    });
  });

  describe('should not cut an amount that the question does not ask for', () => {
    test('for minutes when the question asks for hours and the sentence ends on them', () => {
      expect(judgeByRules('The job takes 150 minutes, which is roughly 2.5 h.', '2.5', { question: 'How many hours does the job take?' }).equal).toBe(true);
    });
  });

  describe('should leave undecided a sentence that hedges before its conversion', () => {
    test('for "or maybe" and a second amount in the asked unit', () => {
      expect(judgeByRules('So Lena needs 14 weeks, or maybe 15, which is about 3 months.', '14', { question: WEEKS }).equal).toBeNull();
    });
  });
});
