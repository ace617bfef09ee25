import { describe, expect, test } from 'vitest';
import { asksForRange, ordersAnswers, wantsPoint } from '../../../src/core/critic/question';

describe('ordersAnswers', () => {
  describe('should see when a question fixes the order of its answers', () => {
    test.each([
      'List the solutions in increasing order.',
      'Write the numbers from greatest to least.',
      'Arrange a, b, c from smallest to largest.',
      'Find the first three terms of the sequence.',
      'Find (a) the area and (b) the perimeter.',
      'Find the maximum and the minimum of f.',
      'Find the lengths of AB and BC respectively.',
    ])('for "%s"', (q) => expect(ordersAnswers(q)).toBe(true));
  });
  describe('should leave sets of answers unordered', () => {
    test.each(['Find all real solutions of x^2 = 4.', 'What are the roots of the polynomial?', ''])('for "%s"', (q) => expect(ordersAnswers(q)).toBe(false));
  });
});

describe('asksForRange', () => {
  describe('should see a question about the values a function takes', () => {
    test('for range questions and not for domain questions', () => {
      expect(asksForRange('Find the range of g.')).toBe(true);
      expect(asksForRange('What is the range of f(x)?')).toBe(true);
      expect(asksForRange('Find the domain of g.')).toBe(false);
    });
  });
});

describe('wantsPoint', () => {
  describe('should see a question about a point, not an interval', () => {
    test('for both', () => {
      expect(wantsPoint('Find the coordinates of the point P.')).toBe(true);
      expect(wantsPoint('Find the interval where f increases.')).toBe(false);
    });
  });
});
