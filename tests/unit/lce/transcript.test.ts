import { describe, expect, test } from 'vitest';
import { copyBlock, withCellResult, type Block } from '../../../src/core/transcript';

const blocks: Block[] = [
  { type: 'text', content: 'Count.' },
  { type: 'code', content: 'print(1)' },
  { type: 'output', content: '1' },
  { type: 'code', content: 'print(2)' },
  { type: 'text', content: 'Done.' },
];

describe('withCellResult', () => {
  describe('should put the result right after the cell', () => {
    test('for a cell that had an output, which is replaced', () => {
      const next = withCellResult(blocks, 1, { type: 'output', content: 'one' });
      expect(next.map((b) => b.content)).toEqual(['Count.', 'print(1)', 'one', 'print(2)', 'Done.']);
      expect(blocks[2]).toEqual({ type: 'output', content: '1' });
    });

    test('for a cell that had an error, which is replaced', () => {
      const withError = withCellResult(blocks, 1, { type: 'error', content: 'NameError', error: { type: 'NameError' } });
      expect(withCellResult(withError, 1, { type: 'output', content: '1' })).toEqual(blocks);
    });

    test('for a cell followed by another cell, where the result is inserted and nothing is lost', () => {
      const next = withCellResult(blocks, 3, { type: 'output', content: '2' });
      expect(next.map((b) => b.type)).toEqual(['text', 'code', 'output', 'code', 'output', 'text']);
    });

    test('for the last block, where the result is appended', () => {
      expect(withCellResult(blocks.slice(0, 2), 1, { type: 'output', content: '1' })).toEqual(blocks.slice(0, 3));
    });
  });
});

describe('copyBlock', () => {
  test('should not share the error with the original', () => {
    const original: Block = { type: 'error', content: 'TimeoutError', error: { type: 'TimeoutError' } };
    const copy = copyBlock(original);
    copy.error!.type = 'ValueError';
    expect(original.error).toEqual({ type: 'TimeoutError' });
  });
});
