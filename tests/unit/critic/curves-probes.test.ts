import { describe, expect, it } from 'vitest';
import type { Node } from '../../../src/core/critic/ast';
import { sameCurve } from '../../../src/core/critic/curves';
import { solveLinear } from '../../../src/core/critic/equations';
import { parseExpr } from '../../../src/core/critic/parse';

/** `lhs - rhs` of an equation, as the equations policy compares them. */
const eq = (lhs: string, rhs: string): Node => ({ t: 'sub', a: parseExpr(lhs)!, b: parseExpr(rhs)! });
const curve = (p: Node, g: Node) => sameCurve(p, g, solveLinear);
const ONE_WAY = 'The curve of one equation lies on the other, but not clearly the other way round; the rules cannot tell whether they are the same relation.';

describe('sameCurve', () => {
  it('should say YES to one relation rearranged, naming the unknown each side was solved for', () => {
    expect(curve(eq('y', 'e^x'), eq(String.raw`\ln y`, 'x'))).toEqual({
      equal: true,
      method: 'numeric',
      reason: "Each equation holds on the other's curve (solved for y, and for x): one relation rearranged.",
      confirm: undefined,
    });
  });

  it('should measure agreement relative to the size of the value (a relative difference of 1e-12 is the same curve)', () => {
    expect(curve(eq('y', '1000000x'), eq(String.raw`\frac{1000000000001y}{1000000000000}`, '1000000x'))?.equal).toBe(true);
  });

  it('should be undecided when one curve lies on the other and the other cannot be solved', () => {
    expect(curve(eq('y', String.raw`\sqrt{1 - x^2}`), eq('x^2 + y^2', '1'))).toMatchObject({ equal: null, reason: ONE_WAY });
  });

  it('should stand back (null) when a real point of one curve is off the other, whichever is given first', () => {
    expect(curve(eq(String.raw`\sqrt{y}`, 'x'), eq('y', 'x^2'))).toBeNull();
    expect(curve(eq('y', 'x^2'), eq(String.raw`\sqrt{y}`, 'x'))).toBeNull();
  });

  describe('should count only real points of the solved curve, at least four of them', () => {
    it.each([
      // Real only for x < 0: the four negative probe values of x.
      ['a curve real only for negative x (four points)', eq('y', String.raw`\sqrt{-x}`), eq('(y^2 + x)^3', '0'), ONE_WAY],
      // Real only for x + y ≤ 0 when x and y take the probe values as a pair: four such pairs.
      ['a curve of three unknowns real only for x + y ≤ 0 (four points)', eq('x^2 + z', String.raw`\sqrt{-x-y}`), eq(String.raw`(x^2 + z - \sqrt{-x-y})^3`, '0'), ONE_WAY],
      ['a curve real only for |x| ≤ 0.8 (three points)', eq('y', String.raw`\sqrt{\frac{16}{25} - x^2}`), eq(String.raw`(y^2 + x^2 - \frac{16}{25})^3`, '0'), null],
      ['a curve with no real point', eq('y', String.raw`\sqrt{-1 - x^2}`), eq('(y^2 + x^2 + 1)^3', '0'), null],
    ])('for %s', (_, p, g, reason) => {
      const out = curve(p, g);
      if (reason === null) expect(out).toBeNull();
      else expect(out).toMatchObject({ equal: null, reason });
    });
  });

  it('should take a value whose imaginary part is negligible against its size as real', () => {
    // y = 1000 + 10^{-11} i x: an imaginary part below 10^{-12} of the value at every probe point.
    const p = eq('y', String.raw`1000 + \frac{ix}{100000000000}`);
    expect(curve(p, eq(String.raw`(y - 1000 - \frac{ix}{100000000000})^3`, '0'))).toMatchObject({ equal: null, reason: ONE_WAY });
  });

  describe('should skip a probe point where a value overflows or is not finite', () => {
    it('for a solved value that overflows to infinity at every probe point (no point of the curve)', () => {
      // e^{10000x^2} is past the largest double at every probe x; arctan of it would be π/2. A fake solver gives that
      // solution for y of the first equation only.
      const p = eq('y', String.raw`e^{10000x^2}`);
      const solve = (e: Node, v: string) => (e === p && v === 'y' ? parseExpr(String.raw`e^{10000x^2}`) : null);
      expect(sameCurve(p, eq(String.raw`\arctan y`, String.raw`\frac{\pi}{2}`), solve)).toBeNull();
    });

    it('for a residual that is not finite where the solved value underflows to 0 (ln 0)', () => {
      // y = e^{1000x} is finite at three probe x only (0.5772, -0.3679, -0.7071): too few that way; ln y = 1000x solved for x
      // puts every positive y on the first curve.
      expect(curve(eq('y', String.raw`e^{1000x}`), eq(String.raw`\ln y`, '1000x'))).toMatchObject({ equal: null, reason: ONE_WAY });
    });
  });

  describe('should hold its tolerances inclusive', () => {
    // A fake solver gives the solution for y of the first equation only, so the other way cannot be solved.
    const solvingFirst = (p: Node, solution: string) => (e: Node, v: string) => (e === p && v === 'y' ? parseExpr(solution) : null);

    it('for a point off the other curve by exactly 1e-9 (on it)', () => {
      const p = eq('y', 'x');
      expect(sameCurve(p, eq('y - x + 10^{-9}', '0'), solvingFirst(p, 'x'))).toMatchObject({ equal: null, reason: ONE_WAY });
    });

    it('for a solved value whose imaginary part is exactly 1e-12 (real)', () => {
      // Real at the four probe x with |x| ≤ 1, where the value is below 1 and the bound is 1e-12 itself.
      const p = eq('y', String.raw`\sqrt{1 - x^2}`);
      const solve = solvingFirst(p, String.raw`\sqrt{1 - x^2} + 10^{-12} i`);
      expect(sameCurve(p, eq('(y^2 + x^2 - 1)^3', '0'), solve)).toMatchObject({ equal: null, reason: ONE_WAY });
    });

    it('for an equation off zero by exactly 1e-9 everywhere (an identity, which says nothing)', () => {
      const p = eq('y - y + x - x + 10^{-9}', '0');
      expect(sameCurve(p, eq('(y - x)^3', '0'), solvingFirst(p, 'x'))).toBeNull();
    });
  });

  describe('should compare only curves of two or three unknowns', () => {
    it.each([
      ['one unknown', eq('x', '2'), eq('(x - 2)^3', '0'), null],
      ['three unknowns', eq('z', 'x + y'), eq('(z - x - y)^3', '0'), ONE_WAY],
      ['four unknowns', eq('w', 'x + y + z'), eq('(w - x - y - z)^3', '0'), null],
    ])('for %s', (_, p, g, reason) => {
      const out = curve(p, g);
      if (reason === null) expect(out).toBeNull();
      else expect(out).toMatchObject({ equal: null, reason });
    });
  });

  it('should not take for an identity an equation that holds at the first probe point only', () => {
    // y = 2x - 2.887 passes through the first probe point (x, y) = (1.7321, 0.5772).
    expect(curve(eq('y', '2x - 2.887'), eq('(y - 2x + 2.887)^3', '0'))).toMatchObject({ equal: null, reason: ONE_WAY });
  });
});
