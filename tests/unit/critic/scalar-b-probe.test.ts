import { describe, expect, test } from 'vitest';
import { ruleOutcome } from '../../../src/core/critic';
import { fmt, proportional } from '../../../src/core/critic/scalar';
import { parseExpr } from '../../../src/core/critic/parse';

/**
 * The probe of policy `variables` (PROBE_POINTS, PROBE_MIN_POINTS, PROBE_REL in policy.ts) and
 * `proportional`, which equations use (a/b the same non-zero constant at every probe point).
 * `x - x + c` is a constant the probe cannot simplify away; `\lfloor …\rfloor` places zeros and
 * steps at chosen probe points (x takes 0.5772, 2.6458, −0.7071, 0.8413, 1.1892, −1.3247, 0.3679, 1.618).
 */
function prop(a: string, b: string): boolean | null {
  const [x, y] = [parseExpr(a), parseExpr(b)];
  if (!x || !y) throw new Error(`test input does not parse: ${a} / ${b}`);
  return proportional(x, y);
}

describe('the probe of two expressions with variables', () => {
  test('should say how many points agreed and hand the pair to sympy', () => {
    const o = ruleOutcome('x+y', 'y+x+0');
    expect(o.reason).toBe('The expressions agree at 8 random points.');
    expect(o.confirm?.length).toBe(1);
  });
  test('should say NO where they differ, showing the point and both values', () => {
    const o = ruleOutcome('x+y', 'x+2y');
    expect(o.equal).toBe(false);
    expect(o.reason).toBe('The expressions differ (at x=0.5772, y=3.550: 4.127208 vs 7.677216).');
    expect(o.confirm?.length).toBe(1);
  });
  test('should show a complex value with its sign', () => {
    // ln x at x < 0 has imaginary part +π; ln(x²)/2 is real.
    expect(ruleOutcome('\\ln(x)', '\\frac{\\ln(x^2)}{2}').reason).toBe('The expressions differ (at x=-0.7071: -0.3465831804+3.141592654i vs -0.3465831804).');
  });
  test('should call a relative difference of exactly 1e-6 nearly equal, not different', () => {
    const o = ruleOutcome('x-x+10^6', 'x-x+10^6-1');
    expect(o.equal).toBe(null);
    expect(o.reason).toBe('The expressions nearly agree; a symbolic check is needed.');
    expect(o.confirm?.length).toBe(1);
  });
  test('should call a relative difference of exactly PROBE_REL (1e-9) agreement', () => {
    expect(ruleOutcome('x-x+10^9', 'x-x+10^9-1').equal).toBe(true);
  });
  test('should leave to sympy expressions that differ by less than 1e-6 relative', () => {
    expect(ruleOutcome('x+1', 'x+1+10^{-8}').equal).toBe(null);
  });
  test('should decide with exactly PROBE_MIN_POINTS (4) points where both are defined', () => {
    // ⌊x⌋⌊x − ½⌋ is 0 at four of the eight points.
    const o = ruleOutcome('\\frac{x}{\\lfloor x\\rfloor\\lfloor x-\\frac12\\rfloor}', '\\frac{2x}{2\\lfloor x\\rfloor\\lfloor x-\\frac12\\rfloor}');
    expect(o.equal).toBe(true);
    expect(o.reason).toBe('The expressions agree at 4 random points.');
  });
  test('should not decide when no point gives a value', () => {
    const o = ruleOutcome('\\frac{1}{x-x}', '\\frac{2}{2x-2x}');
    expect(o.equal).toBe(null);
    expect(o.reason).toBe('The expressions could not be evaluated at enough points.');
    expect(o.confirm?.length).toBe(1);
  });
  describe('should not take two expressions that vanish at every point as evidence', () => {
    test('for a difference that cancels', () => {
      const o = ruleOutcome('x - x', '0');
      expect(o.equal).toBe(null);
      expect(o.reason).toBe('Both expressions vanish at every point tried; a symbolic check is needed.');
      expect(o.confirm?.length).toBe(1);
    });
    test('for values of exactly 1e-300, which count as zero', () => {
      expect(ruleOutcome('x - x + 10^{-300}', '10^{-300}').equal).toBe(null);
    });
  });
});

describe('proportional', () => {
  test('should find a constant complex ratio where the denominator is complex', () => {
    // √x is imaginary at the negative points: the ratio 1 + i must come out the same there.
    expect(prop('(1+\\sqrt{-1})\\sqrt{x}', '\\sqrt{x}')).toBe(true);
    expect(prop('2\\sqrt{x}', '\\sqrt{x}')).toBe(true);
  });
  test('should skip points where either side is undefined or the divisor is 0', () => {
    // 1/⌊x⌋ is infinite, and ⌊x⌋ is 0, at three points; the other points show no constant ratio.
    expect(prop('\\frac{1}{\\lfloor x\\rfloor}+x', '2x')).toBe(false);
    expect(prop('x', '\\lfloor x\\rfloor')).toBe(false);
  });
  test('should not tell with no defined point', () => {
    expect(prop('x', '\\frac{1}{x-x}')).toBe(null);
  });
  test('should tell with exactly PROBE_MIN_POINTS (4) defined points', () => {
    expect(prop('\\frac{x}{\\lfloor x\\rfloor\\lfloor x-\\frac12\\rfloor}', '\\frac{2x}{\\lfloor x\\rfloor\\lfloor x-\\frac12\\rfloor}')).toBe(true);
  });
  test('should use exactly PROBE_POINTS (8) points', () => {
    // n³ − n is 0 for ⌊2x/3⌋ = n in {−1, 0, 1}, at all eight points; a ninth (x = −1.7321, n = −2) would break the ratio.
    expect(prop('x(1+\\lfloor\\frac{2x}{3}\\rfloor^3-\\lfloor\\frac{2x}{3}\\rfloor)', 'x')).toBe(true);
  });
  test('should take bounds 1e-12 and PROBE_REL inclusively', () => {
    // A divisor or a ratio of exactly 1e-12 is not 0; ratios 10^9 and 10^9 − 1 differ by exactly 1e-9.
    expect(prop('x-x+10^{-12}', 'x-x+10^{-12}')).toBe(true);
    expect(prop('x-x+10^{-12}', 'x-x+1')).toBe(true);
    expect(prop('10^9+\\lfloor x/3\\rfloor', 'x-x+1')).toBe(true);
  });
});

describe('fmt', () => {
  test('should show an imaginary part from 1e-15 up, with its sign', () => {
    expect(fmt({ re: 1, im: 1e-15 })).toBe('1+1e-15i');
    expect(fmt({ re: 3, im: 1e-16 })).toBe('3');
    expect(fmt({ re: 1, im: -2 })).toBe('1-2i');
    expect(fmt({ re: 0.5, im: 2 })).toBe('0.5+2i');
  });
});
