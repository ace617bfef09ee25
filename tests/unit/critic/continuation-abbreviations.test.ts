import { describe, expect, it } from 'vitest';
import { withContinuedDisplay } from '../../../src/core/critic/continuation';

const D = '$$x = 2$$';

describe('withContinuedDisplay', () => {
  describe('should join a last line that opens with "i.e." or "e.g." to the display before it', () => {
    it.each([
      ['"i.e."', 'i.e. the positive root.'],
      ['"i. e."', 'i. e. the positive root.'],
      ['"e.g."', 'e.g. the positive root.'],
      ['"e. g."', 'e. g. the positive root.'],
      ['a bracket opening with "i.e."', '(i.e. the positive root)'],
    ])('for %s', (_, line) => {
      expect(withContinuedDisplay(`${D}\n${line}`)).toBe(`${D} ${line}`);
    });
  });
});
