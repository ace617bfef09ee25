import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createSympyChecker, judge, symbolicProgram } from '../../../src/core/critic';
import { useSympyChecker } from '../../support/sympy-checker';

const symbolic = useSympyChecker();

async function expectSymbolic(pred: string, gold: string, equal: boolean): Promise<void> {
  const v = await judge(pred, gold, { symbolic });
  expect(v, `${pred} vs ${gold}`).toMatchObject({ equal, method: 'symbolic' });
}

describe('createSympyChecker', () => {
  describe('should settle expressions with sympy in the real sandbox', () => {
    test('for polynomial identities', () => expectSymbolic('(x+1)^2', 'x^2+2x+1', true));
    test('for different polynomials', () => expectSymbolic('(x+1)^2', 'x^2+1', false));
    test('for equal radicals', () => expectSymbolic('\\frac{\\sqrt{2}}{2}', '\\frac{1}{\\sqrt{2}}', true));
    test('for trigonometric identities', () => expectSymbolic('\\sin^2 x + \\cos^2 x', '1', true));
    test('for equations equal up to a factor', () => expectSymbolic('2x^2+2y^2=2', 'x^2+y^2=1', true));
    test('for values that cancel in double precision', async () => {
      await expectSymbolic('0', '\\sqrt{10^{20}+1}-10^{10}', false);
      await expectSymbolic('\\frac{1}{\\sqrt{10^{20}+1}+10^{10}}', '\\sqrt{10^{20}+1}-10^{10}', true);
      await expectSymbolic('\\sin(\\pi)', '0', true);
    });
  });

  describe('should take named constants as positive where the rules do', () => {
    test('for a root of the square of a subscripted constant', () => expectSymbolic('2r_0\\sqrt{\\pi G\\rho_0}', '\\sqrt{4 \\pi G \\rho_{0} r_{0}^{2}}', true));
    test('for the same function written over another power of a constant', () =>
      expectSymbolic('\\frac{v_0\\sqrt{r_0}}{(r_0+r)^{3/2}}', '\\frac{v_{0}}{r_{0}} \\frac{1}{\\left(1+r / r_{0}\\right)^{3 / 2}}', true));
    test('for a plain variable, which keeps its sign', async () => {
      // sympy cannot decide sqrt(x^2) = x for a complex x; what matters is that it is never proved equal.
      for (let i = 0; i < 3; i++) expect(await judge('\\sqrt{x^2}', 'x', { symbolic }), `run ${i}`).toMatchObject({ equal: false });
    });
  });

  describe('should confirm equations solved for a shared unknown', () => {
    test('for an equation of motion solved for the derivative', () => expectSymbolic('\\frac{dv}{dt} = \\frac{f - bv}{m}', 'm \\frac{d v}{d t}+b v=f', true));
  });

  describe('should keep the rules verdict where sympy takes another branch', () => {
    test('for real odd roots of a variable, which sympy is not asked to re-check', async () => {
      const v = await judge('x^{2/3}', '\\sqrt[3]{x}^2', { symbolic });
      expect(v).toMatchObject({ equal: true, method: 'numeric' });
    });
  });

  describe('should keep the corpus goal with the symbolic stage on', () => {
    test('for every pair in tests/fixtures/critic/pairs.jsonl', async () => {
      const pairs = readFileSync(new URL('../../fixtures/critic/pairs.jsonl', import.meta.url), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; pred: string; gold: string; question?: string; label: boolean });
      let correct = 0;
      const falseYes: string[] = [];
      for (const p of pairs) {
        const said = (await judge(p.pred, p.gold, { question: p.question, symbolic })).equal === true;
        if (said === p.label) correct++;
        else if (said) falseYes.push(p.id);
      }
      expect(falseYes.length, falseYes.join(' ')).toBeLessThanOrEqual(1);
      expect(correct / pairs.length).toBeGreaterThanOrEqual(0.97);
    }, 300_000);
  });

  describe('should pass expressions as data, never as code', () => {
    test('for a name that looks like Python', async () => {
      const program = symbolicProgram([{ a: '__import__("os")', b: '1', mode: 'equal' }]);
      expect(program).not.toMatch(/^__import__/m);
      const [result] = await symbolic.check([{ a: '__import__("os").getcwd()', b: '1', mode: 'equal' }]);
      expect(result).toBeNull();
    });
  });

  describe('should leave the rules verdict when sympy cannot answer', () => {
    test('for a check that times out', async () => {
      const slow = createSympyChecker({
        run: async () => ({ stdout: '', stderr: '', value: null, error: { type: 'TimeoutError', message: 'stopped', traceback: '' }, ms: 1, truncated: false }),
        reset: async () => {},
        dispose: async () => {},
      });
      const v = await judge('(x+1)^2', 'x^2+2x+1', { symbolic: slow });
      expect(v).toMatchObject({ equal: true, method: 'numeric' });
    });
  });
});
