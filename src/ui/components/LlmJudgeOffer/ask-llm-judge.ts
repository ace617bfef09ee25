/** Asks the loaded model to judge the run's answer (the critic's optional LLM stage) and records its verdict on the run. */
import { createLlmJudge, llmVerdict } from '../../../core/critic';
import type { LlmEngine } from '../../../core/ports/llm-engine';
import type { Problem } from '../../../core/problem/types';
import type { RunBox } from '../../state/run-driver';
import { setVerdict } from '../../state/run-state';

/**
 * Judges `box`'s answer against the problem's reference with the engine `engine()` loads. Returns
 * whether the model decided (its verdict, method `llm`, then replaces the undecided one, unless a
 * new run replaced the shown one meanwhile); throws what the engine throws (AbortError on cancel).
 */
export async function askLlmJudgeInto(box: RunBox, problem: Problem, engine: (signal: AbortSignal) => Promise<LlmEngine>, signal: AbortSignal): Promise<boolean> {
  const state = box.value;
  const reference = problem.reference?.trim();
  if (!reference || state.answer === null) return false;
  const llm = createLlmJudge(await engine(signal));
  const verdict = await llmVerdict(state.answer, reference, llm, { question: problem.question, signal });
  if (verdict === null) return false;
  if (box.value.runId === state.runId && box.value.phase === state.phase) box.value = setVerdict(box.value, verdict);
  return true;
}
