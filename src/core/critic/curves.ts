/**
 * Policy `equations`: one relation rearranged through a function and its inverse (`y = e^x` and
 * `\ln y = x`, `y = 10^x` and `\log_{10} y = x`). The two differences are not multiples of each
 * other, so the factor test finds them different; but each equation, solved for an unknown it is
 * linear in, puts a point of its curve on the other's. Both ways: the same curve. A point of one off the
 * other (`y = x^2` at x < 0 is not on `\sqrt{y} = x`): different. One way, the other not solvable
 * (`y = \sqrt{1 - x^2}` lies on `x^2 + y^2 = 1`): the rules cannot tell.
 */
import type { Node } from './ast';
import { freeVars, substitute } from './ast';
import { approx, type C } from './numeric';
import { PROBE_MIN_POINTS, PROBE_REL } from './policy';
import { undecided, yes, type Outcome } from './outcome';

// Values of the other unknowns, both signs: a point must be on the real curve to count.
const SAMPLE = [0.5772, -1.3247, 2.1183, 0.8413, -0.3679, 1.7321, -2.6458, 3.1416, 1.1892, -0.7071, 2.2361, 1.618];

type Solve = (e: Node, v: string) => Node | null;

/**
 * The same curve, shown both ways; undecided when one equation's points all lie on the other and the
 * other cannot be solved; null (the factor test's NO stands) when neither holds, or when a real point of
 * one is off the other: a certain difference.
 */
export function sameCurve(dp: Node, dg: Node, solve: Solve): Outcome | null {
  // An identity (`x + y = y + x`) holds everywhere: every curve lies on it, which says nothing.
  if (identity(dp) || identity(dg)) return null;
  const forward = liesOn(dp, dg, solve);
  const backward = liesOn(dg, dp, solve);
  if (forward === OFF || backward === OFF) return null;
  if (forward && backward) return yes('numeric', `Each equation holds on the other's curve (solved for ${String(forward)}, and for ${String(backward)}): one relation rearranged.`);
  if (forward || backward) return undecided('The curve of one equation lies on the other, but not clearly the other way round; the rules cannot tell whether they are the same relation.');
  return null;
}

const OFF = Symbol('a point off the curve');

/**
 * An unknown `from` is linear in whose solution makes `onto` vanish at every real probe point (at least
 * PROBE_MIN_POINTS); OFF when a real point of `from`'s curve is not on `onto`'s; null when it cannot tell.
 */
function liesOn(from: Node, onto: Node, solve: Solve): string | typeof OFF | null {
  const vars = [...new Set([...freeVars(from), ...freeVars(onto)])];
  if (vars.length < 2 || vars.length > 3) return null;
  for (const v of freeVars(from)) {
    const solved = solve(from, v);
    if (!solved || freeVars(solved).has(v)) continue;
    const rest = vars.filter((w) => w !== v);
    const residual = substitute(onto, v, solved);
    let good = 0;
    let bad = false;
    for (let k = 0; k < SAMPLE.length && !bad; k++) {
      const env: Record<string, number> = {};
      rest.forEach((w, j) => (env[w] = SAMPLE[(k + 5 * j) % SAMPLE.length]!));
      const at = approx(solved, env);
      if (!real(at)) continue;
      const r = approx(residual, { ...env, [v]: at.re });
      if (!Number.isFinite(r.re) || !Number.isFinite(r.im)) continue;
      if (Math.hypot(r.re, r.im) > PROBE_REL * Math.max(1, Math.abs(at.re))) bad = true;
      else good++;
    }
    if (bad) return OFF;
    if (good >= PROBE_MIN_POINTS) return v;
  }
  return null;
}

function real(c: C): boolean {
  return Number.isFinite(c.re) && Number.isFinite(c.im) && Math.abs(c.im) <= 1e-12 * Math.max(1, Math.abs(c.re));
}

/** Zero wherever it is evaluated: an identity, not a curve. */
function identity(e: Node): boolean {
  const vars = [...freeVars(e)];
  return [0, 1, 2].every((k) => {
    const env = Object.fromEntries(vars.map((w, j) => [w, SAMPLE[(k + 5 * j) % SAMPLE.length]!]));
    const at = approx(e, env);
    return Number.isFinite(at.re) && Math.hypot(at.re, at.im) <= PROBE_REL;
  });
}
