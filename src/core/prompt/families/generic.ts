/** The plain-text fallback for a model we know nothing about. */
import { questionOnly, type FamilyEntry } from './entry';

export const generic: FamilyEntry = {
  matches: null,
  // A base model goes on to invent the next problem: its "Problem:" heading ends the turn.
  endOfTurn: ['\n\nProblem:'],
  // No end-of-turn text of its own: the export writes the tokenizer's eos_token.
  layout: { system: ['', '\n\n'], user: ['Problem:\n', '\n\n'], assistant: 'Solution:\n', endOfTurn: null },
  turns: (question, instruction) => ({ user: `${question}\n\n${instruction}` }),
  // The judge asks in a plain "…\nAnswer:" frame: a "Solution:" heading would invite a worked solution, not a YES or NO.
  judge: { turns: questionOnly, frame: { user: ['', '\n'], assistant: 'Answer:' } },
};
