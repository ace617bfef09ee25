import { describe, expect, it } from 'vitest';
import { filledForm } from '../../../src/core/critic/asked-form';
import { parseValue, type Value } from '../../../src/core/critic/value';

describe('filledForm', () => {
  describe('should put the answer\'s values into the form the question asks for', () => {
    it.each([
      ['after "in the form" and a Windows line break', 'Rewrite $z$ in the form\r\n$x + yi$.'],
      ['after "in the form of"', 'Rewrite $z$ in the form of $x + yi$.'],
      ['after "in the form of" and a Windows line break', 'Rewrite $z$ in the form of\r\n$x + yi$.'],
      ['written in \\(…\\)', String.raw`Rewrite \(z\) in the form \(x + yi\).`],
    ])('%s', (_, question) => {
      expect(filledForm(question, parseValue(String.raw`x = 1, y = \sqrt{3}`))).toEqual(parseValue(String.raw`1 + \sqrt{3}i`));
    });
  });

  it('should give null for a list of one value (a form of one letter is only a value)', () => {
    const one: Value = { k: 'seq', open: '', items: [parseValue('a = 3')] };
    expect(filledForm(String.raw`Write $z$ in the form $a\sqrt{2}$.`, one)).toBeNull();
  });
});
