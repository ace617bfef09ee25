/**
 * Editing a code cell of a solution: re-run it in the solution's own Python session, or branch —
 * replay the cells before it in a fresh session, run the edited cell, and let the model continue
 * after its new output.
 */
import type { SolveCaps } from '../../core/lce/events';
import { cellOutputBlock } from '../../core/lce/cell-output';
import type { Block } from '../../core/transcript';
import type { AppDeps } from './deps';
import type { RunBox } from './run-driver';
import { errorSentence } from './error-sentence';
import type { RunState } from './run-state';

/** The blocks with `code` at `index` and `output` right after it (replacing an old output). */
export function withCellOutput(blocks: readonly Block[], index: number, code: string, output: Block): Block[] {
  const next = blocks.slice();
  next[index] = { type: 'code', content: code };
  const after = next[index + 1];
  if (after && (after.type === 'output' || after.type === 'error')) next[index + 1] = output;
  else next.splice(index + 1, 0, output);
  return next;
}

function setRunning(state: RunState, index: number | null): RunState {
  return { ...state, runningIndex: index };
}

/** Re-runs an edited cell in the solution's session and replaces its output block. */
export async function rerunCell(deps: AppDeps, box: RunBox, session: string, caps: SolveCaps, index: number, code: string): Promise<void> {
  if (box.value.blocks[index]?.type !== 'code') return;
  box.value = setRunning(box.value, index);
  try {
    const result = await deps.getRunner().run(code, { session, timeoutMs: caps.cellTimeoutMs });
    const blocks = withCellOutput(box.value.blocks, index, code, cellOutputBlock(result, caps.maxOutputChars, caps.cellTimeoutMs));
    box.value = { ...setRunning(box.value, null), blocks };
  } catch (err) {
    box.value = { ...setRunning(box.value, null), error: errorSentence(err) };
  }
}

/**
 * Replays the code cells before `index` in a fresh `session` so it holds the state the edited cell
 * expects. Returns the branch's prefix — ending with the edited cell, which `solve` then runs — or
 * null when the sandbox failed (the error is in the state).
 */
export async function prepareBranch(
  deps: AppDeps,
  box: RunBox,
  session: string,
  caps: SolveCaps,
  index: number,
  code: string,
): Promise<Block[] | null> {
  const blocks = box.value.blocks;
  if (blocks[index]?.type !== 'code') return null;
  const runner = deps.getRunner();
  box.value = setRunning(box.value, index);
  try {
    await runner.reset(session);
    for (let i = 0; i < index; i++) {
      const b = blocks[i];
      if (b?.type === 'code') await runner.run(b.content, { session, timeoutMs: caps.cellTimeoutMs });
    }
    box.value = setRunning(box.value, null);
    return [...blocks.slice(0, index), { type: 'code', content: code }];
  } catch (err) {
    box.value = { ...setRunning(box.value, null), error: errorSentence(err) };
    return null;
  }
}
