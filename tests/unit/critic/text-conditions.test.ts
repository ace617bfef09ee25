import { describe, expect, test } from 'vitest';
import { conditionKind, sameText } from '../../../src/core/critic/text';

/**
 * "Necessary / sufficient" answers are compared by the kind of condition they name, not by their
 * words: "sufficient and necessary" is "necessary and sufficient"; the bare "necessary" says nothing
 * of sufficiency (`N?`), so it is not "necessary but not sufficient".
 */
describe('conditionKind', () => {
  test.each([
    ['necessary', 'N?'],
    ['sufficient', 'S?'],
    ['necessary and sufficient', 'NS'],
    ['Necessary but not sufficient', 'N'],
    ['sufficient but not necessary', 'S'],
    // "not a necessary condition": the article between "not" and the word still negates it.
    ['sufficient but not a necessary condition', 'S'],
    ['neither necessary nor sufficient', 'neither'],
    // No word "neither", but both denied: still neither.
    ['not necessary and not sufficient', 'neither'],
  ])('should read %j as %j', (text, kind) => {
    expect(conditionKind(text)).toBe(kind);
  });

  test('should give null for a text that speaks of no condition', () => {
    expect(conditionKind('obtuse')).toBe(null);
  });
});

describe('sameText on conditions', () => {
  test('should accept the two words in either order', () => {
    expect(sameText('sufficient and necessary', 'necessary and sufficient')).toBe(true);
  });
  test('should not accept "necessary but not sufficient" for the reference "necessary", which may mean both', () => {
    expect(sameText('Necessary but not sufficient', 'necessary')).toBe(false);
  });
  test('should accept "neither necessary nor sufficient" for "not necessary and not sufficient"', () => {
    expect(sameText('Neither necessary nor sufficient', 'not necessary and not sufficient')).toBe(true);
  });
  test('should refuse the opposite kind', () => {
    expect(sameText('sufficient but not necessary', 'necessary but not sufficient')).toBe(false);
  });
  test('should compare by words when only one side names a kind of condition', () => {
    // "Yes, necessary." answers the question "is it necessary?" with "yes"; the other side names no
    // kind, so the words decide (the asked word "necessary" adds nothing), whichever side it is on.
    const question = 'Is a positive determinant necessary?';
    expect(sameText('Yes, necessary.', 'Yes', question)).toBe(true);
    expect(sameText('Yes', 'Yes, necessary.', question)).toBe(true);
  });
});
