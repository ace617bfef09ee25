/**
 * Raw prompts per family × method. Engines take a raw prompt (web-llm's `completions.create`, an
 * OpenAI-compatible `/completions`), so the template is applied here and each LCE round continues
 * the same string: `prompt + assistant text so far`.
 *
 * No BOS token is written: llama.cpp, vLLM and web-llm add it when they tokenize, and a second one
 * degrades the output.
 */
import type { Block, Method } from '../transcript';
import type { PromptFamily } from './families';
import { instructionFor } from './instructions';

/** The stop string that ends a round so the last code block can run (ToRA, Qwen2.5-Math TIR). */
export const OUTPUT_STOP = '```output';

/** A prompt ready for the engine, with the stop strings that go with it. */
export interface PromptFormat {
  family: PromptFamily;
  method: Method;
  /** Everything up to and including the opening of the assistant turn. */
  prompt: string;
  /** Stop strings to send: `OUTPUT_STOP` first for code methods, then the family's end-of-turn tokens. */
  stop: string[];
  /** The family's end-of-turn tokens alone (a stop on one of these means the model finished). */
  endOfTurn: string[];
}

const END_OF_TURN: Record<PromptFamily, string[]> = {
  qwen2: ['<|im_end|>', '<|endoftext|>'],
  'qwen2.5-math': ['<|im_end|>', '<|endoftext|>'],
  qwen3: ['<|im_end|>', '<|endoftext|>'],
  'deepseek-r1': ['<｜end▁of▁sentence｜>'],
  llama3: ['<|eot_id|>', '<|end_of_text|>'],
  wizardmath: ['</s>', '\n\n### Instruction'],
  generic: ['\n\nProblem:'],
};

/** The end-of-turn stop strings of a family. */
export function endOfTurnFor(family: PromptFamily): string[] {
  return [...END_OF_TURN[family]];
}

function chatml(system: string, user: string): string {
  return `<|im_start|>system\n${system}<|im_end|>\n<|im_start|>user\n${user}<|im_end|>\n<|im_start|>assistant\n`;
}

function header(family: PromptFamily, method: Method, question: string): string {
  const instruction = instructionFor(method);
  switch (family) {
    case 'qwen2.5-math':
      // Qwen2.5-Math puts the method in the system prompt and the bare question in the user turn.
      return chatml(instruction, question);
    case 'qwen2':
      // Qwen2-Math's official "qwen-boxed" format: generic system prompt, instruction after the question.
      return chatml('You are a helpful assistant.', `${question}\n${instruction}`);
    case 'qwen3':
      // Qwen3 and Qwen3.5 have no default system prompt and think before answering unless the
      // assistant turn opens with an empty think block (Qwen's non-thinking switch, what their chat
      // template writes for enable_thinking=False); long thinking would not fit a 4k window.
      return `<|im_start|>user\n${question}\n${instruction}<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n`;
    case 'deepseek-r1':
      // DeepSeek advises no system prompt, the instruction in the user turn, and opening with <think>.
      return `<｜User｜>${question}\n${instruction}<｜Assistant｜><think>\n`;
    case 'llama3':
      return (
        `<|start_header_id|>system<|end_header_id|>\n\n${instruction}<|eot_id|>` +
        `<|start_header_id|>user<|end_header_id|>\n\n${question}<|eot_id|>` +
        `<|start_header_id|>assistant<|end_header_id|>\n\n`
      );
    case 'wizardmath': {
      // WizardMath v1.1's Alpaca template; its official CoT form ends with "Let's think step by step."
      const intro = 'Below is an instruction that describes a task. Write a response that appropriately completes the request.';
      if (method === 'cot') return `${intro}\n\n### Instruction:\n${question}\n\n### Response: Let's think step by step.`;
      return `${intro}\n\n### Instruction:\n${question}\n${instruction}\n\n### Response:`;
    }
    case 'generic':
      return `Problem:\n${question}\n\n${instruction}\n\nSolution:\n`;
  }
}

/** Builds the prompt and stop strings for one question. */
export function buildPrompt(question: string, family: PromptFamily, method: Method): PromptFormat {
  const endOfTurn = endOfTurnFor(family);
  const stop = method === 'cot' ? endOfTurn : [OUTPUT_STOP, ...endOfTurn];
  return { family, method, prompt: header(family, method, question), stop, endOfTurn };
}

/** The ```output block injected after a cell ran, exactly as ToRA / Qwen2.5-Math TIR format it. */
export function outputBlockText(content: string): string {
  return `${OUTPUT_STOP}\n${content}\n\`\`\`\n`;
}

/** Renders blocks back into assistant text (used to continue from an edited transcript). */
export function renderBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'text':
          return `${b.content}\n`;
        case 'code':
          return `\`\`\`python\n${b.content}\n\`\`\`\n`;
        case 'output':
        case 'error':
          return outputBlockText(b.content);
      }
    })
    .join('');
}
