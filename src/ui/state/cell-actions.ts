/**
 * Editing a code cell of a solution: re-run it in the solution's own Python session, or branch —
 * the model continues after the edited cell, in a fresh session where `solve` first re-runs the
 * cells before it (see `branchPrefix`).
 */
import type { SolveCaps } from '../../core/lce/events';
import { cellOutputBlock } from '../../core/lce/cell-output';
import { isCellResult, withCellResult, type Block } from '../../core/transcript';
import type { AppDeps } from './deps';
import type { RunBox } from './run-driver';
import { errorSentence } from './error-sentence';
import type { RunState } from './run-state';

function setRunning(state: RunState, index: number | null): RunState {
  return { ...state, runningIndex: index };
}

/** Re-runs an edited cell in the solution's session and replaces its output block. */
export async function rerunCell(deps: AppDeps, box: RunBox, session: string, caps: SolveCaps, index: number, code: string): Promise<void> {
  if (box.value.blocks[index]?.type !== 'code') return;
  box.value = setRunning(box.value, index);
  try {
    const result = await deps.getRunner().run(code, { session, timeoutMs: caps.cellTimeoutMs });
    const edited = box.value.blocks.with(index, { type: 'code', content: code });
    const blocks = withCellResult(edited, index, cellOutputBlock(result, caps.maxOutputChars, caps.cellTimeoutMs));
    box.value = { ...setRunning(box.value, null), blocks };
  } catch (err) {
    box.value = { ...setRunning(box.value, null), error: errorSentence(err) };
  }
}

/**
 * The blocks a branch from the code cell at `index` starts from: everything before it without the
 * old outputs, then the edited cell. Given to `solve` with a fresh session, every cell of it has
 * no output, so `solve` re-runs them all in order — the outputs shown are the new session's own.
 * Null when `index` is not a code cell.
 */
export function branchPrefix(blocks: readonly Block[], index: number, code: string): Block[] | null {
  if (blocks[index]?.type !== 'code') return null;
  return [...blocks.slice(0, index).filter((b) => !isCellResult(b)), { type: 'code', content: code }];
}
