/** Llama 3 / 3.1 Instruct. */
import { roleAndQuestion, type FamilyEntry } from './entry';

export const llama3: FamilyEntry = {
  matches: /llama[-_ ]?3/,
  endOfTurn: ['<|eot_id|>', '<|end_of_text|>'],
  layout: {
    system: ['<|start_header_id|>system<|end_header_id|>\n\n', '<|eot_id|>'],
    user: ['<|start_header_id|>user<|end_header_id|>\n\n', '<|eot_id|>'],
    assistant: '<|start_header_id|>assistant<|end_header_id|>\n\n',
    endOfTurn: '<|eot_id|>',
  },
  turns: (question, instruction) => ({ system: instruction, user: question }),
  judge: { turns: roleAndQuestion },
};
