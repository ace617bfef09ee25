import { describe, expect, it } from 'vitest';
import { apposedFormula } from '../../../src/core/critic/apposed';

describe('apposedFormula', () => {
  it('should give the apposed formula without the spaces inside its dollars', () => {
    expect(apposedFormula('Comparing, $c$ is just the initial current, $ I(0) $.', 'What is $c$?')).toBe('I(0)');
  });
});
