/**
 * The prompt families: which chat template and end-of-turn tokens a model expects, chosen from its id.
 * A family is one file in this folder and one entry of `FAMILIES`; the loop's prompt, the export's
 * Jinja template and the LLM judge's prompt are all built from that entry, so adding a family is
 * adding an entry (and pinning its prompts in tests/unit/prompt/format.test.ts).
 *
 * No BOS token is written: llama.cpp, vLLM and web-llm add it when they tokenize, and a second one
 * degrades the output. Headers hold no LaTeX `$` (see ../instructions.ts).
 */
import type { Method } from '../../transcript';
import { renderTurns, type ChatLayout, type PromptTurns } from '../layout';
import { deepseekR1 } from './deepseek-r1';
import type { FamilyEntry } from './entry';
import { generic } from './generic';
import { llama3 } from './llama3';
import { qwen2 } from './qwen2';
import { qwen25Math } from './qwen2-5-math';
import { qwen3 } from './qwen3';
import { wizardmath } from './wizardmath';

/**
 * The families in matching order. Order matters: DeepSeek-R1-Distill-Qwen is a Qwen base with
 * DeepSeek's template, Qwen2.5-Math has its own system prompts, Qwen3 / Qwen3.5 get the non-thinking
 * opener, and other Qwen2/2.5 share Qwen2's. `generic` (no pattern) is the fallback.
 */
const FAMILIES = {
  'deepseek-r1': deepseekR1,
  'qwen2.5-math': qwen25Math,
  qwen3,
  qwen2,
  wizardmath,
  llama3,
  generic,
} satisfies Record<string, FamilyEntry>;

/** The prompt families we format for. `generic` is a plain-text fallback for unknown models. */
export type PromptFamily = keyof typeof FAMILIES;

/** Every family name, in matching order. */
export const PROMPT_FAMILIES = Object.keys(FAMILIES) as readonly PromptFamily[];

/** True when `value` names a prompt family (e.g. an `EngineInfo.family` or a CLI flag). */
export function isPromptFamily(value: unknown): value is PromptFamily {
  return typeof value === 'string' && Object.hasOwn(FAMILIES, value);
}

/** Maps a model id (web-llm's `Qwen2-Math-7B-Instruct-q4f16_1-MLC`, a Hugging Face repo, an Ollama tag…) to its prompt family. */
export function familyOf(modelId: string): PromptFamily {
  const id = modelId.toLowerCase();
  return PROMPT_FAMILIES.find((f) => FAMILIES[f].matches?.test(id)) ?? 'generic';
}

/** The end-of-turn stop strings of a family. */
export function endOfTurnFor(family: PromptFamily): string[] {
  return [...FAMILIES[family].endOfTurn];
}

/** The literal pieces of a family's chat template (what the export's Jinja template is built from). */
export function chatLayoutFor(family: PromptFamily): ChatLayout {
  return FAMILIES[family].layout;
}

/** The solver's system and user turns for a question, before the layout writes them out. */
export function promptTurnsFor(family: PromptFamily, question: string, instruction: string, method: Method): PromptTurns {
  return FAMILIES[family].turns(question, instruction, method);
}

/** The family's prompt up to and including the opening of the assistant turn. */
export function familyHeader(family: PromptFamily, question: string, instruction: string, method: Method): string {
  return renderTurns(FAMILIES[family].layout, promptTurnsFor(family, question, instruction, method), method);
}

/** The judge's turns for its question `user`, with `role` as its system prompt where the family takes one. */
export function judgeTurnsFor(family: PromptFamily, user: string, role: string): PromptTurns {
  return FAMILIES[family].judge.turns(user, role);
}

/** The judge's one-turn prompt in a family's template: its turns in the layout (or the family's own frame), then `afterOpen`. */
export function judgePromptFor(family: PromptFamily, user: string, role: string): string {
  const { layout, judge } = FAMILIES[family];
  return renderTurns({ ...layout, ...judge.frame }, judgeTurnsFor(family, user, role)) + (judge.afterOpen ?? '');
}

/** How a family's judge prompt departs from its layout (the consistency test checks everything else agrees). */
export function judgeDeparturesFor(family: PromptFamily): Pick<FamilyEntry['judge'], 'afterOpen' | 'frame'> {
  const { afterOpen, frame } = FAMILIES[family].judge;
  return { ...(afterOpen !== undefined ? { afterOpen } : {}), ...(frame ? { frame } : {}) };
}

export type { FamilyEntry } from './entry';
