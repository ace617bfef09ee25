import { describe, expect, it } from 'vitest';
import { withContinuedDisplay } from '../../../src/core/critic/continuation';

const D = '$$x = 2$$';

describe('withContinuedDisplay', () => {
  describe('should drop a last line that only says where the value holds', () => {
    it.each([
      ['a \\[…\\] display', String.raw`So \[ x = 2 \]` + '\nat the point $(1, 2)$.', `So ${D}`],
      ['a \\[…\\] display with no $$ in the text', String.raw`\[x = 2\]` + '\nfor $t \\ge 0$.', D],
      ['spaces before the line break', `${D}  \nat the point $(1, 2)$.`, D],
      ['a display spaced inside its $$', '$$ x = 2 $$\nat the point $(1, 2)$.', D],
    ])('for %s', (_, text, expected) => {
      expect(withContinuedDisplay(text)).toBe(expected);
    });
  });

  it('should write a display broken over lines on one line, one space where each break was', () => {
    expect(withContinuedDisplay('$$ y = 2x\n+ 1 $$\nat the point $(1, 3)$.')).toBe('$$y = 2x + 1$$');
  });

  describe('should join a last line that goes on with the sentence', () => {
    it.each([
      ['a bracket opening with "or" after a space', '( or $x = -2$ if measured the other way)'],
      ['a bracket opening with ≈', '(≈ 2.00)'],
      ['a bracket opening with a space and ≈', '( ≈ 2.00)'],
      ['a connective whose detail word comes later', 'since it holds for every $x$.'],
      ['a connective, then "and so" and a formula', 'which is positive, and so $x = 2$.'],
      ['"so", a formula and more words', 'so $x = 2$ is the answer'],
    ])('for %s', (_, line) => {
      expect(withContinuedDisplay(`${D}\n${line}`)).toBe(`${D} ${line}`);
    });
  });

  describe('should leave the text as it is', () => {
    it.each([
      ['words after the display on its own line', `${D} is the answer\nat the point $(1, 2)$.`],
      ['a new sentence whose word holds "as"', `${D}\nThis has been checked.`],
      ['a line opening with "=" outside a bracket', `${D}\n= 5`],
    ])('for %s', (_, text) => {
      expect(withContinuedDisplay(text)).toBe(text);
    });
  });

  describe('should keep apart a line that states its own result after "and" or "so"', () => {
    it.each([
      ['"and hence" and a formula', 'and hence $x = 2$.'],
      ['"so" and a formula with nothing after it', 'so $x = 2$'],
      ['"and" and a formula, a space before the full stop', 'and $A = x - 4$ .'],
    ])('for %s', (_, line) => {
      const text = `${D}\n${line}`;
      expect(withContinuedDisplay(text)).toBe(text);
    });
  });
});
