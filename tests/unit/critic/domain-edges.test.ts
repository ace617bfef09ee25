import { describe, expect, it } from 'vitest';
import { withoutDomain } from '../../../src/core/critic/domain';

describe('withoutDomain', () => {
  describe('should drop a domain condition after the formula', () => {
    it.each([
      ['after "for" and a condition in $…$', '$C(h) = 4h$ for positive integers $h$. ', '$C(h) = 4h$'],
      ['in capitals inside the phrase', '$y = 2x$ for All Real $x$', '$y = 2x$'],
      ['that is only a kind of number, after a formula that is itself a condition', String.raw`$x \in (1, 3)$ for all real $x$`, String.raw`$x \in (1, 3)$`],
      ['after a comma and a space', '$y = 2x$, for all real $x$', '$y = 2x$'],
      ['listing the values of the variable', String.raw`$a_n = 2n$ for n = 1, 2, 3, \dots`, '$a_n = 2n$'],
      ['after a comma with no space', '$y = 2x$,$x > 0$', '$y = 2x$'],
      ['after a comma, spaced inside $…$', '$y = 2x$, $ x > 0$', '$y = 2x$'],
      ['after a comma, unspaced inside $…$', '$y = 2x$, $x>0$', '$y = 2x$'],
      ['whose bound holds "for" inside its formula', String.raw`$y = \sqrt{x}$ for $x \ge 0 \text{ for } x \in \mathbb{R}$`, String.raw`$y = \sqrt{x}$`],
      ['after \\text{for} with no spaces', String.raw`y = 2x \text{for} x > 0`, 'y = 2x'],
      ['after \\text {for} with a space before the brace', String.raw`y = 2x \text {for} x > 0`, 'y = 2x'],
      ['after \\text{ for } with no space before the variable', String.raw`y = 2x \text{ for }x > 0`, 'y = 2x'],
      ['closed by the brace of \\text', String.raw`y = 2x \text{ for all real x}`, 'y = 2x'],
      ['after a formula in \\(…\\) that follows words', String.raw`The answer is \(y = 2x\) for all real \(x\)`, String.raw`The answer is \(y = 2x\)`],
      ['in $…$ inside \\text{…}', String.raw`y = 2x \text{ for $x \in \mathbb{R}$}`, 'y = 2x'],
      ['about a variable that follows a command', String.raw`$y = \ln n$ for positive integers $n$`, String.raw`$y = \ln n$`],
    ])('for a condition %s', (_, text, expected) => {
      expect(withoutDomain(text)).toBe(expected);
    });
  });

  describe('should leave the text as it is', () => {
    it.each([
      ['for a bound after a condition on the same variable (\\ge)', String.raw`$x \ge 1$, $x \neq 2$`],
      ['for a bound after a condition on the same variable (\\geqslant)', String.raw`$x \geqslant 1$, $x \neq 2$`],
      ['for a case of the variable ("for $x = 3$"), not a bound', '$y = 2x$ for $x = 3$'],
      ['for a capitalised "For" (a new sentence, not a condition)', '$y = 2x$ For all real $x$'],
      ['for a condition that is the answer ($…$)', '$f(x)$ is increasing for $x > 2$'],
      ['for a condition that is the answer (\\(…\\))', String.raw`\(f(x)\) is increasing for \(x > 2\)`],
      ['for a condition about a letter only inside a command name', String.raw`$y = \ln 2$ for positive integers $n$`],
    ])('%s', (_, text) => {
      expect(withoutDomain(text)).toBe(text);
    });
  });
});
