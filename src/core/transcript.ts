/** A solution transcript as typed blocks: the unit stored, shown, replayed and exported. */

export type BlockType = 'text' | 'code' | 'output' | 'error';

/** What went wrong in a cell, kept as data so nothing has to re-read the block's text to know it. */
export interface BlockError {
  /** The Python exception class, e.g. `ZeroDivisionError`, or `TimeoutError` when the cell was stopped. */
  type: string;
}

export interface Block {
  type: BlockType;
  content: string;
  /**
   * On `error` blocks made from a cell's result: the error's type. Optional because transcripts
   * recorded elsewhere (ToRA, MathCoder) and links made before it existed carry only the text.
   */
  error?: BlockError;
}

/** Solution methodology (MathCoder LCE, program-of-thought, chain-of-thought, AutoCode4Math auto). */
export type Method = 'cot' | 'code' | 'lce' | 'auto';

export const METHODS: readonly Method[] = ['cot', 'code', 'lce', 'auto'];

/** A deep copy of a block, so a stored or shown transcript cannot be altered through another one. */
export function copyBlock(block: Block): Block {
  return block.error ? { ...block, error: { ...block.error } } : { ...block };
}

/** True for the blocks that hold what a cell produced (its output or its error). */
export function isCellResult(block: Block | undefined): boolean {
  return block?.type === 'output' || block?.type === 'error';
}

/**
 * `blocks` with `result` placed right after the code cell at `codeIndex`: it replaces the cell's
 * previous output or error, or is inserted when the cell had none. Returns a new array.
 */
export function withCellResult(blocks: readonly Block[], codeIndex: number, result: Block): Block[] {
  const next = blocks.slice();
  next.splice(codeIndex + 1, isCellResult(next[codeIndex + 1]) ? 1 : 0, result);
  return next;
}
