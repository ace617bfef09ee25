/** AutoCode4Math: which methodology the model chose under `auto`, read from its verbal cue. */
import { CODE_CUE, COT_CUE } from '../prompt/instructions';
import type { StrategyChoice } from './events';

/**
 * Reads the choice from the assistant text so far. The first cue decides; a later cue of the other
 * kind — or code after choosing to reason — is a switch (the self-reflective pattern: one method
 * fails, the model tries the other). Without any cue the behaviour decides and `cue` stays null.
 */
export function detectStrategy(text: string, wroteCode: boolean): StrategyChoice {
  const code = CODE_CUE.exec(text);
  const cot = COT_CUE.exec(text);
  if (!code && !cot) return { chosen: wroteCode ? 'code' : 'unknown', cue: null, switched: false };
  if (code && (!cot || code.index < cot.index)) {
    return { chosen: 'code', cue: code[0], switched: cot !== null };
  }
  const cue = cot as RegExpExecArray;
  return { chosen: 'cot', cue: cue[0], switched: code !== null || wroteCode };
}
