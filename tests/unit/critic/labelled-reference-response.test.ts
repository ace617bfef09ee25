import { describe, expect, test } from 'vitest';
import { labelledReference, valuesByLabel } from '../../../src/core/critic/labelled-reference';

/** Policy `several-answers`: a response's values found under the reference's labels — the label's words, remarks in brackets, markup and hedges. */
describe('valuesByLabel', () => {
  const EXTREMES = labelledReference('maximum $18$, minimum $-2$')!;

  describe('should read the values', () => {
    test('for a reference labelled "maximum value" and a response that says only "maximum"', () => {
      const labels = labelledReference('maximum value $18$, minimum value $-2$')!;
      expect(valuesByLabel('The maximum is $18$ and the minimum is $-2$.', labels)).toEqual(['18', '-2']);
    });

    test('for labels of two spaced words and a colon right after the label', () => {
      const labels = labelledReference('maximum  value 18, minimum  value -2')!;
      expect(valuesByLabel('The maximum: 18, the minimum: -2.', labels)).toEqual(['18', '-2']);
    });

    test('for a label with an "s" inside a word', () => {
      const labels = labelledReference('sum $12$, product $35$')!;
      expect(valuesByLabel('The sum is $12$ and the product is $35$.', labels)).toEqual(['12', '35']);
    });

    test('for plural labels', () => {
      const labels = labelledReference('apples 12, oranges 7')!;
      expect(valuesByLabel('Apples: 12; oranges: 7.', labels)).toEqual(['12', '7']);
    });

    test('for labels of two words each', () => {
      const labels = labelledReference('total cost $12$, unit price $3$')!;
      expect(valuesByLabel('The total cost is $12$ and the unit price is $3$.', labels)).toEqual(['12', '3']);
    });

    test('for labels written in \\text', () => {
      expect(valuesByLabel('\\text{max } 18, \\text{min } -2', EXTREMES)).toEqual(['18', '-2']);
    });

    test('for a formula whose function is applied to a point', () => {
      expect(valuesByLabel('The maximum value is $f(3) = 18$ and the minimum value is $f(1) = -2$.', EXTREMES)).toEqual(['18', '-2']);
    });

    test('for a remark in brackets between the label and its value', () => {
      expect(valuesByLabel('The maximum (at $x = 3$) is $18$ and the minimum (at $x = 1$) is $-2$.', EXTREMES)).toEqual(['18', '-2']);
    });

    test('for a remark in brackets that holds brackets', () => {
      expect(valuesByLabel('The maximum (reached at $f(10)$) is $18$ and the minimum (reached at $f(-1)$) is $-2$.', EXTREMES)).toEqual(['18', '-2']);
    });

    test('for a remark in brackets right against the label', () => {
      expect(valuesByLabel('Maximum(at $x = 3$): $18$; minimum(at $x = 1$): $-2$.', EXTREMES)).toEqual(['18', '-2']);
    });

    test('for a remark in brackets right before the label', () => {
      expect(valuesByLabel('The absolute (global)maximum is $18$ and the absolute (global)minimum is $-2$.', EXTREMES)).toEqual(['18', '-2']);
    });

    test('for labels in bold', () => {
      expect(valuesByLabel('**Maximum value:** $18$; **minimum value:** $-2$', EXTREMES)).toEqual(['18', '-2']);
    });

    test('for an "or" inside a formula', () => {
      expect(valuesByLabel('The maximum is $18$ and the minimum is $-2$, attained at $x = 1 \\text{ or } x = 4$.', EXTREMES)).toEqual(['18', '-2']);
    });
  });

  describe('should give null', () => {
    test('for a reference labelled "largest eigenvalue" and a response that says only "largest"', () => {
      const labels = labelledReference('largest eigenvalue $5$, smallest eigenvalue $1$')!;
      expect(valuesByLabel('The largest eigenvalue is $5$ and the smallest eigenvalue is $1$.', labels)).toEqual(['5', '1']);
      expect(valuesByLabel('The largest is $5$ and the smallest is $1$.', labels)).toBeNull();
    });

    test('for another value kept open after the labelled ones', () => {
      expect(valuesByLabel('The maximum is $18$ and the minimum is $-2$, or possibly $-3$.', EXTREMES)).toBeNull();
    });

    test('for an "or" written against the formulas around it', () => {
      expect(valuesByLabel('The maximum is $18$ and the minimum is $-2$, at x$=1$or x$=4$.', EXTREMES)).toBeNull();
    });
  });
});
