import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { hadPhrase, withoutPlace } from '../../../src/core/critic/text-tail';

/** Policy `text`: what a closing clause says something has, and a noun without the detail of where it lies. */
describe('hadPhrase', () => {
  describe('should give the words after "has" that end the sentence', () => {
    test.each([
      ['for a sentence without a comma', 'The system has infinitely many solutions.', 'infinitely many solutions'],
      ['for two spaces after "has"', 'So the system has  infinitely many solutions.', 'infinitely many solutions'],
      ['for two spaces between its words', 'So the system has infinitely  many solutions.', 'infinitely  many solutions'],
      ['for a space before the full stop', 'So the system has infinitely many solutions .', 'infinitely many solutions'],
      ['for a space after the full stop', 'So the system has infinitely many solutions. ', 'infinitely many solutions'],
    ])('%s', (_, sentence, had) => {
      expect(hadPhrase(sentence)).toBe(had);
    });
  });

  describe('should give nothing', () => {
    test('for words that go on after what it has', () => {
      expect(hadPhrase('So the system has no solution (the lines are parallel).')).toBeNull();
    });
  });
});

describe('withoutPlace', () => {
  describe('should drop the detail of where the noun lies', () => {
    test.each([
      ['for two spaces before the participle', 'an ellipse  centered at the origin.', 'an ellipse'],
      ['for two spaces after the participle', 'an ellipse centered  at the origin.', 'an ellipse'],
      ['for two spaces after "with"', 'a circle with  its center at the origin.', 'a circle'],
      ['for two spaces after "its"', 'a circle with its  center at the origin.', 'a circle'],
      ['for two spaces before "at"', 'a parabola with vertex  at the origin.', 'a parabola'],
    ])('%s', (_, tail, noun) => {
      expect(withoutPlace(tail)).toBe(noun);
    });
  });

  describe('should give the tail without its closing marks when it names no place', () => {
    test.each([
      ['for two exclamation marks', 'a circle!!', 'a circle'],
      ['for a full stop and a space', 'a circle. ', 'a circle'],
    ])('%s', (_, tail, noun) => {
      expect(withoutPlace(tail)).toBe(noun);
    });
  });

  describe('should keep the tail whole', () => {
    test('for a place that goes on after a comma', () => {
      expect(withoutPlace('an ellipse centered at the origin, with foci on the x-axis')).toBe('an ellipse centered at the origin, with foci on the x-axis');
    });
  });
});

describe('judgeByRules', () => {
  describe('should accept a noun that the sentence places somewhere', () => {
    test.each([
      ['for "with vertex at"', 'The graph is a parabola with vertex at the origin.', 'parabola'],
      ['for "with its vertex at"', 'The graph is a parabola with its vertex at the origin.', 'parabola'],
      ['for "with center at"', 'The graph is a circle with center at the origin.', 'circle'],
      ['for "with its center at"', 'The graph is a circle with its center at the origin.', 'circle'],
    ])('%s', (_, pred, gold) => {
      expect(judgeByRules(pred, gold).equal).toBe(true);
    });
  });

  describe('should accept what a sentence without a comma says the system has', () => {
    test.each([
      ['for a full stop', 'The system has infinitely many solutions.'],
      ['for an exclamation mark', 'The system has infinitely many solutions!'],
    ])('%s', (_, pred) => {
      expect(judgeByRules(pred, 'infinitely many', { question: 'How many solutions does the system have?' }).equal).toBe(true);
    });
  });

  describe('should leave undecided a noun of three words against two other words', () => {
    test('for a kind of triangle against another kind', () => {
      expect(judgeByRules('The shape is an isosceles right triangle.', 'scalene triangle').equal).toBeNull();
    });
  });
});
