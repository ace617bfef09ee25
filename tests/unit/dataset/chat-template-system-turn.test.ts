import { describe, expect, test } from 'vitest';
import { chatTemplateFor } from '../../../src/core/dataset/chat-templates';
import type { Message } from '../../../src/core/dataset/conversation';
import { render } from './support/fixtures';

const MESSAGES: Message[] = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'What is 1+1?' },
];

describe('chatTemplateFor', () => {
  describe('should write a system message the way the family does', () => {
    test('for DeepSeek-R1: bare at the start, as its own template does', () => {
      expect(render(chatTemplateFor('deepseek-r1'), MESSAGES, { add_generation_prompt: true })).toBe('Be brief.<｜User｜>What is 1+1?<｜Assistant｜><think>\n');
    });
    test('for the generic family: a paragraph before the problem', () => {
      expect(render(chatTemplateFor('generic'), MESSAGES, { add_generation_prompt: true })).toBe('Be brief.\n\nProblem:\nWhat is 1+1?\n\nSolution:\n');
    });
  });
});
