/** Qwen3 and Qwen3.5 in non-thinking mode. */
import { CHATML, CHATML_END } from './chatml';
import { roleAndQuestion, type FamilyEntry } from './entry';

export const qwen3: FamilyEntry = {
  matches: /qwen3/,
  endOfTurn: CHATML_END,
  // Qwen3 and Qwen3.5 think before answering unless the assistant turn opens with an empty think
  // block (Qwen's non-thinking switch, what their chat template writes for enable_thinking=False);
  // long thinking would not fit a 4k window, and the judge must answer at once.
  layout: { ...CHATML, assistant: '<|im_start|>assistant\n<think>\n\n</think>\n\n' },
  // No default system prompt: the instruction follows the question.
  turns: (question, instruction) => ({ user: `${question}\n${instruction}` }),
  judge: { turns: roleAndQuestion },
};
