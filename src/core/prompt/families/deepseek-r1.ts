/** DeepSeek-R1 and its distills (a Qwen or Llama base with DeepSeek's template). */
import { questionOnly, type FamilyEntry } from './entry';

export const deepseekR1: FamilyEntry = {
  matches: /deepseek[-_ ]?r1/,
  endOfTurn: ['<｜end▁of▁sentence｜>'],
  // DeepSeek advises no system prompt, the instruction in the user turn, and opening with <think>.
  // A system turn (none is sent) would be written bare at the start, as DeepSeek's own template does.
  layout: { system: ['', ''], user: ['<｜User｜>', ''], assistant: '<｜Assistant｜><think>\n', endOfTurn: '<｜end▁of▁sentence｜>' },
  turns: (question, instruction) => ({ user: `${question}\n${instruction}` }),
  // An empty thought: the judge must answer in a few tokens, not reason first.
  judge: { turns: questionOnly, afterOpen: '\n</think>\n\n' },
};
