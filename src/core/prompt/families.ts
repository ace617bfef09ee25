/** Prompt families: which chat template and stop tokens a model expects, chosen from its id. */

/** The prompt families we format for. `generic` is a plain-text fallback for unknown models. */
export type PromptFamily = 'qwen2' | 'qwen2.5-math' | 'qwen3' | 'deepseek-r1' | 'llama3' | 'wizardmath' | 'generic';

export const PROMPT_FAMILIES: readonly PromptFamily[] = ['qwen2', 'qwen2.5-math', 'qwen3', 'deepseek-r1', 'llama3', 'wizardmath', 'generic'];

/** True when `value` names a prompt family (e.g. an `EngineInfo.family` or a CLI flag). */
export function isPromptFamily(value: unknown): value is PromptFamily {
  return typeof value === 'string' && (PROMPT_FAMILIES as readonly string[]).includes(value);
}

/**
 * Maps a model id (web-llm's `Qwen2-Math-7B-Instruct-q4f16_1-MLC`, a Hugging Face repo, an Ollama tag…)
 * to its prompt family. Order matters: DeepSeek-R1-Distill-Qwen is a Qwen base with DeepSeek's template,
 * Qwen2.5-Math has its own system prompts while other Qwen2/2.5 models share Qwen2's, and Qwen3 /
 * Qwen3.5 think by default, so they get the non-thinking opener.
 */
export function familyOf(modelId: string): PromptFamily {
  const id = modelId.toLowerCase();
  if (/deepseek[-_ ]?r1/.test(id)) return 'deepseek-r1';
  if (/qwen2\.5[-_ ]?math/.test(id)) return 'qwen2.5-math';
  if (/qwen3/.test(id)) return 'qwen3';
  if (/qwen/.test(id)) return 'qwen2';
  if (/wizard[-_ ]?math/.test(id)) return 'wizardmath';
  if (/llama[-_ ]?3/.test(id)) return 'llama3';
  return 'generic';
}
