import { describe, expect, test } from 'vitest';
import { printedTotal } from '../../../src/core/critic/output-total';

const lines = ['Anakin: 19', 'Locsin: 13', 'Total: 32'];
const story = 'Anakin caught 19 fish and Locsin caught 13.';

describe('printedTotal', () => {
  test('should answer with the total a labelled breakdown ends on', () => {
    expect(printedTotal(lines, `${story} How many fish were they able to catch?`)).toBe('32');
    expect(printedTotal(['Red: 4', 'Blue: 6', 'Total marbles: 10'], undefined)).toBe('10');
  });
  test('should leave the lines a list when the asking sentence names a part', () => {
    expect(printedTotal(lines, `${story} How many fish did Locsin catch?`)).toBeNull();
  });
  test('should not read a breakdown whose last label is no total, or lines without labels', () => {
    expect(printedTotal(['Total: 32', 'Anakin: 19'], 'How many?')).toBeNull();
    expect(printedTotal(['19', '13', 'Total: 32'], 'How many?')).toBeNull();
    expect(printedTotal(['Total: 32'], 'How many?')).toBeNull();
  });
});
