/**
 * What each method asks of the model. Kept free of LaTeX `$`: web-llm fills system prompts with
 * `String.replace`, which mangles `$$`, `$&` and `$'`.
 */
import type { Method } from '../transcript';

/** Qwen2.5-Math's official chain-of-thought system prompt (also Qwen2-Math's "qwen-boxed" suffix). */
export const COT_INSTRUCTION = 'Please reason step by step, and put your final answer within \\boxed{}.';

/** Qwen2.5-Math's official tool-integrated reasoning (TIR) system prompt. */
export const TIR_INSTRUCTION =
  'Please integrate natural language reasoning with programs to solve the problem above, and put your final answer within \\boxed{}.';

/** Program-of-thought: one program whose printed output is the answer. */
export const POT_INSTRUCTION =
  "Let's write a program. Solve the problem above with one Python program in a ```python block that prints the final answer.";

/** AutoCode4Math: the model picks the method itself and says so with a verbal cue. */
export const AUTO_INSTRUCTION =
  'Please either write a program or reason step by step. ' +
  'To reason, begin with "Let\'s reason step by step." ' +
  'To compute, begin with "Let\'s write a program." and put the code in a ```python block; its output will be shown to you. ' +
  'Put your final answer within \\boxed{}.';

/** The instruction sentence for a method. */
export function instructionFor(method: Method): string {
  switch (method) {
    case 'cot':
      return COT_INSTRUCTION;
    case 'code':
      return POT_INSTRUCTION;
    case 'lce':
      return TIR_INSTRUCTION;
    case 'auto':
      return AUTO_INSTRUCTION;
  }
}

/** The verbal cues of AutoCode4Math, matched case-insensitively in the model's text. */
export const CODE_CUE = /let['’]s write a (?:python )?program/i;
export const COT_CUE = /let['’]s (?:reason|think) step by step/i;
