import { describe, expect, test } from 'vitest';
import { judgeByRules, ruleOutcome } from '../../../src/core/critic';

/**
 * Closed forms and decimals compared in double precision (compareNodes in scalar.ts): how each
 * verdict is reached, what it says, and which pairs it hands to sympy to confirm or overturn.
 */
const modes = (pred: string, gold: string) => ruleOutcome(pred, gold).confirm?.map((c) => c.mode);

describe('two closed forms', () => {
  test('should ask sympy to confirm a YES found in double precision', () => {
    // √2 and 2^(1/2) agree to every digit a double has; only sympy can prove them equal.
    const o = ruleOutcome('\\sqrt2', '2^{1/2}');
    expect(o.equal).toBe(true);
    expect(o.reason).toBe('Both evaluate to 1.414213562.');
    expect(modes('\\sqrt2', '2^{1/2}')).toEqual(['equal']);
  });

  test('should ask sympy to check a NO that was a near miss', () => {
    // 355/113 is within 1e-7 of π: close enough that a NO from doubles is worth a symbolic look.
    const o = ruleOutcome('\\pi', '\\frac{355}{113}');
    expect(o.equal).toBe(false);
    expect(o.reason).toBe('3.141592654 is not 3.14159292.');
    expect(modes('\\pi', '\\frac{355}{113}')).toEqual(['equal']);
  });

  test('should settle a clear NO without sympy', () => {
    // π + 10^-5 is 3e-6 away from π, relatively: no round-off explains that.
    const o = ruleOutcome('\\pi', '\\pi+10^{-5}');
    expect(o.equal).toBe(false);
    expect(o.confirm).toBe(undefined);
  });
});

describe('a cancellation doubles cannot settle', () => {
  test('should say why it is undecided and hand the pair to sympy', () => {
    const o = ruleOutcome('\\sin(\\pi)', '0');
    expect(o.equal).toBe(null);
    expect(o.reason).toBe('The values are too close to cancellation to compare in double precision.');
    expect(modes('\\sin(\\pi)', '0')).toEqual(['equal']);
  });
});

describe('a decimal against an exact value', () => {
  test('should be decided numerically even when the values are equal', () => {
    // 0.5 is 1/2, but a decimal is a number as written, not an exact form: method `numeric`.
    for (const [pred, gold] of [['0.5', '\\frac12'], ['\\frac12', '0.5']]) {
      const v = judgeByRules(pred!, gold!);
      expect(v.equal, `${pred} vs ${gold}`).toBe(true);
      expect(v.method).toBe('numeric');
    }
  });

  test('should call a reference printed by a program equal up to round-off', () => {
    // 0.1 + 0.2 prints as 0.30000000000000004 in most languages: 3/10 is that value up to round-off.
    const v = judgeByRules('\\frac{3}{10}', '0.30000000000000004');
    expect(v.equal).toBe(true);
    expect(v.reason).toBe('0.3 is 0.3 up to floating-point round-off.');
  });

  test('should say which values disagree at the precision given', () => {
    const v = judgeByRules('\\sqrt{2}', '\\sqrt{2.0000001}');
    expect(v.equal).toBe(false);
    expect(v.reason).toBe('1.414213562 is not 1.414213598 to the precision given.');
  });
});

describe('expressions with variables', () => {
  test('should try negative values, where √(x²) is not −x either', () => {
    // √(x²) = |x| equals −x for every negative x: only a positive probe point tells them apart.
    expect(judgeByRules('\\sqrt{x^2}', '-x').equal).toBe(false);
  });

  test('should show the first point where the expressions differ', () => {
    // One probe point in three is negative (the third, k = 2), and each variable gets its own value.
    expect(judgeByRules('\\sqrt{x^2}', 'x').reason).toBe('The expressions differ (at x=-0.7071: 0.7071 vs -0.7071).');
    expect(judgeByRules('x-y', 'y-x').reason).toBe('The expressions differ (at x=0.5772, y=3.550: -2.972808 vs 2.972808).');
  });
});

describe('equations with a named constant', () => {
  test('should not take r_0 as positive when an absolute value says its sign matters', () => {
    // r_0 x + y = 0 and |r_0| x + y = 0 differ whenever r_0 < 0: not the same line up to a factor.
    expect(judgeByRules('r_0 x+y=0', '|r_0| x+y=0').equal).toBe(false);
  });
});
