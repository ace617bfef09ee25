import { describe, expect, it } from 'vitest';
import { asksSolvedFor, notInAskedForm } from '../../../src/core/critic/solved-for';
import { parseValue } from '../../../src/core/critic/value';

describe('asksSolvedFor', () => {
  describe('should name the unknown the question asks the relation to be solved for', () => {
    it.each([
      ['for a capitalised "Express … in terms of"', 'Express $y$ in terms of $x$.', 'y'],
      ['for "solve the equation for"', 'Given $2x + y = 5$, solve the equation for $y$.', 'y'],
      ['for "make … the subject"', 'Make $y$ the subject of $2x + y = 5$.', 'y'],
    ])('%s', (_, question, expected) => {
      expect(asksSolvedFor(question)).toBe(expected);
    });
  });

  it('should give null for a question that asks for no such form', () => {
    expect(asksSolvedFor('Find the slope of the line $2x + y = 5$.')).toBeNull();
  });
});

describe('notInAskedForm', () => {
  it('should refuse an answer not solved for the unknown against a reference solved for it on the right', () => {
    expect(notInAskedForm(parseValue('5 - y = 2x'), parseValue('5 - 2x = y'), 'Write y as a function of x.')).toEqual({
      equal: false,
      method: 'structure',
      reason: 'The answer is not solved for y, as the question asks.',
    });
  });
});

describe('notInAskedForm with an answer solved for another letter', () => {
  it('should refuse it: the letter on its own side is not the one the question asks for', () => {
    expect(notInAskedForm(parseValue('5 - 2x = z'), parseValue('5 - 2x = y'), 'Write y as a function of x.')).toEqual({
      equal: false,
      method: 'structure',
      reason: 'The answer is not solved for y, as the question asks.',
    });
  });
});
