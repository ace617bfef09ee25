/**
 * The optional LLM judge (SIaM's critic prompt: question, reference, result → YES/NO), used only
 * when rules and the symbolic stage are undecided. It runs on whatever LlmEngine is loaded.
 */
import type { LlmEngine } from '../ports/llm-engine';
import { endOfTurnFor, familyOf, isPromptFamily, type PromptFamily } from '../prompt';

/** Port used by `judge`: true = YES, false = NO, null = the model's reply was not a clear verdict. */
export interface LlmJudge {
  decide(input: { question?: string; reference: string; result: string; signal?: AbortSignal }): Promise<boolean | null>;
}

/** The critic prompt as the user turn. Our wording of SIaM's question → reference → result format. */
export function criticPrompt(question: string | undefined, reference: string, result: string): string {
  return [
    'You are checking a solution to a math problem.',
    question ? `Question: ${question}` : null,
    `Reference answer: ${reference}`,
    `Result to check: ${result}`,
    'Is the result equivalent to the reference answer (same value, possibly written differently)? Reply with YES or NO only.',
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

/** ChatML, the template of the Qwen math models this app loads by default. */
export function chatMlPrompt(user: string): string {
  return `<|im_start|>system\n${SYSTEM}<|im_end|>\n<|im_start|>user\n${user}<|im_end|>\n<|im_start|>assistant\n`;
}

/** Reads YES/NO from the first words of a reply. */
export function readYesNo(reply: string): boolean | null {
  const m = /\b(yes|no)\b/i.exec(reply.replace(/<[^>]*>/g, ' ').slice(0, 200));
  if (!m) return null;
  return m[1]!.toLowerCase() === 'yes';
}

const SYSTEM = 'You are a careful math grader.';

/** The judge's user turn in a prompt family's chat template (the same families the solver prompts use). */
export function judgeTurn(family: PromptFamily, user: string): string {
  switch (family) {
    case 'qwen2':
    case 'qwen2.5-math':
      return chatMlPrompt(user);
    case 'qwen3':
      // Qwen3's non-thinking switch: an empty thought, so the judge answers in a few tokens.
      return `${chatMlPrompt(user)}<think>\n\n</think>\n\n`;
    case 'llama3':
      return `<|start_header_id|>system<|end_header_id|>\n\n${SYSTEM}<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n${user}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n`;
    case 'deepseek-r1':
      // An empty thought: the judge must answer in a few tokens, not reason first.
      return `<｜User｜>${user}<｜Assistant｜><think>\n\n</think>\n\n`;
    case 'wizardmath':
      return `Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n### Instruction:\n${user}\n\n### Response:`;
    case 'generic':
      return `${user}\nAnswer:`;
  }
}

/** An LlmJudge for whatever engine is loaded, in its model's chat template. */
export function createLlmJudgeFor(engine: LlmEngine): LlmJudge {
  const family = isPromptFamily(engine.info.family) ? engine.info.family : familyOf(engine.info.model);
  return createLlmJudge(engine, { format: (user) => judgeTurn(family, user), stop: endOfTurnFor(family) });
}

/** An LlmJudge over an engine; `format` applies the model's chat template to the user turn, `stop` ends its turn. */
export function createLlmJudge(engine: LlmEngine, options: { format?: (user: string) => string; stop?: string[]; maxTokens?: number } = {}): LlmJudge {
  const format = options.format ?? chatMlPrompt;
  const stop = [...(options.stop ?? ['<|im_end|>', '<|endoftext|>']), '\n'];
  return {
    async decide({ question, reference, result, signal }) {
      let reply = '';
      for await (const ev of engine.generate({
        prompt: format(criticPrompt(question, reference, result)),
        stop,
        maxTokens: options.maxTokens ?? 8,
        temperature: 0,
        ...(signal ? { signal } : {}),
      })) {
        if (ev.type === 'token') reply += ev.text;
      }
      return readYesNo(reply);
    },
  };
}
