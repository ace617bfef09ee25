import { describe, expect, test } from 'vitest';
import { familyOf, judgeDeparturesFor } from '../../../src/core/prompt';

describe('familyOf', () => {
  describe('should match a model id with or without a separator in its family name', () => {
    test.each([
      ['DeepSeek-R1-Distill-Qwen-7B', 'deepseek-r1'],
      ['deepseekr1-distill-qwen-7b', 'deepseek-r1'],
      ['llama3.1:8b', 'llama3'],
      ['Llama-3.2-3B-Instruct', 'llama3'],
      ['qwen2.5math-7b', 'qwen2.5-math'],
      ['Qwen2.5-Math-1.5B-Instruct', 'qwen2.5-math'],
      ['wizard-math:7b', 'wizardmath'],
      ['WizardMath-7B-V1.1', 'wizardmath'],
    ] as const)('for %s', (id, family) => {
      expect(familyOf(id)).toBe(family);
    });
  });
});

describe('judgeDeparturesFor', () => {
  test('should name only what a family sets', () => {
    expect(judgeDeparturesFor('generic')).toStrictEqual({ frame: { user: ['', '\n'], assistant: 'Answer:' } });
    expect(judgeDeparturesFor('deepseek-r1')).toStrictEqual({ afterOpen: '\n</think>\n\n' });
  });
});
