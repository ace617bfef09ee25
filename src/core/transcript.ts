/** A solution transcript as typed blocks: the unit stored, shown, replayed and exported. */

export type BlockType = 'text' | 'code' | 'output' | 'error';

export interface Block {
  type: BlockType;
  content: string;
}

/** Solution methodology (MathCoder LCE, program-of-thought, chain-of-thought, AutoCode4Math auto). */
export type Method = 'cot' | 'code' | 'lce' | 'auto';

export const METHODS: readonly Method[] = ['cot', 'code', 'lce', 'auto'];
