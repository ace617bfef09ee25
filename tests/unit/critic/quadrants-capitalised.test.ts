import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';

/**
 * A sentence naming "Quadrant II" with a capital Q (as people write it) names that quadrant: it was
 * read only in lower case, so "The point lies in Quadrant II." against "II" was a false NO.
 */
const Q = 'In which quadrant does the point lie?';

describe('quadrants named in a sentence with a capital Q', () => {
  test('YES: "The point lies in Quadrant II." against II', () => {
    expect(judgeByRules('The point lies in Quadrant II.', 'II', { question: Q }).equal).toBe(true);
  });
  test('NO: "The point lies in Quadrant II." against Quadrant III', () => {
    expect(judgeByRules('The point lies in Quadrant II.', 'Quadrant III', { question: Q }).equal).toBe(false);
  });
  test('YES in capitals: "It is in QUADRANT IV." against the fourth quadrant', () => {
    expect(judgeByRules('It is in QUADRANT IV.', 'the fourth quadrant', { question: Q }).equal).toBe(true);
  });
});
