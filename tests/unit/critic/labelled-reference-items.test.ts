import { describe, expect, test } from 'vitest';
import { labelledReference } from '../../../src/core/critic/labelled-reference';

/** Policy `several-answers`: how a reference's labelled items are read — their spacing, their numbers, and where the text splits. */
describe('labelledReference', () => {
  const pairs = (...list: [string, string][]) => list.map(([label, value]) => ({ label, value }));

  describe('should read the items', () => {
    test('for labels in \\text with spaces inside the braces', () => {
      expect(labelledReference('\\text{ max } 6, \\text{ min } -3')).toEqual(pairs(['max', '6'], ['min', '-3']));
    });

    test('for a space between the closing brace of \\text and "is"', () => {
      expect(labelledReference('\\text{max} is 6, \\text{min} is -3')).toEqual(pairs(['max', '6'], ['min', '-3']));
    });

    test('for a colon right against the value', () => {
      expect(labelledReference('maximum:6, minimum:-3')).toEqual(pairs(['maximum', '6'], ['minimum', '-3']));
    });

    test('for labels written right against their values', () => {
      expect(labelledReference('max6,min2')).toEqual(pairs(['max', '6'], ['min', '2']));
    });

    test('for plain numbers of two digits', () => {
      expect(labelledReference('maximum 18, minimum -12')).toEqual(pairs(['maximum', '18'], ['minimum', '-12']));
    });

    test('for decimals of two places', () => {
      expect(labelledReference('maximum 2.25, minimum -1.75')).toEqual(pairs(['maximum', '2.25'], ['minimum', '-1.75']));
    });

    test('for fractions with two-digit denominators', () => {
      expect(labelledReference('maximum 5/12, minimum -7/10')).toEqual(pairs(['maximum', '5/12'], ['minimum', '-7/10']));
    });

    test('for a space before the comma after a value', () => {
      expect(labelledReference('maximum 6 , minimum -3')).toEqual(pairs(['maximum', '6'], ['minimum', '-3']));
    });

    test('for two spaces between the words of a label', () => {
      expect(labelledReference('maximum  value 18, minimum  value -2')).toEqual(pairs(['maximum  value', '18'], ['minimum  value', '-2']));
    });

    test('for a value in $…$ with spaces inside the dollars', () => {
      expect(labelledReference('maximum $ 6 $, minimum $ -3 $')).toEqual(pairs(['maximum', '6'], ['minimum', '-3']));
    });

    test('for a comma inside a value in $…$', () => {
      expect(labelledReference('maximum $1,200$, minimum $300$')).toEqual(pairs(['maximum', '1,200'], ['minimum', '300']));
    });

    test('for a closing brace left without its opening one', () => {
      expect(labelledReference('max} 6, min} -3')).toEqual(pairs(['max', '6'], ['min', '-3']));
    });

    test('for a label that only begins with "value"', () => {
      expect(labelledReference('Valued: 120, Cost: 90')).toEqual(pairs(['valued', '120'], ['cost', '90']));
    });

    test.each([
      ['largest', 'smallest'],
      ['greatest', 'least'],
      ['biggest', 'lowest'],
    ])('for the extremes named "%s" and "%s"', (max, min) => {
      expect(labelledReference(`${max} $6$, ${min} $-3$`)).toEqual(pairs([max, '6'], [min, '-3']));
    });
  });

  describe('should give null', () => {
    test('for items marked before their labels', () => {
      expect(labelledReference('a) maximum 6, b) minimum -3')).toBeNull();
    });

    test('for words after a value', () => {
      expect(labelledReference('maximum 6 at x = 2, minimum -3 at x = 5')).toBeNull();
    });

    test('for a bracket left open in a value, which keeps the comma after it inside the item', () => {
      expect(labelledReference('maximum $g((2) = 6$, minimum $g(5) = -3$')).toBeNull();
    });

    test('for a brace left open in a label, which keeps the comma after it inside the item', () => {
      expect(labelledReference('\\text{max 6, min 7')).toBeNull();
    });

    test('for one labelled value with a comma inside its $…$', () => {
      expect(labelledReference('maximum $1,200$')).toBeNull();
    });

    test('for an item labelled only "value"', () => {
      expect(labelledReference('value $6$, minimum $-3$')).toBeNull();
    });
  });
});
