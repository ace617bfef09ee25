/** Qwen2-Math-Instruct and the other Qwen2 / Qwen2.5 chat models. */
import { CHATML, CHATML_END } from './chatml';
import { roleAndQuestion, type FamilyEntry } from './entry';

export const qwen2: FamilyEntry = {
  matches: /qwen/,
  endOfTurn: CHATML_END,
  layout: CHATML,
  // Qwen2-Math's official "qwen-boxed" format: generic system prompt, instruction after the question.
  turns: (question, instruction) => ({ system: 'You are a helpful assistant.', user: `${question}\n${instruction}` }),
  judge: { turns: roleAndQuestion },
};
