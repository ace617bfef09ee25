/** The shape of one prompt family: everything the loop, the export and the judge need to know about it. */
import type { Method } from '../../transcript';
import type { ChatLayout, PromptTurns } from '../layout';

/** One prompt family. The loop's prompt, the export's Jinja template and the judge's prompt are all built from it. */
export interface FamilyEntry {
  /** Tested against the lower-cased model id, in table order (first match wins); null for the fallback. */
  matches: RegExp | null;
  /** The stop strings that mean the model ended its turn (the first is `layout.endOfTurn` when it has one). */
  endOfTurn: readonly string[];
  /** The chat template's literal pieces. */
  layout: ChatLayout;
  /** The solver's turns for a question and its method's instruction (src/core/prompt/instructions.ts). */
  turns(question: string, instruction: string, method: Method): PromptTurns;
  /** The LLM judge's one-turn prompt, which wants a YES or NO at once. */
  judge: {
    /** The judge's turns for its question `user`; `role` is the judge's own system prompt, for families that take one. */
    turns(user: string, role: string): PromptTurns;
    /** Written after the assistant opener: an empty thought, so a thinking model gives its verdict first. */
    afterOpen?: string;
    /** User and assistant pieces of its own instead of the layout's (a base model's plain-text question). */
    frame?: Pick<ChatLayout, 'user' | 'assistant'>;
  };
}

/** The judge's turns for families that take a system prompt: its role there, its question as the user turn. */
export const roleAndQuestion = (user: string, role: string): PromptTurns => ({ system: role, user });

/** The judge's turns for families that take no system prompt: the question alone. */
export const questionOnly = (user: string): PromptTurns => ({ user });
