/** WizardMath v1.1: the Alpaca template. */
import type { FamilyEntry } from './entry';

/** WizardMath v1.1's Alpaca preamble (the text before "### Instruction:"), written as the system turn. */
const ALPACA_PREAMBLE = 'Below is an instruction that describes a task. Write a response that appropriately completes the request.';

export const wizardmath: FamilyEntry = {
  matches: /wizard[-_ ]?math/,
  endOfTurn: ['</s>', '\n\n### Instruction'],
  layout: {
    system: ['', '\n\n'],
    user: ['### Instruction:\n', '\n\n'],
    assistant: '### Response:',
    endOfTurn: '</s>',
    // Its official CoT form ends with "Let's think step by step." and has no instruction line.
    cotSuffix: " Let's think step by step.",
  },
  turns: (question, instruction, method) => ({ system: ALPACA_PREAMBLE, user: method === 'cot' ? question : `${question}\n${instruction}` }),
  // The preamble is the model's trained opening; the judge keeps it rather than a role of its own.
  judge: { turns: (user) => ({ system: ALPACA_PREAMBLE, user }) },
};
