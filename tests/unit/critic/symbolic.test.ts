import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSympyChecker, judge, symbolicProgram } from '../../../src/core/critic';
import { createNodePythonRunner } from '../../../src/sandbox/node/node-python-runner';

const runner = createNodePythonRunner();
// A generous bound: the machine is shared and this test checks verdicts, not speed.
const symbolic = createSympyChecker(runner, { timeoutMs: 30_000 });
beforeAll(async () => {
  await symbolic.check([{ a: 'Integer(1)', b: 'Integer(1)', mode: 'equal' }]); // start Pyodide, import sympy
}, 120_000);
afterAll(() => runner.dispose());

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
