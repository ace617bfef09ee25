/** Policy `final-answer`: "<a count out of a whole> is <share> of the whole" states the share after the verb, in the form the question asks for. */
import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { statedShare } from '../../../src/core/critic/share';

const WOMEN = 'A club has 50 members and 35 of them are women. What percentage of the members are women?';
const MARBLES = 'A bag holds 40 marbles and 15 of them are red. What fraction of the marbles are red?';

describe('judgeByRules', () => {
  describe('should read the share a sentence states after its counts as a percent', () => {
    test('for "percent" written against the number', () => {
      expect(judgeByRules('So 35 out of 50 members makes up 70percent of the club.', '70\\%', { question: WOMEN }).equal).toBe(true);
      expect(judgeByRules('So 35 out of 50 members makes up 70percent of the club.', '7\\%', { question: WOMEN }).equal).toBe(false);
    });
    test('for "per cent" in two words', () => {
      expect(judgeByRules('So 35 out of 50 members makes up 70 per cent of the club.', '70\\%', { question: WOMEN }).equal).toBe(true);
      expect(judgeByRules('So 35 out of 50 members makes up 70 per cent of the club.', '75\\%', { question: WOMEN }).equal).toBe(false);
    });
    test('for a space before the percent sign', () => {
      expect(judgeByRules('So 35 out of 50 members makes up 70 % of the club.', '70\\%', { question: WOMEN }).equal).toBe(true);
    });
  });
  describe('should read the share as a fraction', () => {
    test('for a fraction written with spaces around its slash', () => {
      expect(judgeByRules('15 of the 40 marbles are 3 / 8 of the bag.', '\\frac{3}{8}', { question: MARBLES }).equal).toBe(true);
      expect(judgeByRules('15 of the 40 marbles are 3 / 8 of the bag.', '\\frac{3}{5}', { question: MARBLES }).equal).toBe(false);
    });
  });
  describe('should leave the sentence undecided', () => {
    test('for a "how many" question that also says "part"', () => {
      // The count 12 may be the answer; "take part" does not ask for a share.
      const question = 'In a class of 20, 60% chose hip-hop. How many students take part in hip-hop?';
      expect(judgeByRules('12 out of 20 students is 60% of the class.', '12', { question }).equal).toBeNull();
    });
  });
});

describe('statedShare', () => {
  describe('should read the share', () => {
    test('for a sentence with spaces around it', () => {
      expect(statedShare(' 12 out of 20 students is 60% of the class. ', WOMEN)).toBe('60%');
      expect(statedShare('\n35 out of 50 members are 70 percent of the club.\n', WOMEN)).toBe('70%');
    });
    test('for a percent in any of its spellings, as a percent sign', () => {
      expect(statedShare('35 out of 50 members are 70percent of the club.', WOMEN)).toBe('70%');
      expect(statedShare('35 out of 50 members are 70 per cent of the club.', WOMEN)).toBe('70%');
      expect(statedShare('35 out of 50 members are 70 per  cent of the club.', WOMEN)).toBe('70%');
      expect(statedShare('35 out of 50 members are 70 % of the club.', WOMEN)).toBe('70%');
    });
  });
  describe('should read no share', () => {
    test('for a "how many" question that also names a part', () => {
      expect(statedShare('12 out of 20 students is 60% of the class.', 'How many students take part in hip-hop?')).toBeNull();
      expect(statedShare('12 out of 20 students is 0.6 of the class.', 'How many students make up that share of the class?')).toBeNull();
    });
  });
});
