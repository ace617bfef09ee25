/** Names the expression parser knows: Greek letters, LaTeX and Python functions, constants. */

// Also the other letters physics writes as commands (ħ, ℓ) and the variant forms: each is one symbol.
export const GREEK = new Set(['hbar', 'ell', 'varpi', 'varrho', 'varsigma', 'Upsilon', 'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Sigma', 'Phi', 'Psi', 'Omega']);
export const LATEX_FNS: Record<string, string> = {
  sin: 'sin', cos: 'cos', tan: 'tan', cot: 'cot', sec: 'sec', csc: 'csc', arcsin: 'asin', arccos: 'acos', arctan: 'atan',
  sinh: 'sinh', cosh: 'cosh', tanh: 'tanh', ln: 'ln', log: 'log', exp: 'exp', lg: 'log10',
};
export const PY_FNS: Record<string, string> = {
  sqrt: 'sqrt', sin: 'sin', cos: 'cos', tan: 'tan', cot: 'cot', sec: 'sec', csc: 'csc', asin: 'asin', acos: 'acos', atan: 'atan',
  arcsin: 'asin', arccos: 'acos', arctan: 'atan', // numpy's names
  sinh: 'sinh', cosh: 'cosh', tanh: 'tanh', exp: 'exp', log: 'ln', ln: 'ln', Abs: 'abs', abs: 'abs', factorial: 'fact', binomial: 'binom', floor: 'floor', ceiling: 'ceil', root: 'root', cbrt: 'cbrt',
};
export const PY_CONSTS: Record<string, string> = { pi: 'pi', E: 'e', I: 'i', oo: 'oo', inf: 'oo', infinity: 'oo', Infinity: 'oo' };

/** `\\sin^{-1}` is arcsin. */
export const INVERSE: Record<string, string> = { sin: 'asin', cos: 'acos', tan: 'atan' };

/** Significant digits and the value of one unit in the last place of a decimal literal. */
export function decimalPrecision(text: string): { sig: number; ulp: number } {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return { sig: 0, ulp: Infinity };
  const digits = ((m[1] ?? '') + (m[2] ?? '')).replace(/^0+/, '');
  const exp = Number(m[3] ?? 0);
  return { sig: digits.length, ulp: 10 ** (exp - (m[2] ?? '').length) };
}

/**
 * `(de + df + ef)/(def)`: in a formula written without LaTeX, a run of three letters is a product
 * when each of its letters stands as a variable elsewhere in the text, alone or in a run of two
 * (`de`, `f`); a word of prose has letters no short run uses ("the", "sum").
 */
export function lettersAreVariables(text: string, run: string): boolean {
  const short = new Set<string>();
  for (const m of text.replace(/\\[A-Za-z]+/g, ' ').matchAll(/[A-Za-z]+/g)) if (m[0].length <= 2) for (const c of m[0]) short.add(c);
  return [...run].every((c) => short.has(c));
}
