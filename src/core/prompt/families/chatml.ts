/** ChatML, the template the Qwen families share (Qwen2, Qwen2.5-Math, Qwen3). */
import type { ChatLayout } from '../layout';

/** ChatML's pieces; an assistant turn that another turn follows ends with a newline after `<|im_end|>`. */
export const CHATML: ChatLayout = {
  system: ['<|im_start|>system\n', '<|im_end|>\n'],
  user: ['<|im_start|>user\n', '<|im_end|>\n'],
  assistant: '<|im_start|>assistant\n',
  endOfTurn: '<|im_end|>',
  afterTurn: '\n',
};

/** ChatML's end-of-turn stop strings (`<|endoftext|>` too: a Qwen base model may end with it). */
export const CHATML_END = ['<|im_end|>', '<|endoftext|>'] as const;
