import { describe, expect, test } from 'vitest';
import { labelledReference, valuesByLabel } from '../../../src/core/critic/labelled-reference';

/** Policy `several-answers`: a reference that labels its values in words, and a response's values matched by those labels. */
describe('labelledReference', () => {
  test.each([
    ['labels before values in $…$', 'maximum $6$, minimum $-3$', [['maximum', '6'], ['minimum', '-3']]],
    ['labels with a colon', 'Mean: 5; median: 4', [['mean', '5'], ['median', '4']]],
    ['labels of two words', 'maximum value $18$, minimum value $-2$', [['maximum value', '18'], ['minimum value', '-2']]],
    ['a value that is a formula', 'maximum $g(2) = 6$, minimum $g(5) = -3$', [['maximum', '6'], ['minimum', '-3']]],
    ['labels in \\text', '\\text{max } 6, \\text{min } -3', [['max', '6'], ['min', '-3']]],
  ])('should read %s', (_, gold, want) => {
    expect(labelledReference(gold)).toEqual(want.map(([label, value]) => ({ label, value })));
  });

  test.each([
    ['values named by letters', 'x = 3, y = 4'],
    ['a plain list', '6, -3'],
    ['one labelled value', 'maximum $6$'],
    ['the same label twice', 'maximum $6$, largest $7$'],
    ['an item without a label', 'maximum $6$, $-3$'],
    ['a value before its words', '3 hours, 20 minutes'],
  ])('should give null for %s', (_, gold) => {
    expect(labelledReference(gold)).toBeNull();
  });
});

describe('valuesByLabel', () => {
  const EXTREMES = labelledReference('maximum $18$, minimum $-2$')!;
  test.each([
    ['in the reference order', 'The maximum value is $18$ and the minimum value is $-2$.', ['18', '-2']],
    ['given in another order', 'Minimum value: $-2$ (at $x=1$); maximum value: $18$ (at $x=3$).', ['18', '-2']],
    ['after what the label is of', 'The maximum of $f$ on $[0, 3]$ is $f(3) = 18$ and its minimum is $-2$.', ['18', '-2']],
    ['under words for the same extreme', 'The largest value is 18 and the smallest value is -2.', ['18', '-2']],
  ])('should read the values %s', (_, text, want) => {
    expect(valuesByLabel(text, EXTREMES)).toEqual(want);
  });

  test.each([
    ['a label without a value', 'The maximum value is $18$.'],
    ['a label with two values', 'The maximum is $18$, the maximum is $20$ and the minimum is $-2$.'],
    ['a value kept open', 'The maximum value is $18$ and the minimum value is maybe $-2$.'],
    ['a label with its value only after the interval', 'The maximum on $[0, 3]$ $18$ and the minimum is $-2$.'],
  ])('should give null for %s', (_, text) => {
    expect(valuesByLabel(text, EXTREMES)).toBeNull();
  });
});
