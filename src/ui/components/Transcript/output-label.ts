/** The label over an output or error block, decided from the block's data — never from its text. */
import { CELL_TIMEOUT } from '../../../core/ports/python-runner';
import type { Block } from '../../../core/transcript';

/** What an output/error block is called, and its visible badge ("Error · timed out" for a stopped cell). */
export function outputLabel(block: Pick<Block, 'type' | 'error'>): { name: 'Output' | 'Error'; badge: string } {
  if (block.type !== 'error') return { name: 'Output', badge: 'Output' };
  return { name: 'Error', badge: block.error?.type === CELL_TIMEOUT ? 'Error · timed out' : 'Error' };
}
