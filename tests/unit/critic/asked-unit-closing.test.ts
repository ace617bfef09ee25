import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { askedUnit } from '../../../src/core/critic/asked-unit';

// An amount in a unit that no question here asks for.
const OTHER = '40 ounces';

describe('askedUnit', () => {
  describe('should find the unit written out and abbreviated, and no other amount', () => {
    test.each([
      ['meters', '5 meters', '5 m'],
      ['metres', '5 metres', '5 m'],
      ['centimeters', '5 centimeters', '5 cm'],
      ['millimeters', '5 millimeters', '5 mm'],
      ['miles', '5 miles', '5 mi'],
      ['feet', '5 feet', '5 ft'],
      ['foot', '5 foot', '5 ft'],
      ['inches', '5 inches', '5 in.'],
      ['yards', '5 yards', '5 yd'],
      ['hours', '5 hours', '5 hrs'],
      ['minutes', '5 minutes', '5 min'],
      ['seconds', '5 seconds', '5 sec'],
      ['kilograms', '5 kilograms', '5 kg'],
      ['grams', '5 grams', '5 g'],
      ['pounds', '5 pounds', '5 lbs'],
      ['liters', '5 liters', '5 L'],
      ['litres', '5 litres', '5 l'],
      ['dollars', '5 dollars', '$5'],
    ])('for "in %s"', (word, written, abbreviated) => {
      const unit = askedUnit(`How much is it, in ${word}?`);
      expect([unit?.test(written), unit?.test(abbreviated), unit?.test(OTHER)]).toEqual([true, true, false]);
    });
  });

  describe('should not take the end of another word for an abbreviation', () => {
    test.each([
      ['hours', 'each lap'],
      ['meters', 'the sum'],
      ['seconds', 'the laps'],
    ])('for "in %s" against "%s"', (word, text) => {
      expect(askedUnit(`How much is it, in ${word}?`)?.test(text)).toBe(false);
    });
  });

  describe('should read the unit the question closes with', () => {
    test.each([
      ['in brackets', 'How far does it travel (in meters)?', '5 m'],
      ['after an earlier unit in brackets', "A plan gives the track's length (in meters) as 400. How long does one lap at 5 m/s take, in seconds?", '80 s'],
      ['after two spaces', 'How far does it travel in 40 minutes, in  kilometers?', '36 km'],
      ['without a question mark', 'Find the distance it travels in 40 minutes, in kilometers', '36 km'],
    ])('%s', (_, question, amount) => {
      expect(askedUnit(question)?.test(amount)).toBe(true);
    });

    test('for the earlier unit, which is not the one asked', () => {
      expect(askedUnit("A plan gives the track's length (in meters) as 400. How long does one lap at 5 m/s take, in seconds?")?.test('400 m')).toBe(false);
    });
  });

  describe('should give null when the closing words name no known unit', () => {
    test.each([
      ['for a unit per another', 'What is its speed, in meters/second?'],
      ['for a word that only starts like a unit', 'How long is the hall, in footsteps?'],
      ['for a word that is no unit', 'How many does she pack, in pieces?'],
    ])('%s', (_, question) => {
      expect(askedUnit(question)).toBeNull();
    });
  });
});

describe('judgeByRules', () => {
  describe('should take, of the amounts a closing clause gives, the one in the unit asked for', () => {
    test('for an amount beside the numbers the question gives', () => {
      expect(judgeByRules('So the car travels 36 km in 40 minutes.', '36', { question: 'How far does it travel in 40 minutes, in kilometers?' }).equal).toBe(true);
    });

    test('for amounts joined by "and" where a word after the other ends in h', () => {
      const question = 'A runner does 9 laps of 20 minutes each. How long does the run take, in hours?';
      const pred = 'The 9 laps take 9 × 20 = 180 minutes, so the run takes 3 hours and each lap takes 20 minutes.';
      expect(judgeByRules(pred, '3', { question }).equal).toBe(true);
    });
  });
});
