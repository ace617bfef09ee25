import { describe, expect, it } from 'vitest';
import { withoutDomain } from '../../../src/core/critic/domain';

describe('withoutDomain', () => {
  it('should read a variable right after a line break \\\\ as a variable, not as a command', () => {
    const formula = String.raw`$\begin{cases} y = 1 \\x = 2 \end{cases}$`;
    expect(withoutDomain(`${formula} for all real $x$`)).toBe(formula);
  });

  it('should keep apart the letters a spacing command stands between', () => {
    expect(withoutDomain(String.raw`$y = x\,a$ for all real $x$`)).toBe(String.raw`$y = x\,a$`);
  });
});
