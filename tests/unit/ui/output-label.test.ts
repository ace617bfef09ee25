import { describe, expect, test } from 'vitest';
import { outputLabel } from '../../../src/ui/components/Transcript/output-label';

describe('outputLabel', () => {
  describe('should mark a timeout from the block error type', () => {
    test('for a timed-out cell that printed before it was stopped', () => {
      expect(outputLabel({ type: 'error', error: { type: 'TimeoutError' } })).toEqual({ name: 'Error', badge: 'Error · timed out' });
    });
  });

  describe('should not mark a timeout from the text', () => {
    test('for an output block, which has no error', () => {
      expect(outputLabel({ type: 'output' })).toEqual({ name: 'Output', badge: 'Output' });
    });

    test('for another exception type', () => {
      expect(outputLabel({ type: 'error', error: { type: 'ValueError' } })).toEqual({ name: 'Error', badge: 'Error' });
    });

    test('for an error block recorded without a type', () => {
      expect(outputLabel({ type: 'error' })).toEqual({ name: 'Error', badge: 'Error' });
    });
  });
});
