/** Qwen2.5-Math-Instruct: ChatML with the method's instruction as the system prompt. */
import { CHATML, CHATML_END } from './chatml';
import { roleAndQuestion, type FamilyEntry } from './entry';

export const qwen25Math: FamilyEntry = {
  matches: /qwen2\.5[-_ ]?math/,
  endOfTurn: CHATML_END,
  layout: CHATML,
  // Qwen2.5-Math puts the method in the system prompt (its official CoT and TIR prompts) and the bare question in the user turn.
  turns: (question, instruction) => ({ system: instruction, user: question }),
  judge: { turns: roleAndQuestion },
};
