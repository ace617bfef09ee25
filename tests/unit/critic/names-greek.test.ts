import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/**
 * Each Greek letter (and ħ, ℓ, the variant forms) is one symbol, in LaTeX (`\lambda`) and as sympy
 * prints it (`lambda`). Every name has its own two rows, written out by hand: a name the parser did
 * not know would make `\lambda + \lambda` unreadable and `2*lambda` a word, and the pair that should
 * be YES would no longer be.
 */
const rows: [pred: string, gold: string, equal: boolean][] = [
  ['$\\ell + \\ell$', '$2\\ell$', true],
  ['2*ell', '$2\\ell$', true],
  ['$\\varpi + \\varpi$', '$2\\varpi$', true],
  ['2*varpi', '$2\\varpi$', true],
  ['$\\varrho + \\varrho$', '$2\\varrho$', true],
  ['2*varrho', '$2\\varrho$', true],
  ['$\\varsigma + \\varsigma$', '$2\\varsigma$', true],
  ['2*varsigma', '$2\\varsigma$', true],
  ['$\\Upsilon + \\Upsilon$', '$2\\Upsilon$', true],
  ['2*Upsilon', '$2\\Upsilon$', true],
  ['$\\beta + \\beta$', '$2\\beta$', true],
  ['2*beta', '$2\\beta$', true],
  ['$\\gamma + \\gamma$', '$2\\gamma$', true],
  ['2*gamma', '$2\\gamma$', true],
  ['$\\delta + \\delta$', '$2\\delta$', true],
  ['2*delta', '$2\\delta$', true],
  ['$\\epsilon + \\epsilon$', '$2\\epsilon$', true],
  ['2*epsilon', '$2\\epsilon$', true],
  ['$\\varepsilon + \\varepsilon$', '$2\\varepsilon$', true],
  ['2*varepsilon', '$2\\varepsilon$', true],
  ['$\\zeta + \\zeta$', '$2\\zeta$', true],
  ['2*zeta', '$2\\zeta$', true],
  ['$\\eta + \\eta$', '$2\\eta$', true],
  ['2*eta', '$2\\eta$', true],
  ['$\\vartheta + \\vartheta$', '$2\\vartheta$', true],
  ['2*vartheta', '$2\\vartheta$', true],
  ['$\\iota + \\iota$', '$2\\iota$', true],
  ['2*iota', '$2\\iota$', true],
  ['$\\kappa + \\kappa$', '$2\\kappa$', true],
  ['2*kappa', '$2\\kappa$', true],
  ['$\\lambda + \\lambda$', '$2\\lambda$', true],
  ['2*lambda', '$2\\lambda$', true],
  ['$\\mu + \\mu$', '$2\\mu$', true],
  ['2*mu', '$2\\mu$', true],
  ['$\\nu + \\nu$', '$2\\nu$', true],
  ['2*nu', '$2\\nu$', true],
  ['$\\xi + \\xi$', '$2\\xi$', true],
  ['2*xi', '$2\\xi$', true],
  ['$\\sigma + \\sigma$', '$2\\sigma$', true],
  ['2*sigma', '$2\\sigma$', true],
  ['$\\tau + \\tau$', '$2\\tau$', true],
  ['2*tau', '$2\\tau$', true],
  ['$\\upsilon + \\upsilon$', '$2\\upsilon$', true],
  ['2*upsilon', '$2\\upsilon$', true],
  ['$\\phi + \\phi$', '$2\\phi$', true],
  ['2*phi', '$2\\phi$', true],
  ['$\\varphi + \\varphi$', '$2\\varphi$', true],
  ['2*varphi', '$2\\varphi$', true],
  ['$\\chi + \\chi$', '$2\\chi$', true],
  ['2*chi', '$2\\chi$', true],
  ['$\\psi + \\psi$', '$2\\psi$', true],
  ['2*psi', '$2\\psi$', true],
  ['$\\Gamma + \\Gamma$', '$2\\Gamma$', true],
  ['2*Gamma', '$2\\Gamma$', true],
  ['$\\Delta + \\Delta$', '$2\\Delta$', true],
  ['2*Delta', '$2\\Delta$', true],
  ['$\\Theta + \\Theta$', '$2\\Theta$', true],
  ['2*Theta', '$2\\Theta$', true],
  ['$\\Lambda + \\Lambda$', '$2\\Lambda$', true],
  ['2*Lambda', '$2\\Lambda$', true],
  ['$\\Xi + \\Xi$', '$2\\Xi$', true],
  ['2*Xi', '$2\\Xi$', true],
  ['$\\Sigma + \\Sigma$', '$2\\Sigma$', true],
  ['2*Sigma', '$2\\Sigma$', true],
  ['$\\Phi + \\Phi$', '$2\\Phi$', true],
  ['2*Phi', '$2\\Phi$', true],
  ['$\\Psi + \\Psi$', '$2\\Psi$', true],
  ['2*Psi', '$2\\Psi$', true],
  ['$\\Omega + \\Omega$', '$2\\Omega$', true],
  ['2*Omega', '$2\\Omega$', true],
  // A different letter is a different symbol: NO, not a match of two unknown words.
  ['2*eta', '$2\\zeta$', false],
  ['$\\ell + \\ell$', '$2\\lambda$', false],
];

describe('judgeByRules with Greek letters', () => {
  test.each(rows)('should judge %s against %s as %s', (pred, gold, equal) => {
    expect(judgeByRules(pred, gold).equal).toBe(equal);
  });
});
