/**
 * Prompt families: which chat template and end-of-turn tokens a model expects, chosen from its id.
 * Every family is one entry of `FAMILIES`; adding one is adding an entry (and its pinned prompts in
 * tests/unit/prompt/format.test.ts).
 *
 * No BOS token is written: llama.cpp, vLLM and web-llm add it when they tokenize, and a second one
 * degrades the output. Headers hold no LaTeX `$` (see instructions.ts).
 */
import type { Method } from '../transcript';

/** One family: which model ids are its, how its prompt opens the assistant turn, how the model ends a turn. */
interface FamilyEntry {
  /** Tested against the lower-cased model id, in table order (first match wins); null for the fallback. */
  matches: RegExp | null;
  /** The stop strings that mean the model ended its turn. */
  endOfTurn: readonly string[];
  /** Everything up to and including the opening of the assistant turn. */
  header(question: string, instruction: string, method: Method): string;
}

function chatml(system: string, user: string): string {
  return `<|im_start|>system\n${system}<|im_end|>\n<|im_start|>user\n${user}<|im_end|>\n<|im_start|>assistant\n`;
}

const CHATML_END = ['<|im_end|>', '<|endoftext|>'];

/**
 * The families in matching order. Order matters: DeepSeek-R1-Distill-Qwen is a Qwen base with
 * DeepSeek's template, Qwen2.5-Math has its own system prompts, Qwen3 / Qwen3.5 get the non-thinking
 * opener, and other Qwen2/2.5 share Qwen2's.
 */
const FAMILIES = {
  'deepseek-r1': {
    matches: /deepseek[-_ ]?r1/,
    endOfTurn: ['<｜end▁of▁sentence｜>'],
    // DeepSeek advises no system prompt, the instruction in the user turn, and opening with <think>.
    header: (question, instruction) => `<｜User｜>${question}\n${instruction}<｜Assistant｜><think>\n`,
  },
  'qwen2.5-math': {
    matches: /qwen2\.5[-_ ]?math/,
    endOfTurn: CHATML_END,
    // Qwen2.5-Math puts the method in the system prompt and the bare question in the user turn.
    header: (question, instruction) => chatml(instruction, question),
  },
  qwen3: {
    matches: /qwen3/,
    endOfTurn: CHATML_END,
    // Qwen3 and Qwen3.5 have no default system prompt and think before answering unless the
    // assistant turn opens with an empty think block (Qwen's non-thinking switch, what their chat
    // template writes for enable_thinking=False); long thinking would not fit a 4k window.
    header: (question, instruction) =>
      `<|im_start|>user\n${question}\n${instruction}<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n`,
  },
  qwen2: {
    matches: /qwen/,
    endOfTurn: CHATML_END,
    // Qwen2-Math's official "qwen-boxed" format: generic system prompt, instruction after the question.
    header: (question, instruction) => chatml('You are a helpful assistant.', `${question}\n${instruction}`),
  },
  wizardmath: {
    matches: /wizard[-_ ]?math/,
    endOfTurn: ['</s>', '\n\n### Instruction'],
    // WizardMath v1.1's Alpaca template; its official CoT form ends with "Let's think step by step."
    header: (question, instruction, method) => {
      const intro = 'Below is an instruction that describes a task. Write a response that appropriately completes the request.';
      if (method === 'cot') return `${intro}\n\n### Instruction:\n${question}\n\n### Response: Let's think step by step.`;
      return `${intro}\n\n### Instruction:\n${question}\n${instruction}\n\n### Response:`;
    },
  },
  llama3: {
    matches: /llama[-_ ]?3/,
    endOfTurn: ['<|eot_id|>', '<|end_of_text|>'],
    header: (question, instruction) =>
      `<|start_header_id|>system<|end_header_id|>\n\n${instruction}<|eot_id|>` +
      `<|start_header_id|>user<|end_header_id|>\n\n${question}<|eot_id|>` +
      `<|start_header_id|>assistant<|end_header_id|>\n\n`,
  },
  generic: {
    matches: null,
    endOfTurn: ['\n\nProblem:'],
    header: (question, instruction) => `Problem:\n${question}\n\n${instruction}\n\nSolution:\n`,
  },
} satisfies Record<string, FamilyEntry>;

/** The prompt families we format for. `generic` is a plain-text fallback for unknown models. */
export type PromptFamily = keyof typeof FAMILIES;

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

/** The family's prompt up to the opening of the assistant turn. */
export function familyHeader(family: PromptFamily, question: string, instruction: string, method: Method): string {
  return FAMILIES[family].header(question, instruction, method);
}
