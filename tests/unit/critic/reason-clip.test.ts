import { describe, expect, test } from 'vitest';
import { clip } from '../../../src/core/critic/outcome';

describe('clip', () => {
  describe('should keep a quoted text whole', () => {
    test('for a short text', () => {
      expect(clip('x = 3')).toBe('x = 3');
    });
    test('for a text of exactly 24 characters', () => {
      expect(clip('abcdefghijklmnopqrstuvwx')).toBe('abcdefghijklmnopqrstuvwx');
    });
  });
  describe('should cut a longer text to 23 characters and an ellipsis', () => {
    test('for a text of 25 characters', () => {
      expect(clip('abcdefghijklmnopqrstuvwxy')).toBe('abcdefghijklmnopqrstuvw…');
    });
    test('for a long answer', () => {
      expect(clip('\\frac{1}{2} + \\frac{1}{3} + \\frac{1}{6}')).toBe('\\frac{1}{2} + \\frac{1}{…');
    });
  });
});
