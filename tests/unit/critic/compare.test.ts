import { describe, expect, test } from 'vitest';
import { compareValues, VALUE_RULES, type CompareContext } from '../../../src/core/critic/compare';
import { normalise } from '../../../src/core/critic/normalise';
import { POLICIES } from '../../../src/core/critic/policy';
import { parseValue } from '../../../src/core/critic/value';

const plain: CompareContext = { wantsPoint: false };

/** compareValues on two answers as the rules stage would parse them. */
function compare(pred: string, gold: string, ctx: CompareContext = plain) {
  return compareValues(parseValue(normalise(pred)), parseValue(normalise(gold)), ctx);
}

function expectVerdict(pred: string, gold: string, equal: boolean | null, method?: string, ctx: CompareContext = plain): void {
  const out = compare(pred, gold, ctx);
  expect(out.equal, `${pred} vs ${gold}: ${out.reason}`).toBe(equal);
  if (method) expect(out.method, `${pred} vs ${gold}`).toBe(method);
  expect(out.reason.length).toBeGreaterThan(0);
}

/** The same verdict whichever side is the answer. */
function expectSymmetric(a: string, b: string, equal: boolean | null): void {
  expectVerdict(a, b, equal);
  expectVerdict(b, a, equal);
}

describe('compareValues', () => {
  describe('should apply a two-way rule with either side first', () => {
    test('for a one-element list against its element', () => {
      expectSymmetric('[3]', '3', true);
      expectSymmetric('[3]', '4', false);
    });
    test('for a named value against a bare value', () => {
      expectSymmetric('x = \\frac{1}{2}', '0.5', true);
      expectSymmetric('x = 2', '3', false);
    });
    test('for ± against a list of both values', () => {
      expectSymmetric('\\pm 2', '2, -2', true);
      expectSymmetric('1 \\pm \\sqrt{2}', '1+\\sqrt2, 1-\\sqrt2', true);
    });
    test('for alternatives between inequalities against a union', () => {
      expectSymmetric('x < -1 \\text{ or } x > 1', '(-\\infty, -1) \\cup (1, \\infty)', true);
    });
  });

  describe('should compare scalars with their flags', () => {
    test('for exact numbers, decided exactly', () => {
      expectVerdict('\\frac{6}{4}', '\\frac{3}{2}', true, 'exact');
      expectVerdict('2^{64}+1', '2^{64}', false, 'exact');
    });
    test('for percent and degrees', () => {
      expectVerdict('25\\%', '0.25', true);
      expectVerdict('30^\\circ', '\\frac{\\pi}{6}', true);
      expectVerdict('30', '\\frac{\\pi}{6}', false);
    });
    test('for units of one dimension and of different ones', () => {
      expectVerdict('90 minutes', '1.5 hours', true);
      expectVerdict('9 \\text{ cm}', '9 \\text{ kg}', false, 'rule');
    });
  });

  describe('should respect structure', () => {
    test('for sets in any order and tuples in order', () => {
      expectVerdict('\\{3, 1, 2\\}', '\\{1, 2, 3\\}', true, 'structure');
      expectVerdict('(2, 1)', '(1, 2)', false);
      expectVerdict('1, 2', '1, 2, 3', false, 'structure');
    });
    test('for interval ends and a pair that is not a set', () => {
      expectVerdict('(1, 2]', '[1, 2]', false, 'structure');
      expectVerdict('(1, 2)', '\\{1, 2\\}', false, 'structure');
      expectVerdict('[1, 2]', '(1, 2)', true, undefined, { wantsPoint: true });
      expectVerdict('[1, 2]', '(1, 2)', false, undefined, plain);
    });
    test('for matrices and a one-row matrix as a vector', () => {
      expectVerdict('\\begin{pmatrix}1&0\\\\0&1\\end{pmatrix}', 'Matrix([[1, 0], [0, 1]])', true);
      expectVerdict('\\begin{pmatrix}1&2\\end{pmatrix}', '(1, 2)', true);
      expectVerdict('\\begin{pmatrix}1&2\\end{pmatrix}', '\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}', false);
    });
    test('for systems by name, and a system against a tuple in alphabetical order', () => {
      expectVerdict('y = 2, x = 1', 'x = 1, y = 2', true);
      expectVerdict('x = 1, y = 2', '(1, 2)', true);
      expectVerdict('x = 2, y = 1', '(1, 2)', false);
    });
  });

  describe('should compare equations as relations', () => {
    test('for the same relation up to a factor or a side swap', () => {
      expectVerdict('2x^2+2y^2=2', 'x^2+y^2=1', true);
      expectVerdict('1 = x + y', 'x + y = 1', true);
    });
    test('for different relations and different unknowns', () => {
      expectVerdict('x^2+y^2=2', 'x^2+y^2=1', false);
      expectVerdict('x = 5', 'y = 5', false, 'rule');
    });
  });

  describe('should treat hedges and text by policy', () => {
    test('for alternatives against one value', () => {
      expectVerdict('3 \\text{ or } 4', '3', false, 'rule');
      expectVerdict('\\frac12 \\text{ or } 0.5', '\\frac12', true);
    });
    test('for short words, booleans and a word against a value', () => {
      expectVerdict('\\text{even}', '\\text{odd}', false, 'text');
      expectVerdict('True', 'yes', true, 'text');
      expectVerdict('yes', '3', false, 'rule');
    });
    test('for longer phrases, undecided', () => {
      expectVerdict('\\text{no real roots at all}', '\\text{two distinct real roots}', null, 'none');
    });
  });
});

describe('compareValues on expressions', () => {
  describe('should see the same expression written in another order', () => {
    test('for terms and factors moved around, exactly', () => {
      expectVerdict('ba + c', 'c + ab', true, 'exact');
      expectVerdict('2x\\sqrt{3}', '2\\sqrt{3}x', true);
    });
    test('for unknown function values among the factors', () => {
      expectVerdict('I(0) e^{-t/(RC)}', 'e^{-t/(RC)} I(0)', true);
      expectVerdict('y(0)e^{t} + 1', '1 + e^{-t}y(0)', false);
    });
  });
  describe('should take the real branch of odd roots', () => {
    test('for rational powers with an odd denominator', () => {
      expectVerdict('x^{2/3}', '\\sqrt[3]{x}^2', true);
      expectVerdict('x^{4/3}', 'x\\sqrt[3]{x}', true);
      expectVerdict('x^{1/3}', '\\sqrt{x}', false);
    });
  });
  describe('should not take one side of a relation for the relation', () => {
    test('for a bare number against a relation between unknowns', () => {
      expectVerdict('7', '2a + b = 7', false, 'structure');
      expectVerdict('7', 'x = 7', true);
      expectVerdict('5', 'AB = 5', true);
    });
  });
});

describe('VALUE_RULES', () => {
  describe('should name a known policy for every rule', () => {
    test('for the whole table', () => {
      const ids = new Set<string>(POLICIES.map((p) => p.id));
      for (const rule of VALUE_RULES) expect(ids.has(rule.policy), rule.name).toBe(true);
    });
  });
});
