import { describe, expect, test } from 'vitest';
import { asDimensions } from '../../../src/core/critic/dimensions';

/**
 * asDimensions (policy `structures`): when the question asks for dimensions and the reference is a
 * list of side lengths (`12 \times 18`, or already "12, 18"), both sides are read as that list.
 */
const Q = 'What are the dimensions of the box?';

describe('asDimensions', () => {
  describe('should ask the question first', () => {
    test('a singular "dimension" asks for the list too', () => {
      expect(asDimensions('2376', '12 \\times 18 \\times 11', 'State each dimension of the box.')).toEqual(['2376', '12, 18, 11']);
    });
    test('a question about the volume leaves a product a product', () => {
      expect(asDimensions('2376', '12 \\times 18 \\times 11', 'What is the volume of the box?')).toEqual(['2376', '12 \\times 18 \\times 11']);
    });
  });

  describe('should keep each length whole', () => {
    test.each<[string, string, [string, string]]>([
      ['12 in by 18 in', '12 \\times 18', ['12, 18', '12, 18']],
      ['2.54 by 3', '2.54 \\times 3', ['2.54, 3', '2.54, 3']],
      ['2.5 cm by 4 cm', '2.5 \\times 4', ['2.5, 4', '2.5, 4']],
    ])('%s against %s', (p, g, expected) => {
      expect(asDimensions(p, g, Q)).toEqual(expected);
    });
  });

  // A reference already written as a list of numbers stays the list, and the answer is read as one;
  // anything else around the numbers means it is not such a list, and both sides stay as written.
  describe('should take a reference already written "12, 18, 11" as the list', () => {
    test.each<[string, string, [string, string]]>([
      ['12 by 18 by 11', ' 12, 18, 11', ['12, 18, 11', ' 12, 18, 11']],
      ['12 by 18 by 11', '12,18,11', ['12, 18, 11', '12,18,11']],
      ['12 by 18', '12 , 18', ['12, 18', '12 , 18']],
      ['12 by 18', '12, 18 ', ['12, 18', '12, 18 ']],
      ['2.54 by 3', '2.54, 3', ['2.54, 3', '2.54, 3']],
      ['2.5 by 3', '2.5, 3', ['2.5, 3', '2.5, 3']],
      ['3 by 2.54', '3, 2.54', ['3, 2.54', '3, 2.54']],
      ['3 by 2.5', '3, 2.5', ['3, 2.5', '3, 2.5']],
    ])('%s against "%s"', (p, g, expected) => {
      expect(asDimensions(p, g, Q)).toEqual(expected);
    });
    test.each<[string, string]>([
      ['3 by 4', 'sides 3, 4'],
      ['3 by 4', '3, 4 cm'],
      ['3 by 4', 'l=3, 4'],
    ])('%s against "%s": not a bare list, both unchanged', (p, g) => {
      expect(asDimensions(p, g, Q)).toEqual([p, g]);
    });
  });
});
