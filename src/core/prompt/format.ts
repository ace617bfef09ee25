/**
 * Raw prompts per family × method. Engines take a raw prompt (web-llm's `completions.create`, an
 * OpenAI-compatible `/completions`), so the template is applied here (from the family table in
 * families/) and each LCE round continues the same string: `prompt + assistant text so far`.
 */
import type { Block, Method } from '../transcript';
import { endOfTurnFor, familyHeader, type PromptFamily } from './families';
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

/** Builds the prompt and stop strings for one question. */
export function buildPrompt(question: string, family: PromptFamily, method: Method): PromptFormat {
  const endOfTurn = endOfTurnFor(family);
  const stop = method === 'cot' ? endOfTurn : [OUTPUT_STOP, ...endOfTurn];
  return { family, method, prompt: familyHeader(family, question, instructionFor(method), method), stop, endOfTurn };
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
