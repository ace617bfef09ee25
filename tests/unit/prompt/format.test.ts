import { describe, expect, test } from 'vitest';
import { buildPrompt, familyOf, PROMPT_FAMILIES, renderBlocks, type PromptFamily } from '../../../src/core/prompt';
import { METHODS, type Method } from '../../../src/core/transcript';

const Q = 'What is 6 times 7?';
const COT = 'Please reason step by step, and put your final answer within \\boxed{}.';
const TIR = 'Please integrate natural language reasoning with programs to solve the problem above, and put your final answer within \\boxed{}.';
const POT = "Let's write a program. Solve the problem above with one Python program in a ```python block that prints the final answer.";
const AUTO =
  'Please either write a program or reason step by step. To reason, begin with "Let\'s reason step by step." To compute, begin with "Let\'s write a program." and put the code in a ```python block; its output will be shown to you. Put your final answer within \\boxed{}.';
const INSTRUCTION: Record<Method, string> = { cot: COT, code: POT, lce: TIR, auto: AUTO };
const ALPACA = 'Below is an instruction that describes a task. Write a response that appropriately completes the request.';

/** The exact prompt each family × method must produce (written out by hand, not computed). */
function expected(family: PromptFamily, method: Method): string {
  const i = INSTRUCTION[method];
  switch (family) {
    case 'qwen2.5-math':
      return `<|im_start|>system\n${i}<|im_end|>\n<|im_start|>user\n${Q}<|im_end|>\n<|im_start|>assistant\n`;
    case 'qwen2':
      return `<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n${Q}\n${i}<|im_end|>\n<|im_start|>assistant\n`;
    case 'qwen3':
      return `<|im_start|>user\n${Q}\n${i}<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n`;
    case 'deepseek-r1':
      return `<｜User｜>${Q}\n${i}<｜Assistant｜><think>\n`;
    case 'llama3':
      return `<|start_header_id|>system<|end_header_id|>\n\n${i}<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n${Q}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n`;
    case 'wizardmath':
      return method === 'cot'
        ? `${ALPACA}\n\n### Instruction:\n${Q}\n\n### Response: Let's think step by step.`
        : `${ALPACA}\n\n### Instruction:\n${Q}\n${i}\n\n### Response:`;
    case 'generic':
      return `Problem:\n${Q}\n\n${i}\n\nSolution:\n`;
  }
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

describe('buildPrompt', () => {
  for (const family of PROMPT_FAMILIES) {
    describe(`should format ${family}`, () => {
      for (const method of METHODS) {
        test(`for ${method}`, () => {
          const f = buildPrompt(Q, family, method);
          expect(f.prompt).toBe(expected(family, method));
          expect(f.stop).toEqual(method === 'cot' ? END_OF_TURN[family] : ['```output', ...END_OF_TURN[family]]);
          // web-llm fills templates with String.replace: a `$` would be mangled.
          expect(f.prompt.replace(Q, '')).not.toContain('$');
        });
      }
    });
  }
});

describe('familyOf', () => {
  describe('should map model ids to families', () => {
    const cases: Array<[string, PromptFamily]> = [
      ['Qwen2-Math-7B-Instruct-q4f16_1-MLC', 'qwen2'],
      ['Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC', 'qwen2.5-math'],
      ['Qwen/Qwen2.5-Math-7B-Instruct', 'qwen2.5-math'],
      ['Qwen2.5-7B-Instruct-q4f32_1-MLC', 'qwen2'],
      ['Qwen3-8B-q4f16_1-MLC', 'qwen3'],
      ['Qwen3.5-4B-q4f32_1-MLC', 'qwen3'],
      ['DeepSeek-R1-Distill-Qwen-7B-q4f16_1-MLC', 'deepseek-r1'],
      ['WizardMath-7B-V1.1-q4f16_1-MLC', 'wizardmath'],
      ['Llama-3.1-8B-Instruct-q4f16_1-MLC', 'llama3'],
      ['qwen2.5-math:1.5b', 'qwen2.5-math'],
      ['mistral-7b', 'generic'],
    ];
    for (const [id, family] of cases) test(`for ${id}`, () => expect(familyOf(id)).toBe(family));
  });
});

describe('renderBlocks', () => {
  test('should write blocks back in the ToRA format the loop streams', () => {
    const text = renderBlocks([
      { type: 'text', content: 'First.' },
      { type: 'code', content: 'print(1)' },
      { type: 'output', content: '1' },
      { type: 'code', content: '1/0' },
      { type: 'error', content: 'ZeroDivisionError: division by zero' },
    ]);
    expect(text).toBe('First.\n```python\nprint(1)\n```\n```output\n1\n```\n```python\n1/0\n```\n```output\nZeroDivisionError: division by zero\n```\n');
  });
});
